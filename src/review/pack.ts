// The facts as the page embeds them: rows of values under one list of keys, with what the page can
// rebuild left out (the quote and the number as written are slices of the report's text; family and
// unit come with the metric; the province is the report's). 30,000 facts as objects are 13 MB of
// JSON, most of it keys: the browser spends more time reading that than drawing the page.
import { metricById } from '../catalog.js';
import type { ReviewData, ReviewFact } from './data.js';

export const PACKED_KEYS = ['id', 'doc', 'metric', 'value', 'dims', 'basis', 'period', 'province', 'rule', 'line', 'vs', 've', 'qs', 'qe', 'quote', 'raw', 'family', 'unit', 'checks', 'qualifier', 'change_pct', 'page', 'ocr', 'was', 'manual'] as const;

export interface PackedFacts {
  keys: readonly string[];
  periods: Array<ReviewFact['period']>;
  rules: string[];
  rows: unknown[][];
}

export type PageData = Omit<ReviewData, 'facts'> & { facts: PackedFacts };

export function packData(data: ReviewData): PageData {
  const docIndex = new Map(data.docs.map((d, i) => [d.doc, i]));
  const periods: PackedFacts['periods'] = [];
  const periodIndex = new Map<string, number>();
  const rules: string[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = <T>(table: T[], index: Map<string, number>, key: string, value: T) => {
    let i = index.get(key);
    if (i === undefined) {
      i = table.push(value) - 1;
      index.set(key, i);
    }
    return i;
  };
  const rows = data.facts.map((f) => {
    const di = docIndex.get(f.doc);
    const doc = di === undefined ? undefined : data.docs[di];
    const text = doc?.text ?? '';
    const m = metricById.get(f.metric);
    const row: unknown[] = [
      f.id,
      di ?? f.doc,
      f.metric,
      f.value,
      Object.keys(f.dims).length ? f.dims : null,
      f.basis === 'actual' ? null : f.basis,
      f.period ? indexOf(periods, periodIndex, JSON.stringify(f.period), f.period) : null,
      doc && f.province === doc.province ? null : f.province ?? '',
      indexOf(rules, ruleIndex, f.rule, f.rule),
      f.line,
      f.vs,
      f.ve,
      f.qs,
      f.qe,
      text && text.slice(f.qs, f.qe) === f.quote ? null : f.quote,
      text && text.slice(f.vs, f.ve) === f.raw ? null : f.raw,
      m && m.family === f.family ? null : f.family,
      m && m.unit === f.unit ? null : f.unit,
      f.checks.length ? f.checks : null,
      f.qualifier,
      f.change_pct,
      f.page ?? null,
      f.ocr ?? null,
      f.was ?? null,
      f.manual ?? null,
    ];
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  return { ...data, facts: { keys: PACKED_KEYS, periods, rules, rows } };
}
