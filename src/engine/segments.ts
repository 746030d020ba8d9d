// Logical paragraphs and sentences. Reports break sentences at page breaks and put footnote
// text in between; a logical paragraph joins such pieces again, keeping a map back to the
// document offsets so every quote stays verbatim.
import type { Block, Span, TextDocument } from '../model.js';
import { ABBREV, HEADINGLIKE } from '../../rules/sentence-words.js';

/** One verbatim piece of the document inside a joined view. */
export interface Piece {
  /** Offset of the piece in the joined view. */
  at: number;
  /** Its span in the document text. */
  start: number;
  end: number;
}

/** A stretch of prose as one string, with the pieces of document text it is made of. */
export interface JoinedText {
  text: string;
  pieces: Piece[];
}

export interface Sentence {
  /** The sentence within its paragraph's joined view. */
  start: number;
  end: number;
  para: JoinedText;
}

/** Ends a sentence. */
const ENDS_SENTENCE = /[.!?…]["”’)\]]*\s*$/u;
/** Ends a clause: what follows goes on only if it starts in lower case or with a figure. */
const CLAUSE_END = /[:;,)\]”"]\s*$/u;
const LIST_MARK = /^[\s*]*[-+•–]\s/u;
/** Trailing marks that do not end a sentence: footnote refs (^[4]), bold marks, superscript digits, tags. */
const STARTS_LOWER = /^[\s*]*[a-zà-ỹđ0-9(]/u;

const SUPERSCRIPT_DIGITS = '¹²³⁴⁵⁶⁷⁸⁹⁰';
const isSpace = (c: string) => /\s/.test(c);

/** `s` without its trailing marks (what /(\^\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|<\/?[a-z]+>|\s)+$/u would remove),
 *  read backwards from the end: that regex retries every offset of a whole paragraph. Each mark is
 *  recognized by its last char, so the walk is unambiguous. Exported for tests. */
export function withoutTrailingMarks(s: string): string {
  let end = s.length;
  for (;;) {
    const c = s[end - 1];
    if (end === 0) break;
    if (isSpace(c) || c === '*' || SUPERSCRIPT_DIGITS.includes(c)) {
      end--;
      continue;
    }
    if (c === ']') {
      // ^[12]
      let k = end - 2;
      while (k >= 0 && s[k] >= '0' && s[k] <= '9') k--;
      if (k < end - 2 && k >= 1 && s[k] === '[' && s[k - 1] === '^') {
        end = k - 1;
        continue;
      }
      break;
    }
    if (c === '>') {
      // <b>, </i>
      let k = end - 2;
      while (k >= 0 && s[k] >= 'a' && s[k] <= 'z') k--;
      if (k < end - 2 && k >= 0) {
        if (s[k] === '/' && k >= 1 && s[k - 1] === '<') {
          end = k - 1;
          continue;
        }
        if (s[k] === '<') {
          end = k;
          continue;
        }
      }
      break;
    }
    break;
  }
  return s.slice(0, end);
}

/**
 * Whether `next` goes on with the sentence `prev` left open. A page break or a PDF line can cut a
 * sentence anywhere ("… cấp tỉnh 770" | "DVCTT (331 DVCTT toàn trình …"), so a piece that stops
 * without punctuation continues into anything but a heading or a list item.
 */
function continues(prev: string, next: string): boolean {
  const t = withoutTrailingMarks(prev);
  if (!t || ENDS_SENTENCE.test(t) || HEADINGLIKE.test(next) || LIST_MARK.test(next)) return false;
  return STARTS_LOWER.test(next) || !CLAUSE_END.test(t);
}

/** A short line set apart by a blank line, stopping without punctuation, over a line that starts
 *  a sentence: a caption or a subheading ("Người dân làm thủ tục tại bộ phận một cửa cấp xã"), not
 *  the first half of a sentence (a page break cuts a paragraph, not a line of its own). */
function standsAlone(text: string, cur: JoinedText, nextStart: number, next: string): boolean {
  if (cur.pieces.length !== 1 || cur.text.length > SHORT_LINE || STARTS_LOWER.test(next)) return false;
  return /\n[ \t]*\n/u.test(text.slice(cur.pieces[0].end, nextStart));
}
const SHORT_LINE = 160;

/** Lines of one block that are list items ("…:\n- Cấp tỉnh: …;\n- Cấp huyện: …") are items of their own. */
function splitListLines(doc: TextDocument, spans: { span: Span; kind: Block['kind'] }[]): { span: Span; kind: Block['kind'] }[] {
  const out: { span: Span; kind: Block['kind'] }[] = [];
  for (const s of spans) {
    const text = doc.text.slice(s.span.start, s.span.end);
    if (s.kind === 'heading' || s.kind === 'footnote' || !/\n[ \t]*[-+•–*][ \t]/u.test(text)) {
      out.push(s);
      continue;
    }
    let start = s.span.start;
    let kind = s.kind;
    for (const m of text.matchAll(/\n(?=[ \t]*[-+•–*][ \t])/gu)) {
      const at = s.span.start + (m.index ?? 0);
      out.push({ span: { start, end: at }, kind });
      start = at + 1;
      kind = 'list_item';
    }
    out.push({ span: { start, end: s.span.end }, kind });
  }
  return out;
}

/** Prose blocks (paragraphs and list items) in reading order, or blank-line chunks when a model has no blocks. */
function proseSpans(doc: TextDocument): { span: Span; kind: Block['kind'] }[] {
  if (doc.blocks.length) {
    return doc.blocks
      .filter((b) => b.kind === 'paragraph' || b.kind === 'list_item' || b.kind === 'heading' || b.kind === 'footnote')
      .map((b) => ({ span: { start: b.start, end: b.end }, kind: b.kind }));
  }
  const out: { span: Span; kind: Block['kind'] }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m; (m = re.exec(doc.text)); ) {
    if (!m[0].includes('\t')) out.push({ span: { start: m.index, end: m.index + m[0].length }, kind: 'paragraph' });
  }
  return out;
}

