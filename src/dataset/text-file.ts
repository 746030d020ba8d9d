// The text files of an output folder (text/<doc>.json): what the audit and the review page read.
// A module of its own so the reading workers, which make their content, load nothing else of the dataset.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { TextDocument } from '../model.js';

export const TEXT_DIR = 'text';

/** Longest file name most file systems take, in bytes. */
const NAME_MAX = 255;

/** The name of a report's text file: <doc>.json, or, for a report whose name is too long for that
 *  (a legal name of 251–255 bytes), the SHA-256 of its name. The file's `doc` field names it anyway. */
export function textFileName(doc: string): string {
  const name = `${doc}.json`;
  return Buffer.byteLength(name) <= NAME_MAX ? name : `${createHash('sha256').update(doc).digest('hex')}.json`;
}

/** Where the extracted text of a report is kept in a folder that holds a dataset. */
export const textFileOf = (dir: string, doc: string) => path.join(dir, TEXT_DIR, textFileName(doc));

/** The text file of a report is its TextDocument with the source hash, as JSON. A reading worker
 *  sends it without the text, which the main thread has anyway. */
export interface TextFileParts {
  /** JSON of the fields before the text. */
  before: string;
  /** JSON of the fields after it. */
  after: string;
}

export function textFileParts(doc: string, sha256: string, text: TextDocument): TextFileParts {
  const { format, text: _body, lineStarts, pages, blocks, warnings, ...rest } = text;
  return { before: JSON.stringify({ doc, format }), after: JSON.stringify({ lineStarts, pages, blocks, warnings, ...rest, source_sha256: sha256 }) };
}

/** The same bytes as JSON.stringify of the whole: fields in the same order, the text third. */
export function joinTextFile(parts: TextFileParts, text: string): string {
  return `${parts.before.slice(0, -1)},"text":${JSON.stringify(text)},${parts.after.slice(1)}`;
}
