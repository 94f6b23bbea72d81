// Thumbnails for the canvas. WebGL cannot upload a cross-origin image the page may not read,
// so the image's bytes are fetched — directly when its server allows CORS, else through the
// page's proxy templates (feedview serve's same-origin /proxy?url=) — decoded with
// createImageBitmap, downscaled in an OffscreenCanvas and handed to C++ as RGBA pixels.
//
// Only http(s) URLs; at most maxBytes of body, only image/* content (never SVG), at most
// maxSourcePixels decoded, a time limit per attempt. Every failure rejects; the caller keeps a
// placeholder.
import { proxiedUrl } from './proxy_url.mjs';
import { readCapped } from './read_capped.mjs';

export const THUMBNAIL_LIMITS = Object.freeze({
  maxBytes: 4 * 1024 * 1024,
  timeoutMs: 15_000,
  maxSourcePixels: 40_000_000,  // a decoded 40 MP image is 160 MB: refuse larger
});

// The size that fits `w x h` inside `maxW x maxH` keeping the aspect ratio; never upscales.
export function fitWithin(w, h, maxW, maxH) {
  if (!(w > 0 && h > 0 && maxW > 0 && maxH > 0)) return { width: 0, height: 0 };
  const k = Math.min(1, maxW / w, maxH / h);
  return { width: Math.max(1, Math.round(w * k)), height: Math.max(1, Math.round(h * k)) };
}

// The request URLs to try in order for `url`: same-origin images directly only; others
// directly (CORS) first, then through each proxy template. [] for anything but http(s).
export function imageRequestPlan(url, baseUrl, proxies = []) {
  let u;
  try {
    u = new URL(url, baseUrl);
  } catch {
    return [];
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return [];
  const page = new URL(baseUrl);
  if (u.origin === page.origin) return [u.href];
  const plan = [u.href];
  for (const p of proxies) {
    const via = proxiedUrl(p, u.href, baseUrl);
    if (via && !plan.includes(via)) plan.push(via);
  }
  return plan;
}

// True for a Content-Type a thumbnail may have (absent is allowed: the decoder decides).
export function acceptableImageType(contentType) {
  const t = String(contentType || '').split(';')[0].trim().toLowerCase();
  if (!t) return true;
  return t.startsWith('image/') && t !== 'image/svg+xml';
}

async function fetchImageBytes(requestUrl, limits, fetchFn) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  try {
    const res = await fetchFn(requestUrl, {
      mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal: abort.signal,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const type = res.headers.get('content-type');
    if (!acceptableImageType(type)) throw new Error(`not an image (${type})`);
    const bytes = await readCapped(res, limits.maxBytes);
    return new Blob([bytes], { type: type || '' });
  } finally {
    clearTimeout(timer);
  }
}

// Resolves with { width, height, rgba: Uint8ClampedArray } at most maxW x maxH.
export async function loadThumbnail(url, maxW, maxH, {
  baseUrl, proxies = [], limits = THUMBNAIL_LIMITS, fetchFn = fetch,
} = {}) {
  const plan = imageRequestPlan(url, baseUrl, proxies);
  if (!plan.length) throw new Error('not an http(s) image URL');
  let blob = null, lastError = null;
  for (const requestUrl of plan) {
    try {
      blob = await fetchImageBytes(requestUrl, limits, fetchFn);
      break;
    } catch (e) {
      lastError = e;
      // An HTTP error or a non-image from the server itself: a proxy would get the same.
      if (requestUrl === plan[0] && e && /^HTTP |not an image/.test(e.message)) break;
    }
  }
  if (!blob) throw lastError || new Error('image unavailable');
  const bitmap = await createImageBitmap(blob);
  try {
    if (bitmap.width * bitmap.height > limits.maxSourcePixels) throw new Error('image too large');
    const { width, height } = fitWithin(bitmap.width, bitmap.height, maxW, maxH);
    if (!width) throw new Error('empty image');
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    return { width, height, rgba: ctx.getImageData(0, 0, width, height).data };
  } finally {
    bitmap.close();
  }
}
