// The accessible mirror of the feeds panel: the subscriptions as a list with real buttons and
// fields (Rename, Move, Remove, Keep, Undo), the last message as a live status, and the OPML
// and JSON file actions — everything the canvas panel does, without the canvas. Text only
// (textContent); rows are kept by feed index so a field being typed in keeps its value and
// focus when the list is published again.
//
//   renderFeedsMirror(root, doc, actions)
//     doc: SubscriptionsPanel::mirror_json (src/app/subscriptions_panel.h)
//     actions: { rename(index, name), move(index, folder), remove(index), keep(index), undo(),
//                renameFolder(from, to) }

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

// A text field with a button; Enter in the field does what the button does.
function fieldWithButton(label, buttonText, run) {
  const input = el('input', { type: 'text', 'aria-label': label, autocomplete: 'off' });
  const go = () => run(input.value);
  const button = el('button', { type: 'button', text: buttonText, on: { click: go } });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      go();
    }
  });
  return { input, button };
}

function makeRow(index, actions) {
  const name = el('span', { class: 'fv-feed-name' });
  const info = el('span', { class: 'fv-feed-info' });
  const rename = fieldWithButton('New name', 'Rename', (v) => actions.rename(index, v));
  const move = fieldWithButton('Folder (existing or new; empty for none)', 'Move', (v) => actions.move(index, v));
  const keep = el('button', { type: 'button', text: 'Keep', on: { click: () => actions.keep(index) } });
  const remove = el('button', { type: 'button', text: 'Remove', on: { click: () => actions.remove(index) } });
  const li = el('li', { 'data-index': String(index) }, name, ' ', info, ' ',
                rename.input, rename.button, ' ', move.input, move.button, ' ', keep, ' ', remove);
  return { li, name, info, rename, move, keep, remove };
}

export function createFeedsMirror(root, actions) {
  const list = root.querySelector('#fv-feed-list');
  const status = root.querySelector('#fv-feeds-status');
  const undo = root.querySelector('#fv-feeds-undo');
  const undoText = undo.querySelector('span');
  undo.querySelector('button').addEventListener('click', () => actions.undo());
  const rows = new Map();
  let folderList = root.querySelector('#fv-folder-list');
  if (!folderList) {
    folderList = el('ul', { id: 'fv-folder-list', 'aria-label': 'Folders' });
    list.after(folderList);
  }
  const folderRows = new Map();
  let last = '';

  return function render(json) {
    if (json === last) return;
    last = json;
    let doc;
    try {
      doc = JSON.parse(json);
    } catch {
      return;
    }
    status.textContent = doc.message || '';
    status.dataset.tone = doc.tone || '';
    undo.hidden = !doc.undo;
    undoText.textContent = doc.undo ? `Removed “${doc.undo.name}”.` : '';

    const seen = new Set();
    let previous = null;
    for (const f of doc.feeds || []) {
      seen.add(f.index);
      let row = rows.get(f.index);
      if (!row) {
        row = makeRow(f.index, actions);
        rows.set(f.index, row);
      }
      row.name.textContent = f.name;
      row.info.textContent = [f.folder ? `in ${f.folder}` : 'no folder', f.url,
                              f.visit ? 'this visit only' : '', f.status].filter(Boolean).join(' · ');
      row.li.dataset.folder = f.folder;
      row.li.dataset.url = f.url;
      row.li.classList.toggle('fv-feed-failed', !!f.failed);
      row.rename.input.setAttribute('aria-label', `New name for ${f.name}`);
      row.move.input.setAttribute('aria-label', `Folder for ${f.name} (existing or new; empty for none)`);
      row.remove.setAttribute('aria-label', `Remove ${f.name}`);
      row.keep.hidden = !f.visit;
      // In the published order, moving only rows that are out of place.
      const want = previous ? previous.nextSibling : list.firstChild;
      if (want !== row.li) list.insertBefore(row.li, want);
      previous = row.li;
    }
    for (const [index, row] of rows) {
      if (seen.has(index)) continue;
      row.li.remove();
      rows.delete(index);
    }
    // Folders, each with a rename field.
    const folders = doc.folders || [];
    for (const name of folders) {
      if (folderRows.has(name)) continue;
      const f = fieldWithButton(`New name for the folder ${name}`, 'Rename folder', (v) => actions.renameFolder(name, v));
      const li = el('li', { 'data-folder': name }, el('span', { class: 'fv-folder-name', text: name }), ' ', f.input, f.button);
      folderRows.set(name, li);
    }
    for (const [name, li] of folderRows) {
      if (!folders.includes(name)) {
        li.remove();
        folderRows.delete(name);
      }
    }
    let prev = null;
    for (const n of folders) {
      const li = folderRows.get(n);
      const want = prev ? prev.nextSibling : folderList.firstChild;
      if (want !== li) folderList.insertBefore(li, want);  // only rows out of place move
      prev = li;
    }
    root.dataset.open = doc.open ? 'true' : 'false';
  };
}

// "Copy as Markdown" and "Download Markdown" under the mirrored story.
export function articleExportButtons({ copy, download }) {
  return el('p', { class: 'fv-article-exports' },
    el('button', { type: 'button', text: 'Copy as Markdown', on: { click: copy } }), ' ',
    el('button', { type: 'button', text: 'Download Markdown', on: { click: download } }));
}
