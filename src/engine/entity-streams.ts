/**
 * One small random stream per entity, all states in one Uint32Array: for hot loops that draw
 * once per entity per step over typed arrays. Each entity's numbers depend only on its own
 * seed and on how many it has drawn, never on other entities; the states are plain data, so
 * they checkpoint with the rest (an Int32Array: signed storage keeps the state a small integer
 * for the JIT). Generator: mulberry32 (a 32-bit state, Weyl increment plus
 * an avalanche finish), far cheaper per draw than the counter-based uniformAt.
 */

const TWO_POW_MINUS_32 = 2 ** -32;

/** Next uniform in [0, 1) of entity i, advancing its state. */
export function nextUniform(states: Int32Array, i: number): number {
  const s = ((states[i]) + 0x6d2b79f5) | 0;
  states[i] = s;
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) * TWO_POW_MINUS_32;
}
