/**
 * Reads the regular files of a (gzipped) ustar/GNU tar archive in memory: enough for the
 * PlanetLab archive CloudSim ships. Long names (GNU `L` records) are supported; anything that
 * is not a regular file is skipped.
 */
import { gunzipSync } from 'node:zlib';

export interface TarEntry {
  readonly name: string;
  readonly data: Buffer;
}

function field(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len);
  const end = s.indexOf(0);
  return s.subarray(0, end < 0 ? len : end).toString('utf8');
}

/** Entries of the archive; throws an Error naming the offset when a header is corrupt. */
export function readTar(bytes: Buffer): TarEntry[] {
  const b = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | null = null;
  while (off + 512 <= b.length) {
    const h = b.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    const size = parseInt(field(h, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new Error(`corrupt tar header at byte ${off}`);
    const type = String.fromCharCode(h[156]);
    const prefix = field(h, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    const data = b.subarray(off + 512, off + 512 + size);
    longName = null;
    if (type === 'L') longName = field(data, 0, size);
    else if (type === '0' || type === '\0') out.push({ name, data });
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}
