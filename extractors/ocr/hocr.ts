// Reads hOCR, the HTML both OCR engines write (tesseract.js and the tesseract program), into
// lines of words with their boxes and confidences in image pixels. One parser for both engines.
import type { Box } from '../../src/model.js';

export interface RecognizedWord {
  text: string;
  /** 0–100. */
  confidence: number;
  box: Box;
}

export interface RecognizedLine {
  box: Box;
  /** The baseline: its slope (dy/dx, image pixels, y downwards) and its height above the bottom of
   *  the line's box at the box's left edge (negative: descenders reach below it). */
  slope: number;
  offset: number;
  /** Height of the line's letters with ascenders (hOCR x_size), in pixels. */
  size: number;
  words: RecognizedWord[];
}

/** One page as an engine read it, in pixels of the image it was given. */
export interface RecognizedPage {
  width: number;
  height: number;
  lines: RecognizedLine[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

function titleBox(title: string): Box | null {
  const m = /\bbbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)/.exec(title);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : null;
}

function titleNumber(title: string, key: string): number | undefined {
  const m = new RegExp(`\\b${key} (-?[\\d.]+)`).exec(title);
  return m ? Number(m[1]) : undefined;
}

const LINE_CLASSES = new Set(['ocr_line', 'ocr_caption', 'ocr_textfloat', 'ocr_header']);

/** Lines (ocr_line and its kin) with their words (ocrx_word), in the order the engine wrote them. */
export function parseHocr(hocr: string): RecognizedPage {
  const page = /class=['"]ocr_page['"][^>]*?title=(?:'([^']*)'|"([^"]*)")/.exec(hocr);
  const pageBox = page ? titleBox(page[1] ?? page[2]) : null;
  const lines: RecognizedLine[] = [];
  let line: RecognizedLine | null = null;
  // Every element with an hOCR class, in document order; a word's text runs to its closing </span>.
  const tag = /<(\w+)\s+class=['"](ocr\w*)['"][^>]*?title=(?:'([^']*)'|"([^"]*)")[^>]*>/g;
  for (let m = tag.exec(hocr); m; m = tag.exec(hocr)) {
    const cls = m[2];
    const title = m[3] ?? m[4];
    const box = titleBox(title);
    if (!box) continue;
    if (LINE_CLASSES.has(cls)) {
      const baseline = /\bbaseline (-?[\d.]+) (-?[\d.]+)/.exec(title);
      line = { box, slope: baseline ? Number(baseline[1]) : 0, offset: baseline ? Number(baseline[2]) : 0, size: titleNumber(title, 'x_size') ?? box[3] - box[1], words: [] };
      lines.push(line);
    } else if (cls === 'ocrx_word' && line) {
      const end = hocr.indexOf('</span>', tag.lastIndex);
      const inner = hocr.slice(tag.lastIndex, end < 0 ? undefined : end);
      const text = decodeEntities(inner.replace(/<[^>]*>/g, '')).normalize('NFC').trim();
      if (text) line.words.push({ text, confidence: titleNumber(title, 'x_wconf') ?? 0, box });
    }
  }
  return { width: pageBox ? pageBox[2] : 0, height: pageBox ? pageBox[3] : 0, lines: lines.filter((l) => l.words.length) };
}
