import { type Report } from './schema.js';
export declare class ReportFileError extends Error {
    readonly file: string;
    constructor(file: string, why: string);
}
/** Reads `location`; errors name the file as `file` (default: the location). */
export declare function readReportFile(location: string, file?: string): Report;
