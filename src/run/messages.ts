// What the main thread and a reading worker say to each other.
import type { DocumentRecord, Fact } from '../facts.js';

export interface TaskMessage {
  type: 'task';
  id: number;
  path: string;
  maxBytes?: number;
}

/** One report read and its records checked: all the main thread still needs. Sent as a string
 *  and bytes, which cross threads as a copy or a move rather than object by object. */
export interface ReadResult {
  /** JSON of { document, facts } (see ReadRecords). */
  records: string;
  /** The report's text (the audit reads quotes from it). */
  text: string;
  /** The content of its text file (dataset/text-file.ts), UTF-8; moved, not copied. */
  textFile: Uint8Array;
}

export interface ReadRecords {
  document: DocumentRecord;
  facts: Fact[];
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: ReadResult }
  | { type: 'failed'; id: number; code: string; message: string };
