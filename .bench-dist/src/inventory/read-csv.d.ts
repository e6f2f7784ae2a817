/**
 * One RVTools tab exported as CSV (RFC 4180: quoted fields may hold the delimiter, doubled quotes
 * and line breaks). The delimiter is the one of "," ";" or tab found most often outside quotes in
 * the header line: RVTools "Export all to csv" writes commas, but files re-saved by a spreadsheet
 * in a decimal-comma locale use semicolons.
 */
import { type Table } from './table.js';
/** The table of one CSV file; `source` names the file in messages. */
export declare function readCsvTable(text: string, tab: string, source: string): Table;
