// Peer: npm rss-parser (xml2js underneath), the common choice for feeds in JS.
// JSON Feed files, which rss-parser does not read, go through JSON.parse, as an app would.
//   node bench/peers/rss-parser.mjs CORPUS_DIR MIN_SECONDS
import Parser from 'rss-parser';
import { loadCorpus, decode, round, version } from './corpus.mjs';

const [dir, minSeconds] = process.argv.slice(2);
const parser = new Parser();
const files = loadCorpus(dir);

async function pass(list) {
  let items = 0;
  for (const f of list) {
    if (f.json) {
      items += JSON.parse(decode(f.bytes)).items.length;
    } else {
      const feed = await parser.parseString(decode(f.bytes));
      items += feed.items.length;
    }
  }
  return items;
}

await round(`rss-parser ${version('rss-parser')}`, files, Number(minSeconds), pass);
