// The worker pool, with a stand-in reader so the test depends only on the pool: a file that
// hangs (CPU-bound) is stopped at its time limit, a crashing reader is replaced, and the other
// files are still read.
import { describe, it, expect } from '@jest/globals';
import { WorkerPool } from '../src/run/pool.js';

// Speaks the worker protocol of src/run/messages.ts; "stall" spins forever, "crash" throws.
const FAKE_READER = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.path.includes('stall')) for (;;);
  if (task.path.includes('crash')) setImmediate(() => { throw new Error('boom'); });
  else if (task.path.includes('scan')) {
    // Three pages to read by OCR, announced at once, then a page every 300 ms: past the plain limit.
    parentPort.postMessage({ type: 'ocr', id: task.id, pages: 3, done: 0, cached: 0 });
    for (const n of [1, 2, 3]) setTimeout(() => parentPort.postMessage({ type: 'ocr', id: task.id, pages: 3, done: n, cached: 0 }), 300 * n);
    setTimeout(() => parentPort.postMessage({ type: 'done', id: task.id, result: { path: task.path } }), 1000);
  } else if (task.path.includes('wait')) setTimeout(() => parentPort.postMessage({ type: 'done', id: task.id, result: { path: task.path } }), 5000);
  else if (task.path.includes('bad')) parentPort.postMessage({ type: 'failed', id: task.id, code: 'PDF_CORRUPT', message: 'damaged' });
  else parentPort.postMessage({ type: 'done', id: task.id, result: { thread: threadId, path: task.path } });
});
parentPort.postMessage({ type: 'ready' });
`;
const script = new URL(`data:text/javascript,${encodeURIComponent(FAKE_READER)}`);

describe('WorkerPool', () => {
  it('stops a file that runs past its time limit, replaces the worker and reads the rest', async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: 400, script });
    try {
      const t0 = Date.now();
      const files = ['a.txt', 'stall.pdf', 'b.txt', 'c.txt', 'bad.pdf', 'd.txt'];
      const outcomes = await Promise.all(files.map((f) => pool.read(f)));
      expect(Date.now() - t0).toBeLessThan(10_000);
      const byPath = new Map(outcomes.map((o) => [o.path, o]));
      const stalled = byPath.get('stall.pdf')!;
      expect(stalled.ok).toBe(false);
      if (!stalled.ok) {
        expect(stalled.error.code).toBe('TIMEOUT');
        expect(stalled.error.error).toMatch(/--timeout/);
      }
      const bad = byPath.get('bad.pdf')!;
      expect(bad.ok ? null : bad.error.code).toBe('PDF_CORRUPT');
      for (const f of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) expect(byPath.get(f)!.ok).toBe(true);
      expect(pool.started).toBe(3); // two at the start, one in place of the stopped worker
      // The replacement really works: another file after the timeout is read.
      expect((await pool.read('e.txt')).ok).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('hands a worker its next file early, and a file waiting behind a stopped one is still read', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 300, script });
    try {
      // With one worker, a.txt waits in it behind stall.pdf; it must not share the stalled file's fate.
      const [stalled, a, b] = await Promise.all(['stall.pdf', 'a.txt', 'b.txt'].map((f) => pool.read(f)));
      expect(stalled.ok ? null : stalled.error.code).toBe('TIMEOUT');
      expect(a.ok && b.ok).toBe(true);
      expect(pool.started).toBe(2);
      // The clock of a file starts when its worker starts on it: files queued behind slow ones do
      // not time out for the wait.
      const many = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.read(`f${i}.txt`)));
      expect(many.every((o) => o.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('gives a file more time for each page it reads by OCR, and tells how far it is', async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: 400, script, ocr: { mode: 'auto', engine: 'tesseract.js', pageTimeoutMs: 30_000 } });
    try {
      const pages: number[] = [];
      const [scan, wait] = await Promise.all([pool.read('scan.pdf', (p) => pages.push(p.done)), pool.read('wait.pdf')]);
      expect(scan.ok).toBe(true);
      expect(pages).toEqual([0, 1, 2, 3]);
      // The same wait without pages read by OCR runs past the limit.
      expect(wait.ok ? null : [wait.error.code, wait.error.error]).toEqual(['TIMEOUT', expect.stringMatching(/longer than 0\.4 s and was stopped; raise --timeout /)]);
    } finally {
      await pool.close();
    }
  });

  it('gives a crashing file READ_FAILED and goes on with a fresh worker', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 5000, script });
    try {
      const crashed = await pool.read('crash.docx');
      expect(crashed.ok ? null : crashed.error.code).toBe('READ_FAILED');
      const next = await pool.read('after.txt');
      expect(next.ok).toBe(true);
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
