// The one gate every link from a feed passes before it becomes an <a href> or a new tab:
// only http(s), resolved to an absolute address. An empty or blank link is no link — resolved
// against the page it would have pointed at the app itself.
export function httpLink(url, base) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
