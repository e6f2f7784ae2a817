import type { Probe } from './collector.js';
export declare function systemProbe(timeoutMs?: number): Probe;
