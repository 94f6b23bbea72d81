// Feed discovery: given an HTML page, the feeds it announces with
// <link rel="alternate" type="application/rss+xml|application/atom+xml|application/feed+json">.
// The page is parsed with DOMParser into an inert document (no scripts run, nothing is
// inserted into ours) and only attribute text is read.

const FEED_TYPES = new Map([
  ['application/rss+xml', 'rss'],
  ['application/atom+xml', 'atom'],
  ['application/feed+json', 'json'],
  ['application/json', 'json'],  // JSON Feed's older announcement
  ['application/rdf+xml', 'rdf'],
]);

// Pure part, tested in node: [{ rel, type, href, title }] + the document's base → feeds.
export function feedLinksFrom(links, baseUrl) {
  const out = [];
  const seen = new Set();
  for (const l of links) {
    const rels = String(l.rel || '').toLowerCase().split(/\s+/);
    if (!rels.includes('alternate') || rels.includes('stylesheet')) continue;
    const type = String(l.type || '').toLowerCase().split(';')[0].trim();
    const kind = FEED_TYPES.get(type);
    if (!kind || !l.href) continue;
    let href;
    try {
      href = new URL(String(l.href).trim(), baseUrl);
    } catch {
      continue;
    }
    if (href.protocol !== 'http:' && href.protocol !== 'https:') continue;
    if (seen.has(href.href)) continue;
    seen.add(href.href);
    out.push({ url: href.href, type: kind, title: String(l.title || '').trim().slice(0, 200) });
  }
  return out;
}

// Browser part: HTML text → feeds. `pageUrl` is where the HTML came from; a <base href> in
// the page counts (only http(s) bases).
export function discoverFeeds(html, pageUrl, Parser = globalThis.DOMParser) {
  if (!Parser) return [];
  const doc = new Parser().parseFromString(String(html), 'text/html');
  let base = pageUrl;
  const baseEl = doc.querySelector('base[href]');
  if (baseEl) {
    try {
      const b = new URL(baseEl.getAttribute('href'), pageUrl);
      if (b.protocol === 'http:' || b.protocol === 'https:') base = b.href;
    } catch { /* keep the page URL */ }
  }
  const links = [...doc.querySelectorAll('link[rel][href]')].map((el) => ({
    rel: el.getAttribute('rel'),
    type: el.getAttribute('type'),
    href: el.getAttribute('href'),
    title: el.getAttribute('title'),
  }));
  return feedLinksFrom(links, base);
}

// Whether bytes with this Content-Type and start look like an HTML page (not a feed).
export function looksLikeHtml(contentType, bytes) {
  if (/^\s*text\/html\b/i.test(contentType || '')) return true;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
