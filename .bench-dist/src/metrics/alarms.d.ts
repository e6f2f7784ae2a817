import type { World } from '../model/world.js';
import type { AlarmsSpec } from '../scenario/schema.js';
import type { SampleFrame } from './frame.js';
import type { SampleSink } from './recorder.js';
export declare const ALARM_RULES: readonly ["cpu-ready", "host-cpu", "host-swapping", "host-memory-state"];
export type AlarmRule = (typeof ALARM_RULES)[number];
export interface AlarmRecord {
    readonly rule: AlarmRule;
    readonly target: string;
    readonly since: number;
    readonly raisedAt: number;
    clearedAt: number | null;
    peak: number;
    readonly threshold: number;
    readonly unit: string;
}
export interface AlarmListener {
    alarmRaised?(t: number, alarm: AlarmRecord): void;
    alarmCleared?(t: number, alarm: AlarmRecord): void;
}
/** Alarms kept in memory for the report; all of them are counted and go to the listeners. */
export declare const KEPT_ALARMS = 100000;
export declare class AlarmEvaluator implements SampleSink {
    private readonly listeners;
    readonly alarms: AlarmRecord[];
    readonly raised: Record<AlarmRule, number>;
    /** Alarms raised per cluster, by rule (the report's counts per cluster, merged over clusters). */
    readonly raisedByCluster: Record<AlarmRule, number>[];
    private readonly rules;
    private readonly stateFloor;
    constructor(spec: AlarmsSpec, world: World, listeners: readonly AlarmListener[]);
    onSample(f: SampleFrame): void;
    private value;
    private evaluate;
    /** Alarms still raised at the end of the run (of one cluster, when given). */
    activeCount(cluster?: number): number;
    get total(): number;
}
