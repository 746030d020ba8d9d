// The text files of an output folder (text/<doc>.json): what the audit and the review page read.
// A module of its own so the reading workers that stage them load nothing else of the dataset.
import { mkdirSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TextDocument } from '../model.js';
import { tempNameFor } from './atomic.js';

export const TEXT_DIR = 'text';

/** Output folders whose text/ folder this thread has made. */
const made = new Set<string>();

/** Where the extracted text of a report is kept: text/<doc>.json (doc keeps its extension). */
export const textFileOf = (dir: string, doc: string) => path.join(dir, TEXT_DIR, `${doc}.json`);

/**
 * Writes the TextDocument of one report (what the audit and the review page read) under a
 * staging name; `commitText` moves it to text/<doc>.json once the run's records are written,
 * so a text file never changes under facts whose offsets point into the older text. A blocking
 * write: it runs in the reading workers, where nothing else waits.
 */
export function stageText(dir: string, doc: string, sha256: string, text: TextDocument): string {
  const staged = tempNameFor(textFileOf(dir, doc));
  const content = textFileContent(doc, sha256, text);
  if (made.has(dir)) {
    try {
      writeFileSync(staged, content);
      return staged;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // the folder went away: make it again
    }
  }
  mkdirSync(path.join(dir, TEXT_DIR), { recursive: true });
  made.add(dir);
  writeFileSync(staged, content);
  return staged;
}

function textFileContent(doc: string, sha256: string, text: TextDocument): string {
  const { format, text: body, lineStarts, pages, blocks, warnings, ...rest } = text;
  return JSON.stringify({ doc, format, text: body, lineStarts, pages, blocks, warnings, ...rest, source_sha256: sha256 });
}

export const commitText = (staged: string, dir: string, doc: string) => rename(staged, textFileOf(dir, doc));

export async function removeText(dir: string, doc: string): Promise<void> {
  await rm(textFileOf(dir, doc), { force: true });
}

