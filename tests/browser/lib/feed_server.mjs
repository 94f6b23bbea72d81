// A feed server inside the tests: loopback only, bounded (connections, bytes, lifetime) and
// stopping by itself. Serves the shapes the network layer must survive:
//
//   /etag.xml          RSS with ETag + Last-Modified; 304 for a matching If-None-Match
//   /slow.xml?ms=N     answers after N ms (at most 10 s)
//   /500.xml           always 500; /flaky.xml: 200 until setFailing(true), then 500
//                      (setFailing('xml'): 200 with a body that is no XML at all)
//   /moved.xml         301 → /etag.xml; /temp.xml: 302 → /etag.xml
//   /page.html         an HTML page announcing /etag.xml (RSS) and /atom.xml (Atom)
//   /page-cors.html    the same page announcing them with ?cors=1 (the app can fetch those)
//   /atom.xml          Atom 1.0
//   /ttl.xml           RSS asking to be polled every 240 minutes (<ttl>)
//   /not-a-feed.txt    plain text
//   /latin1.xml        ISO-8859-1 bytes, charset only in the Content-Type header
//   /large.xml         a 40 MB body streamed without Content-Length
//   /host.html         the page set with setHostPage (the embed test's host)
//   /feedview-embed.js etc. are not served here: the app comes from `feedview serve`.
// No CORS headers unless ?cors=1: like most feed servers.
import http from 'node:http';

export const ITEMS = ['Alpha river flood', 'Beta market rally', 'Gamma chess final'];

export function rss(title, items = ITEMS, { start = Date.UTC(2026, 0, 8, 12) } = {}) {
  const body = items.map((t, i) =>
    `<item><title>${t}</title><link>https://news.example/${encodeURIComponent(t)}</link>` +
    `<guid>${title}-${i}</guid><pubDate>${new Date(start - i * 3600_000).toUTCString()}</pubDate></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>` +
         `<link>https://news.example/</link>${body}</channel></rss>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom side</title><id>urn:x</id><updated>2026-01-08T12:00:00Z</updated>
<entry><title>Atom entry one</title><id>urn:x:1</id><updated>2026-01-08T11:00:00Z</updated>
<link href="https://news.example/atom1"/></entry></feed>`;

// "Café déjà vu" in ISO-8859-1: é = 0xE9, à = 0xE0.
const LATIN1 = Buffer.concat([
  Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Latin</title><item><title>Caf'),
  Buffer.from([0xe9]), Buffer.from(' d'), Buffer.from([0xe9]), Buffer.from('j'), Buffer.from([0xe0]),
  Buffer.from(' vu</title><link>https://news.example/cafe</link><guid>l1</guid>' +
              '<pubDate>Thu, 08 Jan 2026 10:00:00 GMT</pubDate></item></channel></rss>'),
]);

const PAGE = `<!doctype html><html><head><title>A site</title>
<link rel="alternate" type="application/rss+xml" title="Main feed" href="/etag.xml">
<link rel="alternate" type="application/atom+xml" href="atom.xml">
<link rel="stylesheet" href="/style.css"></head><body><p>Hello</p></body></html>`;

export function startFeedServer({ host = '127.0.0.1', maxSeconds = 300, maxConnections = 64 } = {}) {
  if (!/^127\./.test(host)) throw new Error('the test feed server listens on loopback only');
  const log = [];
  let failing = false;
  let hostPage = '<!doctype html><title>host</title>';
  let hostHeaders = {};
  let etagBody = rss('ETag feed');
  let etagVersion = 1;

  const server = http.createServer((req, res) => {
    const u = new URL(req.url, `http://${host}`);
    log.push({ path: u.pathname, search: u.search, headers: { ...req.headers }, at: Date.now() });
    if (log.length > 5000) log.shift();
    const cors = u.searchParams.get('cors') === '1' ? { 'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified' } : {};
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...cors, ...extra });
      res.end(body);
    };
    switch (u.pathname) {
      case '/etag.xml': {
        const etag = `"v${etagVersion}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { ETag: etag, ...cors });
          return res.end();
        }
        return send(200, 'application/rss+xml; charset=utf-8', etagBody,
                    { ETag: etag, 'Last-Modified': 'Thu, 08 Jan 2026 12:00:00 GMT' });
      }
      case '/slow.xml': {
        const ms = Math.min(10_000, Number(u.searchParams.get('ms')) || 3000);
        const t = setTimeout(() => send(200, 'application/rss+xml', rss('Slow feed')), ms);
        res.on('close', () => clearTimeout(t));
        return undefined;
      }
      case '/500.xml': return send(500, 'text/plain', 'server error');
      case '/flaky.xml':
        if (failing === 'xml') return send(200, 'application/rss+xml', '<<< oops, not XML >>>');
        return failing ? send(500, 'text/plain', 'server error')
                       : send(200, 'application/rss+xml', rss('Flaky feed', ['Flaky first story', 'Flaky second story']));
      case '/moved.xml': res.writeHead(301, { Location: '/etag.xml', ...cors }); return res.end();
      case '/temp.xml': res.writeHead(302, { Location: '/etag.xml', ...cors }); return res.end();
      case '/ttl.xml':
        return send(200, 'application/rss+xml', rss('TTL feed', ['Slow news day']).replace('<link>', '<ttl>240</ttl><link>'));
      case '/page.html': return send(200, 'text/html; charset=utf-8', PAGE);
      case '/page-cors.html':
        return send(200, 'text/html; charset=utf-8', PAGE.replace(/href="(\/etag\.xml|atom\.xml)"/g, 'href="$1?cors=1"'));
      case '/atom.xml': return send(200, 'application/atom+xml', ATOM);
      case '/not-a-feed.txt': return send(200, 'text/plain', 'just words, not a feed');
      case '/latin1.xml': return send(200, 'application/rss+xml; charset=ISO-8859-1', LATIN1);
      case '/large.xml': {
        res.writeHead(200, { 'Content-Type': 'application/xml', ...cors });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const push = () => {
          while (sent < 40 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once('drain', push);
          }
          return res.end();
        };
        res.on('close', () => { sent = Infinity; });
        return push();
      }
      case '/host.html': return send(200, 'text/html; charset=utf-8', hostPage, hostHeaders);
      default: return send(404, 'text/plain', 'not found');
    }
  });
  server.maxConnections = maxConnections;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const url = `http://${host}:${server.address().port}`;
      const stop = () => new Promise((done) => {
        clearTimeout(timer);
        server.closeAllConnections?.();
        server.close(() => done());
      });
      const timer = setTimeout(stop, maxSeconds * 1000);
      timer.unref();
      resolve({
        url, log, stop,
        setFailing(v) { failing = v; },
        setHostPage(html, headers = {}) { hostPage = html; hostHeaders = headers; },
        changeEtagFeed(items) { etagBody = rss('ETag feed', items); etagVersion += 1; },
        requests(path) { return log.filter((r) => r.path === path); },
      });
    });
  });
}
