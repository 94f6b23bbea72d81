// Reads a fetch Response body with a byte cap, chunk by chunk, so a 2 GB "feed" is cut off
// after maxBytes instead of filling memory. Content-Length is checked first when present (it
// may lie, so the stream is counted too).
export class TooLargeError extends Error {
  constructor(maxBytes) {
    super(`response larger than ${maxBytes} bytes`);
    this.name = 'TooLargeError';
    this.kind = 'too-large';
  }
}

export async function readCapped(response, maxBytes) {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.body?.cancel().catch(() => {});
    throw new TooLargeError(maxBytes);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw new TooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
