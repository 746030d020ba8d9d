// The audit inside one report without list structure: a metric stated with several values
// (conflict_in_report), and a stated share right after the two counts it is made of, whatever
// their metrics.
import { describe, it, expect } from '@jest/globals';
import type { Fact } from '../src/facts.js';
import { auditFacts } from '../src/audit/index.js';
import { checkConflictsInReport, checkNeighbourShares } from '../src/audit/in-report.js';
import { processBytes } from '../src/pipeline.js';

/** A fact at the n-th occurrence of `raw` in `text`. */
function at(text: string, raw: string, over: Partial<Fact> & Pick<Fact, 'metric' | 'value'>, n = 0): Fact {
  let vs = -1;
  for (let i = 0, from = 0; i <= n; i++, from = vs + 1) vs = text.indexOf(raw, from);
  if (vs < 0) throw new Error(`${raw} not in the text`);
  return {
    id: `${raw}@${vs}`,
    doc: 'r.txt',
    source: { path: 'r.txt', sha256: 'x', format: 'txt', line: text.slice(0, vs).split('\n').length, start: vs, end: vs + raw.length, value_start: vs, value_end: vs + raw.length },
    province: 'Ninh Thuận', province_code: '58',
    period: { start: '2023-01-01', end: '2023-06-30', label: '6 tháng đầu năm 2023' },
    family: 'esign', dims: {}, unit: raw.endsWith('%') ? 'pct' : 'count', basis: 'actual', raw, quote: raw,
    qualifier: null, change_pct: null, rule: 'test', checks: [],
    ...over,
  };
}

describe('a stated share next to the two counts it is made of', () => {
  const sentence = (share: string) => `Tổng văn bản đi: 52.400, ký số 41.300 văn bản (tỷ lệ ${share}).`;
  const factsOf = (text: string, share: string, value: number) => [
    at(text, '52.400', { metric: 'edoc.outgoing', value: 52400, family: 'edoc' }),
    at(text, '41.300', { metric: 'esign.signed_documents', value: 41300 }),
    at(text, share, { metric: 'esign.rate', value, unit: 'pct' }),
  ];

  it('flags 78,1 % when 41.300 / 52.400 is 78,8 %, though the metrics are not a count and its share', () => {
    const text = sentence('78,1%');
    const { findings } = checkNeighbourShares('r.txt', text, factsOf(text, '78,1%', 78.1), new Set());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'share', stated: 78.1, facts: ['78,1%@' + text.indexOf('78,1%'), '41.300@' + text.indexOf('41.300'), '52.400@' + text.indexOf('52.400')] });
    expect(findings[0].expected).toBeCloseTo(78.8168, 3);
    expect(findings[0].message).toMatch(/41\.300 \/ 52\.400 = 78,82 %.*states 78,1 %/);
  });

  it('passes 78,8 %, and leaves alone a share of something else (far from the ratio)', () => {
    const right = sentence('78,8%');
    const ok = checkNeighbourShares('r.txt', right, factsOf(right, '78,8%', 78.8), new Set());
    expect(ok.findings).toEqual([]);
    expect(ok.checked).toEqual([expect.objectContaining({ type: 'share', ok: true, stated: 78.8 })]);
    const other = 'Tiếp nhận 1.000 hồ sơ, giải quyết 900 hồ sơ, đạt tỷ lệ đúng hạn 95%.';
    const facts = [
      at(other, '1.000', { metric: 'dossier.received', value: 1000 }),
      at(other, '900', { metric: 'dossier.resolved', value: 900 }),
      at(other, '95%', { metric: 'dossier.resolved_ontime_share', value: 95, unit: 'pct' }),
    ];
    expect(checkNeighbourShares('r.txt', other, facts, new Set())).toEqual({ findings: [], checked: [] });
  });

  it('from the words of a report to the audit finding (the rules read the three facts)', async () => {
    const text = `BÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2023\n${sentence('78,1%')}\n`;
    const read = await processBytes(Buffer.from(text), 'r.txt');
    const { findings } = auditFacts(read.facts, { 'r.txt': { text: read.text.text } });
    expect(findings.filter((f) => f.type === 'share').map((f) => f.stated)).toEqual([78.1]);
  });
});

describe('conflict_in_report', () => {
  const text = 'Cấp tỉnh: 1.234 hồ sơ. Cấp huyện: 2.345 hồ sơ. Cấp xã: 3.456 hồ sơ. Toàn tỉnh khoảng 1.300 hồ sơ; nhắc lại 1.234 hồ sơ.';

  it('one finding for a metric, dims, basis and period stated with three values, each value with its facts, in reading order', () => {
    const facts = [
      at(text, '1.234', { metric: 'dossier.received', value: 1234 }),
      at(text, '2.345', { metric: 'dossier.received', value: 2345 }),
      at(text, '3.456', { metric: 'dossier.received', value: 3456 }),
      at(text, '1.300', { metric: 'dossier.received', value: 1300, qualifier: 'approx' }), // "khoảng": not exact
      at(text, '1.234', { metric: 'dossier.received', value: 1234 }, 1), // the same value again: no conflict of its own
    ];
    const findings = checkConflictsInReport('r.txt', facts);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'conflict_in_report', doc: 'r.txt', expected: 1234, stated: 2345 });
    expect(findings[0].values!.map((v) => [v.raw, v.facts.length])).toEqual([['1.234', 2], ['2.345', 1], ['3.456', 1]]);
    expect(findings[0].message).toMatch(/dossier\.received \(actual, 6 tháng đầu năm 2023\) has 3 different values in this report: "1\.234" \(line 1\), "2\.345"/);
  });

  it('none when the dims, the basis or the period tell the values apart', () => {
    const facts = [
      at(text, '1.234', { metric: 'dossier.received', value: 1234, dims: { level: 'province' } }),
      at(text, '2.345', { metric: 'dossier.received', value: 2345, dims: { level: 'district' } }),
      at(text, '3.456', { metric: 'dossier.received', value: 3456, basis: 'target' }),
      at(text, '1.300', { metric: 'dossier.received', value: 1300, period: { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4' } }),
    ];
    expect(checkConflictsInReport('r.txt', facts)).toEqual([]);
  });
});
