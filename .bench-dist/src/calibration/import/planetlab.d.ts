import type { ImportLog } from '../import-log.js';
import { type VmTrace } from '../trace.js';
/** One PlanetLab file as a VM; null (problems logged) when it does not parse. */
export declare function planetLabVm(text: string, file: string, name: string, log: ImportLog, intervalMs?: number): VmTrace | null;
export declare const PLANETLAB_NOTE = "PlanetLab: each VM taken as 1 vCPU (the files give CPU % only) and 300 s samples";
