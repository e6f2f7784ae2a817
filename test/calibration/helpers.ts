/**
 * Shared helpers for calibration tests: where the shared real data lives (tests skip cleanly
 * when /work/shared is not beside the checkout), time-weighted means of rate series, and small
 * trace builders.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RateSeries } from '../../src/calibration/trace.js';

/** shared/data beside the checkout, as CI lays it out. */
export const DATA = resolve(process.cwd(), '../shared/data');
export const HAS_DATA = existsSync(DATA);
export const KVM = resolve(DATA, 'kvm');
export const CAPTURE = resolve(KVM, 'libvirt-qemu/capture-calib');
export const HAS_CAPTURE = existsSync(CAPTURE);

/** Time-weighted mean of a rate series over intervals starting at or after `fromMs`. */
export function meanRate(s: RateSeries, fromMs = -Infinity): number {
  let sum = 0;
  let dt = 0;
  for (let i = 0; i < s.v.length; i++) {
    if ((s.t0[i]) < fromMs) continue;
    const d = (s.t1[i]) - (s.t0[i]);
    sum += (s.v[i]) * d;
    dt += d;
  }
  return sum / dt;
}

/** `virsh domstats --raw` text of snapshots with `# ts=` lines. */
export function domstatsText(snapshots: { tMs: number; domains: Record<string, Record<string, number | string>> }[]): string {
  return snapshots
    .map((s, k) => {
      const body = Object.entries(s.domains)
        .map(([name, f]) => [`Domain: '${name}'`, ...Object.entries(f).map(([key, v]) => `  ${key}=${v}`)].join('\n'))
        .join('\n\n');
      return `# ts=${s.tMs} seq=${k}\n${body}\n\n# end_ts=${s.tMs + 5}`;
    })
    .join('\n');
}
