/**
 * Files carried through Redis between a queue worker and the coordinator, for runs split by
 * cluster whose workers share no folder with it: a file becomes a Redis list of gzip pieces of
 * at most PIECE_BYTES each, and is written back piece by piece, so neither side holds more than
 * one piece in memory however large the file (a cluster's host series for a year run to
 * gigabytes; Redis caps one value at 512 MB). Keys expire after KEEP_SECONDS, so the pieces of
 * an attempt whose worker died, or of a run whose coordinator died, do not stay for ever.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Redis } from 'ioredis';

const PIECE_BYTES = 16 * 1024 * 1024;
export const KEEP_SECONDS = 7 * 24 * 3600;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Copies `file` into the list at `key` (replacing it) in pieces of `pieceBytes`; returns the file's size in bytes. */
export async function uploadFile(conn: Redis, file: string, key: string, pieceBytes = PIECE_BYTES): Promise<number> {
  await conn.del(key);
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(pieceBytes);
  let total = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, pieceBytes, null);
      if (n === 0) break;
      total += n;
      // zlib runs on libuv's pool: the event loop stays free to renew the job's lock.
      await conn.rpush(key, await gzipAsync(buf.subarray(0, n)));
    }
  } finally {
    closeSync(fd);
  }
  await conn.expire(key, KEEP_SECONDS);
  return total;
}

/** Writes the list at `key` to `file`; returns its size in bytes. A list that is gone is an error (the run's keys expired or were deleted). */
export async function downloadFile(conn: Redis, key: string, file: string): Promise<number> {
  const pieces = await conn.llen(key);
  const fd = openSync(file, 'w');
  let total = 0;
  try {
    for (let k = 0; k < pieces; k++) {
      const piece = await conn.lindexBuffer(key, k);
      if (piece === null) throw new Error(`${key}: piece ${k} of ${pieces} is missing`);
      const raw = await gunzipAsync(piece);
      writeSync(fd, raw);
      total += raw.length;
    }
  } finally {
    closeSync(fd);
  }
  return total;
}
