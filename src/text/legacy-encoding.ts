// Legacy Vietnamese font encodings found in archived documents, read as Latin-1/cp1252 text:
//  - TCVN3 (ABC, .VnTime fonts): one byte per precomposed lowercase letter ("Bé Th«ng tin" = "Bộ Thông tin").
//    Capitals with a tone have no code of their own: they are the same bytes shown in a capitals-only
//    font (.VnTimeH), so case is recovered from the surrounding letters (all-caps words stay all caps).
//  - VNI (VNI-Times): base letter followed by mark bytes ("Boä Thoâng" = "Bộ Thông"); i-with-tone,
//    ỵ, đ, ơ, ư are single bytes. Capitals use capital mark bytes ("BOÄ").
// Extractors call fixLegacyText on the raw text before computing any offset (TCVN3 keeps the length;
// VNI shrinks it, and toSourceOffset maps back when a caller needs raw positions).
import { warning } from '../errors.js';
import { isSyllableCached as isSyllable } from './syllable.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---------------------------------------------------------------- TCVN3 table

// Lowercase (and the seven capitals the main font has), in TCVN3 byte order per vowel:
// huyền, hỏi, ngã, sắc, nặng.
const TCVN3_PAIRS: Array<[number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];
const TCVN3_TO_UNI = new Map<string, string>(TCVN3_PAIRS.map(([b, u]) => [String.fromCharCode(b), u]));
const UNI_TO_TCVN3 = new Map<string, string>(TCVN3_PAIRS.map(([b, u]) => [u, String.fromCharCode(b)]));
const TCVN3_CAPITALS = new Set(TCVN3_PAIRS.filter(([b]) => b <= 0xa7).map(([b]) => String.fromCharCode(b)));

// ---------------------------------------------------------------- VNI table

const TONE_MARK = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // by tone number (1 huyền … 5 nặng)
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';

