// Crops of scanned pages for the review page: beside a figure read by OCR, the lines of the page
// image it was read from, so a person checks the number against the picture. Each crop is a JPEG
// in a data: URL (the page stays one self-contained file under its CSP: img-src data:); figures
// on the same lines share one crop, and the number's own place in it is given as fractions.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Fact } from '../facts.js';
import type { Box, OcrText } from '../model.js';
import { partOfWord, unionBox, wordsIn } from '../../extractors/ocr/provenance.js';

export interface FactCrop {
  /** Key into ReviewData.crops. */
  crop: string;
  /** The number inside the crop: left, top, width, height as fractions of it. */
  box: [number, number, number, number];
}

/** Crops are scaled down to this width at most. */
const MAX_WIDTH = 900;
/** Lines of context at most above and below the number's own. */
const CONTEXT_LINES = 1;
/** Context left and right of the number, in line heights: a whole line would be too small to read
 *  in the fact panel. */
const CONTEXT_WIDTH = 10;

type CanvasModule = typeof import('@napi-rs/canvas');

/**
 * Crops for the figures read by OCR. `ocrOf` gives a report's OCR words (its text file), `imageDir`
 * is the output folder's ocr/ folder holding the page images.
 */
export async function cropsFor(facts: Fact[], ocrOf: (doc: string) => OcrText | undefined, imageDir: string): Promise<{ crops: Record<string, string>; byFact: Map<string, FactCrop> }> {
  const crops: Record<string, string> = {};
  const byFact = new Map<string, FactCrop>();
  const wanted = facts.filter((f) => f.source.ocr && f.source.page !== undefined);
  if (!wanted.length) return { crops, byFact };
  const canvas = createRequire(import.meta.url)('@napi-rs/canvas') as CanvasModule;
  const images = new Map<string, Promise<InstanceType<CanvasModule['Image']> | null>>();
  const imageOf = (file: string) => {
    let img = images.get(file);
    if (!img) {
      img = readFile(path.join(imageDir, file))
        .then((bytes) => canvas.loadImage(bytes))
        .catch(() => null);
      images.set(file, img);
    }
    return img;
  };
  for (const f of wanted) {
    const ocr = ocrOf(f.doc);
    const scan = ocr?.pages.find((p) => p.page === f.source.page);
    if (!ocr || !scan?.image) continue;
    const value = { start: f.source.value_start, end: f.source.value_end };
    const valueWords = wordsIn(ocr, value);
    if (!valueWords.length) continue;
    const img = await imageOf(scan.image);
    if (!img) continue;
    // The number's lines, and as many around it as the quote covers (up to CONTEXT_LINES each side).
    const own = new Set(valueWords.map((w) => w.line));
    const lo = Math.min(...own) - CONTEXT_LINES;
    const hi = Math.max(...own) + CONTEXT_LINES;
    const quoteLines = new Set(wordsIn(ocr, { start: f.source.start, end: f.source.end }).map((w) => w.line).filter((l) => l >= lo && l <= hi && ocr.lines[l].page === scan.page));
    for (const l of own) quoteLines.add(l);
    const lines = unionBox([...quoteLines].map((l) => ocr.lines[l].box));
    const number = unionBox(valueWords.map((w) => partOfWord(w, value)));
    const reach = CONTEXT_WIDTH * (number[3] - number[1]);
    const around: Box = [Math.max(lines[0], number[0] - reach), lines[1], Math.min(lines[2], number[2] + reach), lines[3]];
    const area = pad(around, 8, scan.width, scan.height);
    const key = `${f.doc}|${scan.page}|${area.join(',')}`;
    if (!(key in crops)) crops[key] = await encodeCrop(canvas, img, area);
    const [x0, y0, x1, y1] = area;
    const w = x1 - x0;
    const h = y1 - y0;
    const round = (x: number) => Math.round(x * 10000) / 10000;
    byFact.set(f.id, { crop: key, box: [round((number[0] - x0) / w), round((number[1] - y0) / h), round((number[2] - number[0]) / w), round((number[3] - number[1]) / h)] });
  }
  return { crops, byFact };
}

function pad(b: Box, by: number, width: number, height: number): Box {
  return [Math.max(0, b[0] - by), Math.max(0, b[1] - by), Math.min(width, b[2] + by), Math.min(height, b[3] + by)];
}

async function encodeCrop(canvas: CanvasModule, img: InstanceType<CanvasModule['Image']>, [x0, y0, x1, y1]: Box): Promise<string> {
  const scale = Math.min(1, MAX_WIDTH / (x1 - x0));
  const out = canvas.createCanvas(Math.max(1, Math.round((x1 - x0) * scale)), Math.max(1, Math.round((y1 - y0) * scale)));
  out.getContext('2d').drawImage(img, x0, y0, x1 - x0, y1 - y0, 0, 0, out.width, out.height);
  return `data:image/jpeg;base64,${(await out.encode('jpeg', 75)).toString('base64')}`;
}
