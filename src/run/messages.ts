// What the main thread and a reading worker say to each other.
import type { ProcessResult } from '../pipeline.js';

export interface TaskMessage {
  type: 'task';
  id: number;
  path: string;
  maxBytes?: number;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: ProcessResult }
  | { type: 'failed'; id: number; code: string; message: string };
