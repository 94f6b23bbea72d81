// Accessible mirror of the Trends panel / list filters, of the app's dialogs (the keyboard
// help) and of the undo bar under the list. The canvas draws them; screen readers read these text nodes. Feed text only ever goes
// in through textContent.

function el(tag, text, attrs = {}) {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

// A child of the mirror section, created on first use, kept before the headline list so the
// filters are read before the headlines they narrow.
function mirrorPart(id, tag, attrs) {
  let part = document.getElementById(id);
  if (!part) {
    part = el(tag, null, { id, ...attrs });
    const mirror = document.getElementById('fv-mirror');
    mirror.insertBefore(part, document.getElementById('fv-headlines'));
  }
  return part;
}

function parse(json) {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

// {open, filters: [..], hidden, showingMuted, mutes: [..], undoMute, keywords: [{term, headlines}],
// timeline}; actions.undoMute() takes back the source just muted from a row's menu.
export function publishTrends(json, actions = {}) {
  const doc = parse(json);
  const part = mirrorPart('fv-trends', 'section', { 'aria-label': 'Trends and filters' });
  if (!doc) {
    part.replaceChildren();
    return;
  }
  const parts = [];
  const filters = (doc.filters || []).join('; ');
  let status = filters ? `Filtered by ${filters}.` : 'No filters.';
  if (doc.hidden > 0) {
    status += doc.showingMuted ? ` Showing ${doc.hidden} muted headlines.`
                               : ` ${doc.hidden} hidden by mutes.`;
  }
  parts.push(el('p', status, { class: 'fv-filters', role: 'status', 'aria-live': 'polite' }));
  if (doc.mutes && doc.mutes.length) parts.push(el('p', `Mute rules: ${doc.mutes.join(', ')}.`, { class: 'fv-mutes' }));
  if (doc.undoMute) {
    const undo = el('button', `Undo mute of ${doc.undoMute}`, { type: 'button', class: 'fv-undo-mute' });
    undo.addEventListener('click', () => actions.undoMute?.());
    parts.push(undo);
  }
  if (doc.open) {
    parts.push(el('h2', 'Trends'));
    if (doc.timeline) parts.push(el('p', doc.timeline, { class: 'fv-timeline' }));
    if (doc.keywords && doc.keywords.length) {
      parts.push(el('h3', 'Trending keywords'));
      const ol = el('ol', null, { class: 'fv-keywords' });
      for (const k of doc.keywords) {
        ol.append(el('li', `${k.term}: ${k.headlines} ${k.headlines === 1 ? 'headline' : 'headlines'}`));
      }
      parts.push(ol);
    }
  }
  part.replaceChildren(...parts);
}

// {title, rows: [[keys, what]]} or null: a modal dialog while the app shows one.
export function publishDialog(json) {
  const doc = parse(json);
  const dialog = mirrorPart('fv-dialog', 'div', {
    role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'fv-dialog-title' });
  if (!doc) {
    dialog.replaceChildren();
    dialog.hidden = true;
    return;
  }
  const parts = [el('h2', doc.title || '', { id: 'fv-dialog-title' })];
  if (doc.rows && doc.rows.length) {
    const dl = el('dl');
    for (const [keys, what] of doc.rows) dl.append(el('dt', keys), el('dd', what));
    parts.push(dl);
  }
  parts.push(el('p', 'Press Escape or ? to close.'));
  dialog.replaceChildren(...parts);
  dialog.hidden = false;
}

// {text} or null: the undo bar under the list ("Marked 9 stories read", "Removed “Beta”") as a
// status with its Undo button; `undo` does what the canvas's Undo does.
export function publishUndo(json, undo) {
  const doc = parse(json);
  const bar = document.getElementById('fv-undo');
  if (!bar) return;
  const button = bar.querySelector('button');
  if (!button.dataset.wired) {
    button.addEventListener('click', () => undo());
    button.dataset.wired = '1';
  }
  bar.querySelector('span').textContent = doc && doc.text ? doc.text : '';
  bar.hidden = !(doc && doc.text);
}
