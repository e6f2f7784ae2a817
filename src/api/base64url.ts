/**
 * Unpadded base64url (RFC 4648 §5) of bytes and back, in Node and in the lab's browser worker
 * alike, so checkpoints are written and read in both. Node's Buffer does it in bulk; where there
 * is none (a browser), btoa/atob do, with the same text (a test holds the two equal).
 */
type BufferLike = {
  from(b: ArrayBufferLike, offset: number, length: number): { toString(enc: 'base64url'): string; write(s: string, enc: 'base64'): number };
};

/** Node's Buffer, or undefined in a browser (read from globalThis: the bare name does not exist there). */
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/** Bytes per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 0x8000;

export function encodeBase64url(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
  return portable.encode(bytes);
}

/** Decodes `text` into `into` from its start; the bytes written (-1 or fewer than meant when `text` is not base64). */
export function decodeBase64urlInto(text: string, into: Uint8Array): number {
  if (NodeBuffer) return NodeBuffer.from(into.buffer, into.byteOffset, into.byteLength).write(text, 'base64');
  return portable.decodeInto(text, into);
}

/** The browser's way, exported for the test that holds it to Buffer's. */
export const portable = {
  encode(bytes: Uint8Array): string {
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
    return btoa(parts.join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  },
  decodeInto(text: string, into: Uint8Array): number {
    let binary: string;
    try {
      binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    } catch {
      return -1;
    }
    const n = Math.min(binary.length, into.length);
    for (let i = 0; i < n; i++) into[i] = binary.charCodeAt(i);
    return n;
  },
};

export function bytesEqual(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
