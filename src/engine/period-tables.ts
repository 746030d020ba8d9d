// Tables with a row per period and a column per indicator, as yearbooks print them: "Năm | Tốc
// độ phát triển | Số thuê bao cố định | Mật độ (thuê bao/100 dân)", then "2018 | … | 21.345 |
// 4,12". A column's head names its metric, with the table's caption when the head alone says only
// "Mật độ" or "Số lượng thuê bao cố định" ("Bảng 3. Thuê bao điện thoại cố định giai đoạn …");
// each row's facts get the row's period (none when it is the report's own); columns of growth or
// change give nothing.
import { metricById } from '../catalog.js';
import type { Block, TableCell, TextDocument } from '../model.js';
import type { Period } from '../numbers/types.js';
import { findPeriods } from '../numbers/periods.js';
import type { FigureKind } from '../../rules/types.js';
import { matchIndicator, type IndicatorMatch } from './indicators.js';
import { apartFromReport } from './context.js';
import type { FactDraft } from './types.js';
import { plainWords } from './words.js';
import { cellFact, cellText } from './table-cells.js';
import { inThousands, tableInThousands } from './table-units.js';
import { VALUE_CELL, PERIOD_HEAD, GROWTH_HEAD, DENSITY_HEAD, PERCENT_HEAD, MEASURE_WORDS, CAPTION, SUBJECT_END, YEAR_HEAD, TWO_SUBJECTS } from '../../rules/table-words.js';

type Table = Extract<Block, { kind: 'table' }>;

const BEFORE_TABLE = 300;

/** The period a row label names: a year ("2018", "Năm 2018"), or a phrase that is only a period. */
export function rowPeriod(label: string): Period | undefined {
  const words = plainWords(label);
  const year = YEAR_HEAD.exec(words);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, label: `năm ${year[1]}` };
  const found = findPeriods(words)[0];
  if (found && found.start <= 1 && words.length - found.end <= 1) return found.period;
  return undefined;
}

/** What the caption just before a table says the table is about ("Thuê bao điện thoại cố định"),
 *  without its period or place; none when it names two things ("… và …"). */
export function captionSubject(doc: TextDocument, table: Table): string | undefined {
  const before = doc.text.slice(Math.max(0, table.start - BEFORE_TABLE), table.start).replace(/\s+$/, '');
  const m = CAPTION.exec(before);
  if (!m) return undefined;
  const caption = plainWords(m[1]);
  const end = SUBJECT_END.exec(caption);
  const subject = (end ? caption.slice(0, end.index) : caption).trim();
  if (!subject || TWO_SUBJECTS.test(subject)) return undefined;
  return subject;
}

/**
 * The head as it would read with the caption's subject in it: "Mật độ (thuê bao/100 dân)" under
 * "Thuê bao điện thoại cố định" is "mật độ thuê bao điện thoại cố định (thuê bao/100 dân)". Only
 * for a head whose words are all measure words or the subject's own: "Số tổng đài" under the same
 * caption stays what it is.
 */
export function headWithSubject(head: string, subject: string): string | undefined {
  const words = plainWords(head);
  const paren = /\s*(\([^()]*\))\s*$/u.exec(words);
  const bare = paren ? words.slice(0, paren.index) : words;
  const own = new Set(subject.split(' '));
  const tokens = bare.split(/\s+/).filter(Boolean);
  if (!tokens.length || tokens.some((t) => !MEASURE_WORDS.has(t) && !own.has(t))) return undefined;
  let lead = 0;
  while (lead < tokens.length && MEASURE_WORDS.has(tokens[lead])) lead++;
  return `${tokens.slice(0, lead).join(' ')} ${subject}${paren ? ` ${paren[1]}` : ''}`.trim();
}

function columnMetric(head: string, subject: string | undefined, kind: FigureKind): IndicatorMatch | null {
  const own = matchIndicator(head, kind);
  if (own) return own;
  const combined = subject ? headWithSubject(head, subject) : undefined;
  return combined ? matchIndicator(combined, kind) : null;
}

/** The facts of a table with a row per period, or null when the table is not one. */
export function periodRowsFacts(doc: TextDocument, table: Table, headers: string[], headerEnd: number, reportPeriod: Period | null): FactDraft[] | null {
  const rows = table.rows.slice(headerEnd).filter((r) => !r.header && !r.repeated && r.cells.length);
  if (rows.length < 2 || !PERIOD_HEAD.test(plainWords(headers[0] ?? ''))) return null;
  const periods: (Period | undefined)[] = [];
  for (const r of rows) periods.push(rowPeriod(cellText(doc, r.cells[0])));
  if (periods.filter(Boolean).length < 2) return null;
  const subject = captionSubject(doc, table);
  const thousands = tableInThousands(doc, table, headers);
  const out: FactDraft[] = [];
  for (let col = 1; col < headers.length; col++) {
    const head = plainWords(headers[col]);
    if (!head || GROWTH_HEAD.test(head) || inThousands(head)) continue;
    const kind: FigureKind = DENSITY_HEAD.test(head) ? 'density' : PERCENT_HEAD.test(head) ? 'percent' : 'count';
    const match = columnMetric(headers[col], subject, kind);
    const def = match && metricById.get(match.metric);
    if (!match || !def || (thousands && def.unit === 'count')) continue;
    rows.forEach((r, i) => {
      const period = periods[i];
      const c: TableCell | undefined = r.cells[col];
      if (!period || !c) return;
      const value = plainWords(cellText(doc, c));
      // A percent in a column of counts or densities is some other figure.
      if (!VALUE_CELL.test(value) || (kind !== 'percent' && value.includes('%'))) return;
      const fact = cellFact(doc, match, r.cells[0], c, { basis: 'actual', period: apartFromReport(period, reportPeriod), rule: 'table-period-row' });
      if (fact) out.push(fact);
    });
  }
  return out;
}
