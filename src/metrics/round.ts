/**
 * Rounding of figures written to report.json, events.ndjson and the CSV files: three decimals,
 * enough for MHz, MiB, hours and percentages, and stable text across platforms (the golden
 * tests pin the bytes).
 */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
