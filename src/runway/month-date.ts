/**
 * Dates of the runway: month m is m calendar months after the scenario's start (the same day of
 * the month, or the last day of a shorter one); a fractional month t = m + f lies the share f of
 * the way, in days, from month m's date to month m + 1's. All in UTC.
 */

const DAY_MS = 86_400_000;

/** The date `months` calendar months after an ISO start (UTC), as YYYY-MM-DD. */
export function monthDate(startIso: string, months: number): string {
  return new Date(monthMs(startIso, months)).toISOString().slice(0, 10);
}

/** Midnight (UTC) of month `months`'s date, ms since the epoch. */
function monthMs(startIso: string, months: number): number {
  const d = new Date(startIso);
  const day = d.getUTCDate();
  const out = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  // The same day of the month, or the last day of a shorter month (31 Jan + 1 month = 28/29 Feb).
  const last = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
  out.setUTCDate(Math.min(day, last));
  return out.getTime();
}

/** Days from the start's date to fractional month `t`. */
export function daysAt(startIso: string, t: number): number {
  const m = Math.floor(t);
  const a = monthMs(startIso, m);
  const b = monthMs(startIso, m + 1);
  return (a + (t - m) * (b - a) - monthMs(startIso, 0)) / DAY_MS;
}

/** The calendar day `days` after the start's date (the day that contains that instant). */
export function dayDate(startIso: string, days: number): string {
  return new Date(monthMs(startIso, 0) + Math.floor(days) * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2027-08-14" as "14 Aug 2027". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A half-width in days as the sentence says it: "± 4 days", "± 3 weeks" (from 14 days on). */
export function plusMinus(days: number): string {
  if (days < 0.5) return '± under a day';
  if (days < 14) return `± ${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'}`;
  return `± ${Math.round(days / 7)} weeks`;
}
