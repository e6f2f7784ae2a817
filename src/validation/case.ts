/**
 * One validation case: a figure dcsim computes by running its real code (a scenario run, an
 * import, a calibration) beside a reference figure read from public data (/work/shared/data,
 * cited per case) or a publication quoted in DOMAIN.md, and the tolerance pinned for it.
 */

export interface CaseOutcome {
  readonly dcsim: number;
  readonly reference: number;
}

export interface ValidationCase {
  readonly name: string;
  /** Where the reference comes from: a file under shared/data, its row or column, a publication. */
  readonly source: string;
  readonly unit: string;
  /** Largest |dcsim − reference| / |reference| accepted, in %. */
  readonly tolerancePct: number;
  /** Set when the case misses its tolerance today: the reason, stated plainly. */
  readonly knownMiss?: string;
  /** Runs dcsim on the data in `dataDir` (the shared/data folder) and reads the reference there. */
  readonly run: (dataDir: string) => CaseOutcome;
}

export interface CaseResult {
  readonly name: string;
  readonly source: string;
  readonly dcsim: number;
  readonly reference: number;
  readonly unit: string;
  readonly tolerance: number;
  /** (dcsim − reference) / |reference| in %. */
  readonly diffPct: number;
  readonly ok: boolean;
  readonly knownMiss: string | null;
}

export function judge(c: ValidationCase, o: CaseOutcome): CaseResult {
  const diffPct = ((o.dcsim - o.reference) / Math.abs(o.reference)) * 100;
  return {
    name: c.name,
    source: c.source,
    dcsim: o.dcsim,
    reference: o.reference,
    unit: c.unit,
    tolerance: c.tolerancePct,
    diffPct,
    ok: Number.isFinite(diffPct) && Math.abs(diffPct) <= c.tolerancePct,
    knownMiss: c.knownMiss ?? null,
  };
}

/** Significant figures enough to compare by eye, without exponent noise. */
function fig(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a >= 1000) return x.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return Number(x.toPrecision(5)).toString();
}

/** `name: dcsim X unit, reference Y unit, diff Z % (tolerance T %) ok|MISS`. */
export function formatResult(r: CaseResult): string {
  const miss = r.ok ? 'ok' : r.knownMiss === null ? 'MISS' : `MISS (known: ${r.knownMiss})`;
  const sign = r.diffPct >= 0 ? '+' : '';
  return `${r.name}: dcsim ${fig(r.dcsim)} ${r.unit}, reference ${fig(r.reference)} ${r.unit}, diff ${sign}${r.diffPct.toFixed(3)} % (tolerance ${r.tolerance} %) ${miss}`;
}

export function summaryLine(results: readonly CaseResult[]): string {
  const missed = results.filter((r) => !r.ok);
  const known = missed.filter((r) => r.knownMiss !== null).length;
  return `validation: ${results.length - missed.length} of ${results.length} cases within tolerance, ${missed.length} missed (${known} known)`;
}
