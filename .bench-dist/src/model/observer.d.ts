/**
 * Typed signals the model emits. Metrics, the event log and report writers subscribe; the
 * model never formats anything itself.
 */
import type { Millis } from './units.js';
/** A lifecycle event: failures, HA restarts, migrations, maintenance, power transitions. */
export interface ModelEvent {
    readonly t: Millis;
    readonly type: string;
    readonly [field: string]: string | number | boolean | null;
}
export interface ModelObserver {
    /** Any lifecycle event (rare: objects are fine here). */
    event?(e: ModelEvent): void;
    /** A VM was placed on a host. */
    placed?(t: Millis, vm: number, host: number): void;
    /** A VM fits on no host of its cluster; `reason` says which constraint stopped it. */
    unplaceable?(t: Millis, vm: number, reason: string): void;
    /** A VM changed lifecycle state (VM_* codes; reason a DOWN_* code, 0 when it runs). */
    vmState?(t: Millis, vm: number, from: number, to: number, reason: number): void;
    /** A host moved between memory states (codes index MEMORY_STATES). */
    memoryState?(t: Millis, host: number, from: number, to: number): void;
}
