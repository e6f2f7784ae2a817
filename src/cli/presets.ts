/**
 * `dcsim presets`: the built-in catalogues a scenario can name — Failure Trace Archive failure
 * fits (host group `failures.preset`) and SPECpower curves (host group `power.server`) — with
 * the figures a planner checks before choosing one.
 */
import { FTA_PRESETS, FTA_PRESET_NAMES } from '../catalogue/fta-presets.js';
import { meanHours } from '../model/availability/failure-distribution.js';
import { SPECPOWER_CURVES } from '../catalogue/specpower.js';

function fixed(x: number, d: number): string {
  return Number.isFinite(x) ? x.toFixed(d) : '—';
}

export function renderPresets(): string {
  const lines: string[] = [];
  lines.push('Failure presets (failures.preset; hours; Failure Trace Archive fits, shared/data/failures):');
  lines.push('  preset                      MTBF h     MTTR h   host availability');
  for (const name of FTA_PRESET_NAMES) {
    const p = FTA_PRESETS[name]!;
    const mtbf = meanHours(p.timeBetweenFailures);
    const mttr = meanHours(p.repair);
    lines.push(`  ${name.padEnd(24)} ${fixed(mtbf, 1).padStart(9)} ${fixed(mttr, 2).padStart(10)}   ${fixed((mtbf / (mtbf + mttr)) * 100, 3)} %`);
  }
  lines.push('');
  lines.push('SPECpower servers (power: { model: specpower, server: … }; watts at 0 % and 100 % load):');
  for (const c of SPECPOWER_CURVES) {
    lines.push(`  ${c.name.padEnd(48)} ${fixed(c.watts[0], 0).padStart(5)} W … ${fixed(c.watts[10], 0).padStart(5)} W${c.unverified ? '   (UNVERIFIED transcription)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
