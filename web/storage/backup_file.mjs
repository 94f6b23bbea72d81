// Export and import as one JSON file: the browser part (download link, file picker text).
// The object itself comes from FeedStore.exportAll / goes to FeedStore.importAll.

export function backupFileName(now = new Date()) {
  return `feedview-backup-${now.toISOString().slice(0, 10)}.json`;
}

export function backupBlob(backup) {
  return new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' });
}

// Starts a download of `backup` (must run inside a user gesture in some browsers).
export function downloadBackup(backup, doc = globalThis.document) {
  const url = URL.createObjectURL(backupBlob(backup));
  const a = doc.createElement('a');
  a.href = url;
  a.download = backupFileName();
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Text of a chosen file → backup object; throws a readable Error for anything else.
export function parseBackup(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not a feedview backup file (not JSON)');
  }
  if (!data || data.format !== 'feedview-backup') throw new Error('not a feedview backup file');
  return data;
}
