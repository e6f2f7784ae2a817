/**
 * base64url in Node (Buffer) and in a browser (btoa/atob): the same text for every length and
 * byte, and back to the same bytes; text that is not base64 is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesEqual, decodeBase64urlInto, encodeBase64url, portable } from '../../src/api/base64url.js';

describe('base64url', () => {
  it('property: the browser\'s encoding is Buffer\'s base64url, and both decode to the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(portable.encode(bytes)).toBe(text);
        for (const decode of [decodeBase64urlInto, portable.decodeInto]) {
          const back = new Uint8Array(bytes.length);
          expect(decode(text, back)).toBe(bytes.length);
          expect(bytesEqual(back, bytes)).toBe(true);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('known values (RFC 4648 §10 test vectors, unpadded); the standard alphabet is read too; junk is refused', () => {
    const enc = (s: string) => portable.encode(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    const into = new Uint8Array(2);
    expect(portable.decodeInto('-_8', into)).toBe(2);
    expect(Array.from(into)).toEqual([0xfb, 0xff]);
    expect(portable.decodeInto('+/8', into)).toBe(2);
    expect(portable.decodeInto('ab!c', into)).toBe(-1);
  });
});
