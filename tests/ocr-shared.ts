// The corpus scan read by OCR once for every test that needs it: its pages go into an OCR cache
// folder (the one `extract` keeps in OUT/ocr) under output/, named after the OCR code, so a test
// file copies or points at it instead of recognising the pages again. Test files run in parallel
// processes: the first to get here reads the scan while the others wait for it.
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile } from '../extractors/index.js';
import { closeOcrEngines } from '../extractors/ocr/index.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCAN = path.join(REPO, 'fixtures/hostile/scanned_003_p1-2.pdf');
/** The same report with its text layer. */
export const TEXT_LAYER = path.join(REPO, 'fixtures/reports/003_94917d68e4cdbaae.pdf');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The OCR cache folder holding the corpus scan's pages (made on first use). */
export async function sharedScanCache(): Promise<string> {
  // Named after the compiled OCR modules: a change to how pages are drawn or read makes a new one.
  const ocrDir = path.join(REPO, 'dist/extractors/ocr');
  const code = readdirSync(ocrDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => readFileSync(path.join(ocrDir, f), 'utf8'))
    .join('\n');
  const dir = path.join(REPO, 'output/test-ocr-cache', hash('sha256', code, 'hex').slice(0, 16));
  const done = path.join(dir, 'done');
  const lock = `${dir}.lock`;
  mkdirSync(path.dirname(dir), { recursive: true });
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      let holder = 0; // 0: the holder has not written its pid yet
      try {
        holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8').trim());
      } catch {}
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      if (!existsSync(done)) {
        await extractFile(SCAN, { ocr: { cacheDir: dir } });
        await closeOcrEngines();
        writeFileSync(done, '');
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}
