// The matching view of a stretch of text: what cues and rules are matched against. Lower case,
// one spelling for i/y variants (tỉ/tỷ, kĩ/kỹ) and one tone placement (hoá/hóa), abbreviations
// and known typos rewritten as the lexicon says (TTHC → thủ tục hành chính), markup dropped and
// single spaces — with a map back, so whatever is found in the view points into the original text.
import { SPELLINGS, TONES } from '../../rules/lexicon.js';
import { lowerSameLength, MARKUP } from './words.js';
import { isWordChar, noTokens, textsOf, tokenize, TokenTrie, type Tokens } from './tokens.js';

export interface MatchingView {
  /** The view: lower case, one spelling, words joined by single spaces. */
  readonly text: string;
  /** The view position of an offset of the source stretch (clamped to it). */
  pos(offset: number): number;
  /** The source offset a view position came from. */
  source(pos: number): number;
  /** The view's words between two source offsets, trimmed. */
  words(from: number, to: number): string;
  /** The view cut into words and marks (what cues are matched on). */
  readonly tokens: Tokens;
}

// One spelling, in one pass over a lower-cased text, same length so offsets hold:
// - i/y: a syllable of one consonant (or "qu") and a final i is also written with y ("tỉ lệ" / "tỷ
//   lệ", "kĩ thuật" / "kỹ thuật", "quí" / "quý"); the view writes y.
// - tone placement: older documents put the tone on the second vowel of a syllable-final oa/oe/uy
//   ("khoá", "hoà", "thuỷ"); the view writes today's ("khóa", "hòa", "thủy"), not after "q"
//   ("quý") and not before another letter ("toàn", "thoại").
// A table by char code: what a final i becomes (y…), or which toned a/e/y an older tone placement holds.
const TABLE_SIZE = 0x1f00;
const I_TO_Y = new Array<string | undefined>(TABLE_SIZE);
[...('i' + TONES.i)].forEach((c, k) => (I_TO_Y[c.charCodeAt(0)] = ('y' + TONES.y)[k]));
const OLD_TONE = new Array<{ base: string; k: number } | undefined>(TABLE_SIZE);
for (const [base, toned] of [['a', TONES.a], ['e', TONES.e], ['y', TONES.y]] as const) [...toned].forEach((c, k) => (OLD_TONE[c.charCodeAt(0)] = { base, k }));
const TONED_O = TONES.o;
const TONED_U = TONES.u;
const I_CONSONANT = new Set([...'hklmt'].map((c) => c.charCodeAt(0)));
const O = 111;
const U = 117;
const Q = 113;

function oneSpelling(s: string): string {
  let out: string[] | null = null;
  const n = s.length;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i + 1 < n && isWordChar(s.charCodeAt(i + 1))) continue;
    const prev = s.charCodeAt(i - 1);
    if (c >= TABLE_SIZE) continue;
    const y = I_TO_Y[c];
    if (y !== undefined) {
      const one = I_CONSONANT.has(prev) && (i < 2 || !isWordChar(s.charCodeAt(i - 2)));
      const qu = prev === U && i >= 2 && s.charCodeAt(i - 2) === Q && (i < 3 || !isWordChar(s.charCodeAt(i - 3)));
      if (one || qu) (out ??= [...s])[i] = y;
      continue;
    }
    const tone = OLD_TONE[c];
    if (!tone || (i >= 2 && s.charCodeAt(i - 2) === Q)) continue;
    if ((prev === O && tone.base !== 'y') || (prev === U && tone.base === 'y')) {
      out ??= [...s];
      out[i - 1] = (prev === O ? TONED_O : TONED_U)[tone.k];
      out[i] = tone.base;
    }
  }
  return out ? out.join('') : s;
}

/** A form's view key: spelled as the view spells, single spaces. */
const keyOf = (s: string) => oneSpelling(lowerSameLength(s.normalize('NFC'))).replace(/\s+/g, ' ').trim();

