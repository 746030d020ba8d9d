// Offsets survive normalization: NFD (or mixed) input is matched in NFC, and every span is mapped
// back to the text the caller gave.

const COMBINING_RE = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/;

export interface Normalized {
  /** NFC text to match on. */
  text: string;
  /** Original index of the code unit at each index of `text`; null when nothing changed. */
  startOf: Int32Array | null;
  /** Original index just after the code unit at each index of `text`. */
  endOf: Int32Array | null;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** NFC copy of `original` with offset maps. Text without combining marks is returned as is. */
export function normalizeWithMap(original: string): Normalized {
  if (!COMBINING_RE.test(original)) return { text: original, startOf: null, endOf: null };
  const nfc = original.normalize('NFC');
  if (nfc === original) return { text: original, startOf: null, endOf: null };
  // Normalize chunk by chunk (a starter with its combining marks): composition never crosses chunks.
  // A chunk that normalization leaves alone maps unit by unit; a changed one maps as a whole.
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    if (isHigh(original.charCodeAt(i)) && j < original.length && isLow(original.charCodeAt(j))) j++;
    while (j < original.length && COMBINING_RE.test(original[j])) j++;
    const raw = original.slice(i, j);
    const chunk = raw.normalize('NFC');
    pieces.push(chunk);
    if (chunk === raw) {
      for (let k = 0; k < raw.length; k++) {
        starts.push(i + k);
        ends.push(i + k + 1);
      }
    } else {
      for (let k = 0; k < chunk.length; k++) {
        starts.push(i);
        ends.push(j);
      }
    }
    i = j;
  }
  return { text: pieces.join(''), startOf: Int32Array.from(starts), endOf: Int32Array.from(ends) };
}

/** Maps a span of the normalized text back to the original. */
export function spanToOriginal(norm: Normalized, originalLength: number, start: number, end: number): { start: number; end: number } {
  const { startOf, endOf } = norm;
  if (!startOf || !endOf) return { start, end };
  const s = start < startOf.length ? startOf[start] : originalLength;
  const e = end === start ? s : end > 0 ? endOf[end - 1] : 0;
  return { start: s, end: Math.max(s, e) };
}