// Mark bytes: [lowercase, uppercase] → tone number.
const VNI_TONE = new Map<string, number>([['ø', 1], ['ù', 2], ['û', 3], ['õ', 4], ['ï', 5], ['Ø', 1], ['Ù', 2], ['Û', 3], ['Õ', 4], ['Ï', 5]]);
const VNI_CIRCUMFLEX = new Map<string, number>([['â', 0], ['à', 1], ['á', 2], ['å', 3], ['ã', 4], ['ä', 5], ['Â', 0], ['À', 1], ['Á', 2], ['Å', 3], ['Ã', 4], ['Ä', 5]]);
const VNI_BREVE = new Map<string, number>([['ê', 0], ['è', 1], ['é', 2], ['ú', 3], ['ü', 4], ['ë', 5], ['Ê', 0], ['È', 1], ['É', 2], ['Ú', 3], ['Ü', 4], ['Ë', 5]]);
// Letters VNI writes as one byte.
const VNI_SINGLE = new Map<string, string>([
  ['ì', 'ì'], ['í', 'í'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'], ['ñ', 'đ'], ['ô', 'ơ'], ['ö', 'ư'],
  ['Ì', 'Ì'], ['Í', 'Í'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'], ['Î', 'Ỵ'], ['Ñ', 'Đ'], ['Ô', 'Ơ'], ['Ö', 'Ư'],
]);
// Which marks a base takes: a → circumflex/breve/tone; e, o → circumflex/tone; u, y, ơ, ư → tone.
const VNI_BASE: Record<string, { letter: string; quality: string; circ: boolean; breve: boolean }> = {
  a: { letter: 'a', quality: '', circ: true, breve: true },
  e: { letter: 'e', quality: '', circ: true, breve: false },
  o: { letter: 'o', quality: '', circ: true, breve: false },
  u: { letter: 'u', quality: '', circ: false, breve: false },
  y: { letter: 'y', quality: '', circ: false, breve: false },
  'ô': { letter: 'o', quality: HORN, circ: false, breve: false },
  'ö': { letter: 'u', quality: HORN, circ: false, breve: false },
};

function compose(letter: string, quality: string, tone: number, upper: boolean): string {
  const s = (letter + quality + TONE_MARK[tone]).normalize('NFC');
  return upper ? s.toUpperCase() : s;
}

// ---------------------------------------------------------------- conversion

/** Maps converted-text offsets back to the text that was converted (only needed when lengths differ). */
export type OffsetMap = (offset: number) => number;

interface Converted {
  text: string;
  /** Output offsets where the output got shorter than the input, with the running shrink after them. */
  shrinkAt: number[];
  shrinkBy: number[];
}

/** Builds a converted text piece by piece, keeping the shrink map of the whole. */
class ConvertedBuilder implements Converted {
  text = '';
  shrinkAt: number[] = [];
  shrinkBy: number[] = [];
  private shrink = 0;

  /** Appends input that stays as it is. */
  keep(s: string): void {
    this.text += s;
  }

  /** Appends the conversion of `source`. */
  add(source: string, conv: Converted): void {
    const base = this.text.length;
    for (let k = 0; k < conv.shrinkAt.length; k++) {
      this.shrinkAt.push(base + conv.shrinkAt[k]);
      this.shrinkBy.push(this.shrink + conv.shrinkBy[k]);
    }
    this.shrink += source.length - conv.text.length;
    this.text += conv.text;
  }
}

function convertTcvn3(text: string): Converted {
  // Pass 1: words and their case (all caps / has lowercase / undecided), to put capitals back.
  const tokenRe = /[A-Za-z\u00A1-\u00FF]+/g;
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = []; // 0 undecided, 1 lower, 2 caps
  const hasLegacy: boolean[] = [];
  const lineNo: number[] = [];
  let line = 0;
  let scanned = 0;
  for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
    for (; scanned < m.index; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    lineNo.push(line);
    let upper = 0;
    let lower = 0;
    let legacy = false;
    for (const ch of m[0]) {
      if (ch >= 'A' && ch <= 'Z') upper++;
      else if (ch >= 'a' && ch <= 'z') lower++;
      else if (TCVN3_CAPITALS.has(ch)) {
        upper++;
        legacy = true;
      } else if (TCVN3_TO_UNI.has(ch)) legacy = true;
    }
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    kinds.push(lower > 0 ? 1 : upper >= 2 ? 2 : 0);
    hasLegacy.push(legacy);
  }
  const sameLine = (a: number, b: number): boolean => lineNo[a] === lineNo[b];
  // What a neighbour says about case: any word with lowercase says "lower"; only all-caps words that
  // are Vietnamese syllables say "caps" (acronyms such as UBND, HĐND sit in ordinary sentences).
  const says = (i: number): number => {
    if (kinds[i] !== 2) return kinds[i];
    if (!hasLegacy[i]) return 0;
    let word = '';
    for (let j = starts[i]; j < ends[i]; j++) word += TCVN3_TO_UNI.get(text[j]) ?? text[j];
    return isSyllable(word) ? 2 : 0;
  };
  // Nearest informative neighbour on the same line, each way (linear: two sweeps).
  const n = starts.length;
  const prevKind = new Array<number>(n).fill(0);
  const nextKind = new Array<number>(n).fill(0);
  for (let i = 1; i < n; i++) {
    if (!sameLine(i - 1, i)) continue;
    prevKind[i] = says(i - 1) !== 0 ? says(i - 1) : prevKind[i - 1];
  }
  for (let i = n - 2; i >= 0; i--) {
    if (!sameLine(i, i + 1)) continue;
    nextKind[i] = says(i + 1) !== 0 ? says(i + 1) : nextKind[i + 1];
  }
  let out = '';
  let pos = 0;
  for (let i = 0; i < n; i++) {
    if (!hasLegacy[i]) continue;
    // An undecided word ("Së", "®·") is caps only when no informative neighbour says lower.
    const p = prevKind[i];
    const q = nextKind[i];
    const caps = kinds[i] === 2 || (kinds[i] === 0 && (p === 2 || q === 2) && p !== 1 && q !== 1);
    out += text.slice(pos, starts[i]);
    for (let j = starts[i]; j < ends[i]; j++) {
      const ch = text[j];
      const u = TCVN3_TO_UNI.get(ch);
      out += u === undefined ? ch : caps ? u.toUpperCase() : u;
    }
    pos = ends[i];
  }
  out += text.slice(pos);
  return { text: out, shrinkAt: [], shrinkBy: [] };
}

function convertVni(text: string): Converted {
  let out = '';
  const shrinkAt: number[] = [];
  const shrinkBy: number[] = [];
  let shrink = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    const lowerCh = ch.toLowerCase();
    const base = VNI_BASE[lowerCh];
    // ô/ö are bases (ơ/ư) but only when they are VNI bytes, i.e. any char in the Latin-1 range.
    if (base && (ch.charCodeAt(0) < 0x80 || ch === 'ô' || ch === 'ö' || ch === 'Ô' || ch === 'Ö')) {
      const upper = ch !== lowerCh;
      const next = i + 1 < n ? text[i + 1] : '';
      let tone = -1;
      let quality = base.quality;
      if (next) {
        if (VNI_TONE.has(next)) tone = VNI_TONE.get(next)!;
        else if (base.circ && VNI_CIRCUMFLEX.has(next)) {
          tone = VNI_CIRCUMFLEX.get(next)!;
          quality = CIRCUMFLEX;
        } else if (base.breve && VNI_BREVE.has(next)) {
          tone = VNI_BREVE.get(next)!;
          quality = BREVE;
        }
      }
      if (tone >= 0) {
        out += compose(base.letter, quality, tone, upper);
        i += 2;
        shrink++;
        shrinkAt.push(out.length);
        shrinkBy.push(shrink);
        continue;
      }
      out += quality ? compose(base.letter, quality, 0, upper) : ch;
      i++;
      continue;
    }
    const single = VNI_SINGLE.get(ch);
    out += single ?? ch;
    i++;
  }
  return { text: out, shrinkAt, shrinkBy };
}

function convertWithMap(text: string, encoding: LegacyEncoding): Converted {
  return encoding === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
}

/** Converts text written in a legacy encoding (as read through Latin-1/cp1252) to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return convertWithMap(text, encoding).text;
}

// ---------------------------------------------------------------- the inverse (tests, fixtures)

/** Writes Unicode Vietnamese in a legacy encoding, as it would be read through Latin-1. TCVN3 capitals
 *  with a tone come out as the lowercase byte (the capitals font draws them), so their case is only
 *  recoverable from all-caps words. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (encoding === 'tcvn3') {
      const direct = UNI_TO_TCVN3.get(ch) ?? UNI_TO_TCVN3.get(ch.toLowerCase());
      out += direct ?? ch;
      continue;
    }
    out += encodeVniChar(ch);
  }
  return out;
}

const TONE_BY_MARK = new Map<string, number>(TONE_MARK.map((m, i) => [m, i] as [string, number]).filter(([m]) => m !== ''));

function encodeVniChar(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch !== lower;
  const up = (s: string): string => (upper ? s.toUpperCase() : s);
  if (lower === 'đ') return up('ñ');
  const d = lower.normalize('NFD');
  const letter = d[0];
  if (!'aeiouy'.includes(letter) || d.length === 1) return ch;
  let tone = 0;
  let quality = '';
  for (const m of d.slice(1)) {
    const t = TONE_BY_MARK.get(m);
    if (t !== undefined) tone = t;
    else quality = m;
  }
  const toneMark = (t: number): string => ['', 'ø', 'ù', 'û', 'õ', 'ï'][t];
  if (letter === 'i') return up(['i', 'ì', 'í', 'æ', 'ó', 'ò'][tone]);
  if (letter === 'y' && tone === 5) return up('î');
  if (quality === HORN) return up((letter === 'o' ? 'ô' : 'ö') + toneMark(tone));
  if (quality === CIRCUMFLEX) return up(letter + ['â', 'à', 'á', 'å', 'ã', 'ä'][tone]);
  if (quality === BREVE) return up(letter + ['ê', 'è', 'é', 'ú', 'ü', 'ë'][tone]);
  if (quality === '') return up(letter + toneMark(tone));
  return ch;
}

// ---------------------------------------------------------------- detection

// Latin-1 letters that genuine Unicode Vietnamese uses; every other char from U+00A1 to U+00FF inside a
// word is a sign of a legacy encoding (or of another language).
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
// Vietnamese letters outside Latin-1: proof that (that part of) the text is already Unicode.
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
const HIGH = /[\u00A1-\u00FF]/;
const WORD = /[A-Za-z\u00A1-\u00FF\u0100-\u024F\u1EA0-\u1EF9]+/g;

export interface LegacyEvidence {
  /** Words holding a char from U+00A1–U+00FF. */
  words: number;
  /** Of those, how many are Vietnamese syllables as they stand, and after each conversion. */
  asIs: number;
  tcvn3: number;
  vni: number;
  /** Words each conversion turns from non-syllable into a syllable, and the other way round. */
  fixedBy: Record<LegacyEncoding, number>;
  brokenBy: Record<LegacyEncoding, number>;
  /** Chars inside words that Unicode Vietnamese never uses (µ « ¸ ø ï ñ …). */
  legacyOnly: number;
  /** Words with Vietnamese letters outside Latin-1 (ư, ơ, đ, ạ …). */
  unicodeWords: number;
}

