/**
 * Reads the regular files of a (gzipped) tar archive in memory: enough for the PlanetLab
 * archive CloudSim ships and for archives written by today's tools. Names come from, in order
 * of precedence: a pax extended header (`x`, or a global `g`) `path` record, a GNU long-name
 * record (`L`), the ustar prefix and name fields. A pax `size` record overrides the header's
 * size field. Anything that is not a regular file is skipped.
 *
 * Formats: POSIX.1-2001 pax (IEEE Std 1003.1, pax "ustar Interchange Format" and "pax Extended
 * Header": records "<length> <keyword>=<value>\n", the length counting the whole record), and
 * GNU tar's `L` records (GNU tar manual, "Basic Tar Format"). It stays synchronous and
 * dependency-free because the whole import (calibration/import/index.ts) is synchronous.
 */
import { gunzipSync } from 'node:zlib';

export interface TarEntry {
  readonly name: string;
  readonly data: Buffer;
}

const BLOCK = 512;

function field(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len);
  const end = s.indexOf(0);
  return s.subarray(0, end < 0 ? len : end).toString('utf8');
}

/** The records of a pax extended header, keyword → value; throws naming the offset when one is malformed. */
function paxRecords(data: Buffer, at: number): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  while (pos < data.length && data[pos] !== 0) {
    const space = data.indexOf(0x20, pos);
    const length = space < 0 ? Number.NaN : Number(data.subarray(pos, space).toString('ascii'));
    if (!Number.isInteger(length) || length <= space - pos || pos + length > data.length || data[pos + length - 1] !== 0x0a) {
      throw new Error(`corrupt pax extended header at byte ${at}: record at offset ${pos} is not "<length> <keyword>=<value>\\n"`);
    }
    const record = data.subarray(space + 1, pos + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq <= 0) throw new Error(`corrupt pax extended header at byte ${at}: record "${record.slice(0, 40)}" has no keyword`);
    out.set(record.slice(0, eq), record.slice(eq + 1));
    pos += length;
  }
  return out;
}

/** A pax `size` value, or null when absent; throws naming the offset when it is not a size. */
function paxSize(records: ReadonlyMap<string, string>, at: number): number | null {
  const text = records.get('size');
  if (text === undefined) return null;
  if (!/^\d+$/.test(text)) throw new Error(`corrupt pax extended header at byte ${at}: size "${text}" is not a byte count`);
  return Number(text);
}

/** Entries of the archive; throws an Error naming the offset when a header is corrupt. */
export function readTar(bytes: Buffer): TarEntry[] {
  const b = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | null = null;
  let next = new Map<string, string>(); // the pax records for the next entry only
  const global = new Map<string, string>(); // pax records for every later entry
  while (off + BLOCK <= b.length) {
    const h = b.subarray(off, off + BLOCK);
    if (h.every((x) => x === 0)) break;
    const type = String.fromCharCode(h[156]);
    const headerSize = parseInt(field(h, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(headerSize) || headerSize < 0) throw new Error(`corrupt tar header at byte ${off}`);
    const isMeta = type === 'x' || type === 'g' || type === 'L';
    const size = isMeta ? headerSize : (paxSize(next, off) ?? paxSize(global, off) ?? headerSize);
    const data = b.subarray(off + BLOCK, off + BLOCK + size);
    if (data.length < size) throw new Error(`truncated tar archive: the entry at byte ${off} needs ${size} bytes, ${data.length} remain`);
    if (type === 'x') next = paxRecords(data, off);
    else if (type === 'g') for (const [k, v] of paxRecords(data, off)) global.set(k, v);
    else if (type === 'L') longName = field(data, 0, size);
    else {
      const prefix = field(h, 345, 155);
      const name = next.get('path') ?? longName ?? global.get('path') ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
      if (type === '0' || type === '\0') out.push({ name, data });
      longName = null;
      next = new Map();
    }
    off += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}
