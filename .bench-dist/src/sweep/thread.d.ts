import { type ClusterOutcome, type RunOutcome, type RunTask } from './execute.js';
export interface ThreadRequest {
    readonly seq: number;
    readonly task: RunTask;
    /** Set for one cluster of the run (a sweep split by cluster). */
    readonly cluster?: number;
}
export type ThreadReply = {
    readonly seq: number;
    readonly ok: true;
    readonly outcome: RunOutcome | ClusterOutcome;
} | {
    readonly seq: number;
    readonly ok: false;
    readonly error: string;
};
