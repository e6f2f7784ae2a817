/**
 * Host power from CPU utilisation. Linear P = idle + (max − idle)·u (DOMAIN.md, Power; CloudSim
 * PowerModelLinear, OpenDC PowerModels.linear). A powered-on idle host draws idle power, not 0 W.
 */
import type { Watts } from './units.js';

export function linearPower(idleW: Watts, maxW: Watts, utilisation: number): Watts {
  const u = utilisation < 0 ? 0 : utilisation > 1 ? 1 : utilisation;
  return idleW + (maxW - idleW) * u;
}
