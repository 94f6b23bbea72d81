// <feedview-headlines feed="https://…" theme="auto|light|dark" max="8" layout="list|cards"
//                     proxy="…{url}…"></feedview-headlines>
// Include once with <script src="https://your.host/feedview/feedview-embed.js" defer></script>;
// any number of elements may follow. Each wraps feedview's embed.html in an iframe (so the
// host page's CSS and scripts and the widget's cannot touch each other), fills its container's
// width and takes the height the widget reports. Several feeds: feed="a b" (space-separated).
// Events: the element dispatches 'feedview-ready' and 'feedview-open' ({ detail: { url, title } }).
(() => {
  if (window.customElements.get('feedview-headlines')) return;
  // embed.html sits next to this script, wherever that is hosted.
  const scriptUrl = document.currentScript ? document.currentScript.src : document.baseURI;
  const embedUrl = new URL('embed.html', scriptUrl);

  class FeedviewHeadlines extends HTMLElement {
    static get observedAttributes() {
      return ['feed', 'theme', 'max', 'layout', 'proxy', 'filter'];
    }

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      this.frame = document.createElement('iframe');
      this.frame.title = 'Headlines';
      this.frame.loading = 'lazy';
      this.frame.referrerPolicy = 'no-referrer';
      // Scripts for the widget itself; popups so headlines open in new tabs; no top navigation,
      // no forms, no access to the host's storage (separate origin anyway).
      this.frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      Object.assign(this.frame.style, { display: 'block', width: '100%', height: '120px', border: '0' });
      Object.assign(this.style, { display: 'block' });
      shadow.append(this.frame);
      this.onMessage = this.onMessage.bind(this);
    }

    connectedCallback() {
      window.addEventListener('message', this.onMessage);
      this.load();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback() {
      if (this.isConnected) this.load();
    }

    load() {
      const u = new URL(embedUrl);
      for (const f of (this.getAttribute('feed') || '').split(/\s+/).filter(Boolean)) u.searchParams.append('feed', f);
      for (const name of ['theme', 'max', 'layout', 'proxy', 'filter']) {
        const v = this.getAttribute(name);
        if (v) u.searchParams.set(name, v);
      }
      u.searchParams.set('origin', window.location.origin);
      if (this.frame.src !== u.href) this.frame.src = u.href;
    }

    onMessage(event) {
      // Only this element's own frame, from the widget's origin.
      if (event.source !== this.frame.contentWindow || event.origin !== embedUrl.origin) return;
      const m = event.data;
      if (!m || m.source !== 'feedview-embed') return;
      if (m.type === 'size' && Number.isFinite(m.height)) {
        this.frame.style.height = `${Math.max(40, Math.min(4000, Math.ceil(m.height)))}px`;
      } else if (m.type === 'ready') {
        this.dispatchEvent(new CustomEvent('feedview-ready', { detail: { headlines: m.headlines } }));
      } else if (m.type === 'headline-open') {
        this.dispatchEvent(new CustomEvent('feedview-open', { detail: { url: m.url, title: m.title } }));
      }
    }
  }

  window.customElements.define('feedview-headlines', FeedviewHeadlines);
})();
