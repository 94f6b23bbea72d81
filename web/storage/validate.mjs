// What a readable record of each store looks like. Anything else (a corrupt record, one a
// newer feedview wrote differently) is skipped on read and never overwritten or deleted.
const isStr = (v) => typeof v === 'string';
const isBit = (v) => v === 0 || v === 1;
const isTime = (v) => v === null || v === undefined || Number.isFinite(v);

export function validRecord(store, r) {
  if (!r || typeof r !== 'object') return false;
  switch (store) {
    case 'subscriptions':
      return isStr(r.id) && r.id !== '' && isStr(r.url) && r.url !== '';
    case 'items':
      return isStr(r.feedId) && isStr(r.id) && r.id !== '' && isStr(r.title) && isStr(r.link) &&
             isTime(r.published) && isBit(r.read) && isBit(r.starred);
    case 'fetchMeta':
      return isStr(r.feedId);
    case 'responses':
      return isStr(r.feedId) && isStr(r.url) && (r.bytes instanceof Uint8Array || r.bytes instanceof ArrayBuffer);
    case 'meta':
      return isStr(r.key);
    default:
      return false;
  }
}
