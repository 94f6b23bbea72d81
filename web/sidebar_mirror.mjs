// Accessible mirror of the sidebar (src/app/sidebar.cpp mirror_json): the views, folders and
// feeds as buttons with their counts and status, text nodes only. A folder's feeds are listed
// inside it, after a disclosure button that says whether the folder is open (aria-expanded) and
// opens or closes it; a closed folder's feeds are hidden, as on the canvas.
//
// rows: [{ kind: 'view'|'folder'|'feed', id, label, count, selected, status, folder?, open? }]
// actions: { select(kind, id), toggleFolder(name) } — calls back into the app.

function rowLabel(row) {
  const count = row.kind === 'view' && row.id === 'All' ? `${row.count} items`
              : row.kind === 'view' && row.id === 'Starred' ? `${row.count} starred`
              : `${row.count} unread`;
  const parts = [row.kind === 'folder' ? `Folder ${row.label}` : row.label, count];
  if (row.folder) parts.push(`in ${row.folder}`);
  if (row.status) parts.push(row.status);
  return parts.join(', ');
}

function rowButton(row, actions) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `fv-side-${row.kind}`;
  button.dataset.kind = row.kind;
  button.dataset.id = row.id;
  button.setAttribute('aria-pressed', row.selected ? 'true' : 'false');
  button.textContent = rowLabel(row);
  button.addEventListener('click', () => actions.select(row.kind, row.id));
  return button;
}

// Fills `list` (the <ul>) with `rows`.
export function renderSidebar(list, rows, actions) {
  const items = document.createDocumentFragment();
  let folderFeeds = null;  // the open folder's <ul>, while its feeds follow it
  let folders = 0;
  for (const row of rows) {
    const li = document.createElement('li');
    li.append(rowButton(row, actions));
    if (row.kind === 'folder') {
      const open = row.open !== false;
      const feeds = document.createElement('ul');
      feeds.id = `fv-side-folder-${folders++}`;
      feeds.hidden = !open;
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'fv-side-folder-toggle';
      toggle.dataset.folder = row.id;
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      toggle.setAttribute('aria-controls', feeds.id);
      toggle.textContent = `Feeds in ${row.label}`;
      toggle.addEventListener('click', () => actions.toggleFolder(row.id));
      li.append(toggle, feeds);
      items.append(li);
      folderFeeds = feeds;
    } else if (row.kind === 'feed' && row.folder && folderFeeds) {
      folderFeeds.append(li);
    } else {
      items.append(li);
      folderFeeds = null;
    }
  }
  list.replaceChildren(items);
}
