// Proxy templates: "proxy?url={url}" (relative to the page, so any sub-path works) or an
// absolute "https://proxy.example/fetch?u={url}". {url} is replaced by the encoded feed URL.

// The request URL for `feedUrl` through `template`, resolved against `base`; null when the
// template has no {url} or does not give an http(s) URL.
export function proxiedUrl(template, feedUrl, base) {
  if (typeof template !== 'string' || !template.includes('{url}')) return null;
  const filled = template.split('{url}').join(encodeURIComponent(feedUrl));
  try {
    const u = new URL(filled, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// A list of templates from a page parameter or setting: "a|b" or an array; junk dropped,
// duplicates removed, order kept.
export function parseProxyList(value) {
  const list = Array.isArray(value) ? value : String(value ?? '').split('|');
  const seen = new Set();
  const out = [];
  for (const raw of list) {
    const t = String(raw).trim();
    if (t && t.includes('{url}') && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
