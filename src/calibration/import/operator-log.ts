/**
 * The command log of a capture: `events.txt` (scripts/capture.sh: `<unix ms> setmem vm-idle
 * 98304 KiB --live : <virsh output>`) and `domain-lifecycle.txt` (scripts/run.sh: `<unix ms>
 * virsh start vm-idle : Domain 'vm-idle' started`), shared/data/kvm/libvirt-qemu/scripts. Each
 * line is a time, a virsh command and, after ` : `, what virsh printed. The virsh commands that
 * change a running domain become operator actions (virsh(1): setmem, setvcpus, setmaxmem, start,
 * shutdown, destroy, migrate, ...); commands that only read (domdirtyrate-calc, dominfo, ...)
 * change nothing and are counted; a command virsh refused (`error:` in its output) did not happen.
 * Anything else is kept as an `other` action under its own name, never dropped unsaid.
 */
import type { ImportLog } from '../import-log.js';
import type { OperatorAction, OperatorActionKind } from '../trace.js';
import { KIB_PER_MIB } from '../units.js';

/** Log files of a capture folder, in the order they are read. */
export const COMMAND_LOG_FILES = ['events.txt', 'domain-lifecycle.txt'] as const;

/** virsh commands that read and change nothing (virsh(1)). */
const READ_ONLY = new Set(['domdirtyrate-calc', 'dominfo', 'domstats', 'dommemstat', 'domblkstat', 'domifstat', 'dumpxml', 'domstate', 'list', 'nodeinfo', 'vcpuinfo', 'domjobinfo']);

/** Lines the capture scripts write about themselves, not about a domain. */
const SCRIPT_LINE = /^(capture\s|run\.sh\s)/;

const KINDS: Record<string, OperatorActionKind> = {
  setmem: 'balloon-target',
  setvcpus: 'vcpus',
  setmaxmem: 'max-memory',
  start: 'start',
  shutdown: 'stop',
  destroy: 'stop',
  migrate: 'migrate',
};

/** virsh scaled integers (virsh(1) "scaled integer"): the default unit is KiB for memory sizes. */
const UNIT_KIB: Record<string, number> = { b: 1 / 1024, bytes: 1 / 1024, k: 1, kib: 1, kb: 1000 / 1024, m: 1024, mib: 1024, mb: 1e6 / 1024, g: 1024 ** 2, gib: 1024 ** 2, gb: 1e9 / 1024 };

/** A size argument (`98304`, `98304KiB`, or `98304` followed by `KiB`) in MiB; NaN if it is none. */
function sizeMiB(arg: string | undefined, next: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([A-Za-z]*)$/.exec(arg ?? '');
  if (!m) return NaN;
  const attached = (m[2] as string).toLowerCase();
  const unit = attached !== '' ? attached : next !== undefined && UNIT_KIB[next.toLowerCase()] !== undefined ? next.toLowerCase() : 'kib';
  const f = UNIT_KIB[unit];
  return f === undefined ? NaN : (Number(m[1]) * f) / KIB_PER_MIB;
}

export interface CommandLog {
  readonly actions: OperatorAction[];
  /** Read-only commands by name, with their count. */
  readonly readOnly: Map<string, number>;
}

/**
 * Parses one command log; times become ms from `originMs`. Lines that are not `<unix ms> <text>`
 * are reported at their line; refused commands are noted and left out.
 */
export function parseCommandLog(text: string, file: string, originMs: number, log: ImportLog, into: CommandLog): void {
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(\d{10,16})\s+(.*)$/.exec(line);
    if (!m) {
      log.malformed(file, i + 1, `expected "<unix ms> <virsh command> [: <output>]", found ${JSON.stringify(line.slice(0, 40))}`);
      return;
    }
    const rest = m[2] as string;
    const sep = /\s:(\s|$)/.exec(rest);
    const command = (sep ? rest.slice(0, sep.index) : rest).trim();
    const output = sep ? rest.slice(sep.index + sep[0].length) : '';
    if (SCRIPT_LINE.test(command)) return;
    const words = command.split(/\s+/).filter((w) => w !== '');
    // `virsh [-c URI] cmd ...` as run.sh writes it, or the bare command as capture.sh does.
    if (words[0] === 'virsh') {
      words.shift();
      for (let w = words[0] ?? ''; w.startsWith('-'); w = words[0] ?? '') words.splice(0, w === '-c' || w === '--connect' ? 2 : 1);
    }
    const name = words[0] ?? '';
    if (READ_ONLY.has(name)) {
      into.readOnly.set(name, (into.readOnly.get(name) ?? 0) + 1);
      return;
    }
    const where = `${file}:${i + 1}`;
    if (/\berror:/i.test(output)) {
      log.note(`${where}: '${command}' was refused by virsh (${output.trim().slice(0, 80)}): not an action`);
      return;
    }
    const args = words.slice(1).filter((w) => !w.startsWith('--'));
    const flags = new Set(words.filter((w) => w.startsWith('--')));
    const vm = args[0] ?? '';
    let kind = KINDS[name] ?? 'other';
    let value: number | null = null;
    if (kind === 'balloon-target' || kind === 'max-memory') {
      value = sizeMiB(args[1], args[2]);
      if (!Number.isFinite(value)) {
        log.malformed(file, i + 1, `expected a size after '${name} ${vm}', found ${JSON.stringify(args[1] ?? '')}`);
        return;
      }
    } else if (kind === 'vcpus') {
      value = Number(args[1]);
      if (!Number.isInteger(value) || value < 1) {
        log.malformed(file, i + 1, `expected a vCPU count after 'setvcpus ${vm}', found ${JSON.stringify(args[1] ?? '')}`);
        return;
      }
    }
    // Only the persistent definition changes (virsh(1): --config without --live): nothing runs differently now.
    if ((kind === 'balloon-target' || kind === 'vcpus') && flags.has('--config') && !flags.has('--live')) kind = 'other';
    if (flags.has('--maximum')) kind = 'other';
    into.actions.push({ tMs: Number(m[1]) - originMs, vm, kind, value, text: command, source: where });
  });
}
