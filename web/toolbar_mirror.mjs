// Accessible mirror of the header's buttons and the view options, as a toolbar of ordinary
// buttons (the canvas draws them labelled, or as icons on a phone). `run(name)` asks the app to
// do what the canvas button does: "trends", "help", "feeds", "theme", "read-on-scroll".

function button(text, pressed, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (pressed !== null) b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
  b.addEventListener('click', onClick);
  return b;
}

// json: {trends, theme, themeHint, readOnScroll}.
export function publishToolbar(json, run) {
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    return;
  }
  let bar = document.getElementById('fv-toolbar');
  if (!bar) {
    bar = document.createElement('div');
    bar.id = 'fv-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'View');
    const mirror = document.getElementById('fv-mirror');
    mirror.insertBefore(bar, document.getElementById('fv-sidebar'));
  }
  bar.replaceChildren(
    button('Trends', !!doc.trends, () => run('trends')),
    button('Keyboard shortcuts', null, () => run('help')),
    button('Manage feeds', null, () => run('feeds')),
    button(String(doc.themeHint || 'Theme'), null, () => run('theme')),
    button('Mark as read when scrolled past', !!doc.readOnScroll, () => run('read-on-scroll')),
  );
}
