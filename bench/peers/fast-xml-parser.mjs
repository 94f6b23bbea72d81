// Peer: npm fast-xml-parser — XML to a JS object tree, no feed logic at all (an XML-only
// lower bound for JS). JSON Feed files go through JSON.parse.
//   node bench/peers/fast-xml-parser.mjs CORPUS_DIR MIN_SECONDS
import { XMLParser } from 'fast-xml-parser';
import { loadCorpus, decode, round, version } from './corpus.mjs';

const [dir, minSeconds] = process.argv.slice(2);
const parser = new XMLParser({ ignoreAttributes: false });
const files = loadCorpus(dir);

async function pass(list) {
  let nodes = 0;
  for (const f of list) {
    const tree = f.json ? JSON.parse(decode(f.bytes)) : parser.parse(decode(f.bytes));
    nodes += Object.keys(tree).length;
  }
  return nodes;
}

await round(`fast-xml-parser ${version('fast-xml-parser')}`, files, Number(minSeconds), pass);
