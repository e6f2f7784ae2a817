/**
 * The SPECpower_ssj2008 curve (src/catalogue/specpower.ts) of an inventory host, by
 * its vendor and model: a match only when the catalogue names the same server model; otherwise
 * no curve, and the scenario writer flags its power figures as a guess.
 */
import { SPECPOWER_CURVES, type SpecPowerCurve } from '../catalogue/specpower.js';

export interface PowerMatch {
  readonly curve: SpecPowerCurve;
  /** What differs between the measured server and this host, for the scenario comment. */
  readonly caveats: readonly string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Catalogue name without its parenthesised CPU ("IBM System x3550 (Xeon X5670)" → "IBM System x3550"). */
const bare = (name: string): string => norm(name.replace(/\(.*\)/g, ''));

/** The curve of a host of this vendor / model / CPU, or null. */
export function matchSpecPower(vendor: string, model: string, cpuModel: string, cores: number, mhz: number): PowerMatch | null {
  const m = norm(model);
  if (m === '') return null;
  const v = norm(vendor).split(' ')[0] ?? '';
  const candidates = SPECPOWER_CURVES.filter((c) => {
    const b = bare(c.name);
    return (b === m || b.endsWith(` ${m}`)) && (v === '' || b.startsWith(v) || b === m);
  });
  if (candidates.length === 0) return null;
  const cpu = norm(cpuModel);
  const byCpu = candidates.filter((c) => {
    const inParens = /\(([^)]*)\)/.exec(c.name)?.[1];
    return inParens !== undefined && cpu.includes(norm(inParens).replace(/^xeon /, ''));
  });
  const pick = byCpu[0] ?? candidates[0];
  if (pick === undefined) return null;
  const caveats: string[] = [];
  if (candidates.length > 1 && byCpu.length !== 1) caveats.push(`the catalogue has ${candidates.length} results for this model; the first was taken`);
  if (pick.cores === null || pick.mhz === null) caveats.push('the configuration of the measured server (cores, MHz) is not recorded');
  else if (pick.cores !== cores || pick.mhz !== mhz) caveats.push(`measured with ${pick.cores} cores at ${pick.mhz} MHz, this host has ${cores} at ${mhz}`);
  if (pick.unverified) caveats.push('the catalogue row is an unverified transcription');
  return { curve: pick, caveats };
}
