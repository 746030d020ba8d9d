// The worker pool, with a stand-in reader so the test depends only on the pool: a file that
// hangs (CPU-bound) is stopped at its time limit, a crashing reader is replaced, and the other
// files are still read. The pool's clock is fake (tests/fake-timeouts.ts): a limit runs out only
// when the test moves the clock, so no file is stopped because the machine is busy.
import { describe, it, expect, jest, beforeEach, afterEach, afterAll } from '@jest/globals';
import { BroadcastChannel } from 'node:worker_threads';
import { WorkerPool } from '../src/run/pool.js';
import { fakeTimeouts, settle, watch } from './fake-timeouts.js';

// Speaks the worker protocol of src/run/messages.ts; "stall" spins forever, "crash" throws, "bad"
// fails, "hold" waits until the test says `release:<path>` on the channel below, "scan" says it
// reads 3 pages by OCR, then holds the same way; "poison" is read, but the worker then crashes on
// the next file it is given (as pdf.js's leftovers of a damaged PDF did).
const CHANNEL = 'baocao-pool-test';
const FAKE_READER = `
import { parentPort, threadId, BroadcastChannel } from 'node:worker_threads';
const done = (task) => parentPort.postMessage({ type: 'done', id: task.id, result: { thread: threadId, path: task.path } });
const held = new Map();
const released = new Set();
let poisoned = false;
new BroadcastChannel('${CHANNEL}').onmessage = ({ data }) => {
  const path = String(data).replace(/^release:/, '');
  released.add(path);
  const task = held.get(path);
  if (task) task.finish ? task.finish() : done(task);
};
parentPort.on('message', (task) => {
  if (poisoned) return setImmediate(() => { throw new Error('left behind by an earlier file'); });
  if (task.path.includes('poison')) poisoned = true;
  if (task.path.includes('stall')) for (;;);
  if (task.path.includes('crash')) setImmediate(() => { throw new Error('boom'); });
  else if (task.path.includes('scan')) {
    // Three pages to read by OCR, announced at once; read (one from the cache) when released.
    parentPort.postMessage({ type: 'ocr', id: task.id, pages: 3, done: 0, cached: 0 });
    const finish = () => {
      for (const n of [1, 2, 3]) parentPort.postMessage({ type: 'ocr', id: task.id, pages: 3, done: n, cached: n === 3 ? 1 : 0 });
      done(task);
    };
    if (released.has(task.path)) finish();
    else held.set(task.path, { ...task, finish });
  } else if (task.path.includes('bad')) parentPort.postMessage({ type: 'failed', id: task.id, code: 'PDF_CORRUPT', message: 'damaged' });
  else if (task.path.includes('hold') && !released.has(task.path)) held.set(task.path, task);
  else done(task);
});
parentPort.postMessage({ type: 'ready' });
`;
const script = new URL(`data:text/javascript,${encodeURIComponent(FAKE_READER)}`);
const LIMIT = 1000;
const channel = new BroadcastChannel(CHANNEL);
const release = (path: string) => channel.postMessage(`release:${path}`);

