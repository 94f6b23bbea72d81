// web/net/http_link.mjs: what may become a link from feed text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { httpLink } from '../../web/net/http_link.mjs';

const BASE = 'https://app.example/feedview/index.html';

test('http and https links come back absolute', () => {
  assert.equal(httpLink('https://news.example/a?b=1#c', BASE), 'https://news.example/a?b=1#c');
  assert.equal(httpLink('HTTP://News.Example/a', BASE), 'http://news.example/a');
  assert.equal(httpLink('//cdn.example/x', BASE), 'https://cdn.example/x');
  assert.equal(httpLink('story.html', BASE), 'https://app.example/feedview/story.html');
});

test('an empty, blank or missing link is no link, not the app page', () => {
  for (const url of ['', '   ', '\t\n', undefined, null, 42]) assert.equal(httpLink(url, BASE), null, String(url));
});

test('script, data, file and other schemes are refused in every spelling', () => {
  for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)',
                     'jav&#x09;ascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<b>x</b>',
                     'file:///etc/passwd', 'mailto:a@b.example', 'ftp://x.example/', 'blob:https://a/b']) {
    const href = httpLink(url, BASE);
    assert.ok(href === null || /^https?:\/\//.test(href), `${url} -> ${href}`);
    if (!url.includes('&#')) assert.equal(href, null, url);
  }
});

test('something that is no URL at all is refused', () => {
  assert.equal(httpLink('http://', BASE), null);
  assert.equal(httpLink('https://[::1', BASE), null);
});
