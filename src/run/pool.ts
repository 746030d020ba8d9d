// A fixed-size pool of reading workers. Each file gets a time limit: when it runs out the worker
// is terminated (the only way to stop CPU-bound parsing) and a fresh one takes its place, so one
// bad file costs one file, never the run.
import { Worker } from 'node:worker_threads';
import type { ErrorRecord } from '../facts.js';
import type { ReadResult, TaskMessage, WorkerReply } from './messages.js';

export type ReadOutcome = { ok: true; path: string; result: ReadResult } | { ok: false; path: string; error: ErrorRecord };

export interface PoolOptions {
  size: number;
  /** Per-file limit in milliseconds, counted from the moment the file is handed to a worker. */
  timeoutMs: number;
  maxBytes?: number;
  /** The worker script; tests may pass their own. */
  script?: URL;
}

/** How long a fresh worker may take to load its modules before the file it waits for fails. */
const STARTUP_LIMIT_MS = 60_000;

interface Pending {
  id: number;
  path: string;
  timer: NodeJS.Timeout;
  resolve: (o: ReadOutcome) => void;
}

class Slot {
  worker: Worker;
  ready: Promise<void>;
  pending: Pending | null = null;
  private markReady!: () => void;
  private markFailed!: (e: Error) => void;

  constructor(
    private readonly script: URL,
    private readonly onGone: (slot: Slot, why: string) => void,
  ) {
    this.ready = new Promise<void>((res, rej) => {
      this.markReady = res;
      this.markFailed = rej;
    });
    this.ready.catch(() => {}); // a failed start is reported through the task that waits for it
    this.worker = new Worker(script);
    this.worker.on('message', (m: WorkerReply) => this.onMessage(m));
    this.worker.on('error', (e) => this.gone(`the reader crashed: ${e.message}`));
    this.worker.on('exit', (code) => this.gone(`the reader stopped unexpectedly (exit code ${code})`));
  }

  private ended = false;

  /** Set once the worker said it is ready: reads then skip the wait for it. */
  isReady = false;

  private onMessage(m: WorkerReply): void {
    if (m.type === 'ready') {
      this.isReady = true;
      return this.markReady();
    }
    const p = this.pending;
    if (!p || p.id !== m.id) return; // a late answer for a file that already timed out
    this.pending = null;
    clearTimeout(p.timer);
    if (m.type === 'done') p.resolve({ ok: true, path: p.path, result: m.result });
    else p.resolve({ ok: false, path: p.path, error: { path: p.path, code: m.code, error: m.message } });
  }

  private gone(why: string): void {
    if (this.ended) return;
    this.ended = true;
    this.markFailed(new Error(why));
    this.onGone(this, why);
  }

  /** Stops the thread on purpose (timeout or shutdown); no crash is reported for it. */
  async stop(): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
  }

  get isEnded(): boolean {
    return this.ended;
  }
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((s: Slot) => void)[] = [];
  private nextId = 1;
  private closed = false;
  private readonly script: URL;
  /** Workers started so far, replacements included (tests read it). */
  started = 0;

  constructor(private readonly opts: PoolOptions) {
    this.script = opts.script ?? new URL('./worker.js', import.meta.url);
    for (let i = 0; i < Math.max(1, opts.size); i++) this.release(this.spawn());
  }

  private spawn(): Slot {
    this.started++;
    const slot = new Slot(this.script, (s, why) => this.onCrash(s, why));
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const j = this.idle.indexOf(slot);
    if (j >= 0) this.idle.splice(j, 1);
  }

  private replace(slot: Slot): void {
    this.retire(slot);
    if (!this.closed) this.release(this.spawn());
  }

  private onCrash(slot: Slot, why: string): void {
    const p = slot.pending;
    slot.pending = null;
    if (p) {
      clearTimeout(p.timer);
      p.resolve({ ok: false, path: p.path, error: { path: p.path, code: 'READ_FAILED', error: `Could not read ${p.path}: ${why}.` } });
    }
    this.replace(slot);
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  private acquire(): Promise<Slot> {
    const s = this.idle.shift();
    return s ? Promise.resolve(s) : new Promise((res) => this.waiting.push(res));
  }

  /** Reads one file; never rejects: every failure comes back as an error record. */
  async read(file: string): Promise<ReadOutcome> {
    if (this.closed) throw new Error('the worker pool is closed');
    const slot = await this.acquire();
    const startup = slot.isReady && !slot.isEnded ? null : await Promise.race([
      slot.ready.then(() => null, (e: Error) => e.message),
      new Promise<string>((res) => setTimeout(res, STARTUP_LIMIT_MS, 'the reader did not start in time').unref()),
    ]);
    if (startup !== null || slot.isEnded) {
      // A crashed slot has already been replaced; one that never started is replaced here.
      if (!slot.isEnded) {
        void slot.stop();
        this.replace(slot);
      }
      return { ok: false, path: file, error: { path: file, code: 'READ_FAILED', error: `Could not read ${file}: ${startup ?? 'the reader stopped'}.` } };
    }
    return new Promise<ReadOutcome>((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        if (slot.pending?.id !== id) return;
        slot.pending = null;
        const seconds = this.opts.timeoutMs / 1000;
        resolve({
          ok: false,
          path: file,
          error: { path: file, code: 'TIMEOUT', error: `Reading ${file} took longer than ${seconds} s and was stopped; raise --timeout to give it more time.` },
        });
        // Terminate in the background; the replacement starts at once.
        void slot.stop();
        this.replace(slot);
      }, this.opts.timeoutMs);
      slot.pending = {
        id,
        path: file,
        timer,
        resolve: (o) => {
          // The next file goes out before this one's result is taken in.
          if (!slot.isEnded) this.release(slot);
          resolve(o);
        },
      };
      const msg: TaskMessage = { type: 'task', id, path: file, maxBytes: this.opts.maxBytes };
      slot.worker.postMessage(msg);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots];
    this.slots.length = 0;
    this.idle.length = 0;
    await Promise.all(all.map((s) => s.stop()));
  }
}
