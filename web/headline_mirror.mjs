// The accessible headline mirror (#fv-headlines in index.html): the rows the canvas lists, as
// text and links for screen readers. With 50,000 headlines the app publishes only a window of
// rows around the view (src/core/layout/mirror_window.h) — {total, first, rows} — and each <li>
// carries aria-posinset / aria-setsize, so the list still announces its real size. The <li> of
// rows already listed are kept: scrolling a step or a minute's relative-time refresh touches a
// few nodes, not the whole list. "Show earlier/later headlines" move the window (and the
// canvas) for readers who browse the mirror rather than the canvas.
export class HeadlineMirror {
  // list: the <ol>; earlier/later: the two buttons; makeRow(row) → a new <li>; show(index):
  // asks the app to list row `index` (0-based); onTotal(total): the list's size, published.
  constructor({ list, earlier, later, makeRow, show, onTotal }) {
    Object.assign(this, { list, earlier, later, makeRow, show, onTotal });
    this.total = 0;
    this.first = 0;
    this.focusAfter = -1;  // the row to focus once a "show" button's window arrives
    earlier.addEventListener('click', () => this.#move(Math.max(0, this.first - 50)));
    later.addEventListener('click', () => this.#move(this.first + this.list.children.length));
  }

  // doc: {total, first, rows: [{title, url, source, time, …}]}.
  publish(doc) {
    const rows = Array.isArray(doc.rows) ? doc.rows : [];
    const total = Number.isInteger(doc.total) ? doc.total : rows.length;
    const first = Number.isInteger(doc.first) ? doc.first : 0;
    // Reuse the <li> of a row listed before when all but its relative time is the same.
    const kept = new Map();
    for (const li of this.list.children) {
      if (!kept.has(li.fvKey)) kept.set(li.fvKey, []);
      kept.get(li.fvKey).push(li);
    }
    const items = rows.map((row, k) => {
      const { time, ...rest } = row;
      const key = JSON.stringify(rest);
      let li = kept.get(key)?.shift();
      if (!li || li.fvTime !== (time || '')) {
        li = this.makeRow(row);
        li.fvKey = key;
        li.fvTime = time || '';
      }
      setAttr(li, 'aria-posinset', String(first + k + 1));
      setAttr(li, 'aria-setsize', String(total));
      return li;
    });
    const current = this.list.children;
    if (items.length !== current.length || items.some((li, k) => current[k] !== li))
      this.list.replaceChildren(...items);
    this.list.start = first + 1;
    this.total = total;
    this.first = first;
    this.earlier.hidden = first === 0;
    this.later.hidden = first + rows.length >= total;
    this.onTotal(total);
    if (this.focusAfter >= first && this.focusAfter < first + items.length) {
      const li = items[this.focusAfter - first];
      const target = li.querySelector('a') || li;
      if (target === li) li.tabIndex = -1;
      target.focus({ preventScroll: true });
      this.focusAfter = -1;
    }
  }

  #move(index) {
    if (index >= this.total) return;
    this.focusAfter = index;
    this.show(index);
  }
}

function setAttr(el, name, value) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
