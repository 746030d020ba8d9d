// Turning a stretch of report text into the plain lower-case words rules are written against.
import { NOT_A_UNIT, SAME_UNIT, TONES, UNIT_NOUNS } from '../../rules/lexicon.js';

/** Markup the exports carry: bold/italic marks, <i> tags, footnote references, superscript digits. */
export const MARKUP = /\*+|<\/?[a-z]+>|\^\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
/** Runs of whitespace other than one plain space (which would be replaced by itself): replacing
 *  them with one space is `replace(/\s+/g, ' ')` without a replacement for every word. */
const WHITESPACE_RUNS = /[^\S ]\s*| \s+/g;

// Older documents put the tone on the second vowel of a syllable-final oa/oe/uy ("khoá", "hoà",
// "thuỷ"); rules are written with today's placement ("khóa", "hòa", "thủy"). Same length, so
// offsets hold. Not after "q" ("quý": the u belongs to the consonant), and not before another
// letter ("toàn", "thoại" keep their tone where it is).
const OLD_TONE = new RegExp(`(?<!q)(o[${TONES.a}]|o[${TONES.e}]|u[${TONES.y}])(?![\\p{L}\\p{M}])`, 'gu');
const TONED: Record<string, string> = { a: TONES.a, e: TONES.e, y: TONES.y };
const TONED_O = TONES.o;
const TONED_U = TONES.u;
export function newToneStyle(s: string): string {
  OLD_TONE.lastIndex = 0;
  if (!OLD_TONE.test(s)) return s;
  return s.replace(OLD_TONE, (pair) => {
    const v = pair[1];
    for (const [base, toned] of Object.entries(TONED)) {
      const k = toned.indexOf(v);
      if (k >= 0) return (pair[0] === 'o' ? TONED_O : TONED_U)[k] + base;
    }
    return pair;
  });
}

export function plainWords(s: string): string {
  MARKUP.lastIndex = 0;
  const bare = MARKUP.test(s) ? s.replace(MARKUP, ' ') : s;
  return newToneStyle(bare.toLowerCase()).replace(WHITESPACE_RUNS, ' ').trim();
}

/** Lower case that keeps every offset (a char whose lower case is longer stays as it is). */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  return [...s].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/**
 * plainWords for many slices of one stretch of text: the stretch is cleaned once, with a map from
 * each offset to its place in the clean string, so a slice's words cost a substring.
 */
export function wordsIndex(text: string, start: number, end: number): (from: number, to: number) => string {
  const lower = newToneStyle(lowerSameLength(text.slice(start, end).replace(MARKUP, (m) => ' '.repeat(m.length))));
  // Words joined by single spaces (a run of spaces after a word becomes one, leading ones go), and
  // for every offset the length of the clean text before it.
  const at = new Int32Array(lower.length + 1);
  let length = 0;
  let space = true;
  for (let i = 0; i < lower.length; i++) {
    at[i] = length;
    const c = lower.charCodeAt(i);
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;
    if (!isSpace) length++;
    else if (!space) length++;
    space = isSpace;
  }
  at[lower.length] = length;
  const clean = lower.replace(LEADING_SPACES, '').replace(SPACES, ' ');
  return (from, to) => clean.slice(at[Math.max(0, from - start)], at[Math.min(lower.length, to - start)]).trim();
}

const LEADING_SPACES = /^[ \t\n\r\f\v\u00a0\u202f\u2009]+/;
// Runs of spaces other than one plain space (which would be replaced by itself): most words are
// followed by exactly that, and matching it would cost a replacement per word.
const SPACES = /[\t\n\r\f\v\u00a0\u202f\u2009][ \t\n\r\f\v\u00a0\u202f\u2009]*| [ \t\n\r\f\v\u00a0\u202f\u2009]+/g;

/** Same as plainWords but keeps letter case (entity names). */
export function plainText(s: string): string {
  return s.replace(MARKUP, ' ').replace(WHITESPACE_RUNS, ' ').trim();
}

/** The unit noun a figure counts, from its tail: used to decide whether a part belongs to a whole. */
export function unitKey(tail: string): string {
  const t = tail.replace(/^[%\s]+/, '');
  const known = UNIT_NOUNS.exec(t);
  if (known) return SAME_UNIT[known[1]] ?? known[1];
  // (A function word, "của cá nhân", "cho tổ chức", says no unit.)
  const w = t.match(/^[\p{L}]+/u);
  return w && !NOT_A_UNIT.has(w[0]) ? w[0] : '';
}
