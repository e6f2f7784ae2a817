/**
 * readCsvTable: RFC 4180 quoting, the delimiter of the header line, a byte-order mark, and the
 * spreadsheet row numbers that located errors report.
 */
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/inventory/read-csv.js';
import { InventoryError } from '../../src/inventory/table.js';

describe('readCsvTable', () => {
  it('reads quoted fields holding the delimiter, doubled quotes and line breaks', () => {
    const t = readCsvTable('VM,Annotation,CPUs\nweb-01,"owner: ops, ""tier 1""",2\nweb-02,"two\nlines",4\n', 'vInfo', 'vInfo.csv');
    expect(t.headers).toEqual(['VM', 'Annotation', 'CPUs']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['web-01', 'owner: ops, "tier 1"', '2'],
      ['web-02', 'two\nlines', '4'],
    ]);
  });

  it('numbers rows as a spreadsheet does: header row 1, a record spanning lines keeps its first line', () => {
    const t = readCsvTable('VM,Annotation\r\na,"x\r\ny"\r\n\r\nb,z\r\n', 'vInfo', 'f.csv');
    expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'a'],
      [5, 'b'],
    ]);
  });

  it('takes the semicolon of a decimal-comma locale from the header line, and drops a byte-order mark', () => {
    const t = readCsvTable('\ufeffVM;CPUs;Speed\nweb-01;2;2,5\n', 'vHost', 'f.csv');
    expect(t.headers).toEqual(['VM', 'CPUs', 'Speed']);
    expect(t.rows[0]?.cells).toEqual(['web-01', '2', '2,5']);
  });

  it('an unclosed quote and an empty file are located errors', () => {
    expect(() => readCsvTable('VM,CPUs\n"web-01,2\n', 'vInfo', 'f.csv')).toThrow(new InventoryError('f.csv', 'vInfo', 2, null, 'a quoted field is not closed before the end of the file'));
    expect(() => readCsvTable('', 'vCPU', 'g.csv')).toThrow(/^g\.csv: tab vCPU: the file is empty/);
  });

  it('an unclosed quote is located at the line where its record starts, not where the file ends', () => {
    expect(() => readCsvTable('VM,CPUs\na,1\n\n"web-01,2\nx\ny\n', 'vInfo', 'f.csv')).toThrow(new InventoryError('f.csv', 'vInfo', 4, null, 'a quoted field is not closed before the end of the file'));
  });

  it('keeps a quote inside an unquoted field as text, and reads a CRLF line break inside a quoted cell as one line break', () => {
    const t = readCsvTable('VM,Note\r\n12" rack,"a\r\nb"\r\n', 'vInfo', 'f.csv');
    expect(t.rows[0]?.cells).toEqual(['12" rack', 'a\nb']);
  });
});
