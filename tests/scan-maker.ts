// Makes a "scan" of PDF pages, as a printer and a scanner would: each page drawn at a resolution,
// turned a little, speckled with seeded noise, saved as a JPEG and put in an image-only PDF.
import { createRequire } from 'node:module';
import { makePdf, type MadePage } from './pdf-maker.js';
import { prng } from './seeded.js';

type Canvas = typeof import('@napi-rs/canvas');
const canvas = createRequire(import.meta.url)('@napi-rs/canvas') as Canvas;

export interface ScanOptions {
  dpi?: number;
  /** Degrees, clockwise. */
  angle?: number;
  /** Grain: the spread of the grey added to each pixel (0–255). */
  noise?: number;
  /** Specks: the share of pixels turned to a random grey. */
  specks?: number;
  seed?: number;
  /** JPEG quality, 0-100. */
  quality?: number;
  /** The page put on the scanner sideways: its image turned a quarter clockwise. */
  sideways?: boolean;
  /** Keep only this part of each page, in pixels at `dpi`: a small page reads fast. */
  crop?: { x: number; y: number; width: number; height: number };
}

/** An image-only PDF of the given 1-based pages of `pdf`. */
export async function scanPdf(pdf: Uint8Array, pages: number[], opts: ScanOptions = {}): Promise<Buffer> {
  return makePdf(await scanPages(pdf, pages, opts));
}

/** The scanned pages, to put in a PDF of one's own. */
export async function scanPages(pdf: Uint8Array, pages: number[], opts: ScanOptions = {}): Promise<MadePage[]> {
  const { dpi = 150, angle = 0.4, noise = 12, specks = 0, seed = 1, quality = 70 } = opts;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const random = prng(seed);
  const made: MadePage[] = [];
  try {
    for (const n of pages) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const w = Math.ceil(viewport.width);
      const h = Math.ceil(viewport.height);
      const flat = canvas.createCanvas(w, h);
      const fctx = flat.getContext('2d');
      fctx.fillStyle = '#fff';
      fctx.fillRect(0, 0, w, h);
      await page.render({ canvas: flat as unknown as HTMLCanvasElement, canvasContext: fctx as unknown as CanvasRenderingContext2D, viewport }).promise;
      const scan = canvas.createCanvas(w, h);
      const ctx = scan.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, w, h);
      ctx.translate(w / 2, h / 2);
      ctx.rotate((angle * Math.PI) / 180);
      ctx.drawImage(flat, -w / 2, -h / 2);
      const img = ctx.getImageData(0, 0, w, h);
      for (let i = 0; i < img.data.length; i += 4) {
        const grey = (img.data[i] * 77 + img.data[i + 1] * 150 + img.data[i + 2] * 29) >> 8;
        // A sum of uniforms is near enough to normal grain.
        const grain = (random() + random() + random() - 1.5) * 2 * noise;
        const v = specks && random() < specks ? Math.floor(random() * 256) : Math.max(0, Math.min(255, Math.round(grey + grain)));
        img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
      }
      const grey = canvas.createCanvas(w, h);
      const gctx = grey.getContext('2d');
      gctx.putImageData(img, 0, 0);
      const c = opts.crop ?? { x: 0, y: 0, width: w, height: h };
      const part = canvas.createCanvas(c.width, c.height);
      part.getContext('2d').drawImage(grey, c.x, c.y, c.width, c.height, 0, 0, c.width, c.height);
      let out = part;
      if (opts.sideways) {
        out = canvas.createCanvas(c.height, c.width);
        const octx = out.getContext('2d');
        octx.translate(c.height, 0);
        octx.rotate(Math.PI / 2);
        octx.drawImage(part, 0, 0);
      }
      made.push({ kind: 'image', jpeg: await out.encode('jpeg', quality), width: out.width, height: out.height, dpi });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return made;
}

/** A small scanned page: the paragraph of report 003 (page 1) with six figures of dossiers sent by
 *  post ("860/148.962 (chiếm 0,58% …)", "45.974/140.408 (chiếm 32,74 % …)"), 1000 × 250 px at 150 dpi. */
export async function smallScanPage(reportPdf: Uint8Array, opts: Pick<ScanOptions, 'sideways'> = {}): Promise<MadePage> {
  return (await scanPages(reportPdf, [1], { angle: 0.3, noise: 10, crop: { x: 150, y: 495, width: 1000, height: 250 }, ...opts }))[0];
}
