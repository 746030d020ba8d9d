// Offsets survive normalization: NFD (or mixed) input is matched in NFC, and every span is mapped
// back to the text the caller gave.

const COMBINING_RE = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/;

export interface Normalized {
  /** NFC text to match on. */
  text: string;
  /** For each index of `text` (and its length), the index in the original; null when nothing changed. */
  toOriginal: Int32Array | null;
}

/** NFC copy of `original` with an offset map. Text without combining marks is returned as is. */
export function normalizeWithMap(original: string): Normalized {
  if (!COMBINING_RE.test(original)) return { text: original, toOriginal: null };
  const nfc = original.normalize('NFC');
  if (nfc === original) return { text: original, toOriginal: null };
  // Normalize chunk by chunk (a starter with its combining marks): composition never crosses chunks.
  const pieces: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    // keep surrogate pairs together
    if (j < original.length && original.charCodeAt(i) >= 0xd800 && original.charCodeAt(i) <= 0xdbff) j++;
    while (j < original.length && COMBINING_RE.test(original[j])) j++;
    const chunk = original.slice(i, j).normalize('NFC');
    pieces.push(chunk);
    for (let k = 0; k < chunk.length; k++) map.push(i);
    i = j;
  }
  map.push(original.length);
  return { text: pieces.join(''), toOriginal: Int32Array.from(map) };
}
