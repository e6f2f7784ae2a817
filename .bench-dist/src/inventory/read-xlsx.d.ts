import { type Table } from './table.js';
/** Every worksheet of the workbook as a table, by sheet name. */
export declare function readXlsxTables(data: Buffer, source: string): Promise<Map<string, Table>>;
