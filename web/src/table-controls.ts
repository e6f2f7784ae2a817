/**
 * The controls every long event table carries after its filters: "Show" (the first rows or all,
 * offered only when the table is longer than that) and a CSV download of every row in the
 * table's current order. The alarms and migrations panels share them.
 */
import { toCsv, type CsvCell } from './csv.js';
import { exportCsv } from './export.js';
import { button, select, type Sel } from './ui.js';

/** Rows drawn at once by default; the "Show" control offers all of them. */
export const DEFAULT_ROWS = 500;

export interface TableControls {
  /** Rows in the table before any filter. */
  readonly total: number;
  /** The table's state: `n` rows shown (0 for all). */
  readonly st: { n: number };
  readonly redraw: () => void;
  /** Name of the Show control ('alarm-top'). */
  readonly showName: string;
  /** The CSV: its header, its rows in the current order, the file's title, the button's label in words. */
  readonly header: readonly string[];
  readonly rows: () => Iterable<readonly CsvCell[]>;
  readonly title: string;
  readonly what: string;
}

export function tableControls(controls: Sel, c: TableControls): void {
  if (c.total > DEFAULT_ROWS) {
    select(controls, 'Show', [{ value: String(DEFAULT_ROWS), label: `first ${DEFAULT_ROWS}` }, { value: '0', label: 'all' }], String(c.st.n), (v) => {
      c.st.n = Number(v);
      c.redraw();
    }, c.showName);
  }
  button(controls, 'CSV', () => exportCsv(toCsv(c.header, c.rows()), c.title), `Download the ${c.what} as CSV`).attr('data-export', 'csv');
}
