import type { ImportLog } from '../import-log.js';
import { type HostTrace } from '../trace.js';
export declare function isGenericCsvHeader(line: string): boolean;
export declare function parseGenericCsv(text: string, file: string, log: ImportLog): {
    hosts: HostTrace[];
    firstSeconds: number;
};
