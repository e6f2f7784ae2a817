/**
 * The archive reader of trace import (src/calibration/import/tar.ts) on archives written by GNU
 * tar in its three formats: pax (POSIX.1-2001: long names in `x` extended headers, the format
 * bsdtar and Python's tarfile write by default), gnu (`L` long-name records) and ustar (prefix +
 * name). Directories and links are skipped; corrupt and truncated archives name the offset.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readTar } from '../../src/calibration/import/tar.js';

const LONG = `${'planetlab-node-'.repeat(8)}vm.txt`; // 126 characters: beyond ustar's 100-byte name field
const DEEP = `${'folder-'.repeat(20)}x/${'y'.repeat(110)}`; // beyond ustar's 155 + 100 split too

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dcsim-tar-'));
  mkdirSync(join(dir, 'trace', DEEP.slice(0, DEEP.lastIndexOf('/'))), { recursive: true });
  writeFileSync(join(dir, 'trace', 'short.txt'), '1\n2\n3\n');
  writeFileSync(join(dir, 'trace', LONG), '40\n');
  writeFileSync(join(dir, 'trace', DEEP), 'deep\n');
  symlinkSync('short.txt', join(dir, 'trace', 'link.txt'));
  return dir;
}

function archive(format: 'pax' | 'gnu' | 'ustar', dir: string): Buffer {
  const file = join(dir, `t-${format}.tar`);
  execFileSync('tar', [`--format=${format}`, '--sort=name', '-cf', file, '-C', dir, 'trace']);
  return readFileSync(file);
}

describe('readTar', () => {
  const dir = tree();

  it.each(['pax', 'gnu'] as const)('reads full long names and only the regular files of a %s archive', (format) => {
    const entries = readTar(archive(format, dir));
    expect(entries.map((e) => e.name).sort()).toEqual([`trace/${DEEP}`, `trace/${LONG}`, 'trace/short.txt'].sort());
    const byName = new Map(entries.map((e) => [e.name, e.data.toString('utf8')]));
    expect(byName.get(`trace/${LONG}`)).toBe('40\n');
    expect(byName.get(`trace/${DEEP}`)).toBe('deep\n');
    expect(byName.get('trace/short.txt')).toBe('1\n2\n3\n');
  });

  it('reads a gzipped pax archive the same as the plain one', () => {
    const plain = archive('pax', dir);
    expect(readTar(gzipSync(plain)).map((e) => e.name)).toEqual(readTar(plain).map((e) => e.name));
  });

  it('joins the ustar prefix and name of a path longer than 100 bytes', () => {
    const ustar = mkdtempSync(join(tmpdir(), 'dcsim-tar-'));
    const path = `${'d'.repeat(60)}/${'e'.repeat(60)}/f.txt`;
    mkdirSync(join(ustar, path, '..'), { recursive: true });
    writeFileSync(join(ustar, path), 'ok');
    const file = join(ustar, 'u.tar');
    execFileSync('tar', ['--format=ustar', '-cf', file, '-C', ustar, path]);
    expect(readTar(readFileSync(file)).map((e) => [e.name, e.data.toString()])).toEqual([[path, 'ok']]);
  });

  it('takes the size from a pax size record, and names the offset of a corrupt record', () => {
    const paxHeader = (records: string): Buffer => {
      const h = Buffer.alloc(512);
      h.write('PaxHeader', 0);
      h.write(`${records.length.toString(8).padStart(11, '0')}\0`, 124);
      h.write('x', 156);
      return Buffer.concat([h, Buffer.from(records.padEnd(Math.ceil(records.length / 512) * 512, '\0'))]);
    };
    const file = (name: string, sizeField: number, body: string): Buffer => {
      const h = Buffer.alloc(512);
      h.write(name, 0);
      h.write(`${sizeField.toString(8).padStart(11, '0')}\0`, 124);
      h.write('0', 156);
      return Buffer.concat([h, Buffer.from(body.padEnd(Math.ceil(body.length / 512) * 512, '\0'))]);
    };
    // "10 size=5\n" is 10 bytes, its length included; the header's own size field says 0.
    const sized = Buffer.concat([paxHeader('10 size=5\n'), file('a.txt', 0, 'hello'), Buffer.alloc(1024)]);
    expect(readTar(sized).map((e) => [e.name, e.data.toString()])).toEqual([['a.txt', 'hello']]);
    const corrupt = Buffer.concat([paxHeader('99 path=x\n'), file('a.txt', 1, 'h'), Buffer.alloc(1024)]);
    expect(() => readTar(corrupt)).toThrow('corrupt pax extended header at byte 0');
    const truncated = file('b.txt', 2000, 'short').subarray(0, 1024);
    expect(() => readTar(truncated)).toThrow('truncated tar archive: the entry at byte 0 needs 2000 bytes, 512 remain');
  });
});
