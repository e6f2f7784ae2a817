/**
 * The operator actions of one traced host: what its command log says (operator-log.ts) and
 * what its readings show changing (state-changes.ts). A change in the readings that a logged
 * command of the same kind on the same domain explains (logged within two sample intervals of
 * it) is that command, counted once; the log's time is the exact one. An action logged before
 * the trace starts is already in the first readings and is left out, with a note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportLog } from '../import-log.js';
import type { SnapshotSet } from '../snapshot.js';
import type { OperatorAction } from '../trace.js';
import { COMMAND_LOG_FILES, parseCommandLog, type CommandLog } from './operator-log.js';
import { compareActions, stateChanges } from './state-changes.js';

function medianGapMs(set: SnapshotSet): number {
  const gaps: number[] = [];
  for (let i = 1; i < set.snapshots.length; i++) {
    const d = (set.snapshots[i]?.tMs ?? NaN) - (set.snapshots[i - 1]?.tMs ?? NaN);
    if (d > 0) gaps.push(d);
  }
  gaps.sort((a, b) => a - b);
  return gaps.length > 0 ? (gaps[Math.floor(gaps.length / 2)] as number) : 0;
}

function counted(m: ReadonlyMap<string, number>): string {
  return [...m].map(([k, n]) => `${k} ×${n}`).join(', ');
}

/**
 * Actions on the domains of `set`, in time order, ms from `originMs`. `dir`: the capture folder
 * whose command logs (COMMAND_LOG_FILES) are read, when there is one and times are absolute.
 */
export function operatorActions(set: SnapshotSet, originMs: number, dir: string | null, log: ImportLog): OperatorAction[] {
  const seen = stateChanges(set, originMs);
  const logged: CommandLog = { actions: [], readOnly: new Map() };
  const files: string[] = [];
  if (dir !== null && set.absoluteTime) {
    for (const name of COMMAND_LOG_FILES) {
      const p = join(dir, name);
      if (!existsSync(p)) continue;
      files.push(name);
      parseCommandLog(readFileSync(p, 'utf8'), p, originMs, log, logged);
    }
  }
  if (logged.readOnly.size > 0) log.note(`${files.join(', ')}: ${counted(logged.readOnly)} only read the domain: nothing to replay`);
  const before = logged.actions.filter((a) => a.tMs < 0);
  for (const a of before) log.note(`${a.source}: '${a.text}' happened before the trace starts: its effect is in the first readings`);
  const commands = logged.actions.filter((a) => a.tMs >= 0);
  const window = 2 * Math.max(1000, medianGapMs(set));
  const explained = (s: OperatorAction): boolean => commands.some((c) => c.vm === s.vm && c.kind === s.kind && Math.abs(c.tMs - s.tMs) <= window);
  const extra = seen.filter((s) => !explained(s));
  const all = [...commands, ...extra].sort(compareActions);
  if (all.length > 0) {
    const by = new Map<string, number>();
    for (const a of all) by.set(a.kind, (by.get(a.kind) ?? 0) + 1);
    log.note(`operator actions: ${all.length} (${counted(by)}): ${commands.length} from ${files.join(', ') || 'no command log'}, ${extra.length} seen only in the readings`);
  }
  return all;
}
