/**
 * Lifecycle events in words, for the lab's event log: what happened and, where it helps a
 * student, why (HA detection, admission control, restart priority). Events too frequent to
 * read (every placement at the start, alarms) are left out: the charts show them.
 * Wording follows the vSphere availability guide's terms (DOMAIN.md, Failures and HA).
 */
import type { ModelEvent } from '../model/observer.js';
import type { World } from '../model/world.js';
/** The sentence for an event, or null for one the log leaves out. */
export declare function explainEvent(e: ModelEvent, world: World): string | null;
