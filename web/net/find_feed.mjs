// "Add a feed": what is at the address a person typed — a feed (the parser accepts it), or a
// web page whose <link rel="alternate"> tags announce feeds (the first one is taken). Every
// failure is an answer with a message for people, never a throw.
import { discoverFeeds, looksLikeHtml } from './discover.mjs';

// → { url, title, found } or { error }
//   fetcher     FeedFetcher (proxy fallback included)
//   parseCheck  (bytes, url, contentType) → '' | message | { error }
export async function findFeed(fetcher, parseCheck, address, discover = discoverFeeds) {
  const r = await fetcher.fetchFeed(address);
  if (r.error) return { error: `Could not reach ${address}: ${r.error.message || r.error.kind || 'network error'}.` };
  if (r.status >= 400) return { error: `${address} answered HTTP ${r.status}: no feed there.` };
  if (!r.bytes || !r.bytes.length) return { error: `${address} sent nothing back: no feed there.` };
  const at = r.finalUrl || r.url || address;
  if (looksLikeHtml(r.contentType || '', r.bytes)) {
    const html = new TextDecoder('utf-8', { fatal: false }).decode(r.bytes);
    const feeds = discover(html, at);
    if (!feeds.length) return { error: `No feed found: ${address} is a web page that announces no feed.` };
    return { url: feeds[0].url, title: feeds[0].title || '', found: feeds.length };
  }
  const check = parseCheck(r.bytes, at, r.contentType || '');
  const error = typeof check === 'string' ? check : (check && check.error) || '';
  if (error) return { error: `No feed found at ${address}: ${error}.` };
  return { url: address, title: '', found: 1 };
}
