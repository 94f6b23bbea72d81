// Files in and out of the page: downloads (a Blob behind an <a download>; the CSP allows
// blob:), OPML files from the file picker or dropped onto the page. File contents are only
// read as bytes and handed to the app, never put into the DOM.

export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

// Starts a download of `text` as `name`.
export function downloadText(name, mime, text, doc = globalThis.document) {
  const url = URL.createObjectURL(new Blob([text], { type: mime || 'application/octet-stream' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Whether a dropped or chosen file may be an OPML list (by name or type; the parser decides).
export function looksLikeOpml(file) {
  const name = String(file?.name || '').toLowerCase();
  const type = String(file?.type || '').toLowerCase();
  return /\.(opml|xml)$/.test(name) || /(^text\/xml|^application\/xml|opml)/.test(type);
}

// File → Uint8Array, or a readable Error.
export async function readFileBytes(file) {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is larger than 16 MB`);
  return new Uint8Array(await file.arrayBuffer());
}

// Calls onFile(file) for a file dropped anywhere on the page; shows `overlay` while a file is
// dragged over it. Drops of anything else (text, links) are left alone.
export function acceptDroppedFiles(target, overlay, onFile) {
  let depth = 0;
  const hasFiles = (e) => e.dataTransfer && [...(e.dataTransfer.types || [])].includes('Files');
  const show = (on) => { if (overlay) overlay.hidden = !on; };
  target.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth += 1;
    show(true);
    e.preventDefault();
  });
  target.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  target.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) show(false);
  });
  target.addEventListener('drop', (e) => {
    depth = 0;
    show(false);
    const files = e.dataTransfer ? [...e.dataTransfer.files] : [];
    if (!files.length) return;
    e.preventDefault();
    onFile(files[0]);
  });
}
