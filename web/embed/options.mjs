// The widget's settings from its URL: embed.html?feed=…&feed=…&theme=light|dark|auto&
// layout=list|cards&max=N&proxy=…&origin=…&filter=… — checked and bounded, never trusted.
export const MAX_FEEDS = 10;
export const MAX_HEADLINES = 100;

const httpUrl = (s, base) => {
  if (!String(s ?? '').trim()) return null;  // '' would resolve to the page itself
  try {
    const u = new URL(String(s).trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};

// Origins allowed to talk to the widget: exact "scheme://host[:port]" only, no wildcards.
export function parseOrigin(s) {
  try {
    const u = new URL(String(s).trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.origin;
  } catch {
    return null;
  }
}

export function clampMax(v, fallback = 10) {
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(MAX_HEADLINES, Math.max(1, n)) : fallback;
}

export const THEMES = ['auto', 'light', 'dark'];
export const LAYOUTS = ['list', 'cards'];

export function readOptions(search, base) {
  const p = new URLSearchParams(search);
  const feeds = [...new Set(p.getAll('feed').map((f) => httpUrl(f, base)).filter(Boolean))].slice(0, MAX_FEEDS);
  const theme = THEMES.includes(p.get('theme')) ? p.get('theme') : 'auto';
  const layout = LAYOUTS.includes(p.get('layout')) ? p.get('layout') : 'list';
  const proxies = p.getAll('proxy').flatMap((x) => x.split('|')).map((x) => x.trim()).filter((x) => x.includes('{url}'));
  const origins = [...new Set(p.getAll('origin').map(parseOrigin).filter(Boolean))];
  return {
    feeds, theme, layout, max: clampMax(p.get('max')), proxies: proxies.length ? proxies : ['proxy?url={url}'],
    origins, filter: (p.get('filter') || '').slice(0, 200),
  };
}

// A command from the host page (postMessage), checked field by field. Returns null for
// anything not understood.
export function readCommand(data, base) {
  if (!data || typeof data !== 'object' || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'set-feeds': {
      if (!Array.isArray(data.feeds)) return null;
      const feeds = data.feeds.map((f) => httpUrl(f, base)).filter(Boolean).slice(0, MAX_FEEDS);
      return { type: 'set-feeds', feeds };
    }
    case 'set-theme':
      return THEMES.includes(data.theme) ? { type: 'set-theme', theme: data.theme } : null;
    case 'set-layout':
      return LAYOUTS.includes(data.layout) ? { type: 'set-layout', layout: data.layout } : null;
    case 'set-filter':
      return typeof data.filter === 'string' ? { type: 'set-filter', filter: data.filter.slice(0, 200) } : null;
    case 'set-max':
      return { type: 'set-max', max: clampMax(data.max) };
    case 'get-state':
      return { type: 'get-state' };
    default:
      return null;
  }
}
