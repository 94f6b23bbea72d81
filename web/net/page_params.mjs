// The main page's URL: ?feed=URL (repeatable) adds feeds to the list for this visit;
// ?opml=URL names a subscription list to import. Only http(s), resolved against the page.
const httpUrl = (s, base) => {
  if (!String(s ?? '').trim()) return null;  // '' would resolve to the page itself
  try {
    const u = new URL(String(s).trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};

export function pageParams(search, base) {
  const p = new URLSearchParams(search);
  const feeds = [...new Set(p.getAll('feed').map((f) => httpUrl(f, base)).filter(Boolean))].slice(0, 50);
  return { feeds, opml: httpUrl(p.get('opml') || '', base) || '' };
}

// feeds.json text + extra feed URLs → feeds.json text listing both (extras first, in a
// "From the link" folder, without duplicates).
export function withExtraFeeds(listJson, extra, folder = 'From the link') {
  let doc;
  try {
    doc = JSON.parse(listJson);
  } catch {
    doc = null;
  }
  if (!doc || !Array.isArray(doc.feeds)) doc = { feeds: [] };
  const known = new Set(doc.feeds.map((f) => f && f.url));
  const added = extra.filter((u) => !known.has(u)).map((url) => ({ url, title: '', folder }));
  return JSON.stringify({ ...doc, feeds: [...added, ...doc.feeds] });
}

// OPML text → [{ url, title, folder }] for each outline with an http(s) xmlUrl, in document
// order, once per URL, with the browser's DOMParser. `folder` is the path of the outlines
// around it ("News / World", '' at the top), named as the feeds panel's OPML import names
// them (text, else title), so a ?opml= link keeps the list's folder tree.
export function opmlFeedEntries(text, base, Parser = globalThis.DOMParser) {
  if (!Parser) return [];
  const doc = new Parser().parseFromString(String(text), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return [];
  const name = (el) => String(el.getAttribute('text') || el.getAttribute('title') || '').trim();
  const out = [];
  const seen = new Set();
  for (const el of doc.getElementsByTagName('outline')) {
    const url = httpUrl(el.getAttribute('xmlUrl') || el.getAttribute('xmlurl') || '', base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const path = [];
    for (let p = el.parentElement; p && p.tagName === 'outline'; p = p.parentElement) {
      path.unshift(name(p) || 'Untitled');
    }
    out.push({ url, title: name(el), folder: path.join(' / ') });
  }
  return out;
}

// ?opml=URL → its feeds as opmlFeedEntries ([] when it cannot be fetched or read).
export async function opmlFeeds(fetcher, url) {
  const r = await fetcher.fetchFeed(url);
  if (r.error || r.status >= 400 || !r.bytes) return [];
  return opmlFeedEntries(new TextDecoder().decode(r.bytes), r.finalUrl || url);
}
