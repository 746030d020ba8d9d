// The matching view of a stretch of text: what cues and rules are matched against. Lower case,
// one spelling for i/y variants (tỉ/tỷ, kĩ/kỹ) and one tone placement (hoá/hóa), abbreviations
// and known typos rewritten as the lexicon says (TTHC → thủ tục hành chính), markup dropped and
// single spaces — with a map back, so whatever is found in the view points into the original text.
import { SPELLINGS } from '../../rules/lexicon.js';
import { lowerSameLength, MARKUP, newToneStyle } from './words.js';

export interface MatchingView {
  /** The view: lower case, one spelling, words joined by single spaces. */
  readonly text: string;
  /** The view position of an offset of the source stretch (clamped to it). */
  pos(offset: number): number;
  /** The source offset a view position came from. */
  source(pos: number): number;
  /** The view's words between two source offsets, trimmed. */
  words(from: number, to: number): string;
}

// i/y: a syllable of one consonant (or "qu") and a final i is also written with y ("tỉ lệ" / "tỷ
// lệ", "kĩ thuật" / "kỹ thuật", "quí" / "quý"); the view writes y. Same length, offsets hold.
const I_FINAL = /(?<![\p{L}\p{M}])([hklmt]|qu)([iíìỉĩị])(?![\p{L}\p{M}])/gu;
const I_TO_Y: Record<string, string> = { i: 'y', í: 'ý', ì: 'ỳ', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };
const oneSpelling = (s: string) => newToneStyle(s).replace(I_FINAL, (_, c: string, v: string) => c + I_TO_Y[v]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form's view key: spelled as the view spells, single spaces. */
const keyOf = (s: string) => oneSpelling(lowerSameLength(s.normalize('NFC'))).replace(/\s+/g, ' ').trim();

interface Rewrite {
  means: string;
  /** Forms as written, when only a capitalized source counts. */
  upper: Set<string> | null;
}
const REWRITES = new Map<string, Rewrite[]>();
for (const sp of SPELLINGS) {
  for (const form of sp.forms) {
    const key = keyOf(form);
    const list = REWRITES.get(key) ?? [];
    list.push({ means: keyOf(sp.means), upper: sp.upper ? new Set([form.normalize('NFC')]) : null });
    REWRITES.set(key, list);
  }
}
// Longest first, so the alternation takes the longest form at a place; spaces inside a form match any run of spaces.
const REWRITE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d])(?:${[...REWRITES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{M}\\d])`,
  'gu',
);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;

/** The matching view of text[start, end). */
export function matchingView(text: string, start = 0, end = text.length): MatchingView {
  const raw = text.slice(start, end);
  MARKUP.lastIndex = 0;
  const unmarked = MARKUP.test(raw) ? raw.replace(MARKUP, (m) => ' '.repeat(m.length)) : raw;
  const lower = oneSpelling(lowerSameLength(unmarked));
  const n = lower.length;
  // Rewrites found over the whole stretch; a capitals-only one is checked against the source.
  const reps: { s: number; e: number; to: string }[] = [];
  REWRITE_RE.lastIndex = 0;
  for (let m = REWRITE_RE.exec(lower); m; m = REWRITE_RE.exec(lower)) {
    const found = REWRITES.get(m[0].replace(/\s+/g, ' '));
    if (!found) continue;
    const asWritten = unmarked.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ');
    const rw = found.find((r) => !r.upper || r.upper.has(asWritten));
    if (rw) reps.push({ s: m.index, e: m.index + m[0].length, to: rw.means });
  }
  const at = new Int32Array(n + 1);
  const from: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let space = true;
  let r = 0;
  let runStart = -1;
  const flush = (i: number) => {
    if (runStart >= 0) parts.push(lower.slice(runStart, i));
    runStart = -1;
  };
  for (let i = 0; i < n; ) {
    if (r < reps.length && reps[r].s === i) {
      flush(i);
      const { e, to } = reps[r++];
      for (let k = i; k < e; k++) at[k] = length;
      parts.push(to);
      for (let k = 0; k < to.length; k++) from.push(start + i);
      length += to.length;
      space = false;
      i = e;
      continue;
    }
    at[i] = length;
    if (!isSpace(lower.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
      from.push(start + i);
      length++;
      space = false;
    } else {
      flush(i);
      if (!space) {
        parts.push(' ');
        from.push(start + i);
        length++;
        space = true;
      }
    }
    i++;
  }
  flush(n);
  at[n] = length;
  const view = parts.join('');
  const clamp = (offset: number) => Math.min(n, Math.max(0, offset - start));
  return {
    text: view,
    pos: (offset) => at[clamp(offset)],
    source: (p) => (p >= from.length ? end : p < 0 ? start : from[p]),
    words: (a, b) => view.slice(at[clamp(a)], at[clamp(b)]).trim(),
  };
}

/** The view of a whole short string (a cue's form, a table label). */
export function viewOf(s: string): string {
  return matchingView(s).text.trim();
}
