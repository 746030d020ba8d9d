// CSV outputs: UTF-8 with a byte-order mark so spreadsheet programs show Vietnamese correctly.
import { stringify } from 'csv-stringify/sync';
import { flatRow, type Column } from './columns.js';

export function toCsv<T>(columns: Column<T>[], rows: readonly T[]): string {
  return stringify(
    rows.map((r) => flatRow(columns, r)),
    { header: true, columns: columns.map((c) => c.name), bom: true, record_delimiter: 'windows' },
  );
}
