// One linear pass over a text: every digit group is classified, and quantities become mentions.
// Expects NFC text (index.ts maps other input); all offsets are indices into the given text.
// The steps: scan.ts (tokens, groups, line and table state), classify.ts (what is not a quantity),
// quantity.ts (drafts with unit, per and qualifier), then here the separator convention and
// readings, changes.ts (changes and comparisons), and the mentions.

import type { DigitGroup, Mention, NumberToken, QuantityKind, Reading } from './types.js';
import { valueAs, groupingReading } from './parse.js';
import { Scan, scaled, type Draft, type Group, type Tok } from './scan.js';
import { readDrafts } from './quantity.js';
import { readChanges } from './changes.js';

export interface Analysis {
  mentions: Mention[];
  groups: DigitGroup[];
}

const SUPERSCRIPT_RE = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;

export function analyze(text: string): Analysis {
  const scan = new Scan(text);
  const drafts = readDrafts(scan);

  // ---- separator convention: sentence, then document -----------------------------------------
  const sentenceScore = new Map<number, number>();
  let docScore = 0;
  const addEvidence = (sid: number, w: number) => {
    sentenceScore.set(sid, (sentenceScore.get(sid) ?? 0) + w);
    docScore += w;
  };
  for (const d of drafts) {
    for (const t of d.toks) {
      if (t.shape.type === 'vi') addEvidence(d.sentence, 1);
      else if (t.shape.type === 'en') addEvidence(d.sentence, -1);
      else if (t.shape.type === 'ambiguous' && d.unitType === 'count' && !d.scale) {
        addEvidence(d.sentence, groupingReading(t.shape.sep) === 'vi' ? 0.5 : -0.5);
      }
    }
  }
  const convention = (sid: number): 'vi' | 'en' => {
    const s = sentenceScore.get(sid) ?? 0;
    if (s > 0) return 'vi';
    if (s < 0) return 'en';
    return docScore < 0 ? 'en' : 'vi';
  };

  // Arrays built by push, not by map: an array that map makes in optimized code has another kind
  // (holey) than one it makes before, and code that has read only the first kind is thrown away
  // and compiled again when the second turns up.
  for (const d of drafts) {
    const numbers: NumberToken[] = [];
    for (const t of d.toks) numbers.push(tokenOf(t, d));
    d.numbers = numbers;
  }
  /** A token with its reading: an ambiguous one by its unit, else by the sentence's convention. */
  function tokenOf(t: Tok, d: Draft): NumberToken {
    const sh = t.shape;
    // One shape for every token (see Draft above); JSON leaves out the undefined field.
    if (sh.type === 'plain') return { start: t.start, end: t.end, raw: t.raw, value: sh.value, reading: 'plain', ambiguous: undefined };
    if (sh.type === 'vi' || sh.type === 'en') return { start: t.start, end: t.end, raw: t.raw, value: sh.value, reading: sh.type, ambiguous: undefined };
    if (sh.type === 'ambiguous') {
      let reading: 'vi' | 'en';
      if (d.scale || d.unitType === 'percent' || d.unitType === 'measure' || d.unitType === 'money') reading = convention(d.sentence);
      else if (d.unitType === 'count') reading = groupingReading(sh.sep);
      else reading = convention(d.sentence);
      return { start: t.start, end: t.end, raw: t.raw, value: valueAs(sh, reading), reading, ambiguous: true };
    }
    return { start: t.start, end: t.end, raw: t.raw, value: NaN, reading: 'plain', ambiguous: undefined };
  }

  readChanges(scan, drafts);

  // ---- assemble ------------------------------------------------------------------------------
  const mentions: Mention[] = [];
  for (const d of drafts) {
    const nums = d.numbers!;
    if (nums.some((n) => !Number.isFinite(n.value))) continue;
    const reading: Reading = nums.find((n) => n.reading !== 'plain')?.reading ?? 'plain';
    const kind: QuantityKind =
      d.form === 'ratio' ? 'ratio'
      : d.form === 'range' ? 'range'
      : d.unitType === 'percent' ? 'percent'
      : d.unitType === 'money' ? 'money'
      : d.perIsNumber ? 'density'
      : d.unitType === 'measure' ? 'measure'
      : 'count';
    const m: Mention = {
      start: d.start,
      end: d.end,
      raw: text.slice(d.start, d.end),
      value: scaled(nums[0].value, d.scale),
      kind,
      reading,
      numbers: nums,
    };
    if (d.unit !== undefined) {
      m.unit = d.unit;
      m.unitSpan = d.unitSpan;
    }
    if (d.scale) m.scale = d.scale;
    if (d.qualifier) {
      m.qualifier = d.qualifier;
      m.qualifierSpan = d.qualifierSpan;
    }
    if (d.change) m.change = d.change;
    if (d.role) m.role = d.role;
    if (nums.some((n) => n.ambiguous)) m.ambiguous = true;
    if (d.form === 'range') m.high = scaled(nums[1].value, d.scale);
    if (d.form === 'ratio') m.denominator = scaled(nums[1].value, d.scale);
    if (d.per) m.per = d.per;
    mentions.push(m);
  }

  // The digit groups as a list are asked for by tools and tests, not by the pipeline: made on demand.
  let digitGroups: DigitGroup[] | undefined;
  return {
    mentions,
    get groups() {
      return (digitGroups ??= listGroups(text, scan.groups));
    },
  };
}

function listGroups(text: string, groups: Group[]): DigitGroup[] {
  const out: DigitGroup[] = groups.map((g) => ({ start: g.start, end: g.end, raw: text.slice(g.start, g.end), class: g.cls ?? 'other' }));
  SUPERSCRIPT_RE.lastIndex = 0;
  for (let m = SUPERSCRIPT_RE.exec(text); m; m = SUPERSCRIPT_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], class: 'footnote_marker' });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
