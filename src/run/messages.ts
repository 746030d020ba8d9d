// What the main thread and a reading worker say to each other.
import type { DocumentRecord, Fact } from '../facts.js';
import type { TextFileParts } from '../dataset/text-file.js';
import type { OcrEngineName, OcrMode } from '../../extractors/ocr/index.js';
import type { UnclaimedFigure } from '../dataset/output.js';
import type { SuppliedMetadata } from '../supplied/apply.js';

export interface TaskMessage {
  type: 'task';
  id: number;
  path: string;
  /** The path's bytes, when they are not UTF-8 (`path` is then only a readable form). */
  rawPath?: Uint8Array;
  maxBytes?: number;
  /** The file's time limit before OCR (the pool's own limit stops the thread; this one makes the reader say which part ran over). */
  timeoutMs?: number;
  ocr?: OcrSettings;
  /** Report metadata a person supplied for this file. */
  supplied?: SuppliedMetadata;
}

/** How a run reads pages without a text layer (the same for every file). */
export interface OcrSettings {
  mode: OcrMode;
  engine: OcrEngineName;
  /** The output folder's ocr/ folder. */
  cacheDir?: string;
  /** Time added to a file's limit for each page it reads by OCR. */
  pageTimeoutMs: number;
}

/** One report read and its records checked: all the main thread still needs. Sent as strings,
 *  which cross threads as one copy each rather than object by object. */
export interface ReadResult {
  /** The source's SHA-256: a copy of a report already read is known without parsing its records. */
  sha256: string;
  /** JSON of { document, facts } (see ReadRecords). */
  records: string;
  /** The report's text (the audit reads quotes from it). */
  text: string;
  /** Its text file without the text (dataset/text-file.ts); the main thread joins and writes it. */
  textFile: TextFileParts;
}

export interface ReadRecords {
  document: DocumentRecord;
  facts: Fact[];
  /** Figures whose counted thing is known but that no metric claimed. */
  unclaimed: UnclaimedFigure[];
}

export type WorkerReply =
  | { type: 'ready' }
  /** A file has `pages` pages to read by OCR (sent with done 0 before the first), `done` of them read. */
  | { type: 'ocr'; id: number; pages: number; done: number; cached: number }
  | { type: 'done'; id: number; result: ReadResult }
  | { type: 'failed'; id: number; code: string; message: string };
