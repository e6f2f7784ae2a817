/**
 * Policies as code, the part a simulation needs: the hooks a policy implements, the error that
 * stops a run when one fails, and routing a cluster's placement to its policy. Loading a policy
 * from a file (policy.ts) is kept apart so the simulation imports no Node module (the lab runs
 * it in a browser worker).
 */
import type { Datacenter } from '../model/datacenter.js';
import { type HostView, type SimulationView, type VmView } from './view.js';
export interface Policy {
    readonly name?: string;
    scoreHost?(view: SimulationView, vm: VmView, host: HostView): number;
}
export interface LoadedPolicy {
    readonly file: string;
    readonly policy: Policy;
}
/** A policy failed: where, and the error it threw. */
export declare class PolicyError extends Error {
    readonly file: string;
    readonly hook: string;
    readonly t: number;
    readonly causeError: unknown;
    constructor(file: string, hook: string, t: number, causeError: unknown);
    /** The policy's own stack, for the report. */
    get policyStack(): string;
}
/** Route the placement of clusters to their policies (cluster id, or '*' for all). */
export declare function installPolicies(dc: Datacenter, policies: Readonly<Record<string, LoadedPolicy>>): void;
