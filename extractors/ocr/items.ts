// What an engine read on a page, turned into the positioned text items of a PDF text layer, so
// the same layout analysis (pdf-layout.ts) finds its lines, paragraphs, headings and tables. The
// page is straightened first (a scan is seldom square), a line is cut where a wide gap shows a
// table's next column, and every word keeps its place on the page image and its confidence.
import type { Box } from '../../src/model.js';
import type { PdfItem } from '../pdf-layout.js';
import type { RecognizedLine, RecognizedPage } from './hocr.js';
import { repairDigits } from './repair.js';

export interface PlacedWord {
  text: string;
  confidence: number;
  box: Box;
  /** Index of its line in the page's `lines`. */
  line: number;
}

export interface PlacedLine {
  confidence: number;
  box: Box;
}

export interface PageItems {
  items: PdfItem[];
  lines: PlacedLine[];
  /** Indexed by the items' marks (word numbers start at `firstWord`). */
  words: PlacedWord[];
  /** Page size in points, as the layout sees it (the image's, upright). */
  width: number;
  height: number;
}

/** A gap this many line heights wide inside a line separates two table cells. */
const CELL_GAP = 1.5;
/** Lines whose letter height is within this share of the page's usual height are body text: the
 *  engine's height of a line varies by a third from line to line of one paragraph (digits and
 *  brackets at its start make it taller), so only a clearly larger or smaller line keeps its own. */
const SAME_SIZE = 0.35;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/**
 * Items of one page read by OCR. `firstWord` numbers the page's words after those of earlier pages
 * (marks refer to the document's list of words).
 */
export function pageItems(page: RecognizedPage, dpi: number, firstWord: number, rules: [number, number, number][] = []): PageItems {
  const pt = 72 / dpi;
  // Every word is kept, however unsure: a word dropped could change what a figure is said to be.
  const lines = page.lines.filter((l) => l.words.length);
  // The page's skew: the median baseline slope of its long lines.
  const long = lines.filter((l) => l.box[2] - l.box[0] > page.width / 3);
  const angle = Math.atan(median((long.length ? long : lines).map((l) => l.slope)));
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = page.width / 2;
  const cy = page.height / 2;
  // Turned by -angle around the centre: a baseline becomes level.
  const straight = (x: number, y: number) => ({ x: cx + (x - cx) * cos + (y - cy) * sin, y: cy - (x - cx) * sin + (y - cy) * cos });
  // Letter heights vary by a pixel or two from line to line: body lines get one size, so that the
  // layout does not take a change of size for a new paragraph.
  // The engine guesses the height of a line with few letters ("62,88%).") badly: such a line is body text.
  const lettered = (l: RecognizedLine) => l.words.reduce((n, w) => n + (w.text.match(/\p{L}/gu)?.length ?? 0), 0) >= 4;
  const usual = median(lines.filter(lettered).map((l) => l.size)) || median(lines.map((l) => l.size));
  const sizeOf = (l: RecognizedLine) => (!lettered(l) || Math.abs(l.size - usual) <= SAME_SIZE * usual ? usual : l.size);

  const items: PdfItem[] = [];
  const placedLines: PlacedLine[] = [];
  const words: PlacedWord[] = [];
  for (const line of lines) {
    const lineIndex = placedLines.length;
    const size = sizeOf(line);
    // hOCR's baseline: a slope, and an offset from the bottom of the line's box at its left edge.
    const baseAt = (x: number) => line.box[3] + line.offset + line.slope * (x - line.box[0]);
    const midX = (line.box[0] + line.box[2]) / 2;
    const mid = straight(midX, baseAt(midX));
    const sorted = [...line.words].sort((a, b) => a.box[0] - b.box[0]);
    // A table's vertical rule between two words parts their cells, however narrow the gap.
    const crossing = rules.filter((r) => r[1] < line.box[3] && r[2] > line.box[1]).map((r) => r[0]);
    let lastRight = -Infinity;
    let total = 0;
    let count = 0;
    let run: { x0: number; x1: number; str: string; marks: { at: number; word: number }[]; cell: boolean } | null = null;
    const flush = () => {
      if (!run) return;
      items.push({ str: run.str, x: run.x0 * pt, y: (page.height - mid.y) * pt, w: (run.x1 - run.x0) * pt, size: size * pt, bold: false, marks: run.marks, cell: run.cell });
      run = null;
    };
    for (const w of sorted) {
      const text = repairDigits(w.text);
      const x0 = straight(w.box[0], baseAt(w.box[0])).x;
      const x1 = straight(w.box[2], baseAt(w.box[2])).x;
      const ruled = crossing.some((x) => x > lastRight && x < w.box[0]);
      lastRight = w.box[2];
      if (run && (x0 - run.x1 > CELL_GAP * size || ruled)) flush();
      const wordNo = firstWord + words.length;
      if (!run) run = { x0, x1, str: '', marks: [], cell: ruled };
      else run.str += ' ';
      run.marks.push({ at: run.str.length, word: wordNo });
      run.str += text;
      run.x1 = Math.max(run.x1, x1);
      words.push({ text, confidence: w.confidence, box: w.box, line: lineIndex });
      total += w.confidence * text.length;
      count += text.length;
    }
    flush();
    placedLines.push({ confidence: count ? Math.round((total / count) * 10) / 10 : 0, box: line.box });
  }
  return { items, lines: placedLines, words, width: page.width * pt, height: page.height * pt };
}
