// The audit over the real corpus texts with the hand-checked gold facts placed at their quotes: it must report
// exactly the arithmetic mistakes the gold notes list, and pass every group the notes say adds up.
// (Independent of the fact rules: the facts come from gold/*.json, their offsets from the text.)
import { describe, it, expect } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fact } from '../src/facts.js';
import { metricById } from '../src/catalog.js';
import { auditFacts } from '../src/audit/index.js';
import { NUMBER_PATTERN, parseViNumber } from '../src/audit/numbers.js';

const DOCS = ['000_48393f621869d63c', '001_66f321ac8072f3c0', '003_94917d68e4cdbaae'];
const firstDir = (dirs: string[], file: string) => dirs.find((d) => existsSync(path.join(d, file)));

interface GoldFact { metric: string; dims?: Record<string, string>; value: number; quote: string; basis?: Fact['basis']; period?: Fact['period']; qualifier?: Fact['qualifier'] }

function goldFacts() {
  const facts: Fact[] = [];
  const texts: Record<string, { text: string }> = {};
  for (const d of DOCS) {
    const textDir = firstDir(['fixtures/reports', '../shared/corpus'], `${d}.txt`);
    const goldDir = firstDir(['fixtures/gold', '../shared/gold'], `${d}.json`);
    if (!textDir || !goldDir) throw new Error(`${d}: the corpus text or gold file is missing (looked in fixtures/ and /work/shared/).`);
    const text = readFileSync(path.join(textDir, `${d}.txt`), 'utf8').normalize('NFC');
    const gold = JSON.parse(readFileSync(path.join(goldDir, `${d}.json`), 'utf8')) as { doc: string; province: string; period: Fact['period']; facts: GoldFact[] };
    texts[gold.doc] = { text };
    const seen = new Map<string, number>();
    gold.facts.forEach((g, i) => {
      // The n-th fact with the same quote sits at the n-th occurrence of that quote, when there is one.
      let start = -1;
      for (let n = 0, from = 0; n <= (seen.get(g.quote) ?? 0); n++) {
        const at = text.indexOf(g.quote, from);
        if (at < 0) break;
        start = at;
        from = at + 1;
      }
      seen.set(g.quote, (seen.get(g.quote) ?? 0) + 1);
      if (start < 0) throw new Error(`gold quote not in text: ${g.quote}`);
      const hit = [...g.quote.matchAll(NUMBER_PATTERN)].find((m) => parseViNumber(m[0]) === g.value);
      if (!hit) throw new Error(`gold value ${g.value} not in its quote: ${g.quote}`);
      const vs = start + hit.index!;
      const m = metricById.get(g.metric)!;
      facts.push({
        id: `${d.slice(0, 3)}-${i}`,
        doc: gold.doc,
        source: { path: d, sha256: 'x', format: 'txt', line: 1, start, end: start + g.quote.length, value_start: vs, value_end: vs + hit[0].length },
        province: gold.province,
        province_code: gold.province === 'Ninh Thuận' ? '58' : '46',
        period: g.period ?? gold.period,
        metric: g.metric,
        family: m.family,
        dims: g.dims ?? {},
        value: g.value,
        unit: m.unit,
        basis: g.basis ?? 'actual',
        raw: hit[0],
        quote: g.quote,
        qualifier: g.qualifier ?? null,
        change_pct: null,
        rule: 'gold',
        checks: [],
      });
    });
  }
  return { facts, texts };
}

describe('audit of the corpus with the gold facts', () => {
  const { facts, texts } = goldFacts();
  const { findings, checked } = auditFacts(facts, texts);
  const found = findings.map((f) => `${f.doc.slice(0, 3)} ${f.type} ${f.stated} → ${Math.round(f.expected * 1000) / 1000}`).sort();

  it('reports exactly the inconsistencies of the gold notes', () => {
    expect(found).toEqual(
      [
        '000 sum 395511 → 394511', // NOTES-000 (a): 88.971 + 305.540 ≠ 395.511
        '000 share 0.13 → 0.179', // (b): 164 / 91.773
        '000 shares_sum 99.95 → 100', // (b): the three province shares
        '000 share 0.01 → 0.016', // (c): 1 / 6.177, truncated
        '000 conflict_in_report 100 → 95.85', // (d): esign.rate, level all, 95,85% in the prose and 100% in Appendix 4
        '001 sum 22115 → 22155', // NOTES-001 1: commune level
        '001 sum 67555 → 67515', // 1: the province-wide total
      ].sort(),
    );
  });

  it('checks and passes the groups the notes say add up', () => {
    const passed = (doc: string, type: string, stated: number) => checked.some((c) => c.doc.startsWith(doc) && c.type === type && c.ok && c.stated === stated);
    for (const v of [1911, 1935, 691872, 1337, 338880, 232046, 179850, 52196, 1122, 770, 259, 93, 40992, 4408]) expect([v, passed('001', 'sum', v)]).toEqual([v, true]);
    for (const v of [132667, 91773, 6177, 34717, 131124, 1911, 690503, 340656]) expect([v, passed('000', 'sum', v)]).toEqual([v, true]);
    for (const v of [70.96, 71.88, 77.02, 68.16]) expect([v, passed('001', 'share', v)]).toEqual([v, true]);
    for (const v of [97.06, 80.26, 19.61, 89.45, 99.59, 0.41]) expect([v, passed('000', 'share', v)]).toEqual([v, true]);
    for (const v of [0.58, 32.74]) expect([v, passed('003', 'share', v)]).toEqual([v, true]);
  });
});