/**
 * Joins paragraphs that the source broke mid-sentence (a page break, a footnote in between, a PDF
 * line taken for a paragraph). Footnotes and headings are never joined into prose.
 */
export function logicalParagraphs(doc: TextDocument): JoinedText[] {
  const spans = splitListLines(doc, proseSpans(doc));
  const out: JoinedText[] = [];
  let cur: JoinedText | null = null;
  let curIsHeading = false;
  // A line that names what a list is about and ends with a colon, without figures of its own ("Tỷ
  // lệ văn bản đi được ký số:" over "- Cấp tỉnh: 99,2%;"): each item is read with it before it. The
  // line is a piece of the item's paragraph, so quotes still point into the text (and stay in the item).
  let lead: Piece | null = null;
  // The line right under a heading ("BÁO CÁO" / "Kết quả 6 tháng đầu năm 2024") is a title: it
  // stops without punctuation but does not run into the text below it.
  let curIsTitle = false;
  for (const { span, kind } of spans) {
    const raw = doc.text.slice(span.start, span.end);
    // Footnote text sits between the halves of a sentence cut by a page break: step over it.
    if (kind === 'footnote') continue;
    const trimmedStart = span.start + (raw.length - raw.trimStart().length);
    const trimmedEnd = span.end - (raw.length - raw.trimEnd().length);
    if (trimmedEnd <= trimmedStart) continue;
    const body = doc.text.slice(trimmedStart, trimmedEnd);
    const isItem = kind === 'list_item' || LIST_MARK.test(body);
    if (lead && isItem) {
      const head = doc.text.slice(lead.start, lead.end);
      cur = { text: `${head} ${body}`, pieces: [{ at: 0, start: lead.start, end: lead.end }, { at: head.length + 1, start: trimmedStart, end: trimmedEnd }] };
      curIsHeading = false;
      curIsTitle = false;
      out.push(cur);
      continue;
    }
    lead = !isItem && /:\s*$/u.test(body) && !/\d/.test(body) && body.length <= 200 ? { at: 0, start: trimmedStart, end: trimmedEnd } : null;
    // A heading ends where it ends: "BÁO CÁO" does not run into the title or the text below it.
    const joinable = cur !== null && kind !== 'heading' && !curIsHeading && !curIsTitle && continues(cur.text, body) && !standsAlone(doc.text, cur, trimmedStart, body);
    if (joinable && cur) {
      cur.text += ' ';
      cur.pieces.push({ at: cur.text.length, start: trimmedStart, end: trimmedEnd });
      cur.text += body;
    } else {
      curIsTitle = curIsHeading && kind !== 'heading' && body.length <= 200 && !body.includes('\n');
      cur = { text: body, pieces: [{ at: 0, start: trimmedStart, end: trimmedEnd }] };
      curIsHeading = kind === 'heading';
      out.push(cur);
    }
  }
  return out;
}

