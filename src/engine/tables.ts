// Facts from tables: a row's indicator label names the metric, a column's header gives basis
// (Thực hiện / Kế hoạch / Ước thực hiện) and period; ratio columns such as "(6)/(5)" give nothing.
import { metricById } from '../catalog.js';
import type { Block, Span, TableCell, TextDocument } from '../model.js';
import type { Period } from '../numbers/types.js';
import { findPeriods } from '../numbers/periods.js';
import type { FigureKind } from '../../rules/types.js';
import { matchIndicator, type IndicatorMatch } from './indicators.js';
import { apartFromReport, yearSoFar } from './context.js';
import { LEVEL_OF } from '../../rules/places.js';
import type { Basis, FactDraft } from './types.js';
import { plainWords } from './words.js';
import { unitRowsFacts } from './unit-tables.js';
import { cellFact, cellText } from './table-cells.js';
import { periodRowsFacts } from './period-tables.js';
import { inThousands, tableInThousands, unitFits } from './table-units.js';
import { NUMBER_HEADER, VALUE_CELL, LABEL_HEADER, WHOLE_PROVINCE_HEADER, SKIP_HEADER, SHORT_PERIOD, LEVEL_LABEL, UNIT_COLUMN, ESTIMATE_HEAD, TARGET_HEAD, ACTUAL_HEAD, SAME_TIME_LAST_YEAR, YEAR_LABEL, YEAR_TO_DATE_HEAD, DENSITY_LABEL } from '../../rules/table-words.js';

type Table = Extract<Block, { kind: 'table' }>;

interface Column {
  role: 'label' | 'unit' | 'number' | 'value' | 'skip';
  basis?: Basis;
  period?: Period;
}

/** A bare year as a column head ("2019 | 2020 | 2021"), as yearbooks print them. */
const YEAR_HEADER = /^((?:19|20)\d{2})$/;


/** Abbreviations in column heads, as whole words. */
const wholeWord = (w: string) => new RegExp(`(?:^|[^\\p{L}])${w}(?![\\p{L}])`, 'u');
const HEADER_WORDS = { uth: wholeWord('uth'), ước: wholeWord('ước'), kh: wholeWord('kh'), kq: wholeWord('kq'), th: wholeWord('th') };

