/**
 * The marker of a folder dcsim wrote (src/output/ownership.ts): a file dcsim adds to it later is
 * listed (recordInMarker), so --force may replace the folder; a file of the user's is not.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReplaceableFolder, MARKER, OutputNotOursError, readMarker, recordInMarker, writeMarker } from '../../src/output/ownership.js';
import { tempDir } from '../helpers/sim.js';

function runFolder(): string {
  const dir = join(tempDir('ownership'), 'report');
  mkdirSync(dir);
  writeFileSync(join(dir, 'report.json'), '{}');
  writeFileSync(join(dir, 'vms.csv'), 'id\n');
  writeMarker(dir, 'run report', 'complete');
  return dir;
}

describe('recordInMarker', () => {
  it('lists a file dcsim added, sorted, so --force may replace the folder', () => {
    const dir = runFolder();
    writeFileSync(join(dir, 'runway.csv'), 'month\n');
    expect(() => checkReplaceableFolder(dir, true)).toThrow(OutputNotOursError);
    recordInMarker(join(dir, 'runway.csv'));
    recordInMarker(join(dir, 'runway.csv'));
    expect(readMarker(dir)?.entries).toEqual(['report.json', 'runway.csv', 'vms.csv']);
    expect(checkReplaceableFolder(dir, true)).toBe('ours');
  });

  it('lists only the file named: a file of the user\'s beside it still refuses --force', () => {
    const dir = runFolder();
    writeFileSync(join(dir, 'planning.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    recordInMarker(join(dir, 'planning.json'));
    expect(() => checkReplaceableFolder(dir, true)).toThrow("also holds 1 entry it did not write ('notes.txt')");
  });

  it('leaves a folder without dcsim\'s marker as it is', () => {
    const dir = tempDir('ownership-plain');
    writeFileSync(join(dir, 'rightsizing.csv'), 'vm\n');
    recordInMarker(join(dir, 'rightsizing.csv'));
    expect(() => readFileSync(join(dir, MARKER))).toThrow();
  });
});
