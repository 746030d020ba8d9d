// Two checks inside one report that need no list structure:
// - conflict_in_report: the same metric, dims, basis and period stated with two or more values (a
//   report that gives the figure of each level where the levels were lost reads so);
// - a stated share right after the two counts it is made of, whatever their metrics ("Tổng văn bản
//   đi: 52.400, ký số 41.300 văn bản (tỷ lệ 78,1%)": 41.300 / 52.400 is 78,8 %, not 78,1 %).
import type { Fact } from '../facts.js';
import { describeFact, dimsKey, findingId, periodKey, samePeriodAndBasis, unitOfFact } from './facts-util.js';
import { decimalsWritten, formatVi, round, roundingTolerance } from './numbers.js';
import { sentencesOf } from './structure.js';
import type { CheckedGroup } from './groups.js';
import type { Finding } from './types.js';

const periodText = (f: Fact) => f.period?.label ?? (f.period ? `${f.period.start} – ${f.period.end}` : 'the report period');

/** One finding per metric + dims + basis + period that the report states with different values. */
export function checkConflictsInReport(doc: string, facts: Fact[]): Finding[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.qualifier) continue; // "khoảng", "hơn": not exact figures
    const key = [f.metric, dimsKey(f.dims), f.basis, periodKey(f)].join('|');
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const findings: Finding[] = [];
  for (const [key, group] of groups) {
    const byValue = new Map<number, Fact[]>();
    for (const f of group) byValue.set(f.value, [...(byValue.get(f.value) ?? []), f]);
    if (byValue.size < 2) continue;
    // In reading order: the first value stated is taken as the expected one.
    const values = [...byValue].map(([value, fs]) => ({ value, raw: fs[0].raw, docs: [doc], facts: fs.map((f) => f.id), at: Math.min(...fs.map((f) => f.source.value_start)), line: fs[0].source.line }));
    values.sort((a, b) => a.at - b.at);
    const [expected, stated] = values;
    const x = group[0];
    findings.push({
      id: findingId([doc, 'conflict_in_report', key]),
      doc,
      type: 'conflict_in_report',
      facts: [...stated.facts, ...expected.facts, ...values.slice(2).flatMap((v) => v.facts)],
      stated: stated.value,
      expected: expected.value,
      tolerance: 0,
      values: values.map(({ value, raw, docs, facts: ids }) => ({ value, raw, docs, facts: ids })),
      message:
        `${describeFact(x)} (${x.basis}, ${periodText(x)}) has ${values.length} different values in this report: ` +
        `${values.map((v) => `"${v.raw}" (line ${v.line})`).join(', ')}. The figures may be of different levels, units or periods ` +
        `that were not read; check the source.`,
    });
  }
  return findings;
}

/** A share further than this (percentage points) from the ratio of the counts before it is taken to
 *  be a share of something else, not a slip: only near misses are findings. */
export const NEAR_MISS_POINTS = 2;
const SHARE_WORDS = /chiếm|đạt|tỷ lệ|tỉ lệ|bằng|\(/iu;
/** Words between two figures or a figure and its share: no other number, no new clause, not far. */
const isGap = (gap: string) => gap.length <= 80 && !/[\d;]/.test(gap);

/** Stated shares that follow two counts (the whole, then the part) in one sentence, checked against
 *  part / whole; shares the list checks already checked are left alone. */
export function checkNeighbourShares(doc: string, text: string, facts: Fact[], alreadyChecked: Set<string>): { findings: Finding[]; checked: CheckedGroup[] } {
  const findings: Finding[] = [];
  const checked: CheckedGroup[] = [];
  const sorted = facts.filter((f) => f.source.value_end <= text.length).sort((a, b) => a.source.value_start - b.source.value_start);
  const sentences = sentencesOf(text);
  let si = 0;
  const sentenceStart = (at: number) => {
    while (si + 1 < sentences.length && sentences[si].end <= at) si++;
    return sentences[si]?.start ?? 0;
  };
  const seen = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const share = sorted[i];
    if (unitOfFact(share) !== 'pct' || share.qualifier || alreadyChecked.has(share.id) || seen.has(share.id)) continue;
    seen.add(share.id);
    const from = sentenceStart(share.source.value_start);
    // The two counts before it, nearest first, in its sentence (the same figure read as two facts counts once).
    const counts: Fact[] = [];
    for (let j = i - 1; j >= 0 && counts.length < 2; j--) {
      const f = sorted[j];
      if (f.source.value_start < from) break;
      if (f.source.value_end > share.source.value_start || unitOfFact(f) !== 'count') continue;
      if (counts.some((c) => c.source.value_start === f.source.value_start)) continue;
      counts.push(f);
    }
    if (counts.length < 2) continue;
    const [part, whole] = counts;
    if (!isGap(text.slice(part.source.value_end, share.source.value_start)) || !SHARE_WORDS.test(text.slice(part.source.value_end, share.source.value_start))) continue;
    if (!isGap(text.slice(whole.source.value_end, part.source.value_start))) continue;
    if (whole.value <= 0 || part.value > whole.value || part.qualifier || whole.qualifier || !samePeriodAndBasis(part, whole)) continue;
    const shareRaw = (text.slice(share.source.value_start, share.source.value_end) || share.raw).replace(/\s*%$/, '');
    const expected = (part.value / whole.value) * 100;
    const tolerance = roundingTolerance(shareRaw);
    const diff = Math.abs(expected - share.value);
    const ids = [share.id, part.id, whole.id];
    if (diff > NEAR_MISS_POINTS) continue; // a share of something else
    const ok = diff <= tolerance;
    checked.push({ doc, type: 'share', facts: ids, stated: share.value, expected: round(expected, 6), tolerance, ok });
    if (ok) continue;
    const written = (f: Fact) => text.slice(f.source.value_start, f.source.value_end) || f.raw;
    findings.push({
      id: findingId([doc, 'share', ...ids]),
      doc,
      type: 'share',
      facts: ids,
      stated: share.value,
      expected: round(expected, 6),
      tolerance,
      message:
        `Share does not match: ${written(part)} / ${written(whole)} = ${formatVi(expected, Math.max(decimalsWritten(shareRaw), 2))} % ` +
        `(${describeFact(part)} of ${describeFact(whole)}), but the text states ${shareRaw} % ("${share.quote}"). ` +
        `Either the share or one of the counts is wrong; check the source.`,
    });
  }
  return { findings, checked };
}