export function readColumnHeader(header: string, reportPeriod: Period | null): Column {
  const h = plainWords(header)
    .replace(/\(\d+\)/g, '')
    .replace(SHORT_PERIOD, (_, n: string, y: string) => `${n} tháng đầu năm ${y}`)
    .trim();
  if (!h) return { role: 'skip' };
  if (NUMBER_HEADER.test(h)) return { role: 'number' };
  if (LABEL_HEADER.test(h)) return { role: 'label' };
  if (UNIT_COLUMN.test(h)) return { role: 'unit' };
  if (WHOLE_PROVINCE_HEADER.test(h)) return { role: 'value', basis: 'actual', period: reportPeriod ?? undefined };
  const bareYear = YEAR_HEADER.exec(h);
  if (bareYear) return { role: 'value', basis: 'actual', period: { start: `${bareYear[1]}-01-01`, end: `${bareYear[1]}-12-31`, label: `năm ${bareYear[1]}` } };
  if (SKIP_HEADER.test(h)) return { role: 'skip' };
  // Headers abbreviate: "Ước TH", "KH 2023", "TH năm 2022", "KQ năm 2022"; a bare period ("Năm 2023",
  // "6 tháng đầu năm 2023", "Quý I/2023") is what was done in it.
  const word = (w: keyof typeof HEADER_WORDS) => HEADER_WORDS[w].test(h);
  const periods = findPeriods(h);
  let basis: Basis | undefined;
  if (ESTIMATE_HEAD.test(h) || word('uth') || word('ước')) basis = 'estimate';
  else if (TARGET_HEAD.test(h) || word('kh')) basis = 'target';
  else if (ACTUAL_HEAD.test(h) || word('kq') || word('th')) basis = 'actual';
  else if (periods.length && periods[0].start <= 1 && h.length - periods[0].end <= 1) basis = 'actual';
  // "Cùng kỳ năm 2023", "Cùng kỳ năm trước" beside this quarter's column: the same months of that year.
  if (SAME_TIME_LAST_YEAR.test(h)) {
    // A period named in it is the one ("Cùng kỳ 6 tháng đầu năm 2023"), though it reads as a
    // comparison; a bare year ("Cùng kỳ năm 2023") only says which year.
    const named = findPeriods(h, undefined, { includeComparisons: true })[0];
    if (named && !YEAR_LABEL.test(named.period.label)) return { role: 'value', basis: basis ?? 'actual', period: asWritten(named.period, header) };
    const earlier = sameTimeOf(reportPeriod, h.match(/(?:^|\D)((?:19|20)\d{2})(?!\d)/)?.[1], header.trim());
    return earlier ? { role: 'value', basis: basis ?? 'actual', period: earlier } : { role: 'skip' };
  }
  if (!basis) return { role: 'skip' };
  const year = h.match(/(?:^|\D)((?:19|20)\d{2})(?!\d)/);
  // "Lũy kế", "Lũy kế từ đầu năm" beside "Thực hiện tháng 10": the year so far, not the month.
  if (!periods.length && YEAR_TO_DATE_HEAD.test(h)) {
    const sofar = yearSoFar(reportPeriod, header.trim(), year?.[1]);
    return sofar ? { role: 'value', basis, period: sofar } : { role: 'skip' };
  }
  const p = periods[0] ? asWritten(periods[0].period, header) : year ? { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, label: `năm ${year[1]}` } : undefined;
  return { role: 'value', basis, period: p ?? reportPeriod ?? undefined };
}

/** A period read from the lower-cased header, labelled as the header writes it ("Quý II/2024",
 *  not "quý ii/2024") where the phrase is there letter for letter. */
function asWritten(p: Period, header: string): Period {
  const written = header.replace(/\s+/g, ' ').trim();
  const at = written.toLowerCase().indexOf(p.label);
  return at >= 0 && written.length === written.toLowerCase().length ? { ...p, label: written.slice(at, at + p.label.length) } : p;
}

/** The report's period moved to `year` (the year before when none is named), for a column of the
 *  same time of an earlier year. */
function sameTimeOf(report: Period | null, year: string | undefined, label: string): Period | undefined {
  if (!report) return undefined;
  const shift = year ? Number(year) - Number(report.start.slice(0, 4)) : -1;
  if (shift >= 0) return undefined;
  const move = (iso: string) => {
    const y = Number(iso.slice(0, 4)) + shift;
    // 29 February of a leap year is the 28th in another year.
    const md = iso.slice(5) === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '02-28' : iso.slice(5);
    return `${y}-${md}`;
  };
  return { start: move(report.start), end: move(report.end), label };
}


function isColumnNumberRow(doc: TextDocument, cells: Span[]): boolean {
  // Most rows fail on their first cell: stop there.
  let numbered = 0;
  for (const c of cells) {
    const t = plainWords(cellText(doc, c));
    if (!t) continue;
    if (!/^\(\d+\)(?:\s*\/\s*\(\d+\))?$/.test(t)) return false;
    numbered++;
  }
  return numbered > 1;
}

export function tableFacts(doc: TextDocument, reportPeriod: Period | null): FactDraft[] {
  const out: FactDraft[] = [];
  for (const block of doc.blocks) if (block.kind === 'table') out.push(...oneTable(doc, block, reportPeriod));
  return out;
}

