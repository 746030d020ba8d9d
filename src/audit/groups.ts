// Checks inside one report: parts against their stated whole, stated shares against part / whole,
// and the shares of one group against 100 %. Which figure is a part of which comes from the text's
// structure (parentheses, "trong đó …" lists); metric and dims only confirm that they can be added.
import type { Fact } from '../facts.js';
import { NUMBER_PATTERN, formatVi, parseViNumber, round, roundingTolerance, decimalsWritten } from './numbers.js';
import { structureOf, type PartList, type TextStructure } from './structure.js';
import {
  PART_METRICS,
  canonicalDims,
  describeFact,
  dimsKey,
  findingId,
  samePeriodAndBasis,
  shareMetricOf,
  unitOfFact,
} from './facts-util.js';
import type { Finding } from './types.js';

/** A group the audit recognised and checked, whether or not it raised a finding. */
export interface CheckedGroup {
  doc: string;
  type: 'sum' | 'share' | 'shares_sum';
  facts: string[];
  stated: number;
  expected: number;
  tolerance: number;
  ok: boolean;
  /** Set when the check was skipped: the text lists numbers that are not facts, so a part may be missing. */
  skipped?: string;
}

interface Whole {
  /** The fact, when the whole is one (a ratio's denominator may be plain text). */
  fact?: Fact;
  value: number;
  raw: string;
  /** Offset of the whole's number, to read how it is written. */
  at: number;
}

const pos = (f: Fact) => f.source.value_start;

/** Can `part` be one of the parts that add up to `whole`? Returns the dim (or metric) the parts differ in. */
export function partAxis(whole: Fact, part: Fact): string | undefined {
  if (unitOfFact(whole) !== 'count' || unitOfFact(part) !== 'count') return undefined;
  if (!samePeriodAndBasis(whole, part)) return undefined;
  const w = canonicalDims(whole.dims);
  const p = canonicalDims(part.dims);
  if (whole.metric === part.metric) {
    for (const [k, v] of Object.entries(w)) if (p[k] !== v) return undefined;
    const extra = Object.keys(p).filter((k) => !(k in w));
    return extra.length === 1 ? `dim:${extra[0]}` : undefined;
  }
  if ((PART_METRICS[whole.metric] ?? []).includes(part.metric) && dimsKey(w) === dimsKey(p)) return 'metric';
  return undefined;
}

/** Words right after a figure, to quote it as written: "22.115 hồ sơ", "1.911 trạm BTS" (up to three words,
 *  stopping at words that start another clause such as "trong đó", "chiếm", "đạt"). */
const STOP_WORD = /^(trong|gồm|bao|cụ|chia|chiếm|đạt|tăng|giảm|và|với|là|của|so|trên|tại)$/iu;
export function asWritten(text: string, f: Fact): string {
  const after = text.slice(f.source.value_end, f.source.value_end + 40);
  const m = after.match(/^\s?%?[ \t]*((?:[\p{L}]+[ \t]?){0,3})/u);
  const words: string[] = [];
  for (const w of (m?.[1] ?? '').trim().split(/\s+/).filter(Boolean)) {
    if (STOP_WORD.test(w)) break;
    words.push(w);
  }
  const raw = text.slice(f.source.value_start, f.source.value_end) || f.raw;
  return words.length ? `${raw} ${words.join(' ')}` : raw;
}

/** Numbers in a list that no fact covers and that look like counted items (not %, dates, codes or years). */
function uncoveredNumbers(text: string, list: PartList, st: TextStructure, index: FactIndex): string[] {
  const slice = text.slice(list.start, list.end);
  const out: string[] = [];
  for (const m of slice.matchAll(NUMBER_PATTERN)) {
    const start = list.start + m.index!;
    const end = start + m[0].length;
    if (st.depthAt(start) !== list.depth) continue;
    if (index.within(start - 200, end).some((f) => f.source.value_start <= start && end <= f.source.value_end)) continue;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 3);
    if (/^\s?%/.test(after)) continue; // a share or a change, checked elsewhere
    if (/^[\p{L}/\-]/u.test(after) || /[\p{L}/\-.,]$/u.test(before)) continue; // 2G, 1925/QĐ, dates, codes
    if (/(tăng|giảm|năm|tháng|quý|ngày|lần|số|khoảng|giai đoạn|Điều|khoản)\s*$/iu.test(before)) continue;
    out.push(m[0]);
  }
  return out;
}

