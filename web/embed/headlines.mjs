// Feed JSON (from the Wasm parser, core/feed_json.h) → the widget's headline rows: merged
// over feeds, newest first, filtered, bounded; only http(s) links.
const httpOnly = (s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
};

// feeds: [{ url, feed }] where feed is the parsed JSON object.
export function mergeHeadlines(feeds, { max = 10, filter = '' } = {}) {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = [];
  const seen = new Set();
  for (const { feed } of feeds) {
    if (!feed || !Array.isArray(feed.items)) continue;
    for (const item of feed.items) {
      const title = typeof item.title === 'string' ? item.title.trim() : '';
      if (!title) continue;
      const link = httpOnly(item.link || '');
      const key = link || title;
      if (seen.has(key)) continue;
      seen.add(key);
      const source = (item.source && item.source.title) || feed.title || '';
      const time = Date.parse(item.published || item.updated || '') || null;
      if (words.length) {
        const hay = `${title} ${source}`.toLowerCase();
        if (!words.every((w) => hay.includes(w))) continue;
      }
      rows.push({ title, link, source, time });
    }
  }
  rows.sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity));
  return rows.slice(0, max);
}

// "5 min ago", "3 h ago", "2 days ago", else a short date.
export function relativeTime(ms, now = Date.now()) {
  if (!ms) return '';
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  if (s < 7 * 86400) {
    const d = Math.floor(s / 86400);
    return d === 1 ? 'yesterday' : `${d} days ago`;
  }
  return new Date(ms).toISOString().slice(0, 10);
}
