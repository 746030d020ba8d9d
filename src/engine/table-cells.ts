// What both table readers share: a cell's text, which cells hold a figure, and the fact a cell makes.
import { metricById } from '../catalog.js';
import type { Span, TextDocument } from '../model.js';
import { findMentions } from '../numbers/index.js';
import type { Mention, Period } from '../numbers/types.js';
import type { IndicatorMatch } from './indicators.js';
import type { Basis, FactDraft } from './types.js';
import { NUMBER_HEADER, VALUE_CELL } from '../../rules/table-words.js';

export const cellText = (doc: TextDocument, s: Span) => doc.text.slice(s.start, s.end);

/**
 * A cell of up to three digits that the reading of the whole text left out: beside another such
 * group ("793 422" in a table pasted as text) it may be thousands grouped with a space, but the
 * table's cells say where each number ends. Read on its own, at its place in the text.
 */
function aloneInCell(doc: TextDocument, cell: Span): Mention | undefined {
  const raw = doc.text.slice(cell.start, cell.end);
  if (!/^\d{1,3}$/.test(raw)) return undefined;
  const m = findMentions(raw).find((x) => !x.role);
  if (!m || !m.numbers.length) return undefined;
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + cell.start, end: s.end + cell.start });
  return { ...shift(m), numbers: m.numbers.map(shift) };
}

/**
 * The fact a value cell states about the metric its row or column names, quoted from the row's
 * label cell to the value; `dims` are added to the match's own (only those the metric has).
 */
export function cellFact(
  doc: TextDocument,
  match: IndicatorMatch,
  labelCell: Span,
  cell: Span,
  how: { basis: Basis; period?: Period; dims?: Record<string, string>; rule: string },
): FactDraft | null {
  const def = metricById.get(match.metric);
  const m = findMentions(doc.text, cell).find((x) => !x.role) ?? aloneInCell(doc, cell);
  if (!def || !m || !m.numbers.length) return null;
  const dims: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...match.dims, ...how.dims })) if (def.dims.includes(k) && v !== 'all') dims[k] = v;
  const first = m.numbers[0];
  const last = m.numbers[m.numbers.length - 1];
  return {
    metric: match.metric,
    dims,
    value: m.value,
    basis: how.basis,
    ...(how.period ? { period: how.period } : {}),
    raw: first.raw,
    valueSpan: { start: first.start, end: last.end },
    quoteSpan: { start: labelCell.start, end: Math.max(cell.end, labelCell.end) },
    qualifier: m.qualifier ?? null,
    change_pct: null,
    rule: `${match.family.family}/${how.rule}`,
  };
}