/** The piece holding a joined-view offset. */
export function pieceAt(j: JoinedText, at: number): Piece {
  for (const p of j.pieces) if (at < p.at + (p.end - p.start)) return p;
  return j.pieces[j.pieces.length - 1];
}

/** A joined-view span as a document span, clipped to the piece that holds `anchor` (quotes never cross a page break). */
export function clipToDoc(j: JoinedText, span: Span, anchor: number): Span {
  const p = pieceAt(j, anchor);
  const pEnd = p.at + (p.end - p.start);
  const s = Math.max(span.start, p.at);
  const e = Math.min(span.end, pEnd);
  return { start: p.start + (s - p.at), end: p.start + (e - p.at) };
}

/** The joined-view offset of a document offset, or -1 when it is not in this paragraph. */
export function fromDoc(j: JoinedText, offset: number): number {
  for (const p of j.pieces) if (offset >= p.start && offset <= p.end) return p.at + (offset - p.start);
  return -1;
}

// A sentence ends at . ! ? followed by space and an upper-case letter (or the end). Abbreviations
// such as "TP." or "Th.S." are kept inside.
const SENTENCE_END = /([.!?…])(?:\s*\^\[\d+\])?(\s+)(?=[*"“(]*[A-ZÀ-ỸĐ0-9])/gu;

export function sentences(j: JoinedText): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let m; (m = SENTENCE_END.exec(j.text)); ) {
    const endOfMark = m.index + 1;
    const before = j.text.slice(Math.max(0, m.index - 6), m.index);
    if (m[1] === '.' && ABBREV.test(before)) continue;
    // "1.2. Công tác": a section number is not a sentence end.
    if (m[1] === '.' && /(?:^|\s)\d+(?:\.\d+)*$/.test(before) && /^\d/.test(j.text.slice(m.index + m[0].length))) continue;
    out.push({ start, end: endOfMark, para: j });
    start = m.index + m[0].length;
  }
  SENTENCE_END.lastIndex = 0;
  if (start < j.text.length) out.push({ start, end: j.text.length, para: j });
  return splitGlued(out, j);
}

/** "… thủ tục hành chính.Hiện tỉnh đang …": a period glued to the next sentence's capital, after a
 *  lower-case word (not "TP.HCM", "Th.S"), ends a sentence too; and so do a line break before a
 *  list mark, and one after . ; : before a capital (lines of one block: a DOCX soft break, a PDF
 *  block). */
const GLUED_END = /(?<=[a-zà-ỹđ]{2})[.!?](?=[A-ZÀ-ỸĐ][a-zà-ỹđ])|\n(?=[ \t]*[-+•–*][ \t])|(?<=[.;:!?])[ \t]*\n(?=[ \t]*[A-ZÀ-ỸĐ])/gu;
const MAY_BE_GLUED = /\n|[.!?][A-ZÀ-ỸĐ]/u;
function splitGlued(sentences: Sentence[], j: JoinedText): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    GLUED_END.lastIndex = 0;
    const body = j.text.slice(s.start, s.end);
    // (Most sentences hold no line break and no mark glued to a capital: nothing to look for.)
    if (!MAY_BE_GLUED.test(body)) {
      out.push(s);
      continue;
    }
    for (let m = GLUED_END.exec(body); m; m = GLUED_END.exec(body)) {
      const cut = s.start + m.index + (m[0][0] === '\n' || m[0][0] === ' ' || m[0][0] === '\t' ? 0 : 1);
      if (cut > start) out.push({ start, end: cut, para: j });
      start = s.start + m.index + m[0].length;
    }
    out.push({ start, end: s.end, para: j });
  }
  return out.filter((s) => j.text.slice(s.start, s.end).trim().length > 0);
}
