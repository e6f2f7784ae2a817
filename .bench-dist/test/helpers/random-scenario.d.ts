/**
 * fast-check arbitraries for small random scenarios: 1–4 hosts, 1–20 VMs, random templates
 * (reservations, limits, shares) and workloads of every generated kind but traces.
 */
import fc from 'fast-check';
export declare const workloadArb: fc.Arbitrary<Record<string, unknown>>;
export declare const scenarioSpecArb: fc.Arbitrary<Record<string, unknown>>;
