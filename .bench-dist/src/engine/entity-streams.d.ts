/**
 * One small random stream per entity, all states in one Uint32Array: for hot loops that draw
 * once per entity per step over typed arrays. Each entity's numbers depend only on its own
 * seed and on how many it has drawn, never on other entities; the states are plain data, so
 * they checkpoint with the rest (an Int32Array: signed storage keeps the state a small integer
 * for the JIT). Generator: mulberry32 (a 32-bit state, Weyl increment plus
 * an avalanche finish), far cheaper per draw than the counter-based uniformAt.
 */
/** Next uniform in [0, 1) of entity i, advancing its state. */
export declare function nextUniform(states: Int32Array, i: number): number;
