import { type CliIo } from '../cli/io.js';
export { collectCommand, type CollectCommandOptions } from './collect-command.js';
export interface TraceCommandOptions {
    scenario?: string;
    out?: string;
    format?: string;
    step?: string;
    interval?: string;
    select?: string;
    weights?: string;
    force: boolean;
    quiet: boolean;
}
/** `dcsim replay`: the trace's VMs through the simulator, against what the host did. */
export declare function replayCommand(file: string, o: TraceCommandOptions, io: CliIo): Promise<number>;
export interface CalibrateCommandOptions extends TraceCommandOptions {
    fit: string;
    maxEvals?: string;
}
/** `dcsim calibrate`: fit the named parameters and write the overlay and report. */
export declare function calibrateCommand(file: string, o: CalibrateCommandOptions, io: CliIo): Promise<number>;
/** `dcsim overlay`: write a scenario with an overlay applied. */
export declare function overlayCommand(scenario: string, overlay: string, o: {
    out?: string;
    force: boolean;
}, io: CliIo): Promise<number>;
