import { Simulation } from '../run/simulate.js';
import type { Scenario } from '../scenario/scenario.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { LabAction, LabStatic, LabState, RecordedAction } from './protocol.js';
/** What a session did, in order: advances and actions. Replaying it rebuilds the same run. */
type Step = {
    readonly kind: 'advance';
    readonly untilMs: number;
} | {
    readonly kind: 'act';
    readonly action: LabAction;
};
export declare class LabSession {
    readonly scenario: Scenario;
    readonly sim: Simulation;
    readonly steps: Step[];
    readonly actions: RecordedAction[];
    private rows;
    private log;
    private energyWh;
    /** Outage time so far (ms, over VMs), and since when each VM has been out (NaN: not out). */
    private outageMs;
    private outSince;
    constructor(scenario: Scenario);
    /** A new session that has done what `from` did (the same run so far). */
    static replay(from: LabSession): LabSession;
    get now(): number;
    get done(): boolean;
    advance(untilMs: number): void;
    /** Record an action as a scenario event; null, or why it cannot be taken (nothing recorded). */
    act(action: LabAction): string | null;
    finish(): {
        headline: HeadlineFigures;
        clusterHeadlines: readonly HeadlineFigures[];
    };
    info(): LabStatic;
    private clusters;
    /** The state now and what happened since the last call (rows and log lines are handed over once). */
    state(pane: number): LabState;
    private pushLog;
    private onEvent;
    /**
     * An outage is time a VM that should run does not (down, or booting after a failure); never
     * placed, refused by admission control at power-on, not created yet and deleted are not outages.
     */
    private onVmState;
    /** VM outage time so far, ms (the outages still going on counted up to now). */
    outage(): number;
    private onUnplaceable;
    private onSample;
}
export {};
