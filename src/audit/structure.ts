// The shape of a report's sentences that tells which figures are listed under which:
// parentheses, and lists opened by "trong đó", "gồm", "bao gồm", "cụ thể", "chia ra".
import type { Span } from '../model.js';

export interface Sentence extends Span {}

/** A list of parts: the inside of a pair of parentheses, or what follows a list word up to the end of its scope. */
export interface PartList extends Span {
  kind: 'paren' | 'list_word';
  /** Where the list opens ("(" or the list word): a whole is looked for before it. */
  opener: number;
  /** Paren depth of the list's own items, relative to the sentence. */
  depth: number;
  /** Paren depth at the opener; a whole is looked for at this depth. */
  outerDepth: number;
  /** The list word starts its sentence ("… 691.872 thuê bao. Trong đó: …"): the whole may be in the sentence before. */
  startsSentence: boolean;
}

/** JavaScript's \s, by char code (this scan runs over every character of every report). */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isTerminator = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const LOWER_OR_DIGIT = /[\p{Ll}\d]/u;

/** Sentences: split at . ! ? followed by a space, and at line breaks that do not look like a sentence carried over
 *  (a page break inside a sentence leaves the next line starting with a digit or a lower-case letter). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let k = start;
    while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
    if (k < end) out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isTerminator(c) && (i + 1 === n || isSpaceCode(text.charCodeAt(i + 1)))) {
      push(i + 1);
    } else if (c === 10) {
      let j = i;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      let k = i - 1;
      while (k >= start && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
      const prev = k >= start ? text.charCodeAt(k) : -1;
      const carriedOver = prev >= 0 && !isTerminator(prev) && prev !== 58 && prev !== 59 && j < n && LOWER_OR_DIGIT.test(text[j]);
      if (!carriedOver) push(i);
      i = j - 1;
    }
  }
  push(n);
  return out;
}

/** Paren depth at every offset of a sentence (matched pairs only); unmatched brackets are ignored. */
export function parenDepths(text: string, s: Span): { depth: Int16Array; pairs: Array<[number, number]> } {
  const depth = new Int16Array(s.end - s.start);
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let i = s.start; i < s.end; i++) {
    if (text[i] === '(') stack.push(i);
    else if (text[i] === ')' && stack.length) pairs.push([stack.pop()!, i]);
  }
  // A difference array keeps this linear however many pairs a long sentence (a flattened table) has.
  for (const [open, close] of pairs) {
    depth[open + 1 - s.start]++;
    depth[close - s.start]--;
  }
  for (let i = 1; i < depth.length; i++) depth[i] += depth[i - 1];
  return { depth, pairs };
}

const LIST_WORD = /(?<![\p{L}])(trong đó|bao gồm|gồm|cụ thể|chia ra)(?![\p{L}])\s*(?:có\s+|là\s+)?[:,]?/giu;

/** The part lists of one sentence. */
export function partListsOf(text: string, s: Sentence): PartList[] {
  const { depth, pairs } = parenDepths(text, s);
  const d = (i: number) => (i >= s.start && i < s.end ? depth[i - s.start] : 0);
  const lists: PartList[] = [];
  for (const [open, close] of pairs) {
    lists.push({ kind: 'paren', start: open + 1, end: close, opener: open, depth: d(open) + 1, outerDepth: d(open), startsSentence: false });
  }
  const sentence = text.slice(s.start, s.end);
  const words: Array<{ at: number; after: number }> = [];
  for (const m of sentence.matchAll(LIST_WORD)) words.push({ at: s.start + m.index!, after: s.start + m.index! + m[0].length });
  for (let w = 0; w < words.length; w++) {
    const { at, after } = words[w];
    const level = d(at);
    // A list word at the very start of a parenthesis ("(trong đó có …)") only restates the parenthesis.
    const paren = pairs.find(([open, close]) => open < at && at < close && d(at) === d(open) + 1);
    if (paren && !text.slice(paren[0] + 1, at).trim()) continue;
    // The list runs to the end of its parenthesis or sentence, or to the next list word at the same depth.
    let end = paren ? paren[1] : s.end;
    for (let v = w + 1; v < words.length; v++) {
      if (words[v].at < end && d(words[v].at) === level) {
        end = words[v].at;
        break;
      }
    }
    const before = text.slice(s.start, at).trim();
    lists.push({ kind: 'list_word', start: after, end, opener: at, depth: level, outerDepth: level, startsSentence: before === '' || /^[\s\-–•+*]*$/.test(before) });
  }
  return lists;
}

export interface TextStructure {
  sentences: Sentence[];
  /** Paren depth of an offset within its sentence. */
  depthAt(offset: number): number;
  sentenceIndexAt(offset: number): number;
  lists: PartList[];
}

/** What a sentence needs to hold a part list: one scan of the whole text finds them all. */
const LIST_MARKER = /[(]|trong đó|gồm|cụ thể|chia ra/gi;

export function structureOf(text: string): TextStructure {
  const sentences = sentencesOf(text);
  const depthArrays = new Map<number, Int16Array>();
  const lists: PartList[] = [];
  // Markers as [start, end) pairs in text order; sentences are in text order too.
  const marks: number[] = [];
  LIST_MARKER.lastIndex = 0;
  for (let m = LIST_MARKER.exec(text); m; m = LIST_MARKER.exec(text)) marks.push(m.index, m.index + m[0].length);
  let k = 0;
  sentences.forEach((s, i) => {
    while (k < marks.length && marks[k] < s.start) k += 2;
    let inside = false;
    for (let q = k; q < marks.length && marks[q] < s.end; q += 2) {
      if (marks[q + 1] <= s.end) {
        inside = true;
        break;
      }
    }
    if (!inside) return;
    depthArrays.set(i, parenDepths(text, s).depth);
    lists.push(...partListsOf(text, s));
  });
  const sentenceIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans >= 0 && offset < sentences[ans].end ? ans : -1;
  };
  const depthAt = (offset: number): number => {
    const i = sentenceIndexAt(offset);
    const arr = depthArrays.get(i);
    return arr ? arr[offset - sentences[i].start] : 0;
  };
  return { sentences, depthAt, sentenceIndexAt, lists };
}
