// The text files of an output folder (text/<doc>.json): what the audit and the review page read.
// A module of its own so the reading workers, which make their content, load nothing else of the dataset.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TextDocument } from '../model.js';
import { tempNameFor } from './atomic.js';

export const TEXT_DIR = 'text';

/** Output folders whose text/ folder this run has made. */
const made = new Set<string>();

/** Where the extracted text of a report is kept: text/<doc>.json (doc keeps its extension). */
export const textFileOf = (dir: string, doc: string) => path.join(dir, TEXT_DIR, `${doc}.json`);

/**
 * Writes the text file of one report (what the audit and the review page read) under a staging
 * name; `commitText` moves it to text/<doc>.json once the run's records are written, so a text
 * file never changes under facts whose offsets point into the older text.
 */
export async function stageText(dir: string, doc: string, content: string): Promise<string> {
  const staged = tempNameFor(textFileOf(dir, doc));
  if (!made.has(dir)) {
    await mkdir(path.join(dir, TEXT_DIR), { recursive: true });
    made.add(dir);
  }
  await writeFile(staged, content).catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    // The folder went away during the run: make it again.
    await mkdir(path.join(dir, TEXT_DIR), { recursive: true });
    await writeFile(staged, content);
  });
  return staged;
}

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

export const commitText = (staged: string, dir: string, doc: string) => rename(staged, textFileOf(dir, doc));

export async function removeText(dir: string, doc: string): Promise<void> {
  await rm(textFileOf(dir, doc), { force: true });
}
