// The OCR cache of an output folder: ocr/<source sha256>/p<page>.json (what the engine read, in
// pixels) and p<page>.jpg (the page image the review page crops). A report imported again with the
// same bytes is not recognised again; another engine, or another version of this format, reads anew.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../../src/dataset/atomic.js';
import type { RecognizedPage } from './hocr.js';

/** The cache's folder inside an output folder. */
export const OCR_CACHE_DIR = 'ocr';

/** Raised when what is cached would no longer be read the same way. */
const FORMAT = 1;

const box = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const CachedPageSchema = z.object({
  format: z.literal(FORMAT),
  engine: z.string(),
  dpi: z.number().positive(),
  transform: z.array(z.number()).length(6),
  rules: z.array(z.tuple([z.number(), z.number(), z.number()])),
  recognized: z.object({
    width: z.number(),
    height: z.number(),
    lines: z.array(
      z.object({
        box,
        slope: z.number(),
        offset: z.number(),
        size: z.number(),
        words: z.array(z.object({ text: z.string(), confidence: z.number(), box })),
      }),
    ),
  }),
});

export interface CachedPage {
  engine: string;
  dpi: number;
  transform: number[];
  /** The vertical rules of the page's tables: [x, y0, y1] in pixels. */
  rules: [number, number, number][];
  recognized: RecognizedPage;
}

const entryOf = (dir: string, sha: string, page: number) => path.join(dir, sha, `p${page}.json`);
/** The page image, relative to the cache folder (what OcrPage.image holds). */
export const pageImageName = (sha: string, page: number) => `${sha}/p${page}.jpg`;

/** The cached reading of a page by this engine, or null (absent, unreadable, or of another engine). */
export async function readCachedPage(dir: string, sha: string, page: number, engine: string): Promise<CachedPage | null> {
  const body = await readFile(entryOf(dir, sha, page), 'utf8').catch(() => null);
  if (body === null) return null;
  try {
    const parsed = CachedPageSchema.safeParse(JSON.parse(body));
    return parsed.success && parsed.data.engine === engine ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeCachedPage(dir: string, sha: string, page: number, entry: CachedPage, image?: Uint8Array): Promise<void> {
  await mkdir(path.join(dir, sha), { recursive: true });
  // The image first: an entry in the cache always has its image beside it.
  if (image) await writeFileAtomically(path.join(dir, pageImageName(sha, page)), image);
  await writeFileAtomically(entryOf(dir, sha, page), JSON.stringify({ format: FORMAT, ...entry }));
}