// Pools are closed here, not in the tests: a test that fails by jest's timeout still stops its
// workers (a spinning one would keep jest from exiting).
const pools: WorkerPool[] = [];
const newPool = (size: number) => {
  const pool = new WorkerPool({ size, timeoutMs: LIMIT, script });
  pools.push(pool);
  return pool;
};
beforeEach(fakeTimeouts);
afterEach(async () => {
  jest.useRealTimers();
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
afterAll(() => {
  channel.close();
});

describe('WorkerPool', () => {
  it('stops a file when its limit runs out, not before, replaces the worker and reads the rest', async () => {
    const pool = newPool(2);
    // One file each, so both workers are up and the stalled file's clock starts as it is handed over.
    expect((await Promise.all([pool.read('w1.txt'), pool.read('w2.txt')])).every((o) => o.ok)).toBe(true);
    const stalled = watch(pool.read('stall.pdf'));
    jest.advanceTimersByTime(LIMIT - 1);
    await settle();
    expect(stalled.done).toBe(false);
    // Handed out now, these files' clocks run out LIMIT - 1 after the stalled one's: moving the
    // clock to the stalled file's limit cannot stop them, however long they take.
    const files = ['a.txt', 'b.txt', 'c.txt', 'bad.pdf', 'd.txt'];
    const others = files.map((f) => pool.read(f));
    jest.advanceTimersByTime(1);
    const timedOut = await stalled.promise;
    expect(timedOut.ok ? null : [timedOut.error.code, timedOut.error.error]).toEqual(['TIMEOUT', expect.stringMatching(/longer than 1 s.*--timeout/)]);
    const byPath = new Map((await Promise.all(others)).map((o) => [o.path, o]));
    const bad = byPath.get('bad.pdf')!;
    expect(bad.ok ? null : bad.error.code).toBe('PDF_CORRUPT');
    for (const f of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) expect([f, byPath.get(f)!.ok]).toEqual([f, true]);
    expect(pool.started).toBe(3); // two at the start, one in place of the stopped worker
    // The replacement really works: another file after the timeout is read.
    expect((await pool.read('e.txt')).ok).toBe(true);
  });

  it('hands a worker its next file early, and a file waiting behind a stopped one is still read', async () => {
    const pool = newPool(1);
    expect((await pool.read('w.txt')).ok).toBe(true);
    // a.txt waits in the worker behind stall.pdf; it must not share the stalled file's fate.
    const [stalled, a, b] = ['stall.pdf', 'a.txt', 'b.txt'].map((f) => watch(pool.read(f)));
    jest.advanceTimersByTime(LIMIT);
    const s = await stalled.promise;
    expect(s.ok ? null : s.error.code).toBe('TIMEOUT');
    expect((await a.promise).ok && (await b.promise).ok).toBe(true);
    expect(pool.started).toBe(2);
  });

  it('starts the clock of a file when its worker starts on it, not when the file is handed over', async () => {
    const pool = newPool(1);
    expect((await pool.read('w.txt')).ok).toBe(true);
    // Both go to the worker at once (it holds its next file); hold2 waits behind hold1.
    const [first, second] = ['hold1.txt', 'hold2.txt'].map((f) => watch(pool.read(f)));
    jest.advanceTimersByTime(LIMIT - 1);
    release('hold1.txt');
    expect((await first.promise).ok).toBe(true);
    // hold2 was handed over LIMIT - 1 ago but started only now: a whole limit is still its own.
    jest.advanceTimersByTime(LIMIT - 1);
    await settle();
    expect(second.done).toBe(false);
    release('hold2.txt');
    expect((await second.promise).ok).toBe(true);
    // And it does run out: a held file is stopped once its own limit has passed.
    const third = watch(pool.read('hold3.txt'));
    jest.advanceTimersByTime(LIMIT);
    const t = await third.promise;
    expect(t.ok ? null : t.error.code).toBe('TIMEOUT');
    expect(pool.started).toBe(2);
  });

  it('gives a file more time for each page it reads by OCR, and tells how far it is', async () => {
    const PAGE = 5000;
    const pool = new WorkerPool({ size: 1, timeoutMs: LIMIT, script, ocr: { mode: 'auto', engine: 'tesseract.js', pageTimeoutMs: PAGE } });
    pools.push(pool);
    expect((await pool.read('w.txt')).ok).toBe(true);
    const seen = new Map<string, number[]>();
    const read = (f: string) => watch(pool.read(f, (p) => seen.set(f, [...(seen.get(f) ?? []), p.done])));
    const announced = async (f: string) => {
      while (!seen.has(f)) await settle();
    };
    const scan = read('scan1.pdf');
    await announced('scan1.pdf');
    // Its own limit and three pages' time, less a millisecond: still reading.
    jest.advanceTimersByTime(LIMIT + 3 * PAGE - 1);
    await settle();
    expect(scan.done).toBe(false);
    release('scan1.pdf');
    expect((await scan.promise).ok).toBe(true);
    expect(seen.get('scan1.pdf')).toEqual([0, 1, 2, 3]);
    // And it does run out, once that time has passed.
    const stuck = read('scan2.pdf');
    await announced('scan2.pdf');
    jest.advanceTimersByTime(LIMIT + 3 * PAGE);
    const s = await stuck.promise;
    expect(s.ok ? null : [s.error.code, s.error.error]).toEqual([
      'TIMEOUT',
      expect.stringMatching(/longer than 16 s \(1 s, and 15 s for its pages read by OCR\) and was stopped; raise --timeout or --ocr-timeout/),
    ]);
  });

  it('reads once more, in a fresh worker, a file whose worker crashed of what an earlier file left behind', async () => {
    const pool = newPool(1);
    const [poison, next, after] = await Promise.all(['poison.pdf', 'next.txt', 'after.txt'].map((f) => pool.read(f)));
    expect([poison.ok, next.ok, after.ok]).toEqual([true, true, true]);
    expect(pool.started).toBe(2);
  });

  it('charges a file that crashes a fresh worker too, and reads the others', async () => {
    const pool = newPool(1);
    expect((await pool.read('w.txt')).ok).toBe(true);
    // The worker has read a file: its crash on crash.docx may not be crash.docx's, so it is read
    // again in a fresh worker, where it crashes again.
    const [crashed, next] = await Promise.all([pool.read('crash.docx'), pool.read('next.txt')]);
    expect(crashed.ok ? null : [crashed.error.code, crashed.error.error]).toEqual(['READ_FAILED', expect.stringMatching(/crashed on it again, in a fresh reader; the file is probably damaged/)]);
    expect(next.ok).toBe(true);
    expect(pool.started).toBe(3);
  });

  it('gives a crashing file READ_FAILED and goes on with a fresh worker', async () => {
    const pool = newPool(1);
    const crashed = await pool.read('crash.docx');
    expect(crashed.ok ? null : crashed.error.code).toBe('READ_FAILED');
    const next = await pool.read('after.txt');
    expect(next.ok).toBe(true);
    expect(pool.started).toBe(2);
  });
});
