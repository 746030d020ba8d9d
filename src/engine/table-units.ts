import type { Span, TextDocument } from '../model.js';
import { plainWords } from './words.js';
import { COUNTED_IN, SCALED, TABLE_UNIT_SCALED } from '../../rules/table-words.js';

// The unit column of an indicator table ("ĐVT") says what a row counts: a row whose label reads
// like a catalog metric but is counted in enterprises, kilometres or exchanges ("Doanh nghiệp cung
// cấp internet | DN", "Tuyến cáp quang | Km") is about something else.


/** Whether a row's unit cell (plain words) fits the metric its label names. Only counts are
 *  checked: rates and densities are written with varied units ("%", "Thuê bao", "TB/100 dân"). */
export function unitFits(metric: string, metricUnit: string, unitCell: string): boolean {
  if (metricUnit !== 'count' || !unitCell || /^[-–—.…]*$/u.test(unitCell)) return true;
  const entry = COUNTED_IN.find(([group]) => group.test(metric));
  return entry ? entry[1].test(unitCell) : true;
}


export const inThousands = (plainText: string): boolean => SCALED.test(plainText);


/** Whether the two lines just before a table, or its heads, say its figures are in thousands or
 *  millions: its counts are then not counts. */
export function tableInThousands(doc: TextDocument, table: Span, heads: string[]): boolean {
  let from = table.start;
  for (let lines = 0; from > 0 && lines < 3; from--) if (doc.text[from - 1] === '\n') lines++;
  return TABLE_UNIT_SCALED.test(plainWords(`${doc.text.slice(from, table.start)} ${heads.join(' ')}`));
}
