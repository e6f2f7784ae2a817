/**
 * Replication statistics: mean, sample standard deviation and the 95 % confidence interval of
 * the mean from Student's t distribution (mean ± t(0.975, n−1) · s / √n). Values are summed in
 * the order given (run-id order), so the figures are the same on every machine.
 */

/** t(0.975, df) for df = 1..30 (standard tables, 10 significant digits). */
const T975 = [
  12.7062047362, 4.3026527297, 3.1824463053, 2.7764451052, 2.5705818356, 2.4469118511, 2.3646242516, 2.3060041352,
  2.2621571628, 2.228138852, 2.2009851601, 2.1788128297, 2.1603686565, 2.1447866879, 2.1314495456, 2.1199052992,
  2.1098155778, 2.1009220402, 2.0930240544, 2.0859634473, 2.0796138447, 2.0738730679, 2.0686576104, 2.0638985616,
  2.0595385528, 2.0555294386, 2.0518305165, 2.0484071418, 2.0452296421, 2.0422724563,
];

const Z975 = 1.959963984540054;

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: the table up to 30, then the
 * Cornish–Fisher expansion in 1/df (Abramowitz & Stegun 26.7.5), within 1e-4 of the exact value.
 */
export function t975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30) return T975[Math.floor(df) - 1];
  const z = Z975;
  const z2 = z * z;
  const g1 = (z2 * z + z) / 4;
  const g2 = ((5 * z2 + 16) * z2 * z + 3 * z) / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 * z - 15 * z) / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 * z - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

export interface Summary {
  /** Runs that gave the figure. */
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); NaN below two values. */
  readonly sd: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** Mean, standard deviation and 95 % CI; a null among the values makes every figure NaN. */
export function summarize(values: readonly (number | null)[]): Summary {
  const n = values.length;
  if (n === 0 || values.some((v) => v === null)) return { n: 0, mean: NaN, sd: NaN, ciLow: NaN, ciHigh: NaN };
  const xs = values as readonly number[];
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: NaN, ciLow: NaN, ciHigh: NaN };
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  const sd = Math.sqrt(ss / (n - 1));
  const half = t975(n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ciLow: mean - half, ciHigh: mean + half };
}
