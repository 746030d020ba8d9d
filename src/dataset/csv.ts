// CSV outputs: UTF-8 with a byte-order mark so spreadsheet programs show Vietnamese correctly.
// Text cells that a spreadsheet would run as a formula (=, +, -, @, tab or CR first: a list item's
// quote "+ Trực tuyến: …", a file name from an archive "=HYPERLINK(…).pdf") get a leading
// apostrophe; number cells are left as they are, so a negative change stays a number.
import { stringify } from 'csv-stringify/sync';
import { flatRow, type Column } from './columns.js';

export function toCsv<T>(columns: Column<T>[], rows: readonly T[]): string {
  return stringify(
    rows.map((r) => flatRow(columns, r)),
    { header: true, columns: columns.map((c) => c.name), bom: true, record_delimiter: 'windows', escape_formulas: true },
  );
}