function wordEvidence(word: string, ev: LegacyEvidence): void {
  if (UNICODE_ONLY.test(word)) {
    ev.unicodeWords++;
    return;
  }
  if (!HIGH.test(word)) return;
  let letters = 0;
  let odd = 0;
  for (const ch of word) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) letters++;
    else if (ch >= '\u00A1' && ch <= '\u00FF' && !VIETNAMESE_LATIN1.has(ch)) odd++;
  }
  // A lone sign ("«", "®", "°") says nothing; a legacy word has a letter or two legacy bytes ("®·" = đã).
  if (letters === 0 && word.length < 2) return;
  ev.words++;
  if (letters > 0) ev.legacyOnly += odd;
  const asIs = isSyllable(word);
  if (asIs) ev.asIs++;
  for (const enc of ['tcvn3', 'vni'] as const) {
    const ok = isSyllable(convertWithMap(word, enc).text);
    if (ok) ev[enc]++;
    if (ok && !asIs) ev.fixedBy[enc]++;
    if (!ok && asIs) ev.brokenBy[enc]++;
  }
}

/** Counts the evidence in (at most the first `maxWords` suspicious words of) a text. */
export function legacyEvidence(text: string, maxWords = 20000): LegacyEvidence {
  const ev: LegacyEvidence = {
    words: 0,
    asIs: 0,
    tcvn3: 0,
    vni: 0,
    fixedBy: { tcvn3: 0, vni: 0 },
    brokenBy: { tcvn3: 0, vni: 0 },
    legacyOnly: 0,
    unicodeWords: 0,
  };
  if (!HIGH.test(text)) return ev;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && ev.words < maxWords; m = WORD.exec(text)) wordEvidence(m[0], ev);
  return ev;
}

