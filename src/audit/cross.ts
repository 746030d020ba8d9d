// Checks across the reports of one province: the same figure stated differently, and stocks that fall.
import type { Fact } from '../facts.js';
import { describeFact, dimsKey, findingId, periodKey } from './facts-util.js';
import { formatVi, round } from './numbers.js';
import type { Finding } from './types.js';

/** Counts that accumulate (what exists at a date), unlike flows such as *_new or dossiers received in a period. */
export const STOCK_METRICS = new Set([
  'subs.phone',
  'subs.broadband',
  'bts.stations',
  'bts.sites',
  'bts.shared_sites',
  'bts.controllers',
  'eservice.count',
  'esign.certificates_active',
]);

export const DEFAULT_STOCK_FALL_TOLERANCE = 0.1;

const provinceOf = (f: Fact) => f.province_code ?? f.province ?? '';
const periodText = (f: Fact) => f.period?.label ?? (f.period ? `${f.period.start} – ${f.period.end}` : 'the report period');

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

/** Reports listed in a message before "and N more" (the finding's `values` lists them all). */
const LISTED_DOCS = 3;
const LISTED_VALUES = 5;

interface StatedValue {
  value: number;
  raw: string;
  docs: string[];
  facts: string[];
}

/**
 * One finding per group (province, metric, dims, basis, period) whose reports do not all state one
 * value: the values, each with its reports. Linear in the group's facts, however many reports
 * disagree (a finding per pair of reports grew with their square).
 */
function conflictOf(key: string, group: Fact[]): Finding | null {
  const byValue = new Map<number, { raw: string; docs: Set<string>; facts: string[] }>();
  const docs = new Set<string>();
  for (const f of group) {
    docs.add(f.doc);
    const v = byValue.get(f.value);
    if (v) {
      v.docs.add(f.doc);
      v.facts.push(f.id);
    } else byValue.set(f.value, { raw: f.raw, docs: new Set([f.doc]), facts: [f.id] });
  }
  if (docs.size < 2) return null;
  // A value every report states is agreement, whatever else they state.
  for (const v of byValue.values()) if (v.docs.size === docs.size) return null;
  const values: StatedValue[] = [];
  for (const [value, v] of byValue) values.push({ value, raw: v.raw, docs: [...v.docs].sort(), facts: v.facts });
  // The value most reports state first (on a tie, the one of the first report), then the others.
  values.sort((a, b) => b.docs.length - a.docs.length || (a.docs[0] < b.docs[0] ? -1 : a.docs[0] > b.docs[0] ? 1 : a.value - b.value));
  const [expected, stated] = values;
  const x = group[0];
  const facts: string[] = [...stated.facts, ...expected.facts];
  for (const v of values.slice(2)) for (const id of v.facts) facts.push(id);
  const listDocs = (v: StatedValue) =>
    v.docs.slice(0, LISTED_DOCS).join(', ') + (v.docs.length > LISTED_DOCS ? ` and ${v.docs.length - LISTED_DOCS} more` : '');
  const listed = values.slice(0, LISTED_VALUES).map((v) => `"${v.raw}" (${listDocs(v)})`);
  if (values.length > LISTED_VALUES) listed.push(`${values.length - LISTED_VALUES} more values`);
  return {
    id: findingId(['conflict', key]),
    doc: stated.docs[0],
    type: 'conflict',
    facts,
    stated: stated.value,
    expected: expected.value,
    tolerance: 0,
    values,
    message:
      `${x.province ?? provinceOf(x)}, ${describeFact(x)} (${x.basis}, ${periodText(x)}): ${docs.size} reports state ${values.length} different values ` +
      `for the same period: ${listed.join('; ')}. Some of the reports are wrong or their periods differ; check the sources.`,
  };
}

export function checkAcrossReports(facts: Fact[], stockFallTolerance = DEFAULT_STOCK_FALL_TOLERANCE): Finding[] {
  const findings: Finding[] = [];
  const located = facts.filter((f) => provinceOf(f) && !f.qualifier);

  // Same province, metric, dims, basis and period; different values in different reports.
  const same = groupBy(located, (f) => [provinceOf(f), f.metric, dimsKey(f.dims), f.basis, periodKey(f)].join('|'));
  for (const [key, group] of same) {
    const finding = conflictOf(key, group);
    if (finding) findings.push(finding);
  }

  // Stocks: consecutive periods (by period end) should not fall by more than the tolerance.
  const stocks = located.filter((f) => STOCK_METRICS.has(f.metric) && f.basis === 'actual' && f.period);
  const series = groupBy(stocks, (f) => [provinceOf(f), f.metric, dimsKey(f.dims)].join('|'));
  for (const points of series.values()) {
    const byEnd = groupBy(points, (f) => f.period!.end);
    const ends = [...byEnd.keys()].sort();
    for (let i = 1; i < ends.length; i++) {
      const prev = byEnd.get(ends[i - 1])!;
      const cur = byEnd.get(ends[i])!;
      // Compare across reports only, and only when each period has one value (else it is a conflict, above).
      if (new Set(prev.map((f) => f.value)).size !== 1 || new Set(cur.map((f) => f.value)).size !== 1) continue;
      const a = prev[0];
      const b = cur.find((f) => f.doc !== a.doc);
      if (!b || a.value <= 0) continue;
      const fall = (a.value - b.value) / a.value;
      if (fall <= stockFallTolerance) continue;
      findings.push({
        id: findingId(['stock_fall', a.id, b.id]),
        doc: b.doc,
        type: 'stock_fall',
        facts: [b.id, a.id],
        stated: b.value,
        expected: a.value,
        tolerance: stockFallTolerance,
        message:
          `${b.province ?? provinceOf(b)}, ${describeFact(b)}: "${b.raw}" at ${b.period!.end} (${b.doc}) is ${formatVi(round(fall * 100, 1), 1)} % ` +
          `below "${a.raw}" at ${a.period!.end} (${a.doc}); a stock should not fall by more than ${formatVi(stockFallTolerance * 100)} % between periods. ` +
          `Check both figures and their periods.`,
      });
    }
  }
  return findings;
}
