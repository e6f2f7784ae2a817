import type { LabReply, LabRequest } from './protocol.js';
/** Wall clock for the time budget only: it decides how far a slice goes, never what happens in it. */
interface Clock {
    now(): number;
}
/** Where unsolicited states go, and how the play loop gets its next turn (after pending messages). */
export interface Playback {
    post(reply: LabReply): void;
    later(fn: () => void, ms: number): void;
}
export declare class LabWorker {
    private readonly clock;
    private readonly playback;
    private payload;
    private readonly panes;
    /** Playing: simulated ms per wall ms (null: as fast as it goes), and the reference instants. */
    private play;
    private turnScheduled;
    constructor(clock: Clock, playback?: Playback | null);
    /**
     * One turn of play: the main run advances at the set speed (or as far as it gets) for at most
     * TURN_MS, the forks to the same simulated time (they stay side by side); then each pane's
     * state is sent.
     */
    private turn;
    handle(req: LabRequest): LabReply;
    private pane;
    private answer;
}
export {};
