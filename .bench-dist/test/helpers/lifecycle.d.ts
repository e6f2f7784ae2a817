import type { World } from '../../src/model/world.js';
/** Every lifecycle invariant at one instant; returns the first violation, or null. */
export declare function lifecycleViolation(world: World): string | null;
