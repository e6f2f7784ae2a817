/** Number, unit and time formatting shared by every panel (pure: no DOM, no d3). */
/** A number with about three significant figures (1 234, 12.3, 1.23, 0.012). */
export declare function num(x: number): string;
export declare function pct(x: number): string;
export declare function ghz(x: number): string;
export declare function gib(x: number): string;
export declare function mibAsGib(mib: number): string;
export declare function ratio(x: number): string;
export declare function kwh(x: number): string;
/** What a figure the report leaves out (null) reads as. */
export declare const NONE = "\u2014";
/** `f(v)`, or "—" when the report gives no value. */
export declare function orNone<T>(v: T | null | undefined, f: (v: T) => string): string;
/** "1,234.56 EUR"; "—" for null (no price given). */
export declare function money(x: number | null, currency: string): string;
/** Money in a sentence: whole units from 100 up ("38,292 EUR"), else cents ("3.51 EUR"); "—" for null. */
export declare function moneyRound(x: number | null, currency: string): string;
/** A price per kWh: "0.26 EUR/kWh" (up to four decimals, at least two). */
export declare function pricePerKWh(x: number, currency: string): string;
/** Power: "850 W" below 1 kW, else "12.3 kW". */
export declare function kw(x: number): string;
/** A mass of CO2 in a sentence: "15.6 t CO2" from a tonne up, else "850 kg CO2"; "—" for null. */
export declare function co2Mass(kg: number | null): string;
/** "30.8 kgCO2"; "—" for null (no grid intensity given). */
export declare function kgCo2(x: number | null): string;
/** Power usage effectiveness: "PUE 1.5". */
export declare function pue(x: number): string;
export declare function count(x: number): string;
/** "1 d 6 h", "45 min", "300 ms". */
export declare function duration(ms: number): string;
/** Absolute UTC time of ms `t` after `startMs`. */
export declare function when(startMs: number, t: number, withYear?: boolean): string;
/** "Mon 2 Mar 14:00–14:05 UTC" for an interval. */
export declare function interval(startMs: number, t: number, lengthMs: number): string;
/** Axis ticks: the day at midnight, else hours and minutes. */
export declare function timeTick(d: Date | {
    valueOf(): number;
}): string;
/** The last segment of a hierarchical id (`dc1/cluster-a/esx-001` → `esx-001`). */
export declare function shortId(id: string): string;
