/**
 * CSV cells at a fixed precision, so that outputs are byte-identical across runs and platforms.
 * Kept apart from the file writers (csv.ts) so the lab's browser bundle can format rows too.
 */
export type Cell = string | number;

/** Fixed decimals, no "-0", and an empty cell for NaN (not computable). */
export function num(x: number, decimals = 3): string {
  if (Number.isNaN(x)) return '';
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}
