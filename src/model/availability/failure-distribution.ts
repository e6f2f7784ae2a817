/**
 * Time-between-failures and repair-time distributions, in hours (DOMAIN.md "Failures and HA":
 * exponential or Weibull inter-failure times; lognormal and gamma as fitted by the Failure Trace
 * Archive, Javadi et al., JPDC 2013). Draws are counter-based (uniformAt), so a failure process
 * keeps only an integer counter per host and never disturbs another stream's numbers.
 */
import { exponential, lognormal, normalFromUniforms, uniformAt, weibull } from '../../engine/index.js';

import type { FailureDistribution } from '../../catalogue/failure-distribution.js';

export type { FailureDistribution, FailureDistributionKind } from '../../catalogue/failure-distribution.js';

/** Lanczos coefficients for g = 7, n = 9 (Numerical Recipes 3rd ed. §6.1; ~15 significant digits). */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Lanczos approximation); NaN for x ≤ 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  // The series is accurate for Re(x) ≥ 1/2; the reflection formula covers (0, 1/2).
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) a += (LANCZOS[i]) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Γ(x) for x > 0. Overflows to Infinity above x ≈ 171.6, like the true value. */
export function gammaFunction(x: number): number {
  return Math.exp(lnGamma(x));
}

/** Mean in hours. Weibull λΓ(1+1/k); lognormal exp(mu + σ²/2); gamma kθ. */
export function meanHours(d: FailureDistribution): number {
  switch (d.kind) {
    case 'exponential':
      return d.p1;
    case 'weibull':
      return d.p2 * gammaFunction(1 + 1 / d.p1);
    case 'lognormal':
      return Math.exp(d.p1 + 0.5 * d.p2 * d.p2);
    case 'gamma':
      return d.p1 * d.p2;
  }
}

/**
 * uniformAt can return exactly 0, which would make an exponential or Weibull draw 0 h (a failure
 * at the instant of repair) and a gamma boost 0. Substituting the smallest non-zero value it can
 * return keeps every draw positive at a bias of 2^-53.
 */
const SMALLEST_UNIFORM = 2 ** -53;

function positiveUniformAt(seed: number, counter: number): number {
  const u = uniformAt(seed, counter);
  return u > 0 ? u : SMALLEST_UNIFORM;
}

function checkParameters(d: FailureDistribution): void {
  const ok =
    d.kind === 'exponential'
      ? d.p1 > 0 && Number.isFinite(d.p1)
      : d.kind === 'lognormal'
        ? Number.isFinite(d.p1) && d.p2 >= 0 && Number.isFinite(d.p2)
        : d.p1 > 0 && d.p2 > 0 && Number.isFinite(d.p1) && Number.isFinite(d.p2);
  // Bad parameters must fail loudly: with NaN the gamma rejection loop below would never end.
  if (!ok) throw new RangeError(`invalid ${d.kind} failure distribution (p1 = ${d.p1}, p2 = ${d.p2})`);
}

/**
 * One draw in hours from uniformAt(seed, counter), uniformAt(seed, counter + 1), …; `used` is how
 * many counters were consumed, so the caller's next draw starts at counter + used. Exponential and
 * Weibull use 1, lognormal 2 (Box–Muller, second normal discarded), gamma 3 per Marsaglia–Tsang
 * attempt plus 1 for the shape < 1 boost. Results are > 0, except that Weibull or gamma draws
 * with shapes far below the FTA fits' smallest (0.19) can underflow to 0.
 */
export function sampleHours(
  d: FailureDistribution,
  seed: number,
  counter: number,
): { hours: number; used: number } {
  checkParameters(d);
  switch (d.kind) {
    case 'exponential':
      return { hours: exponential(positiveUniformAt(seed, counter), d.p1), used: 1 };
    case 'weibull':
      return { hours: weibull(positiveUniformAt(seed, counter), d.p1, d.p2), used: 1 };
    case 'lognormal':
      return {
        hours: lognormal(uniformAt(seed, counter), uniformAt(seed, counter + 1), d.p1, d.p2),
        used: 2,
      };
    case 'gamma':
      return sampleGamma(d.p1, d.p2, seed, counter);
  }
}

/**
 * Marsaglia & Tsang, "A simple method for generating gamma variables", ACM TOMS 26(3), 2000.
 * Shape k < 1 samples Gamma(k + 1) and multiplies by u^{1/k} (their §6); the boost uniform comes
 * first so that its counter does not depend on how many attempts were rejected.
 */
function sampleGamma(
  shape: number,
  scale: number,
  seed: number,
  counter: number,
): { hours: number; used: number } {
  let c = counter;
  let boost = 1;
  let k = shape;
  if (shape < 1) {
    boost = Math.pow(positiveUniformAt(seed, c++), 1 / shape);
    k = shape + 1;
  }
  const d = k - 1 / 3;
  const cc = 1 / Math.sqrt(9 * d);
  // Acceptance probability is above 0.95 for every d ≥ 2/3, so the loop ends after a few tries.
  for (;;) {
    const x = normalFromUniforms(uniformAt(seed, c), uniformAt(seed, c + 1));
    const u = uniformAt(seed, c + 2);
    c += 3;
    const t = 1 + cc * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      return { hours: d * v * scale * boost, used: c - counter };
    }
  }
}
