// appFeedList with the feeds a page address names: ?feed=URL entries go into "From the link";
// ?opml= entries keep the folder the OPML list gave them (the tree is tested in Chromium,
// tests/browser/integrity.test.mjs, where DOMParser reads the OPML).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appFeedList } from '../../web/storage/subscriptions.mjs';

test('?opml= feeds keep their OPML folders and titles; bare URLs go into From the link', () => {
  const list = JSON.parse(appFeedList([{ url: 'https://a.example/', title: 'A', folder: 'Mine' }], [
    'https://b.example/',
    { url: 'https://c.example/', title: 'C', folder: 'News / World' },
    { url: 'https://d.example/', title: '', folder: '' },
    { url: 'https://a.example/', title: 'dup', folder: 'Other' },
  ]));
  assert.deepEqual(list.feeds, [
    { url: 'https://a.example/', title: 'A', folder: 'Mine' },
    { url: 'https://b.example/', title: '', folder: 'From the link', visit: true },
    { url: 'https://c.example/', title: 'C', folder: 'News / World', visit: true },
    { url: 'https://d.example/', title: '', folder: 'From the link', visit: true },
  ]);
});
