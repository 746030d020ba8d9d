// Picks the extractor for a file by its extension. Every extractor returns the same TextDocument.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TextDocument } from '../src/model.js';
import { BaocaoError, toBaocaoError } from '../src/errors.js';
import { extractTxt } from './txt.js';
import { extractDocx } from './docx.js';
import { extractPdf } from './pdf.js';
import type { OcrOptions } from './ocr/index.js';

export interface ExtractOptions {
  /** Refuse inputs larger than this many bytes (TOO_LARGE). */
  maxBytes?: number;
  /** DOCX: refuse a zip whose parts decompress to more than this many bytes (TOO_LARGE; default 200 MB). */
  maxUnzippedBytes?: number;
  /** PDF: give up after this many milliseconds (TIMEOUT; default 120 s; pages read by OCR add their own). */
  timeoutMs?: number;
  /** PDF: pages without a text layer read by OCR (default: mode auto, engine tesseract.js, no cache). */
  ocr?: OcrOptions;
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

export async function extractBytes(bytes: Uint8Array, name: string, opts: ExtractOptions = {}): Promise<TextDocument> {
  const ext = path.extname(name).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new BaocaoError(
      'UNSUPPORTED_FORMAT',
      `${name}: ${ext ? `"${ext}" files are` : 'files without an extension are'} not supported; baocao reads ${SUPPORTED_EXTENSIONS.join(', ')}.`,
      { path: name },
    );
  }
  if (bytes.length === 0) throw new BaocaoError('EMPTY_FILE', `${name} is empty (0 bytes).`, { path: name });
  if (opts.maxBytes !== undefined && bytes.length > opts.maxBytes) {
    throw new BaocaoError('TOO_LARGE', `${name} is ${bytes.length} bytes, over the limit of ${opts.maxBytes}.`, { path: name });
  }
  try {
    if (ext === '.txt') return extractTxt(bytes, name);
    if (ext === '.docx') return await extractDocx(bytes, name, { maxUnzippedBytes: opts.maxUnzippedBytes });
    return await extractPdf(bytes, name, { timeoutMs: opts.timeoutMs, ocr: opts.ocr });
  } catch (e) {
    throw toBaocaoError(e, name);
  }
}

/** Reads a file and extracts it (convenience for the CLI and tests). */
export async function extractFile(filePath: string, opts: ExtractOptions = {}): Promise<TextDocument> {
  let bytes: Uint8Array;
  try {
    const st = await stat(filePath);
    if (!st.isFile()) throw new BaocaoError('READ_FAILED', `${filePath} is not a file.`, { path: filePath });
    if (opts.maxBytes !== undefined && st.size > opts.maxBytes) {
      throw new BaocaoError('TOO_LARGE', `${filePath} is ${st.size} bytes, over the limit of ${opts.maxBytes}.`, { path: filePath });
    }
    bytes = await readFile(filePath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new BaocaoError('NOT_FOUND', `${filePath} does not exist.`, { path: filePath });
    throw toBaocaoError(e, filePath);
  }
  return extractBytes(bytes, filePath, opts);
}