// A legacy document (or the legacy part of a mixed one) has many words that only read as Vietnamese
// once converted; Unicode Vietnamese and other languages have next to none.
function decide(ev: LegacyEvidence): LegacyEncoding | null {
  if (ev.legacyOnly < 2 || ev.words < 3) return null;
  const best: LegacyEncoding = ev.fixedBy.vni > ev.fixedBy.tcvn3 ? 'vni' : 'tcvn3';
  const fixed = ev.fixedBy[best];
  if (fixed < 3 || fixed < 0.3 * ev.words || fixed <= ev.brokenBy[best]) return null;
  return best;
}

/** Which legacy encoding a text is in, judged by how many words become Vietnamese syllables once
 *  converted (and stay invalid as they are); null for Unicode Vietnamese, English, ASCII. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  return hasLegacyChars(text) ? decide(legacyEvidence(text)) : null;
}

/** Legacy text is full of chars Unicode Vietnamese never uses (µ « ¸ ø …: most of its words have
 *  one); a linear count rules out the usual Unicode report, whose few are footnote marks or signs,
 *  before any word is weighed. */
function hasLegacyChars(text: string): boolean {
  if (!ODD_LATIN1_RE.test(text)) return false; // the usual Unicode report: one native scan
  const needed = Math.max(2, Math.floor(text.length / 1000));
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xff && ODD_LATIN1[c] === 1 && ++odd >= needed) return true;
  }
  return false;
}

