// PDFs whose text layer splits Vietnamese words at a diacritic ("ĐIỀ U", "Thô ng tin", "truyề n thông").
// A split is repaired only when it is certain: the pieces joined form one Vietnamese syllable, at least
// one piece of every joined pair is not a syllable on its own, and the break touches a letter with a
// diacritic. Two valid syllables are never joined ("thông tin", "kho ản" stay as they are).
import { isSyllableCached as isSyllable } from './syllable.js';

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** Longest word worth testing: no syllable is longer than 7 letters (plus combining marks). */
const MAX_PIECE = 16;

function isPlainCase(word: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower || word === word.toUpperCase()) return true;
  // Title case: first letter capital, the rest lowercase.
  const first = word.codePointAt(0)!;
  const firstLen = first > 0xffff ? 2 : 1;
  return word.slice(firstLen) === lower.slice(firstLen);
}

const COMBINING = /\p{M}/u;

/** A letter with a diacritic touches the break: the piece before ends in one (or in a combining mark),
 *  or the piece after starts with one (precomposed, or followed by a combining mark). */
function diacriticAtBreak(text: string, spaceAt: number): boolean {
  return (
    text.charCodeAt(spaceAt - 1) > 0x7f ||
    text.charCodeAt(spaceAt + 1) > 0x7f ||
    (spaceAt + 2 < text.length && COMBINING.test(text[spaceAt + 2]))
  );
}

/** Joins PDF word fragments split at a diacritic where the split is certain; linear in the text. */
export function repairDiacriticSplits(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const n = starts.length;
  // Fragments i and i+1 are separated by exactly one space at a diacritic.
  const splitAfter = (i: number): boolean =>
    i + 1 < n && starts[i + 1] === ends[i] + 1 && text[ends[i]] === ' ' && diacriticAtBreak(text, ends[i]);
  const word = (i: number): string => text.slice(starts[i], ends[i]);
  const valid = (i: number): boolean => ends[i] - starts[i] <= MAX_PIECE && isSyllable(word(i));

  const joinAt: number[] = []; // offsets of spaces to drop, increasing
  const fits = (w: string): boolean => w.length <= MAX_PIECE && isPlainCase(w) && isSyllable(w);
  let i = 0;
  while (i < n) {
    // Grow a word from fragment i while the rules allow; every joined neighbour pair must hold a
    // non-syllable, and the word so far must be a syllable again after each step.
    let last = i;
    let current = word(i);
    let currentValid = valid(i);
    while (splitAfter(last)) {
      const nextValid = valid(last + 1);
      if (currentValid && nextValid) break;
      const two = current + word(last + 1);
      if (fits(two)) {
        joinAt.push(ends[last]);
        current = two;
        currentValid = true;
        last += 1;
        continue;
      }
      // Three pieces ("Đ IỀ U": neither "ĐIỀ" nor "IỀU" is a syllable, "ĐIỀU" is).
      if (splitAfter(last + 1) && !(nextValid && valid(last + 2))) {
        const three = two + word(last + 2);
        if (fits(three)) {
          joinAt.push(ends[last], ends[last + 1]);
          current = three;
          currentValid = true;
          last += 2;
          continue;
        }
      }
      break;
    }
    i = last + 1;
  }
  if (joinAt.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const at of joinAt) {
    out += text.slice(pos, at);
    pos = at + 1;
  }
  return out + text.slice(pos);
}
