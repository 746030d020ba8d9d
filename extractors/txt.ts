// Plain-text reports (exports with light Markdown-like marks). The text is exactly the NFC of the
// decoded file: facts are grounded by offsets into it, so nothing is rewritten here; the marks
// (tab-separated table rows, footnote lines, bold headings) are described by blocks instead.
import { BaocaoError, warning } from '../src/errors.js';
import { computeLineStarts, lineOf, type Block, type TableCell, type TableRow, type TextDocument } from '../src/model.js';
import { cellKey, classifyHeading, isListItemStart, markTableHeaders, superscriptValue } from './common.js';
import { fixLegacyText, legacyWarning } from '../src/text/legacy-encoding.js';
import { isSyllableCached } from '../src/text/syllable.js';
import { withFlatTables } from './flat-tables.js';

/** Decodes txt bytes: UTF-8 (BOM optional), UTF-16 LE/BE with BOM. Refuses binary data. */
export function decodeTxt(bytes: Uint8Array, name: string): string {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeStrict('utf-16le', bytes.subarray(2), name);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = bytes.subarray(2);
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1];
      swapped[i + 1] = body[i];
    }
    text = decodeStrict('utf-16le', swapped, name);
  } else {
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hasBom ? bytes.subarray(3) : bytes;
    if (body.includes(0)) {
      throw new BaocaoError('TXT_BINARY', `${name} contains NUL bytes: it is binary data, not a text report.`, { path: name });
    }
    text = decodeStrict('utf-8', body, name);
  }
  rejectControlCharacters(text, name);
  return text;
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    throw new BaocaoError(
      'TXT_BINARY',
      `${name} is not valid ${encoding.toUpperCase()} text (binary data or a legacy 8-bit encoding); save it as UTF-8 and try again.`,
      { path: name, cause: e },
    );
  }
}

// C0 controls other than tab, newlines and form feed; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

function rejectControlCharacters(text: string, name: string): void {
  if (text.length === 0 || !CONTROL.test(text)) return;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || (c >= 0x80 && c < 0xa0)) control++;
  }
  if (text.includes('\u0000') || control / text.length > 0.05) {
    throw new BaocaoError('TXT_BINARY', `${name} is mostly control characters: it is binary data, not a text report.`, { path: name });
  }
}