interface Rewrite {
  means: string;
  /** Forms as written, when only a capitalized source counts. */
  upper: Set<string> | null;
}
// Forms as tokens, so a form matches whole words and spacing around its marks does not matter.
const REWRITES = new TokenTrie<Rewrite[]>();
for (const sp of SPELLINGS) {
  for (const form of sp.forms) {
    const rw: Rewrite = { means: keyOf(sp.means), upper: sp.upper ? new Set([form.normalize('NFC').replace(/\s+/g, '')]) : null };
    REWRITES.add(textsOf(tokenize(keyOf(form))), (old) => [...(old ?? []), rw]);
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;

/** Whitespace other than single plain spaces. */
const OTHER_SPACE = /[^\S ]|  /;

/** The last text lowered and spelled, kept for the next stretch of it: the sentences of a
 *  paragraph each ask for their own range of the paragraph's text. (Markup, case and spelling
 *  keep every offset and look no further than the syllable, so a range of the whole is the
 *  whole of the range.) */
let spelled: { text: string; unmarked: string; lower: string } | null = null;
function spelledText(text: string): { unmarked: string; lower: string } {
  if (spelled && spelled.text === text) return spelled;
  MARKUP.lastIndex = 0;
  const unmarked = MARKUP.test(text) ? text.replace(MARKUP, (m) => ' '.repeat(m.length)) : text;
  spelled = { text, unmarked, lower: oneSpelling(lowerSameLength(unmarked)) };
  return spelled;
}

/** The matching view of text[start, end). */
export function matchingView(text: string, start = 0, end = text.length): MatchingView {
  const whole = spelledText(text);
  const unmarked = whole.unmarked.slice(start, end);
  const lower = whole.lower.slice(start, end);
  const n = lower.length;
  // Rewrites found over the whole stretch, the longest at each place; a capitals-only one is
  // checked against the source.
  const reps: { s: number; e: number; to: string; i: number; last: number }[] = [];
  const toks = tokenize(lower);
  for (let i = 0; i < toks.s.length; i++) {
    const last = REWRITES.longest(toks, i);
    if (last < 0) continue;
    const s = toks.s[i];
    const e = toks.e[last];
    const asWritten = unmarked.slice(s, e).replace(/\s+/g, '');
    const rw = REWRITES.value!.find((r) => !r.upper || r.upper.has(asWritten));
    if (!rw) continue;
    reps.push({ s, e, to: rw.means, i, last });
    i = last;
  }
  // Most sentences need no rewrite and hold no whitespace but single spaces: the view is the text
  // lower-cased, less its leading spaces, and a place in it is an offset less those.
  if (!reps.length && !OTHER_SPACE.test(lower)) {
    let lead = 0;
    while (lead < n && lower.charCodeAt(lead) === 32) lead++;
    const view = lower.slice(lead);
    const clamp = (offset: number) => Math.max(0, Math.min(n, offset - start) - lead);
    if (lead) for (let i = 0; i < toks.s.length; i++) {
      toks.s[i] -= lead;
      toks.e[i] -= lead;
    }
    toks.src = view;
    return {
      text: view,
      pos: clamp,
      source: (p) => start + lead + Math.max(0, Math.min(p, view.length)),
      words: (a, b) => view.slice(clamp(a), clamp(b)).trim(),
      tokens: toks,
    };
  }
  const at = new Int32Array(n + 1);
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
      length += to.length;
      space = false;
      i = e;
      continue;
    }
    at[i] = length;
    if (!isSpace(lower.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
      length++;
      space = false;
    } else {
      flush(i);
      if (!space) {
        parts.push(' ');
        length++;
        space = true;
      }
    }
    i++;
  }
  flush(n);
  at[n] = length;
  const view = parts.join('');
  // The view's tokens: the source's, moved to their view places, and each rewrite's own.
  let viewTokens: Tokens;
  if (!reps.length) {
    // (Most sentences need no rewrite: the tokens only move to their view places.)
    viewTokens = { src: view, s: [], e: [], h: toks.h };
    for (let i = 0; i < toks.s.length; i++) {
      const s = at[toks.s[i]];
      viewTokens.s.push(s);
      viewTokens.e.push(s + (toks.e[i] - toks.s[i]));
    }
  } else {
    // (Each token stands in the view as it was read: a word of the source, or of a rewrite.)
    viewTokens = noTokens(view);
    let ri = 0;
    for (let i = 0; i < toks.s.length; i++) {
      const rep = ri < reps.length && reps[ri].i === i ? reps[ri++] : undefined;
      if (rep) {
        tokenize(rep.to, viewTokens, at[rep.s]);
        i = rep.last;
      } else {
        const s = at[toks.s[i]];
        viewTokens.h.push(toks.h[i]);
        viewTokens.s.push(s);
        viewTokens.e.push(s + (toks.e[i] - toks.s[i]));
      }
    }
  }
  const clamp = (offset: number) => Math.min(n, Math.max(0, offset - start));
  return {
    text: view,
    pos: (offset) => at[clamp(offset)],
    // The last source offset whose view position is at or before p (`at` never decreases).
    source: (p) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at[mid] <= p) lo = mid;
        else hi = mid - 1;
      }
      return start + lo;
    },
    words: (a, b) => view.slice(at[clamp(a)], at[clamp(b)]).trim(),
    tokens: viewTokens,
  };
}

/** The view of a whole short string (a cue's form, a table label). */
export function viewOf(s: string): string {
  return matchingView(s).text.trim();
}
