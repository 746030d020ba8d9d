// A fixed-size pool of reading workers. Each file gets a time limit: when it runs out the worker
// is terminated (the only way to stop CPU-bound parsing) and a fresh one takes its place, so one
// bad file costs one file, never the run.
//
// A worker holds up to two files: the one it reads and the next, which it starts as soon as it
// has answered for the first, without waiting for the main thread to hand it over. The clock of a
// file starts when its worker starts on it; a file still waiting in a worker that is stopped or
// crashes goes to another worker, unread and unharmed.
//
// A file read by OCR gets more time for each such page (the worker says how many once it knows),
// and tells how far it is after each page.
//
// A worker that crashes is replaced. The file it was reading is charged only when the worker had
// read nothing before it; otherwise the crash may be what an earlier file left behind (pdf.js
// rejects promises of a damaged file after it has answered for it), so the file is read once more
// in a fresh worker, where a second crash is its own.
import { Worker } from 'node:worker_threads';
import type { ErrorRecord } from '../facts.js';
import type { OcrSettings, ReadResult, TaskMessage, WorkerReply } from './messages.js';
import type { SuppliedMetadata } from '../supplied/apply.js';

export type ReadOutcome = { ok: true; path: string; result: ReadResult } | { ok: false; path: string; error: ErrorRecord };

export interface PoolOptions {
  size: number;
  /** Per-file limit in milliseconds, counted from the moment its worker starts on it. */
  timeoutMs: number;
  maxBytes?: number;
  /** How pages without a text layer are read; each such page adds ocr.pageTimeoutMs to its file's limit. */
  ocr?: OcrSettings;
  /** The bytes of paths that are not UTF-8, by their readable form (src/run/inputs.ts). */
  rawPaths?: Map<string, Uint8Array>;
  /** Report metadata a person supplied, by file (src/supplied/). */
  supplied?: Map<string, SuppliedMetadata>;
  /** The worker script; tests may pass their own. */
  script?: URL;
}

/** Pages of a file read by OCR so far, of how many. */
export type OcrPagesRead = { pages: number; done: number; cached: number };

/** How long a fresh worker may take to load its modules before the file it holds fails. */
const STARTUP_LIMIT_MS = 60_000;
/** Files a worker holds at once: the one it reads and the next. */
const DEPTH = 2;

interface Task {
  id: number;
  path: string;
  resolve: (o: ReadOutcome) => void;
  onOcr?: (p: OcrPagesRead) => void;
  timer?: NodeJS.Timeout;
  /** Time added for its pages read by OCR, and the part of it not yet waited for. */
  extraMs: number;
  extraLeft: number;
  /** Already read once by a worker that crashed. */
  retried?: boolean;
}

class Slot {
  readonly worker: Worker;
  /** Files handed to this worker, in order: the first is the one it reads. */
  tasks: Task[] = [];
  isReady = false;
  /** Files this worker has answered for. */
  answered = 0;
  private ended = false;
  private readonly startup: NodeJS.Timeout;

  constructor(
    script: URL,
    private readonly events: { ready(slot: Slot): void; answer(slot: Slot, m: Exclude<WorkerReply, { type: 'ready' }>): void; gone(slot: Slot, why: string): void },
  ) {
    this.worker = new Worker(script);
    this.worker.on('message', (m: WorkerReply) => {
      if (m.type !== 'ready') return this.events.answer(this, m);
      this.isReady = true;
      clearTimeout(this.startup);
      this.events.ready(this);
    });
    // A crash is acted on at 'exit', not 'error': Node delivers the answers the worker posted
    // before it died only then, and a file answered for must not be charged with the crash.
    let crashed = false;
    this.worker.on('error', () => (crashed = true));
    this.worker.on('exit', () => this.gone(crashed ? 'the reader crashed on it' : 'the reader stopped on it'));
    this.startup = setTimeout(() => {
      this.gone('the reader did not start in time');
      void this.worker.terminate();
    }, STARTUP_LIMIT_MS).unref();
  }

