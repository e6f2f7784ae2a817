/**
 * A balloon target replayed on the guest of a real capture. shared/data/kvm/libvirt-qemu's
 * scripts/capture.sh, in its main run (480 s), issues `setmem vm-idle 98304 --live` after the
 * sample at 150 s and `setmem vm-idle 131072 --live` after the one at 330 s, and logs them in
 * events.txt as `<unix ms> setmem vm-idle 98304 KiB --live : <output>`; FIELDS.md records what
 * libvirt then reported: balloon.current 131072 → 98304 KiB → back to 131072 KiB. The main
 * run's files are not in the repository; capture-calib (90 s, the same vm-idle: 1 vCPU, 128 MiB,
 * idle, domain-xml/vm-idle.xml) is, and ran without them. So the two commands, in capture.sh's
 * log format, are given to the importer with capture-calib at 30 s and 60 s (the same commands
 * on the same guest, earlier in a shorter capture), and the replay's guest memory, 128 MiB less
 * its balloon, is read while each target holds: from the first whole cell after the command to
 * the next command or the end. The replay takes the guest's memory state from capture-calib
 * itself: touched memory from balloon.rss (170788 KiB > 128 MiB: all of it), active memory from
 * balloon.available − balloon.usable (81900 − 58384 KiB), so it checks that the target is reached
 * on that guest, as libvirt reported, not only that an event was scheduled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportLog } from '../calibration/import-log.js';
import { importTrace } from '../calibration/import/index.js';
import { parseCommandLog, type CommandLog } from '../calibration/import/operator-log.js';
import { gridOf } from '../calibration/resample.js';
import { buildReplay } from '../calibration/replay/build-scenario.js';
import { evaluate, writePlanFiles } from '../calibration/replay/evaluate.js';
import { CAPTURE_DIR } from './capture.js';

/** When the commands are issued in the replayed capture, ms from its start. */
export const LOWER_AT_MS = 30_000;
export const RESTORE_AT_MS = 60_000;
/** The targets, KiB as virsh takes them (FIELDS.md: balloon.current reads back the same). */
export const LOWERED_KIB = 98_304;
export const RESTORED_KIB = 131_072;

export interface SetmemFigures {
  /** vm-idle's memory (128 MiB less its balloon), mean while each target holds, MiB. */
  readonly loweredMiB: number;
  readonly restoredMiB: number;
  readonly vmMemoryMiB: number;
}

const memo = new Map<string, SetmemFigures>();

function meanOver(xs: Float64Array, from: number, to: number): number {
  let s = 0;
  let n = 0;
  for (let k = from; k < to; k++) if (Number.isFinite(xs[k])) (s += xs[k], n++);
  return n === 0 ? NaN : s / n;
}

export function setmemFigures(dataDir: string): SetmemFigures {
  const hit = memo.get(dataDir);
  if (hit !== undefined) return hit;
  const trace = importTrace(join(dataDir, CAPTURE_DIR));
  const start = trace.startEpochMs;
  const host = trace.hosts[0];
  const vm = host?.vms.find((v) => v.name === 'vm-idle');
  if (start === null || host === undefined || vm?.memoryMiB == null) throw new Error(`${CAPTURE_DIR}: no timed readings of vm-idle`);
  const log: CommandLog = { actions: [], readOnly: new Map() };
  const lines = [`${start + LOWER_AT_MS} setmem vm-idle ${LOWERED_KIB} KiB --live : `, `${start + RESTORE_AT_MS} setmem vm-idle ${RESTORED_KIB} KiB --live : `];
  parseCommandLog(lines.join('\n'), 'events.txt (scripts/capture.sh format)', start, new ImportLog(), log);
  const grid = gridOf(trace);
  if (typeof grid === 'string') throw new Error(`${CAPTURE_DIR}: ${grid}`);
  const plan = buildReplay({ ...trace, hosts: [{ ...host, actions: log.actions }] }, grid);
  const work = mkdtempSync(join(tmpdir(), 'dcsim-validate-setmem-'));
  try {
    writePlanFiles(plan, work);
    // The host's balloon is vm-idle's: vm-busy has no target and a KVM host no balloon policy.
    const balloon = evaluate(plan, null, work).simulated.hosts[0]!.balloon;
    const cell = (ms: number): number => Math.ceil(ms / grid.stepMs) + 1;
    const mem = vm.memoryMiB;
    const figures: SetmemFigures = {
      loweredMiB: mem - meanOver(balloon, cell(LOWER_AT_MS), Math.floor(RESTORE_AT_MS / grid.stepMs)),
      restoredMiB: mem - meanOver(balloon, cell(RESTORE_AT_MS), grid.cells),
      vmMemoryMiB: mem,
    };
    memo.set(dataDir, figures);
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
