// The pieces of a stretch of text that a table flattened into lines or one paragraph is made of:
// numbers (values, years, row numbers), empty-cell marks ("--") and words. Spans point into the
// original text, so cells built from them quote it verbatim.

export type TokenKind = 'num' | 'dash' | 'word';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  text: string;
  /** A line break stands between this token and the one before. */
  newline: boolean;
  /** A number followed by punctuation ("9,31." "1.") that is not part of it. */
  trail: boolean;
}

export type ValueKind = 'pct' | 'dec' | 'int';

const NUMBER = /^(\d+(?:[.,]\d+)*%?)([.,;:]?)$/;
const DASH = /^(?:-{1,3}|[–—]|…|\.{2,3})$/;
const PIECE = /\S+/g;
const LOWER_START = /^[\p{Ll}]/u;
/** A bracket group longer than this is prose, not a unit in a column head. */
const MAX_GROUP_PIECES = 12;

/**
 * The tokens of text[start, end). A bracket group ("(số thuê bao/ 100 dân)") is one word; a "%"
 * standing after a number belongs to it ("108,04 %"); a number followed on its line by a word in
 * lower case is a word of a phrase ("trên 100 dân", "3 mạng"), not a value.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  PIECE.lastIndex = start;
  let prevEnd = start;
  for (let m = PIECE.exec(text); m && m.index < end; m = PIECE.exec(text)) {
    let pieceEnd = Math.min(m.index + m[0].length, end);
    let piece = text.slice(m.index, pieceEnd);
    if (piece.startsWith('(') && !piece.includes(')')) {
      // Take the pieces up to the closing bracket, if it comes soon.
      const save = PIECE.lastIndex;
      let closed = false;
      for (let k = 0; k < MAX_GROUP_PIECES; k++) {
        const n = PIECE.exec(text);
        if (!n || n.index >= end) break;
        pieceEnd = Math.min(n.index + n[0].length, end);
        if (n[0].includes(')')) {
          closed = true;
          break;
        }
      }
      if (closed) piece = text.slice(m.index, pieceEnd);
      else {
        PIECE.lastIndex = save;
        pieceEnd = Math.min(m.index + m[0].length, end);
      }
    }
    const newline = text.slice(prevEnd, m.index).includes('\n');
    prevEnd = pieceEnd;
    const last = out[out.length - 1];
    if (piece === '%' && last && last.kind === 'num' && !last.trail && !newline && !last.text.endsWith('%')) {
      last.end = pieceEnd;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    const num = NUMBER.exec(piece);
    if (num) {
      out.push({ start: m.index, end: m.index + num[1].length, kind: 'num', text: num[1], newline, trail: num[2] !== '' });
      continue;
    }
    out.push({ start: m.index, end: pieceEnd, kind: DASH.test(piece) ? 'dash' : 'word', text: piece, newline, trail: false });
  }
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i];
    const next = out[i + 1];
    if (t.kind === 'num' && !t.trail && !t.text.endsWith('%') && next.kind === 'word' && !next.newline && LOWER_START.test(next.text)) t.kind = 'word';
  }
  return out;
}

/** A year as a row label or column head: four digits, nothing else. */
export function yearOf(t: Token): number | null {
  if (t.kind !== 'num' || t.text.length !== 4 || !/^(?:19|20)\d\d$/.test(t.text)) return null;
  return Number(t.text);
}

/** What a value looks like: a percent, a number with a decimal part, or a whole number. */
export function valueKind(t: Token): ValueKind | null {
  if (t.kind !== 'num') return null;
  const s = t.text.replace(/\s/g, '');
  if (s.endsWith('%')) return 'pct';
  if (/^\d+$/.test(s) || /^\d{1,3}(?:\.\d{3})+$/.test(s) || /^\d{1,3}(?:,\d{3})+$/.test(s)) return 'int';
  return 'dec';
}

/** A word in title case ("Mật", "Số"), which can start a column head. */
export function isTitleCase(t: Token): boolean {
  return t.kind === 'word' && /^[\p{Lu}][\p{Ll}\p{M}]/u.test(t.text);
}

/** A word in capitals ("BTS", "ĐVT", "DN"). */
export function isCapitals(t: Token): boolean {
  return t.kind === 'word' && /^[\p{Lu}\d][\p{Lu}\d&/.-]*$/u.test(t.text) && /\p{Lu}/u.test(t.text);
}