function oneTable(doc: TextDocument, table: Table, reportPeriod: Period | null): FactDraft[] {
  const rows = table.rows;
  if (!rows.length) return [];
  const width = Math.max(...rows.map((r) => r.cells.length));
  // The header: rows flagged as such, else the first row.
  let headerEnd = 0;
  while (headerEnd < rows.length && (rows[headerEnd].header || rows[headerEnd].repeated || isColumnNumberRow(doc, rows[headerEnd].cells))) headerEnd++;
  if (headerEnd === 0) headerEnd = 1;
  // Arrays here are built by push: an array that map makes in optimized code has another kind than
  // one it makes before, and code that reads both is thrown away and compiled again.
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headerEnd; r++) parts.push(rows[r].cells[c] ? cellText(doc, rows[r].cells[c]) : '');
    headers.push(parts.join(' '));
  }
  const columns: Column[] = [];
  for (const h of headers) columns.push(readColumnHeader(h, reportPeriod));
  let labelCol = columns.findIndex((c) => c.role === 'label');
  if (labelCol < 0) labelCol = columns.findIndex((c) => c.role === 'skip' || c.role === 'unit') >= 0 ? 1 : 0;
  // No column of values by period or basis: perhaps a row per level or unit, a column per indicator.
  // Or a row per period ("Năm | Số thuê bao | Mật độ"), a column per indicator.
  if (!columns.some((c) => c.role === 'value')) return periodRowsFacts(doc, table, headers, headerEnd, reportPeriod) ?? unitRowsFacts(doc, table, headers, headerEnd);
  const unitCol = columns.findIndex((c) => c.role === 'unit');
  const thousands = tableInThousands(doc, table, headers);

  const out: FactDraft[] = [];
  type Parent = { match: IndicatorMatch; number: string };
  let parent = null as Parent | null;
  for (const row of rows.slice(headerEnd)) {
    if (row.header || row.repeated || isColumnNumberRow(doc, row.cells)) continue;
    const labelCell = row.cells[labelCol];
    if (!labelCell) continue;
    const label = plainWords(cellText(doc, labelCell));
    const number = row.cells[0] && labelCol > 0 ? plainWords(cellText(doc, row.cells[0])) : '';
    const unit = unitCol >= 0 && row.cells[unitCol] ? plainWords(cellText(doc, row.cells[unitCol])) : '';
    const valueCells: { c: TableCell; col: Column }[] = [];
    row.cells.forEach((c, i) => {
      const col = columns[i];
      if (col?.role === 'value' && VALUE_CELL.test(plainWords(cellText(doc, c)))) valueCells.push({ c, col });
    });
    const level = label.match(LEVEL_LABEL);
    // A row with no figure in its value columns states nothing, but may head sub-rows ("3 | Tỷ lệ …").
    if (!valueCells.length && !label) continue;
    const anyPercent = valueCells.some((x) => /%/.test(cellText(doc, x.c))) || unit === '%';
    const kind: FigureKind = anyPercent ? 'percent' : DENSITY_LABEL.test(label) ? 'density' : 'count';

    let match: IndicatorMatch | null = label && !level ? matchIndicator(label, kind) : null;
    const p: Parent | null = parent;
    if (!match && level && p && (!number || !p.number || number.startsWith(p.number))) {
      match = { ...p.match, dims: { ...p.match.dims, level: LEVEL_OF[level[1]] } };
    }
    if (match && !level) parent = { match, number };
    else if (!match && !level && label) parent = null;
    if (!match) continue;
    const def = metricById.get(match.metric);
    // A row counted in another unit ("Doanh nghiệp cung cấp internet | DN") names something else.
    if (!def || (unit && !unitFits(match.metric, def.unit, unit))) continue;
    if (def.unit === 'count' && (thousands || inThousands(`${label} ${unit}`))) continue;
    for (const { c, col } of valueCells) {
      const period = apartFromReport(col.period, reportPeriod);
      const fact = cellFact(doc, match, labelCell, c, { basis: col.basis ?? 'actual', period, rule: 'table-row' });
      if (fact) out.push(fact);
    }
  }
  return out;
}
