// CSV outputs: UTF-8 with a byte-order mark so spreadsheet programs show Vietnamese correctly.
// Records end with CR LF; a field holding any line break (a bare LF too, as quotes copied from a
// PDF do) is quoted, so every reader (Python's csv, pandas, R, spreadsheets) sees one record per fact.
// Text cells that a spreadsheet would run as a formula (=, +, -, @, tab or CR first: a list item's
// quote "+ Trực tuyến: …", a file name from an archive "=HYPERLINK(…).pdf") get a leading
// apostrophe, and so does a text that already starts with apostrophes before such a character, so
// the apostrophe can always be taken off again (unescapeCell); number cells are left as they are,
// so a negative change stays a number.
import { stringify } from 'csv-stringify/sync';
import { flatRow, type Cell, type Column } from './columns.js';

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell as written to CSV: an apostrophe first when a spreadsheet would read a formula. */
export const escapeCell = (cell: Cell): Cell => (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell);

/** The text a CSV cell stands for: the apostrophe escapeCell added taken off. */
export const unescapeCell = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

export function toCsv<T>(columns: Column<T>[], rows: readonly T[]): string {
  return stringify(
    rows.map((r) => flatRow(columns, r).map(escapeCell)),
    { header: true, columns: columns.map((c) => c.name), bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
