import type { World } from '../model/world.js';
import type { LabAction, RawEvent } from './protocol.js';
export interface MadeEvent {
    /** The parsed form (ScenarioEventSpec), `at` in ms. */
    readonly spec: Readonly<Record<string, unknown>>;
    readonly raw: RawEvent;
    readonly text: string;
}
/** The event for `action` at `at` ms, or why it is refused. */
export declare function actionEvent(world: World, action: LabAction, at: number): MadeEvent | string;
