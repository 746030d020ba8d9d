// The cross-report conflict check as an archive makes it: thousands of reports of one province that
// state one figure differently give one finding per group, listing the values and their reports,
// in time linear in the facts (a finding per pair of reports grew with their square and overflowed
// the stack at 550 reports).
import { describe, it, expect } from '@jest/globals';
import type { Fact } from '../src/facts.js';
import { auditFacts } from '../src/audit/index.js';
import { cpuTimed } from './cpu-time.js';

const APRIL = { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' };

function fact(doc: string, value: number, over: Partial<Fact> = {}): Fact {
  const raw = String(value);
  return {
    id: `${doc}#${value}`,
    doc,
    source: { path: doc, sha256: doc, format: 'txt', line: 1, start: 0, end: raw.length, value_start: 0, value_end: raw.length },
    province: 'Ninh Thuận',
    province_code: '58',
    period: APRIL,
    metric: 'bts.stations',
    family: 'bts',
    dims: {},
    value,
    unit: 'count',
    basis: 'actual',
    raw,
    quote: raw,
    qualifier: null,
    change_pct: null,
    rule: 'test',
    checks: [],
    ...over,
  };
}

const docName = (i: number) => `r${String(i).padStart(5, '0')}.txt`;

describe('conflicts across many reports', () => {
  it('gives one finding for three reports with three values, listing each value with its reports', () => {
    const facts = [fact('a.txt', 1911), fact('b.txt', 1921), fact('c.txt', 1931), fact('d.txt', 1911)];
    const { findings, facts: checked } = auditFacts(facts, {});
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ type: 'conflict', doc: 'b.txt', stated: 1921, expected: 1911 });
    expect(f.values).toEqual([
      { value: 1911, raw: '1911', docs: ['a.txt', 'd.txt'], facts: ['a.txt#1911', 'd.txt#1911'] },
      { value: 1921, raw: '1921', docs: ['b.txt'], facts: ['b.txt#1921'] },
      { value: 1931, raw: '1931', docs: ['c.txt'], facts: ['c.txt#1931'] },
    ]);
    expect(f.facts.sort()).toEqual(facts.map((x) => x.id).sort());
    expect(f.message).toMatch(/4 reports state 3 different values/);
    // Every report's fact carries the one finding.
    for (const x of checked) expect(x.checks.map((c) => c.finding)).toEqual([f.id]);
  });

  it('10,000 reports that disagree: one finding, all values listed, the message capped, in linear time', () => {
    // Two camps and a few strays: 6,000 reports say 1.911, 3,990 say 1.921, 10 say something else.
    const facts: Fact[] = [];
    for (let i = 0; i < 10_000; i++) facts.push(fact(docName(i), i < 6000 ? 1911 : i < 9990 ? 1921 : 2000 + i));
    // A second group of the same size that agrees: no finding for it.
    for (let i = 0; i < 10_000; i++) facts.push(fact(docName(i), 5000, { metric: 'bts.sites', family: 'bts', id: `${docName(i)}#sites` }));
    const { value, ms } = cpuTimed(() => auditFacts(facts, {}));
    const conflicts = value.findings.filter((f) => f.type === 'conflict');
    expect(conflicts).toHaveLength(1);
    const [f] = conflicts;
    expect(f.values!.map((v) => [v.value, v.docs.length])).toEqual([
      [1911, 6000],
      [1921, 3990],
      ...Array.from({ length: 10 }, (_, k) => [11990 + k, 1]),
    ]);
    expect(f.facts).toHaveLength(10_000);
    expect(f.message).toContain('10000 reports state 12 different values');
    expect(f.message).toContain('and 5997 more');
    expect(f.message.length).toBeLessThan(1000);
    // Linear: well under a second of CPU on this machine; the pairwise check took minutes.
    expect(ms).toBeLessThan(5000);
  });

  it('reports that each state their own value (the worst case for pairs) give one finding', () => {
    const facts = Array.from({ length: 10_000 }, (_, i) => fact(docName(i), 1000 + i));
    const { value, ms } = cpuTimed(() => auditFacts(facts, {}));
    expect(value.findings).toHaveLength(1);
    expect(value.findings[0].values).toHaveLength(10_000);
    expect(ms).toBeLessThan(5000);
  });
});
