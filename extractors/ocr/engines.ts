// The OCR engines: tesseract.js (WebAssembly, from the npm registry with the Vietnamese data of
// @tesseract.js-data/vie: the default, the same on every machine) and the tesseract program where
// it is installed (Debian's tesseract-ocr + tesseract-ocr-vie: faster). Both read a grey PGM image
// and answer hOCR. Nothing is fetched: every path points into node_modules, and tesseract.js is
// told not to cache the language data in the working folder.
import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { OcrEngineName } from '../../src/limits.js';

export interface OcrEngine {
  /** Engine and language data with their versions, e.g. "tesseract.js 7.0.0, vie 4.0.0" (also the cache key). */
  readonly name: string;
  /** hOCR of one page image (PGM), drawn at `dpi`. */
  recognize(pgm: Uint8Array, dpi: number): Promise<string>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
/** Page segmentation: the page as one block of text, lines across its width (tesseract.js's own
 *  default). Table cells and columns are told apart afterwards by the gaps between words
 *  (ocr/items.ts); the engine's automatic layout (3) dropped lone lines such as page numbers. */
const PAGE_SEGMENTATION = '6';

interface TesseractJsWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  recognize(image: Buffer, options: object, output: object): Promise<{ data: { hocr: string | null } }>;
  terminate(): Promise<unknown>;
}

/** Where tesseract.js and its data are installed: what its worker, core and language paths point at. */
export function tesseractJsPaths(): { workerPath: string; corePath: string; langPath: string; version: string; dataVersion: string } {
  const main = require.resolve('tesseract.js');
  const root = path.dirname(path.dirname(main)); // node_modules/tesseract.js
  const own = createRequire(main);
  const data = require('@tesseract.js-data/vie') as { langPath: string };
  return {
    workerPath: path.join(root, 'src/worker-script/node/index.js'),
    corePath: path.dirname(own.resolve('tesseract.js-core/package.json')),
    langPath: data.langPath,
    version: (require('tesseract.js/package.json') as { version: string }).version,
    dataVersion: path.basename(data.langPath),
  };
}

class TesseractJs implements OcrEngine {
  readonly name: string;
  private worker: Promise<TesseractJsWorker> | undefined;
  private readonly paths = tesseractJsPaths();

  constructor() {
    this.name = `tesseract.js ${this.paths.version}, vie ${this.paths.dataVersion}`;
  }

  private start(): Promise<TesseractJsWorker> {
    this.worker ??= (async () => {
      const { createWorker, OEM } = require('tesseract.js') as {
        createWorker(lang: string, oem: number, options: object): Promise<TesseractJsWorker>;
        OEM: { LSTM_ONLY: number };
      };
      const { workerPath, corePath, langPath } = this.paths;
      return createWorker('vie', OEM.LSTM_ONLY, { workerPath, corePath, langPath, gzip: true, cacheMethod: 'none', logger: () => {} });
    })();
    this.worker.catch(() => (this.worker = undefined));
    return this.worker;
  }

  async recognize(pgm: Uint8Array, dpi: number): Promise<string> {
    const worker = await this.start();
    await worker.setParameters({ user_defined_dpi: String(dpi), tessedit_pageseg_mode: PAGE_SEGMENTATION });
    const { data } = await worker.recognize(Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength), {}, { text: false, hocr: true });
    return data.hocr ?? '';
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await (await w.catch(() => null))?.terminate();
  }
}

/** The tesseract program, one thread per page (the worker pool runs pages side by side). */
class TesseractProgram implements OcrEngine {
  constructor(readonly name: string) {}

  recognize(pgm: Uint8Array, dpi: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn('tesseract', ['stdin', 'stdout', '-l', 'vie', '--dpi', String(dpi), '--psm', PAGE_SEGMENTATION, 'hocr'], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      let err = '';
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`tesseract exited with ${code}: ${err.trim().slice(0, 300)}`))));
      child.stdin.on('error', () => undefined); // a failure shows in the exit code
      child.stdin.end(pgm);
    });
  }

  async close(): Promise<void> {}
}

const run = (cmd: string, args: string[]) =>
  new Promise<string>((resolve, reject) => execFile(cmd, args, { timeout: 10_000 }, (e, stdout, stderr) => (e ? reject(e) : resolve(`${stdout}\n${stderr}`))));

/** The installed tesseract program's name and version when it can read Vietnamese, else null. */
export async function systemTesseract(): Promise<string | null> {
  try {
    const version = /tesseract\s+v?(\d[\w.-]*)/i.exec(await run('tesseract', ['--version']))?.[1];
    const langs = await run('tesseract', ['--list-langs']);
    if (!version || !/^vie$/m.test(langs)) return null;
    return `tesseract ${version}, vie`;
  } catch {
    return null;
  }
}

// One engine of each kind per thread: tesseract.js loads its data once (about a second) and then
// reads page after page.
const engines = new Map<OcrEngineName, Promise<OcrEngine>>();

export function ocrEngine(name: OcrEngineName = 'tesseract.js'): Promise<OcrEngine> {
  let engine = engines.get(name);
  if (!engine) {
    engine =
      name === 'tesseract.js'
        ? Promise.resolve(new TesseractJs())
        : systemTesseract().then((n) => {
            if (!n) throw new Error('the tesseract program with Vietnamese data is not installed (apt-get install tesseract-ocr tesseract-ocr-vie), or use --ocr-engine tesseract.js');
            return new TesseractProgram(n);
          });
    engine.catch(() => engines.delete(name));
    engines.set(name, engine);
  }
  return engine;
}

/** Stops the engines of this thread (tesseract.js keeps a thread of its own until then). */
export async function closeOcrEngines(): Promise<void> {
  const all = [...engines.values()];
  engines.clear();
  await Promise.all(all.map((e) => e.then((x) => x.close()).catch(() => undefined)));
}
