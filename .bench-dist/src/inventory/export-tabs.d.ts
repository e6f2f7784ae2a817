import { type Table } from './table.js';
/** The tab a CSV file name stands for, among `tabs`, or null. */
export declare function tabOfFile(fileName: string, tabs: readonly string[]): string | null;
/** Tables of `tabs` found in the export at `location` (`shownAs` names it in messages). */
export declare function readExportTabs(location: string, shownAs: string, tabs: readonly string[]): Promise<Map<string, Table>>;