interface Line {
  start: number;
  /** End of the line content (before \r\n). */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s/;
const isBlank = (l: Line) => l.text.trim() === '';
const isTableLine = (l: Line) => l.text.includes('\t');

/** Strips Markdown-like emphasis around a whole line: "**Tiêu đề**" → "Tiêu đề" (bold). Exported for tests. */
export function unwrapEmphasis(s: string): { inner: string; lead: number; trail: number; bold: boolean } {
  const lead = EMPHASIS_OPEN.exec(s)![0].length;
  // The longest closing part (a mark, then spaces) after the opening one: found from the end, since
  // a lazy middle in one regex would retry every offset of the line.
  let end = s.length;
  while (end > lead && /\s/.test(s[end - 1])) end--;
  let stars = 0;
  while (stars < 3 && end - stars > lead && s[end - stars - 1] === '*') stars++;
  const close = stars ? stars : ['</strong>', '</b>', '__'].find((c) => end - c.length >= lead && s.endsWith(c, end))?.length ?? 0;
  const trail = s.length - (end - close);
  const opening = s.slice(0, lead);
  const closing = s.slice(s.length - trail);
  const bold = /\*\*|__|<b>|<strong>/.test(opening) && /\*\*|__|<\/b>|<\/strong>/.test(closing);
  return { inner: s.slice(lead, s.length - trail), lead, trail, bold };
}
const EMPHASIS_OPEN = /^\s*(?:\*{1,3}|_{2}|<b>|<strong>)?/;

/** Trims whitespace and emphasis marks (`<i>…</i>`, `**…**`) around a cell so its span holds the value. */
function trimCell(text: string, start: number, end: number): TableCell {
  let changed = true;
  while (changed) {
    changed = false;
    while (start < end && /\s/.test(text[start])) start++, (changed = true);
    while (end > start && /\s/.test(text[end - 1])) end--, (changed = true);
    const inner = text.slice(start, end);
    for (const [open, close] of [['<i>', '</i>'], ['<b>', '</b>'], ['**', '**'], ['*', '*'], ['_', '_']]) {
      if (inner.length >= open.length + close.length && inner.startsWith(open) && inner.endsWith(close)) {
        start += open.length;
        end -= close.length;
        changed = true;
        break;
      }
    }
  }
  return { start, end };
}

function tableRow(text: string, line: Line): TableRow {
  const cells: TableCell[] = [];
  let cellStart = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === '\t') {
      cells.push(trimCell(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  return { start: line.start, end: line.end, cells };
}

/** Builds the block list of a txt report. Exported for tests. */
const NUMBERED_HEADING = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\p{Lu}/u;

export function txtBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  // Some exports put one paragraph on each line with no blank line between: there every line is a
  // block of its own (a sentence cut across lines is joined again downstream).
  const blank = lines.filter(isBlank).length;
  const linePerBlock = lines.length - blank >= 10 && blank < 0.2 * (lines.length - blank);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (isTableLine(line)) {
      i = readTable(text, lines, i, blocks);
      continue;
    }
    const fn = FOOTNOTE_LINE.exec(line.text);
    if (fn) {
      let end = line.end;
      i++;
      while (!linePerBlock && i < lines.length && !isBlank(lines[i]) && !isTableLine(lines[i]) && !FOOTNOTE_LINE.test(lines[i].text)) end = lines[i++].end;
      blocks.push({ kind: 'footnote', start: line.start, end, marker: fn[1], refs: [] });
      continue;
    }
    const em = unwrapEmphasis(line.text);
    const level = classifyHeading(em.inner, { bold: em.bold });
    if (level) {
      blocks.push({ kind: 'heading', level, start: line.start + em.lead, end: line.end - em.trail });
      i++;
      continue;
    }
    const kind = isListItemStart(line.text) ? 'list_item' : 'paragraph';
    let end = line.end;
    i++;
    // Following lines without a blank line between belong to the same block, unless they start another kind.
    while (!linePerBlock && i < lines.length) {
      const next = lines[i];
      if (isBlank(next) || isTableLine(next) || FOOTNOTE_LINE.test(next.text) || isListItemStart(next.text)) break;
      const nem = unwrapEmphasis(next.text);
      // A heading line ends a paragraph; it ends a list item too when it is numbered ("4. Văn bản
      // điện tử" after "- Cấp xã: …"), which a wrapped item's own words never are.
      if (classifyHeading(nem.inner, { bold: nem.bold }) && (kind === 'paragraph' || NUMBERED_HEADING.test(nem.inner))) break;
      end = next.end;
      i++;
    }
    blocks.push({ kind, start: line.start, end });
  }
  linkFootnoteRefs(text, blocks);
  return blocks;
}

/** Consecutive tab lines form a table; a later run that starts by repeating its header continues it. */
function readTable(text: string, lines: Line[], i: number, blocks: Block[]): number {
  const rows: TableRow[] = [];
  let headers = new Set<string>();
  let end = i;
  for (;;) {
    const part: TableRow[] = [];
    while (end < lines.length && isTableLine(lines[end])) part.push(tableRow(text, lines[end++]));
    headers = markTableHeaders(text, part, headers);
    rows.push(...part);
    // Look past blank lines: does the next run of tab lines repeat this table's header?
    let j = end;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j < lines.length && j > end && isTableLine(lines[j])) {
      const key = cellKey(text, tableRow(text, lines[j]));
      if (headers.has(key)) {
        end = j;
        continue;
      }
    }
    break;
  }
  blocks.push({ kind: 'table', start: rows[0].start, end: rows[rows.length - 1].end, rows });
  return end;
}

const CARET_REF = /\^\[(\d{1,3})\]/g;
// Tried only where a superscript digit stands: a look-behind tried at every offset is slow.
const SUPERSCRIPT_REF = /(?<=[\p{L}\p{N}.,;:)\]”"'’%])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\p{L}\p{N}])/uy;
const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

/** Footnote references in text order per pattern: `^[4]`, then superscript digits after a word. */
export function* footnoteRefs(text: string): Generator<RegExpExecArray> {
  CARET_REF.lastIndex = 0;
  for (let m = CARET_REF.exec(text); m; m = CARET_REF.exec(text)) yield m;
  let after = 0;
  SUPERSCRIPT_DIGIT.lastIndex = 0;
  for (let d = SUPERSCRIPT_DIGIT.exec(text); d; d = SUPERSCRIPT_DIGIT.exec(text)) {
    if (d.index < after) continue;
    SUPERSCRIPT_REF.lastIndex = d.index;
    const m = SUPERSCRIPT_REF.exec(text);
    if (!m) continue;
    after = m.index + m[0].length;
    yield m;
  }
}

