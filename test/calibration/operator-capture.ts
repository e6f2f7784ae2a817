/**
 * A small capture folder in the layout of shared/data/kvm/libvirt-qemu (scripts/capture.sh:
 * `domstats-groups.txt` with `# ts=<unix ms> seq=<n>` blocks, `events.txt` of `<unix ms> <command>
 * : <virsh output>` lines; `nodeinfo.txt`) with operator actions, made up for the tests (the
 * repository's real capture, capture-calib, ran without them). Readings every 2 s for 40 s
 * (snapshots 0–19 at T0 + 2 s × k):
 * - vm-idle, 1 vCPU, 128 MiB, idle (0.02 core), guest using 81900 − 58384 KiB: `setmem vm-idle
 *   98304 KiB --live` at 10.9 s, balloon.current 98304 from the 12 s reading; back to 131072 at
 *   26.9 s, read from 28 s; migrated away at 36.5 s (no reading from 38 s).
 * - vm-onoff, 1 vCPU, 256 MiB, half a core: shut down at 17 s (shut off, state 5, from the 18 s
 *   reading), started at 25 s (running from 26 s, its cpu.time restarting at 0); vcpu.current
 *   1 → 2 between the 30 s and 32 s readings with no command logged; a refused setvcpus at 29 s.
 * - the log also holds a read-only domdirtyrate-calc and the script's own `capture end` line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/sim.js';
import { domstatsText } from './helpers.js';

export const T0 = 1_795_766_221_000;
export const SAMPLES = 20;

function idle(k: number): Record<string, number> | null {
  if (k >= 19) return null;
  const lowered = k >= 6 && k < 14;
  return {
    'state.state': 1,
    'cpu.time': 4e11 + k * 2 * 0.02e9,
    'balloon.current': lowered ? 98304 : 131072,
    'balloon.maximum': 131072,
    'balloon.available': lowered ? 49132 : 81900,
    'balloon.usable': lowered ? 25616 : 58384,
    'balloon.rss': 170788,
    'vcpu.current': 1,
    'vcpu.maximum': 1,
  };
}

function onoff(k: number): Record<string, number> {
  const off = k >= 9 && k <= 12;
  const cpu = off ? 0 : k <= 8 ? 2e11 + k * 1e9 : (k - 13) * 1e9;
  return {
    'state.state': off ? 5 : 1,
    ...(off ? {} : { 'cpu.time': cpu, 'balloon.current': 262144, 'balloon.rss': 200000 }),
    'balloon.maximum': 262144,
    'vcpu.current': k >= 16 ? 2 : 1,
    'vcpu.maximum': 2,
  };
}

export const EVENTS_TXT = [
  `# capture start_ts=${T0} duration_s=40 interval_s=2`,
  `${T0 + 10_900} setmem vm-idle 98304 KiB --live : `,
  `${T0 + 12_400} domdirtyrate-calc vm-idle --seconds 1 : `,
  `${T0 + 17_000} shutdown vm-onoff : Domain 'vm-onoff' is being shutdown`,
  `${T0 + 25_000} start vm-onoff : Domain 'vm-onoff' started`,
  `${T0 + 26_900} setmem vm-idle 131072 KiB --live : `,
  `${T0 + 29_000} setvcpus vm-onoff 4 --live : error: invalid argument: requested vcpus is greater than max allowable vcpus for the live domain: 4 > 2`,
  `${T0 + 36_500} migrate --live vm-idle qemu+ssh://kvm-02/system : `,
  `${T0 + 40_100} capture end samples=20`,
].join('\n');

/** Writes the capture folder; `events: false` leaves out events.txt (readings only). */
export function operatorCapture(o: { events?: boolean } = {}): string {
  const dir = join(tempDir('operator'), 'capture');
  mkdirSync(dir, { recursive: true });
  const snaps = Array.from({ length: SAMPLES }, (_, k) => {
    const i = idle(k);
    return { tMs: T0 + k * 2000, domains: { ...(i ? { 'vm-idle': i } : {}), 'vm-onoff': onoff(k) } };
  });
  writeFileSync(join(dir, 'domstats-groups.txt'), domstatsText(snaps));
  writeFileSync(join(dir, 'nodeinfo.txt'), 'CPU model:           x86_64\nCPU(s):              2\nCPU frequency:       2400 MHz\nMemory size:         24683620 KiB\n');
  if (o.events !== false) writeFileSync(join(dir, 'events.txt'), `${EVENTS_TXT}\n`);
  return dir;
}
