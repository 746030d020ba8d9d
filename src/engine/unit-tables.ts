// Tables the other way round: a row per level or unit ("Cấp tỉnh", "UBND xã Phước Bình"), a column
// per indicator ("Tổng số hồ sơ tiếp nhận", "Tỷ lệ ký số (%)"). Read only where both are sure: a
// column whose head names a metric of its own, a row that is a level, the whole province, or a
// named unit for a metric that has an entity dim. A "Tổng cộng" row sums the units listed, which
// need not be the whole province, and is left out.
import { metricById } from '../catalog.js';
import type { Block, TextDocument } from '../model.js';
import type { FigureKind } from '../../rules/types.js';
import { matchIndicator, type IndicatorMatch } from './indicators.js';
import { FAMILIES } from '../../rules/index.js';
import type { FactDraft } from './types.js';
import { plainText, plainWords } from './words.js';
import { cellFact, cellText } from './table-cells.js';
import { inThousands, tableInThousands } from './table-units.js';
import { NUMBER_HEADER, VALUE_CELL, UNIT_HEADER, LEVELS, WHOLE_PROVINCE, NAMED_UNIT, RATE_HEAD } from '../../rules/table-words.js';

type Table = Extract<Block, { kind: 'table' }>;



/** Words just before a table that say what it is about (its heading or the sentence that brings it in). */
const CONTEXT_BEFORE = 300;

/** Columns whose short heads name a metric in a table about a family (see ShortHeads in rules/types.ts). */
function shortHeadColumns(doc: TextDocument, table: Table, heads: string[], unitCol: number): Map<number, IndicatorMatch> {
  const found = new Map<number, IndicatorMatch>();
  const about = plainWords(doc.text.slice(Math.max(0, table.start - CONTEXT_BEFORE), table.start)) + ' ' + heads.join(' ');
  for (const family of FAMILIES) {
    const sh = family.shortHeads;
    if (!sh || !sh.about.test(about) || sh.notAbout?.test(about)) continue;
    const known = new Map<number, IndicatorMatch>();
    let named = 0;
    heads.forEach((h, i) => {
      if (i === unitCol || !h) return;
      const entry = sh.heads.find((e) => e.head.test(h));
      if (!entry) return;
      named++;
      const other = (re: RegExp) => heads.some((o, k) => k !== i && re.test(o));
      if ((entry.withHead && !other(entry.withHead)) || (entry.unlessHead && other(entry.unlessHead))) return;
      known.set(i, { metric: entry.metric, dims: {}, family, rule: 'short-head', score: 1 });
    });
    if (named >= 2) for (const [i, m] of known) found.set(i, m);
  }
  return found;
}

export function unitRowsFacts(doc: TextDocument, table: Table, headers: string[], headerEnd: number): FactDraft[] {
  const heads = headers.map((h) => plainWords(h).replace(/\(\d+\)/g, '').trim());
  const unitCol = heads.findIndex((h) => UNIT_HEADER.test(h));
  if (unitCol < 0) return [];
  const columns = new Map<number, IndicatorMatch>();
  heads.forEach((h, i) => {
    if (i === unitCol || !h || NUMBER_HEADER.test(h) || inThousands(h)) return;
    const kind: FigureKind = RATE_HEAD.test(h) ? 'percent' : 'count';
    const match = matchIndicator(headers[i], kind);
    if (match) columns.set(i, match);
  });
  for (const [i, match] of shortHeadColumns(doc, table, heads, unitCol)) if (!columns.has(i)) columns.set(i, match);
  if (!columns.size) return [];
  const thousands = tableInThousands(doc, table, headers);

  const out: FactDraft[] = [];
  for (const row of table.rows.slice(headerEnd)) {
    if (row.header || row.repeated) continue;
    const labelCell = row.cells[unitCol];
    if (!labelCell) continue;
    const label = plainWords(cellText(doc, labelCell));
    const level = LEVELS.find(([re]) => re.test(label))?.[1];
    const whole = WHOLE_PROVINCE.test(label);
    const entity = !level && !whole && NAMED_UNIT.test(label) ? plainText(cellText(doc, labelCell)) : undefined;
    if (!level && !whole && !entity) continue;
    for (const [col, match] of columns) {
      const def = metricById.get(match.metric);
      const c = row.cells[col];
      if (!def || !c || !VALUE_CELL.test(plainWords(cellText(doc, c))) || (thousands && def.unit === 'count')) continue;
      // A unit's figure is a fact only of a metric that names units; a level's, of one with levels.
      if ((entity && !def.dims.includes('entity')) || (level && !def.dims.includes('level'))) continue;
      const fact = cellFact(doc, match, labelCell, c, { basis: 'actual', dims: level ? { level } : entity ? { entity } : {}, rule: 'table-unit-row' });
      if (fact) out.push(fact);
    }
  }
  return out;
}
