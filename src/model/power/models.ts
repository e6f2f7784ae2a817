/**
 * Host power from CPU utilisation u in [0, 1]: the shapes OpenDC's PowerModels and CloudSim's
 * PowerModel* classes use (DOMAIN.md, Power and energy): linear idle + (max − idle)·u, square,
 * cubic and square-root variants, and SPECpower tables interpolated linearly between their
 * 10 % points. A powered-on idle host draws idle power, never 0 W.
 */
import type { Watts } from '../units.js';

export const POWER_MODELS = ['linear', 'square', 'cubic', 'sqrt', 'specpower'] as const;
export type PowerModelName = (typeof POWER_MODELS)[number];
export const PM_LINEAR = 0;
export const PM_SQUARE = 1;
export const PM_CUBIC = 2;
export const PM_SQRT = 3;
export const PM_TABLE = 4;

function clamp01(u: number): number {
  return u < 0 ? 0 : u > 1 ? 1 : u;
}

export function linearPower(idleW: Watts, maxW: Watts, utilisation: number): Watts {
  return idleW + (maxW - idleW) * clamp01(utilisation);
}

/** SPECpower_ssj2008 measures 11 load levels: 0 (active idle), 10, …, 100 % (src/catalogue/specpower.ts). */
export const SPECPOWER_POINTS = 11;

/** Where host h's curve starts in a [host × SPECPOWER_POINTS] watts table (World.hosts.powerTable). */
export function powerTableOffset(h: number): number {
  return h * SPECPOWER_POINTS;
}

/** Linear interpolation in an 11-point table (watts at 0, 10, …, 100 %) stored at table[offset…]. */
export function tablePower(table: ArrayLike<number>, offset: number, utilisation: number): Watts {
  const x = clamp01(utilisation) * 10;
  const k = x >= 10 ? 9 : Math.floor(x);
  const a = table[offset + k];
  return a + ((table[offset + k + 1]) - a) * (x - k);
}

/** Power of a model given by its code; `table` is read only for PM_TABLE. */
export function modelPower(
  kind: number,
  idleW: Watts,
  maxW: Watts,
  table: ArrayLike<number>,
  offset: number,
  utilisation: number,
): Watts {
  const u = clamp01(utilisation);
  switch (kind) {
    case PM_SQUARE:
      return idleW + (maxW - idleW) * u * u;
    case PM_CUBIC:
      return idleW + (maxW - idleW) * u * u * u;
    case PM_SQRT:
      return idleW + (maxW - idleW) * Math.sqrt(u);
    case PM_TABLE:
      return tablePower(table, offset, u);
    default:
      return idleW + (maxW - idleW) * u;
  }
}
