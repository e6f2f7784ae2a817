/** Number, unit and time formatting shared by every panel (pure: no DOM, no d3). */
const nf = (digits) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const NF0 = nf(0);
const NF1 = nf(1);
const NF2 = nf(2);
/** A number with about three significant figures (1 234, 12.3, 1.23, 0.012). */
export function num(x) {
    if (!Number.isFinite(x))
        return '–';
    const a = Math.abs(x);
    if (a >= 100)
        return NF0.format(x);
    if (a >= 10)
        return NF1.format(x);
    if (a >= 0.01 || a === 0)
        return NF2.format(x);
    return x.toPrecision(2);
}
export function pct(x) {
    return Number.isFinite(x) ? `${num(x)} %` : '–';
}
export function ghz(x) {
    return `${num(x)} GHz`;
}
export function gib(x) {
    return `${num(x)} GiB`;
}
export function mibAsGib(mib) {
    return gib(mib / 1024);
}
export function ratio(x) {
    return Number.isFinite(x) ? `${NF2.format(x)} : 1` : '–';
}
export function kwh(x) {
    return `${num(x)} kWh`;
}
/** What a figure the report leaves out (null) reads as. */
export const NONE = '—';
/** `f(v)`, or "—" when the report gives no value. */
export function orNone(v, f) {
    return v === null || v === undefined ? NONE : f(v);
}
const MONEY = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** "1,234.56 EUR"; "—" for null (no price given). */
export function money(x, currency) {
    return orNone(x, (v) => (Number.isFinite(v) ? `${MONEY.format(v)} ${currency}`.trim() : '–'));
}
const MONEY0 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
/** Money in a sentence: whole units from 100 up ("38,292 EUR"), else cents ("3.51 EUR"); "—" for null. */
export function moneyRound(x, currency) {
    return orNone(x, (v) => (!Number.isFinite(v) ? '–' : Math.abs(v) >= 100 ? `${MONEY0.format(v)} ${currency}`.trim() : money(v, currency)));
}
/** A price per kWh: "0.26 EUR/kWh" (up to four decimals, at least two). */
export function pricePerKWh(x, currency) {
    if (!Number.isFinite(x))
        return '–';
    const f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
    return `${f.format(x)} ${currency}/kWh`.replace(' /', '/');
}
/** Power: "850 W" below 1 kW, else "12.3 kW". */
export function kw(x) {
    if (!Number.isFinite(x))
        return '–';
    return Math.abs(x) < 1 ? `${num(x * 1000)} W` : `${num(x)} kW`;
}
/** A mass of CO2 in a sentence: "15.6 t CO2" from a tonne up, else "850 kg CO2"; "—" for null. */
export function co2Mass(kg) {
    return orNone(kg, (v) => (Math.abs(v) >= 1000 ? `${num(v / 1000)} t CO2` : `${num(v)} kg CO2`));
}
/** "30.8 kgCO2"; "—" for null (no grid intensity given). */
export function kgCo2(x) {
    return orNone(x, (v) => `${num(v)} kgCO2`);
}
/** Power usage effectiveness: "PUE 1.5". */
export function pue(x) {
    return `PUE ${NF2.format(x)}`;
}
export function count(x) {
    return NF0.format(x);
}
/** "1 d 6 h", "45 min", "300 ms". */
export function duration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const parts = [];
    let s = Math.round(ms / 1000);
    const units = [[7 * 86400, 'w'], [86400, 'd'], [3600, 'h'], [60, 'min'], [1, 's']];
    for (const [size, name] of units) {
        if (s >= size) {
            parts.push(`${Math.floor(s / size)} ${name}`);
            s %= size;
        }
        if (parts.length === 2)
            break;
    }
    return parts.join(' ');
}
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');
function HM(d) {
    return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
function DAY(d) {
    return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}
function WHEN_SHORT(d) {
    return `${DAY(d)} ${HM(d)}`;
}
function WHEN(d) {
    return `${DAY(d)} ${d.getUTCFullYear()} ${HM(d)}`;
}
/** Absolute UTC time of ms `t` after `startMs`. */
export function when(startMs, t, withYear = false) {
    return `${(withYear ? WHEN : WHEN_SHORT)(new Date(startMs + t))} UTC`;
}
/** "Mon 2 Mar 14:00–14:05 UTC" for an interval. */
export function interval(startMs, t, lengthMs) {
    const a = new Date(startMs + t);
    const b = new Date(startMs + t + lengthMs);
    const sameDay = a.getUTCDate() === b.getUTCDate() || (b.getUTCHours() === 0 && b.getUTCMinutes() === 0 && lengthMs <= 86400000);
    return `${WHEN_SHORT(a)}–${sameDay ? HM(b) : WHEN_SHORT(b)} UTC`;
}
/** Axis ticks: the day at midnight, else hours and minutes. */
export function timeTick(d) {
    const date = d instanceof Date ? d : new Date(Number(d));
    return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 ? DAY(date) : HM(date);
}
/** The last segment of a hierarchical id (`dc1/cluster-a/esx-001` → `esx-001`). */
export function shortId(id) {
    const i = id.lastIndexOf('/');
    return i >= 0 ? id.slice(i + 1) : id;
}
