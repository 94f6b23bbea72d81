// Fills a long list a batch per frame: the accessible mirror of 4,000 headlines built at once
// costs the page hundreds of milliseconds of DOM and style work in one task; in batches each
// frame styles a few hundred rows and the page keeps answering input. A newer fill of the same
// list cancels an unfinished one.
const generations = new WeakMap();  // list → number of its latest fill

export function fillInBatches(list, rows, makeItem, { first = 200, batch = 250 } = {}) {
  const doc = list.ownerDocument;
  const mine = (generations.get(list) || 0) + 1;
  generations.set(list, mine);
  const build = (from, to) => {
    const f = doc.createDocumentFragment();
    for (let i = from; i < to; ++i) f.append(makeItem(rows[i]));
    return f;
  };
  let at = Math.min(first, rows.length);
  list.replaceChildren(build(0, at));
  // A hidden tab runs no animation frames: continue with timers there.
  const later = (fn) => (doc.hidden ? setTimeout(fn, 0) : requestAnimationFrame(fn));
  const step = () => {
    if (generations.get(list) !== mine) return;
    const end = Math.min(at + batch, rows.length);
    list.append(build(at, end));
    at = end;
    if (at < rows.length) later(step);
  };
  if (at < rows.length) later(step);
}