/** Records where each footnote is referenced (`^[4]` or a superscript digit after a word). */
export function linkFootnoteRefs(text: string, blocks: Block[]): void {
  const footnotes = blocks.filter((b): b is Extract<Block, { kind: 'footnote' }> => b.kind === 'footnote');
  if (!footnotes.length) return;
  const inFootnoteMarker = (pos: number) => footnotes.some((f) => pos >= f.start && pos < f.start + f.marker.length);
  const refsByNumber = new Map<number, number[]>();
  for (const m of footnoteRefs(text)) {
    if (inFootnoteMarker(m.index)) continue;
    const n = superscriptValue(m[1]);
    const list = refsByNumber.get(n) ?? [];
    list.push(m.index);
    refsByNumber.set(n, list);
  }
  const seen = new Set<number>();
  for (const f of footnotes) {
    const n = superscriptValue(f.marker);
    if (seen.has(n)) continue; // a footnote continued after a page break keeps its refs on the first part
    seen.add(n);
    f.refs = (refsByNumber.get(n) ?? []).sort((a, b) => a - b);
  }
}

/** Decodes, and converts text typed in a legacy Vietnamese font encoding (TCVN3, VNI) to Unicode:
 *  such files are 8-bit (read as Windows-1252) or UTF-8 holding the legacy characters. A file that
 *  is not UTF-8 may also be in the Vietnamese Windows code page (1258), or UTF-8 with a few bad
 *  bytes (a file cut in the middle of a character): both are read, with a warning. */
function decodeWithLegacy(bytes: Uint8Array, name: string): { text: string; warnings: string[] } {
  let text: string;
  try {
    text = decodeTxt(bytes, name);
  } catch (e) {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (!(e instanceof BaocaoError) || e.code !== 'TXT_BINARY' || bytes.includes(0) || utf16) throw e;
    const fix = fixLegacyText(new TextDecoder('windows-1252').decode(bytes));
    if (fix.encoding) return { text: fix.text, warnings: [legacyWarning(fix.encoding)] };
    const decoded = decodeNotUtf8(bytes, name);
    if (!decoded) throw e;
    return decoded;
  }
  const fix = fixLegacyText(text);
  return fix.encoding ? { text: fix.text, warnings: [legacyWarning(fix.encoding)] } : { text, warnings: [] };
}

/** Share of a text's words with letters beyond ASCII that are Vietnamese syllables, and their count. */
function vietnameseWords(text: string): { words: number; share: number } {
  let words = 0;
  let syllables = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (/^[\x00-\x7f]*$/.test(m[0])) continue;
    words++;
    if (isSyllableCached(m[0].toLowerCase())) syllables++;
  }
  return { words, share: words ? syllables / words : 0 };
}

const BOM = '\ufeff';

/** A .txt that is not UTF-8: Windows-1258 when it reads as Vietnamese, else UTF-8 with a few bad
 *  bytes read as U+FFFD; null when it is neither (binary data, another code page). */
function decodeNotUtf8(bytes: Uint8Array, name: string): { text: string; warnings: string[] } | null {
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const vi = vietnameseWords(cp1258);
  if (vi.words > 0 && vi.share >= 0.8) {
    rejectControlCharacters(cp1258, name);
    return {
      text: cp1258,
      warnings: [warning('TXT_ENCODING', 'not UTF-8: read as Windows-1258, the Vietnamese Windows code page; save the file as UTF-8 to be sure of every letter.')],
    };
  }
  // UTF-8 with a few sequences that are not: each becomes U+FFFD (a report cut in the middle of a
  // character, a byte flipped on a disk). Many of them mean it is not UTF-8 at all.
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith(BOM)) text = text.slice(1);
  // A damaged place is a run of U+FFFD (a flipped lead byte leaves its continuation bytes behind too).
  const bad: number[] = [];
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) if (text[i - 1] !== '\ufffd') bad.push(i);
  const genuine = Buffer.from(bytes).toString('latin1').split('\xef\xbf\xbd').length - 1; // U+FFFD already in the file
  const n = bad.length - genuine;
  if (n > Math.max(1, Math.floor(bytes.length / 1000))) return null;
  rejectControlCharacters(text, name);
  const lineStarts = computeLineStarts(text);
  const lines = [...new Set(bad.map((i) => lineOf({ lineStarts }, i)))];
  const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ' …' : ''}`;
  return {
    text,
    warnings: [
      warning(
        'TXT_INVALID_BYTES',
        `bytes that are not UTF-8 in ${n === 1 ? 'one place' : `${n} places`} (${where}), read as the replacement character �; the file may be cut short or damaged, so check the figures there.`,
      ),
    ],
  };
}

export function extractTxt(bytes: Uint8Array, name: string): TextDocument {
  const decoded = decodeWithLegacy(bytes, name);
  const text = decoded.text.normalize('NFC');
  if (text.trim() === '') throw new BaocaoError('EMPTY_FILE', `${name} contains no text.`, { path: name });
  return { format: 'txt', text, lineStarts: computeLineStarts(text), pages: [], blocks: withFlatTables(text, txtBlocks(text)), warnings: decoded.warnings };
}
