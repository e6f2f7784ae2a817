import { type ClusterRunOutput } from './cluster-run.js';
export type ClusterThreadReply = {
    readonly kind: 'progress';
    readonly cluster: number;
    readonly simMs: number;
} | {
    readonly kind: 'done';
    readonly output: ClusterRunOutput;
} | {
    readonly kind: 'failed';
    readonly cluster: number;
    readonly error: string;
};
