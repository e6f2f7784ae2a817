/**
 * Power model fields that depend on each other: linear / square / cubic / sqrt need idleW ≤ maxW
 * and nothing else; specpower needs exactly one of a catalogue server or an 11-point curve.
 * A catalogue server whose transcription is not verified loads with a warning.
 */
import { SPECPOWER_CURVES, findCurve } from '../catalogue/specpower.js';
import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';
import { editDistance } from './suggest.js';

export interface PowerCheck {
  readonly problems: PathProblem[];
  readonly warnings: PathProblem[];
}

/** The closest catalogue names (by edit distance, at most 3 edits), or the whole list. */
function suggestServer(name: string): string {
  const scored = SPECPOWER_CURVES.map((c) => ({ n: c.name, d: editDistance(c.name.toLowerCase(), name.toLowerCase()) }));
  const best = Math.min(...scored.map((x) => x.d));
  const near = best <= 3 ? scored.filter((x) => x.d === best).map((x) => x.n) : [];
  const list = near.length > 0 ? near : SPECPOWER_CURVES.map((c) => c.name);
  return `${near.length > 0 ? 'did you mean' : 'known servers:'} ${list.map((n) => `'${n}'`).join(', ')}`;
}

export function checkPower(spec: ScenarioSpec): PowerCheck {
  const problems: PathProblem[] = [];
  const warnings: PathProblem[] = [];
  spec.clusters.forEach((c, ci) => {
    c.hosts.forEach((g, gi) => {
      const p = g.power;
      const at = (key: string): PropertyKey[] => ['clusters', ci, 'hosts', gi, 'power', key];
      if (p.model !== 'specpower') {
        if (p.idleW === undefined) problems.push({ path: at('idleW'), message: `the ${p.model} power model needs idleW (watts at 0 % load)` });
        if (p.maxW === undefined) problems.push({ path: at('maxW'), message: `the ${p.model} power model needs maxW (watts at 100 % load)` });
        if (p.idleW !== undefined && p.maxW !== undefined && p.idleW > p.maxW)
          problems.push({ path: at('idleW'), message: `expected idleW (${p.idleW}) to be at most maxW (${p.maxW})` });
        for (const key of ['server', 'curve'] as const)
          if (p[key] !== undefined) problems.push({ path: at(key), message: `${key} belongs to model: specpower, not ${p.model}` });
        return;
      }
      for (const key of ['idleW', 'maxW'] as const)
        if (p[key] !== undefined) problems.push({ path: at(key), message: `${key} does not apply to model: specpower (the curve gives the watts)` });
      if ((p.server === undefined) === (p.curve === undefined)) {
        problems.push({ path: at('model'), message: 'model: specpower needs exactly one of server (a catalogue name) or curve (11 watt values)' });
        return;
      }
      if (p.server !== undefined) {
        const curve = findCurve(p.server);
        if (!curve) problems.push({ path: at('server'), message: `unknown SPECpower server '${p.server}'; ${suggestServer(p.server)}` });
        else if (curve.unverified)
          warnings.push({ path: at('server'), message: `the power curve of '${p.server}' is an UNVERIFIED transcription: check it against ${curve.source || 'spec.org'}` });
      }
      if (p.curve !== undefined) {
        for (let k = 1; k < p.curve.length; k++)
          if ((p.curve[k]) < (p.curve[k - 1]))
            problems.push({ path: [...at('curve'), k], message: `expected a curve that does not fall with load: ${p.curve[k]} W at ${k * 10} % is below ${p.curve[k - 1]} W at ${(k - 1) * 10} %` });
      }
    });
  });
  return { problems, warnings };
}
