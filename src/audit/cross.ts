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
  for (const t of items) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}

export function checkAcrossReports(facts: Fact[], stockFallTolerance = DEFAULT_STOCK_FALL_TOLERANCE): Finding[] {
  const findings: Finding[] = [];
  const located = facts.filter((f) => provinceOf(f) && !f.qualifier);

  // Same province, metric, dims, basis and period; different values in different reports.
  const same = groupBy(located, (f) => [provinceOf(f), f.metric, dimsKey(f.dims), f.basis, periodKey(f)].join('|'));
  for (const group of same.values()) {
    const byDoc = groupBy(group, (f) => f.doc);
    if (byDoc.size < 2) continue;
    const docs = [...byDoc.keys()].sort();
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const a = byDoc.get(docs[i])!;
        const b = byDoc.get(docs[j])!;
        // A value both reports state is agreement; only report when the two share no value at all.
        if (a.some((x) => b.some((y) => x.value === y.value))) continue;
        const x = a[0];
        const y = b[0];
        findings.push({
          id: findingId(['conflict', x.id, y.id]),
          doc: y.doc,
          type: 'conflict',
          facts: [y.id, x.id],
          stated: y.value,
          expected: x.value,
          tolerance: 0,
          message:
            `${x.province ?? provinceOf(x)}, ${describeFact(x)} (${x.basis}, ${periodText(x)}): ${y.doc} states "${y.raw}" ` +
            `but ${x.doc} states "${x.raw}" for the same period. One of the reports is wrong or the periods differ; check both sources.`,
        });
      }
    }
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