  private gone(why: string): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.startup);
    this.events.gone(this, why);
  }

  /** Stops the thread on purpose (timeout or shutdown); no crash is reported for it. */
  async stop(): Promise<void> {
    this.ended = true;
    clearTimeout(this.startup);
    await this.worker.terminate();
  }

  get isEnded(): boolean {
    return this.ended;
  }
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** Files not yet handed to a worker, in order. */
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly script: URL;
  /** Workers started so far, replacements included (tests read it). */
  started = 0;

  constructor(private readonly opts: PoolOptions) {
    this.script = opts.script ?? new URL('./worker.js', import.meta.url);
    for (let i = 0; i < Math.max(1, opts.size); i++) this.spawn();
  }

  /** Reads one file; never rejects: every failure comes back as an error record. `onOcr` hears
   *  how many of its pages are read by OCR, and each one read. */
  read(file: string, onOcr?: (p: OcrPagesRead) => void): Promise<ReadOutcome> {
    if (this.closed) throw new Error('the worker pool is closed');
    return new Promise<ReadOutcome>((resolve) => {
      this.waiting.push({ id: this.nextId++, path: file, resolve, onOcr, extraMs: 0, extraLeft: 0 });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.waiting.splice(0)) t.resolve(this.failed(t, 'the run stopped before it was read'));
    const all = this.slots.splice(0);
    for (const s of all) for (const t of s.tasks.splice(0)) {
      clearTimeout(t.timer);
      t.resolve(this.failed(t, 'the run stopped before it was read'));
    }
    await Promise.all(all.map((s) => s.stop()));
  }

  private spawn(): Slot {
    this.started++;
    const slot = new Slot(this.script, {
      ready: (s) => this.onReady(s),
      answer: (s, m) => this.onAnswer(s, m),
      gone: (s, why) => this.onGone(s, why),
    });
    this.slots.push(slot);
    return slot;
  }

  /** Hands waiting files to the workers with room, the least busy first. */
  private pump(): void {
    while (this.waiting.length && !this.closed) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (!s.isEnded && s.tasks.length < DEPTH && (!slot || s.tasks.length < slot.tasks.length)) slot = s;
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.tasks.push(task);
      if (slot.isReady) this.send(slot, task);
    }
  }

  private send(slot: Slot, task: Task): void {
    const msg: TaskMessage = { type: 'task', id: task.id, path: task.path, rawPath: this.opts.rawPaths?.get(task.path), supplied: this.opts.supplied?.get(task.path), maxBytes: this.opts.maxBytes, timeoutMs: this.opts.timeoutMs, ocr: this.opts.ocr };
    slot.worker.postMessage(msg);
    this.startClock(slot);
  }

  /** Starts the time limit of the file the worker is on, once. */
  private startClock(slot: Slot): void {
    const task = slot.tasks[0];
    if (!task || task.timer || !slot.isReady) return;
    task.timer = setTimeout(() => this.onTimeout(slot, task), this.opts.timeoutMs);
  }

  /** A file announced pages to read by OCR: its limit grows by their time. */
  private onOcr(slot: Slot, m: Extract<WorkerReply, { type: 'ocr' }>): void {
    const task = slot.tasks[0];
    if (!task || task.id !== m.id) return;
    // Waited for when the file's own limit runs out (timers only: no clock is read).
    if (m.done === 0) {
      const more = m.pages * (this.opts.ocr?.pageTimeoutMs ?? 0);
      task.extraMs += more;
      task.extraLeft += more;
    }
    task.onOcr?.({ pages: m.pages, done: m.done, cached: m.cached });
  }

  private onReady(slot: Slot): void {
    for (const t of slot.tasks) this.send(slot, t);
  }

  private onAnswer(slot: Slot, m: Exclude<WorkerReply, { type: 'ready' }>): void {
    if (m.type === 'ocr') return this.onOcr(slot, m);
    const task = slot.tasks[0];
    if (!task || task.id !== m.id) return; // a late answer for a file that already timed out
    slot.tasks.shift();
    slot.answered++;
    clearTimeout(task.timer);
    // The worker is already on its next file; more files go out before this one is taken in.
    this.startClock(slot);
    this.pump();
    if (m.type === 'done') task.resolve({ ok: true, path: task.path, result: m.result });
    else task.resolve({ ok: false, path: task.path, error: { path: task.path, code: m.code, error: m.message } });
  }

  private onTimeout(slot: Slot, task: Task): void {
    if (slot.tasks[0] !== task) return;
    if (task.extraLeft > 0) {
      task.timer = setTimeout(() => this.onTimeout(slot, task), task.extraLeft);
      task.extraLeft = 0;
      return;
    }
    const seconds = (this.opts.timeoutMs + task.extraMs) / 1000;
    const ocr = task.extraMs ? ` (${this.opts.timeoutMs / 1000} s, and ${task.extraMs / 1000} s for its pages read by OCR)` : '';
    this.retire(slot, task, {
      ok: false,
      path: task.path,
      error: {
        path: task.path,
        code: 'TIMEOUT',
        error: `Reading ${task.path} took longer than ${seconds} s${ocr} and was stopped; raise --timeout${ocr ? ' or --ocr-timeout' : ''} to give it more time.`,
      },
    });
    void slot.stop(); // terminated in the background; the replacement starts at once
  }

  private onGone(slot: Slot, why: string): void {
    const task = slot.tasks[0];
    if (task && slot.answered > 0 && !task.retried && !this.closed) {
      // Perhaps not this file's crash: read it again in a worker of its own.
      task.retried = true;
      this.retire(slot, task, undefined, true);
      return;
    }
    const again = task?.retried ? ' again, in a fresh reader' : '';
    this.retire(slot, task, task && this.failed(task, `${why}${again}; the file is probably damaged, get an intact copy`));
  }

  /** Takes a worker out: its current file gets `outcome` (or, with `retry`, goes first to the worker
   *  that replaces it), the files waiting in it go to others. */
  private retire(slot: Slot, task: Task | undefined, outcome: ReadOutcome | undefined, retry = false): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const queued = slot.tasks.splice(0).filter((t) => t !== task);
    for (const t of queued) clearTimeout(t.timer);
    this.waiting.unshift(...queued);
    if (task) {
      clearTimeout(task.timer);
      task.timer = undefined; // a file read again starts its clock afresh
    }
    if (task && outcome) task.resolve(outcome);
    if (!this.closed) {
      const fresh = this.spawn();
      if (task && retry) fresh.tasks.push(task);
    }
    this.pump();
  }

  private failed(task: Task, why: string): ReadOutcome {
    return { ok: false, path: task.path, error: { path: task.path, code: 'READ_FAILED', error: `Could not read ${task.path}: ${why}.` } };
  }
}
