/**
 * Host power from CPU utilisation u in [0, 1]: the shapes OpenDC's PowerModels and CloudSim's
 * PowerModel* classes use (DOMAIN.md, Power and energy): linear idle + (max − idle)·u, square,
 * cubic and square-root variants, and SPECpower tables interpolated linearly between their
 * 10 % points. A powered-on idle host draws idle power, never 0 W.
 */
import type { Watts } from '../units.js';
export declare const POWER_MODELS: readonly ["linear", "square", "cubic", "sqrt", "specpower"];
export type PowerModelName = (typeof POWER_MODELS)[number];
export declare const PM_LINEAR = 0;
export declare const PM_SQUARE = 1;
export declare const PM_CUBIC = 2;
export declare const PM_SQRT = 3;
export declare const PM_TABLE = 4;
export declare function linearPower(idleW: Watts, maxW: Watts, utilisation: number): Watts;
/** Linear interpolation in an 11-point table (watts at 0, 10, …, 100 %) stored at table[offset…]. */
export declare function tablePower(table: ArrayLike<number>, offset: number, utilisation: number): Watts;
/** Power of a model given by its code; `table` is read only for PM_TABLE. */
export declare function modelPower(kind: number, idleW: Watts, maxW: Watts, table: ArrayLike<number>, offset: number, utilisation: number): Watts;