/** 1 for the Latin-1 chars (0xA1–0xFF) Unicode Vietnamese does not use. */
const ODD_LATIN1 = new Uint8Array(256);
for (let c = 0xa1; c <= 0xff; c++) ODD_LATIN1[c] = VIETNAMESE_LATIN1.has(String.fromCharCode(c)) ? 0 : 1;
const ODD_LATIN1_RE = new RegExp(
  `[${[...ODD_LATIN1.keys()].filter((c) => ODD_LATIN1[c] === 1).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
);

// ---------------------------------------------------------------- the extractor entry point

export interface LegacyFix {
  text: string;
  encoding: LegacyEncoding | null;
  /** For TextDocument.warnings when something was converted. */
  warning?: string;
  /** Present only when conversion changed the length (VNI): converted offset → offset in the input. */
  toSourceOffset?: OffsetMap;
}

const LABEL: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/** The warning of a report converted from a legacy encoding (TextDocument.warnings), with its code. */
export const legacyWarning = (encoding: LegacyEncoding): string => warning('LEGACY_ENCODING', `Legacy ${LABEL[encoding]} font encoding converted to Unicode.`);

/** Converts one line of a legacy document. Lines that already hold Unicode Vietnamese (a document
 *  mixing fonts) convert word by word, and only words that read better converted. */
function convertLine(line: string, encoding: LegacyEncoding, mixedDocument: boolean): Converted {
  const unchanged = { text: line, shrinkAt: [], shrinkBy: [] };
  if (!HIGH.test(line)) return unchanged;
  const ev = legacyEvidence(line);
  if (ev.unicodeWords === 0) {
    const fixed = ev.fixedBy[encoding];
    const broken = ev.brokenBy[encoding];
    // In a document that mixes Unicode and legacy fonts, a line converts only on positive evidence
    // ("Không" alone must not become "Khụng"); in an all-legacy one, unless it reads worse converted.
    const convert = mixedDocument ? fixed > broken || (ev.legacyOnly > 0 && fixed >= broken) : ev[encoding] >= ev.asIs;
    return convert ? convertWithMap(line, encoding) : unchanged;
  }
  const out = new ConvertedBuilder();
  let pos = 0;
  const re = new RegExp(WORD.source, 'g');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const word = m[0];
    if (UNICODE_ONLY.test(word) || !HIGH.test(word)) continue;
    const wordEv = legacyEvidence(word);
    if (!(wordEv.legacyOnly > 0 || (wordEv[encoding] > 0 && wordEv.asIs === 0))) continue;
    out.keep(line.slice(pos, m.index));
    out.add(word, convertWithMap(word, encoding));
    pos = m.index + word.length;
  }
  out.keep(line.slice(pos));
  return out;
}

/** Detects a legacy encoding and converts the text to Unicode NFC; text in no legacy encoding comes
 *  back unchanged (same string). */
export function fixLegacyText(text: string): LegacyFix {
  if (!hasLegacyChars(text)) return { text, encoding: null };
  const ev = legacyEvidence(text);
  const encoding = decide(ev);
  if (!encoding) return { text, encoding: null };
  const mixedDocument = ev.unicodeWords > 0.05 * (ev.words + ev.unicodeWords);
  const out = new ConvertedBuilder();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    out.add(line, convertLine(line, encoding, mixedDocument));
    if (end < text.length) out.keep('\n');
    start = end + 1;
  }
  const { shrinkAt, shrinkBy } = out;
  const result: LegacyFix = {
    text: out.text,
    encoding,
    warning: `Legacy ${LABEL[encoding]} font encoding converted to Unicode`,
  };
  if (shrinkAt.length > 0) result.toSourceOffset = offsetMap(shrinkAt, shrinkBy);
  return result;
}

function offsetMap(at: number[], by: number[]): OffsetMap {
  return (offset: number): number => {
    let lo = 0;
    let hi = at.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return offset + (k >= 0 ? by[k] : 0);
  };
}