/** Facts of one report, one per value span and metric/dims (a figure repeated as the same fact counts once). */
function distinctFacts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of [...facts].sort((a, b) => pos(a) - pos(b) || a.source.value_end - b.source.value_end)) {
    const key = `${pos(f)}|${f.source.value_end}|${f.metric}|${dimsKey(f.dims)}|${f.basis}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Facts sorted by the offset of their number, with a range lookup (reports can hold thousands of facts). */
export class FactIndex {
  readonly sorted: Fact[];
  constructor(facts: Fact[]) {
    this.sorted = [...facts].sort((a, b) => pos(a) - pos(b));
  }
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pos(this.sorted[mid]) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Facts whose number starts in [start, end). */
  within(start: number, end: number): Fact[] {
    const out: Fact[] = [];
    for (let i = this.lowerBound(start); i < this.sorted.length && pos(this.sorted[i]) < end; i++) out.push(this.sorted[i]);
    return out;
  }
}

export interface ReportChecks {
  findings: Finding[];
  checked: CheckedGroup[];
}

export function checkReport(doc: string, text: string, allFacts: Fact[]): ReportChecks {
  const facts = distinctFacts(allFacts.filter((f) => f.source.value_end <= text.length));
  const st = structureOf(text);
  const index = new FactIndex(facts);
  const allIndex = new FactIndex(allFacts);
  const findings: Finding[] = [];
  const checked: CheckedGroup[] = [];
  const seenFindings = new Set<string>();
  const add = (f: Omit<Finding, 'id' | 'doc'>, dedupeKey: string) => {
    if (seenFindings.has(dedupeKey)) return;
    seenFindings.add(dedupeKey);
    findings.push({ id: findingId([doc, f.type, ...f.facts]), doc, ...f });
  };

  // 1. Parts and wholes from the lists.
  const wholeOf = new Map<Fact, Whole>();
  const lists = [...st.lists].sort((a, b) => a.start - b.start);
  for (let li = 0; li < lists.length; li++) {
    const list = lists[li];
    const inner: PartList[] = [];
    for (let k = li + 1; k < lists.length && lists[k].start < list.end; k++) {
      const l = lists[k];
      if (l.kind === 'list_word' && l.depth === list.depth && l.start > list.start) inner.push(l);
    }
    const items = index
      .within(list.start, list.end)
      .filter((f) => st.depthAt(pos(f)) === list.depth && !inner.some((l) => pos(f) >= l.opener && pos(f) < l.end));
    if (!items.length) continue;
    const candidates = wholeCandidates(list, st, index);
    const byWhole = new Map<Fact, Map<string, Fact[]>>();
    for (const item of items) {
      for (const c of candidates) {
        const axis = partAxis(c, item);
        if (!axis) continue;
        if (!byWhole.has(c)) byWhole.set(c, new Map());
        const axes = byWhole.get(c)!;
        axes.set(axis, [...(axes.get(axis) ?? []), item]);
        if (!wholeOf.has(item)) wholeOf.set(item, { fact: c, value: c.value, raw: c.raw, at: pos(c) });
        break;
      }
    }
    for (const [whole, axes] of byWhole) {
      for (const [axis, parts] of axes) {
        if (parts.length < 2) continue;
        const labels = parts.map((p) => (axis === 'metric' ? p.metric : JSON.stringify(canonicalDims(p.dims)[axis.slice(4)])));
        if (new Set(labels).size !== labels.length) continue; // the same part twice: not a partition
        if ([whole, ...parts].some((f) => f.qualifier)) continue; // "khoảng", "hơn": not exact figures
        const sum = parts.reduce((s, p) => s + p.value, 0);
        const diff = round(sum - whole.value, 6);
        const ids = [whole.id, ...parts.map((p) => p.id)];
        const group: CheckedGroup = { doc, type: 'sum', facts: ids, stated: whole.value, expected: sum, tolerance: 0, ok: diff === 0 };
        if (diff < 0) {
          const missing = uncoveredNumbers(text, list, st, allIndex);
          if (missing.length) group.skipped = `the list also has ${missing.join(', ')}, which no fact covers`;
        }
        checked.push(group);
        if (group.ok || group.skipped) continue;
        const partsWritten = parts.map((p) => text.slice(pos(p), p.source.value_end) || p.raw).join(' + ');
        add(
          {
            type: 'sum',
            facts: ids,
            stated: whole.value,
            expected: sum,
            tolerance: 0,
            message:
              `Parts do not add up: ${partsWritten} = ${formatVi(sum)}, but the text states the whole as "${asWritten(text, whole)}" ` +
              `(${describeFact(whole)}), ${formatVi(Math.abs(diff))} ${diff > 0 ? 'less than' : 'more than'} its parts. ` +
              `One of these figures is probably mistyped; check the source.`,
          },
          `sum|${whole.value}|${parts.map((p) => p.value).sort().join('+')}|${describeFact(whole)}`,
        );
      }
    }
  }

  // 2. Stated shares: "a/b … đạt x%" and "a … chiếm x%" where a is a part of a known whole.
  /** Each part's stated share and the whole that share is of. */
  const sharesOf = new Map<Fact, { share: Fact; wholeValue: number }>();
  const pcts = facts.filter((f) => unitOfFact(f) === 'pct');
  for (const share of pcts) {
    const found = partOfShare(text, st, index, share, wholeOf);
    if (!found) continue;
    const { part, partValue, partRaw, whole } = found;
    if (whole.value <= 0 || part?.qualifier || share.qualifier || whole.fact?.qualifier) continue;
    if (part) sharesOf.set(part, { share, wholeValue: whole.value });
    const shareRaw = (text.slice(pos(share), share.source.value_end) || share.raw).replace(/\s*%$/, '');
    const expected = (partValue / whole.value) * 100;
    const tolerance = roundingTolerance(shareRaw);
    const ids = [share.id, ...(part ? [part.id] : []), ...(whole.fact ? [whole.fact.id] : [])];
    const ok = Math.abs(expected - share.value) <= tolerance;
    const d = decimalsWritten(shareRaw);
    checked.push({ doc, type: 'share', facts: ids, stated: share.value, expected: round(expected, 6), tolerance, ok });
    if (ok) continue;
    const truncated = Math.floor(expected * 10 ** d) / 10 ** d === share.value;
    add(
      {
        type: 'share',
        facts: ids,
        stated: share.value,
        expected: round(expected, 6),
        tolerance,
        message:
          `Share does not match: ${partRaw} / ${whole.raw} = ${formatVi(expected, Math.max(d, 2))} %, ` +
          `but the text states ${shareRaw} % ("${share.quote}")` +
          (truncated ? '; the stated value looks truncated rather than rounded.' : '. Either the share or one of the counts is wrong; check the source.'),
      },
      `share|${share.id}`,
    );
  }

  const byId = new Map(facts.map((f) => [f.id, f]));
  // 3. The shares of one group's parts add up to 100 % (only where the parts add up to the whole).
  for (const g of checked.filter((c) => c.type === 'sum' && c.ok)) {
    const parts = g.facts.slice(1).map((id) => byId.get(id)!);
    // Only shares of this very whole: "29.465/40.992 … đạt 71,88%" is a share of 40.992, not of the group's 47.934.
    const shares = parts.map((p) => sharesOf.get(p)).map((x) => (x && x.wholeValue === g.stated ? x.share : undefined));
    if (shares.some((s) => !s)) continue;
    const raws = shares.map((s) => (text.slice(pos(s!), s!.source.value_end) || s!.raw).replace(/\s*%$/, ''));
    const sum = round(shares.reduce((t, s) => t + s!.value, 0), 6);
    const tolerance = round(raws.reduce((t, r) => t + roundingTolerance(r), 0), 6);
    const ids = [...shares.map((s) => s!.id), g.facts[0]];
    const ok = Math.abs(sum - 100) <= tolerance;
    checked.push({ doc, type: 'shares_sum', facts: ids, stated: sum, expected: 100, tolerance, ok });
    if (ok) continue;
    const whole = byId.get(g.facts[0])!;
    add(
      {
        type: 'shares_sum',
        facts: ids,
        stated: sum,
        expected: 100,
        tolerance,
        message:
          `The shares of the parts of "${asWritten(text, whole)}" add up to ${formatVi(sum, 2)} % (${raws.join(' + ')}), not 100 %, ` +
          `beyond what rounding explains (±${formatVi(tolerance, 3)}). At least one share is wrong; check the source.`,
      },
      `shares_sum|${ids.join(',')}`,
    );
  }
  return { findings, checked };
}

/** Facts before a list's opener that could be its whole, nearest first: same sentence and paren depth
 *  (or the sentence before, when the list word opens its sentence). */
function wholeCandidates(list: PartList, st: TextStructure, index: FactIndex): Fact[] {
  const si = st.sentenceIndexAt(list.opener);
  if (si < 0) return [];
  const s = st.sentences[si];
  const from = list.startsSentence && si > 0 ? st.sentences[si - 1].start : s.start;
  return index
    .within(from, list.opener)
    .filter((f) => f.source.value_end <= list.opener && (pos(f) < s.start || st.depthAt(pos(f)) === list.outerDepth))
    .filter((f) => pos(f) >= s.start || st.depthAt(pos(f)) === 0)
    .sort((a, b) => pos(b) - pos(a));
}

const RATIO = /(\d{1,3}(?:\.\d{3})+|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)/g;
const SHARE_WORDS = /chiếm|đạt|tỷ lệ|tỉ lệ|bằng/iu;
/** Words between a figure and its share: no other number, no new clause, not far. */
const isShareGap = (gap: string) => gap.length <= 80 && !/[\d;]/.test(gap);

/** The part (and its whole) that a stated share is a share of, read from the words before it:
 *  a ratio "a/b … đạt x%", or a part of a known whole "a hồ sơ … chiếm x%". */
function partOfShare(
  text: string,
  st: TextStructure,
  index: FactIndex,
  share: Fact,
  wholeOf: Map<Fact, Whole>,
): { part?: Fact; partValue: number; partRaw: string; whole: Whole } | undefined {
  const si = st.sentenceIndexAt(pos(share));
  if (si < 0) return undefined;
  const from = Math.max(st.sentences[si].start, pos(share) - 140);
  const window = text.slice(from, pos(share));
  const ratios = [...window.matchAll(RATIO)].filter(
    (m) => !/[\d.,/]$/.test(window.slice(0, m.index!)) && window[m.index! + m[0].length] !== '/', // not a date
  );
  const last = ratios[ratios.length - 1];
  const countAt = (at: number) => index.within(at, at + 1).find((f) => unitOfFact(f) === 'count');
  const related = (part: Fact | undefined) =>
    !part || (shareMetricOf(part.metric) === share.metric && dimsKey(part.dims) === dimsKey(share.dims) && part.basis === share.basis);
  if (last && isShareGap(window.slice(last.index! + last[0].length))) {
    const partAt = from + last.index!;
    const wholeAt = partAt + last[0].length - last[2].length;
    const part = countAt(partAt);
    if (!related(part)) return undefined;
    return {
      part,
      partValue: parseViNumber(last[1]),
      partRaw: last[1],
      whole: { fact: countAt(wholeAt), value: parseViNumber(last[2]), raw: last[2], at: wholeAt },
    };
  }
  const before = index.within(st.sentences[si].start, pos(share)).filter((f) => f !== share && f.source.value_end <= pos(share) && unitOfFact(f) === 'count');
  const part = before.sort((a, b) => pos(b) - pos(a))[0];
  if (!part || !related(part)) return undefined;
  const gap = text.slice(part.source.value_end, pos(share));
  if (!isShareGap(gap) || !SHARE_WORDS.test(gap)) return undefined;
  const whole = wholeOf.get(part);
  return whole ? { part, partValue: part.value, partRaw: text.slice(pos(part), part.source.value_end) || part.raw, whole } : undefined;
}
