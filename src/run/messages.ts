// What the main thread and a reading worker say to each other.
import type { DocumentRecord, Fact } from '../facts.js';

export interface TaskMessage {
  type: 'task';
  id: number;
  path: string;
  maxBytes?: number;
  /** The output folder: the worker checks the records and stages the report's text file there. */
  out?: string;
}

/** One report read, its records checked and its text staged: all the main thread still needs. */
export interface ReadResult {
  document: DocumentRecord;
  facts: Fact[];
  /** The report's text (the audit reads quotes from it). */
  text: string;
  /** The staged text file (see dataset/output.ts stageText), when an output folder was given. */
  staged?: string;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: ReadResult }
  | { type: 'failed'; id: number; code: string; message: string };
