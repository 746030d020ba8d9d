// A reading worker: one thread that reads files one at a time with processFile and posts the
// result back. PDF parsing is CPU-bound; running it here keeps every core busy and lets the
// main thread stop a stuck file by terminating the thread.
import { BroadcastChannel, parentPort } from 'node:worker_threads';
import path from 'node:path';
import { processFileInWorker } from '../pipeline.js';
import { toBaocaoError } from '../errors.js';
import { checkResult } from '../dataset/validate.js';
import { textFileParts } from '../dataset/text-file.js';
import type { ReadResult, TaskMessage, WorkerReply } from './messages.js';

if (!parentPort) throw new Error('worker.js runs only as a worker thread');
const port = parentPort;

/**
 * Test-only: BAOCAO_TEST_WORKER_HOOK="stall:NAME;crash:NAME;slow:NAME" makes the worker spin
 * forever (a CPU-bound hang, as a pathological PDF would cause), crash, or wait a second before
 * reading, on files whose name contains NAME, so the tests can show that the run survives the
 * first two and keeps input order when results come back out of order. Unset in normal use.
 * Before it spins, a stalled worker says `stalled:<file name>` on a BroadcastChannel named
 * BAOCAO_TEST_WORKER_HOOK, so a test in the same process knows the hook took hold before it moves
 * a fake clock past the limit.
 */
function testHook(file: string): Promise<void> | undefined {
  const spec = process.env.BAOCAO_TEST_WORKER_HOOK;
  if (!spec) return undefined;
  const name = path.basename(file);
  for (const part of spec.split(';')) {
    const [action, needle] = part.split(':');
    if (!needle || !name.includes(needle)) continue;
    if (action === 'stall') {
      new BroadcastChannel('BAOCAO_TEST_WORKER_HOOK').postMessage(`stalled:${name}`);
      for (;;);
    }
    if (action === 'slow') return new Promise<void>((done) => setTimeout(done, 1000));
    if (action === 'crash') {
      setImmediate(() => {
        throw new Error(`test hook crashed the worker on ${name}`);
      });
      return new Promise<void>(() => {});
    }
  }
  return undefined;
}

const post = (m: WorkerReply) => port.postMessage(m);

// Files arrive while one is being read (the pool hands over the next one early): they are read
// one at a time, in order.
const queue: TaskMessage[] = [];
let busy = false;
port.on('message', (task: TaskMessage) => {
  queue.push(task);
  if (!busy) void drain();
});

async function drain(): Promise<void> {
  busy = true;
  while (queue.length) await readOne(queue.shift()!);
  busy = false;
}

async function readOne(task: TaskMessage): Promise<void> {
  try {
    await testHook(task.path);
    const read = await processFileInWorker(task.path, {
      maxBytes: task.maxBytes,
      timeoutMs: task.timeoutMs,
      rawPath: task.rawPath,
      supplied: task.supplied,
      ocr: task.ocr && { ...task.ocr, onProgress: (p) => post({ type: 'ocr', id: task.id, pages: p.pages, done: p.done, cached: p.cached }) },
    });
    let result: ReadResult;
    try {
      // Checked and serialized here, in parallel with the other workers: the main thread only
      // writes and merges (a write here would hold the worker while the disk works). The text
      // travels once; the main thread puts it into its file.
      const checked = checkResult(read.document, read.facts, read.text);
      const textFile = textFileParts(checked.document.doc, checked.document.source.sha256, read.text);
      result = { sha256: checked.document.source.sha256, records: JSON.stringify({ ...checked, unclaimed: read.unclaimed }), text: read.text.text, textFile };
    } catch (e) {
      post({ type: 'failed', id: task.id, code: 'READ_FAILED', message: `Could not use what was read from ${task.path}: ${(e as Error).message}` });
      return;
    }
    post({ type: 'done', id: task.id, result });
  } catch (e) {
    const err = toBaocaoError(e, task.path);
    post({ type: 'failed', id: task.id, code: err.code, message: err.message });
  }
}

post({ type: 'ready' });
