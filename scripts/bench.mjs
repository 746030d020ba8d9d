#!/usr/bin/env node
// npm run bench [-- --reports N] [-- --keep] [-- --ocr-only]
// Builds an archive of N reports from the corpus (the readable txt/DOCX/PDF files, copied under distinct
// names), runs `baocao extract` over it and prints throughput and peak memory; then compares our PDF
// reading with poppler's pdftotext (sequential and parallel) and measures text reports on one core
// (an archive of N txt reports, one reading worker, and the same pinned to one CPU; then N distinct
// txt reports, each copy with a line of its own, so that none is skipped as a copy). Last, OCR:
// seconds per scanned page on one CPU for the bundled engine (tesseract.js) and, when installed,
// the tesseract program (--ocr-only runs that part alone).
// It prints figures; it is not a test. Needs a build (npm run build).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/src/cli.js');

function parseArgs(argv) {
  const opts = { reports: 500, keep: false, ocrOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') opts.keep = true;
    else if (a === '--ocr-only') opts.ocrOnly = true;
    else if (a === '--reports') opts.reports = Number(argv[++i]);
    else if (a.startsWith('--reports=')) opts.reports = Number(a.slice('--reports='.length));
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run bench -- [--reports N (default 500)] [--keep (leave the temp folder)] [--ocr-only]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.reports) || opts.reports < 1) {
    console.error('bench: --reports must be a whole number above 0');
    process.exit(2);
  }
  return opts;
}

function corpusDir() {
  for (const dir of [path.join(root, 'fixtures/reports'), path.resolve(root, '../shared/corpus')]) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).some((f) => /\.(txt|docx|pdf)$/i.test(f))) return dir;
  }
  throw new Error('no corpus found (fixtures/reports or ../shared/corpus)');
}

/** The corpus files our extractor reads without error (corrupt and scanned samples are left out). */
async function readableCorpusFiles(dir) {
  const { extractBytes } = await import(pathToFileURL(path.join(root, 'dist/extractors/index.js')).href);
  // Scans are measured on their own (benchOcr): here only what is read without OCR.
  const good = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.(txt|docx|pdf)$/i.test(name)) continue;
    const file = path.join(dir, name);
    try {
      await extractBytes(fs.readFileSync(file), name, { ocr: { mode: 'off' } });
      good.push(file);
    } catch {
      // not a good sample for throughput
    }
  }
  return good;
}

/** `count` reports copied from `files` under distinct names. With `distinct` (text files only),
 *  every copy gets a line of its own at the end, so no two reports are the same bytes: nothing is
 *  skipped as a copy, and every report has its text file and facts written. */
function buildArchive(files, count, dir, distinct = false) {
  fs.mkdirSync(dir, { recursive: true });
  const out = [];
  for (let i = 0; i < count; i++) {
    const src = files[i % files.length];
    const dest = path.join(dir, `r${String(i).padStart(5, '0')}_${path.basename(src)}`);
    if (distinct) fs.writeFileSync(dest, Buffer.concat([fs.readFileSync(src), Buffer.from(`\n(Bản lưu số ${i + 1})\n`)]));
    else fs.copyFileSync(src, dest);
    out.push(dest);
  }
  return out;
}

function subsetArchive(files, ext, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const picked = files.filter((f) => f.toLowerCase().endsWith(ext));
  for (const f of picked) fs.linkSync(f, path.join(dir, path.basename(f)));
  return picked;
}

const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Sum of RSS (kB) over a process and its descendants, from ps. */
function treeRssKb(pid) {
  const r = spawnSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  if (r.status !== 0) return 0;
  const kids = new Map();
  const rss = new Map();
  for (const line of r.stdout.trim().split('\n')) {
    const [p, pp, kb] = line.trim().split(/\s+/).map(Number);
    rss.set(p, kb);
    if (!kids.has(pp)) kids.set(pp, []);
    kids.get(pp).push(p);
  }
  let sum = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    sum += rss.get(p) ?? 0;
    stack.push(...(kids.get(p) ?? []));
  }
  return sum;
}

/** Runs a command, returns wall seconds, exit code, output and peak RSS (kB). */
function run(cmd, args, { measureMemory = false } = {}) {
  return new Promise((resolve) => {
    const useTime = measureMemory && fs.existsSync('/usr/bin/time');
    const [file, argv] = useTime ? ['/usr/bin/time', ['-v', cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const sampler =
      measureMemory && !useTime ? setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid))), 100) : null;
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (sampler) clearInterval(sampler);
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) peak = Number(m[1]);
      }
      resolve({ seconds, code, stdout, stderr, peakKb: peak, memoryBy: useTime ? '/usr/bin/time -v' : 'ps sampling' });
    });
  });
}

/** Text bytes (UTF-8), characters and PDF pages per content hash, from an output's documents.jsonl and
 *  text/*.json. Copies of one file are read in full by the run but kept once in the dataset, so the
 *  figures are summed over the inputs by their hash. */
function outputFigures(outDir, inputs) {
  const bySha = new Map();
  const textDir = path.join(outDir, 'text');
  const docsFile = path.join(outDir, 'documents.jsonl');
  if (fs.existsSync(docsFile)) {
    for (const line of fs.readFileSync(docsFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      const sha = rec.source?.sha256;
      if (!sha) continue;
      let bytes = 0;
      let chars = 0;
      const textFile = path.join(textDir, `${rec.doc}.json`);
      if (fs.existsSync(textFile)) {
        const doc = JSON.parse(fs.readFileSync(textFile, 'utf8'));
        if (typeof doc.text === 'string') {
          bytes = Buffer.byteLength(doc.text, 'utf8');
          chars = doc.text.length;
        }
      }
      bySha.set(sha, { bytes, chars, pages: rec.source?.pages ?? 0 });
    }
  }
  const total = { bytes: 0, chars: 0, pages: 0, docs: 0, distinct: bySha.size };
  for (const f of inputs) {
    const fig = bySha.get(shaOf(f));
    if (!fig) continue;
    total.bytes += fig.bytes;
    total.chars += fig.chars;
    total.pages += fig.pages;
    total.docs++;
  }
  return total;
}

const shaCache = new Map();
function shaOf(file) {
  let sha = shaCache.get(file);
  if (!sha) {
    sha = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    shaCache.set(file, sha);
  }
  return sha;
}

async function extract(inputDir, inputs, outDir, extraArgs = [], measureMemory = false) {
  // --keep-formats: the archive holds each report in several formats and many copies; the bench
  // measures reading every one of them, as it did before one report in several formats became one.
  const r = await run(process.execPath, [cli, 'extract', inputDir, '--out', outDir, '--keep-formats', ...extraArgs], { measureMemory });
  if (r.code !== 0) {
    console.error(`baocao extract exited with ${r.code}:\n${r.stderr.split('\n').slice(-15).join('\n')}`);
  }
  return { ...r, ...outputFigures(outDir, inputs) };
}

function ensurePdftotext() {
  if (hasCommand('pdftotext')) return true;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0 || !hasCommand('apt-get')) return false;
  console.log('installing poppler-utils (pdftotext) with apt-get …');
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', 'poppler-utils'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'ignore' });
    install();
  }
  return hasCommand('pdftotext');
}

const mb = (bytes) => bytes / 1e6;
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(cli)) {
    console.error('bench: dist/src/cli.js is missing; run `npm run build` first.');
    process.exit(2);
  }
  const help = spawnSync(process.execPath, [cli, 'extract', '--help'], { encoding: 'utf8' });
  if (help.status !== 0 || /not built yet/.test(help.stdout + help.stderr)) {
    console.error('bench: `baocao extract` is not available in this build.');
    process.exit(2);
  }
  if (opts.ocrOnly) return benchOcr();
  const corpus = corpusDir();
  const good = await readableCorpusFiles(corpus);
  if (good.length === 0) throw new Error(`no readable reports in ${corpus}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-bench-'));
  const cores = os.availableParallelism();
  console.log(`machine: ${cores} cores (nproc), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${os.platform()} ${os.arch()}`);
  console.log(`corpus: ${good.length} readable files from ${corpus}: ${good.map((f) => path.basename(f)).join(', ')}`);
  try {
    // 1. The whole archive, default concurrency.
    const archive = buildArchive(good, opts.reports, path.join(tmp, 'archive'));
    const inBytes = archive.reduce((s, f) => s + fs.statSync(f).size, 0);
    console.log(`\narchive: ${archive.length} reports, ${f1(mb(inBytes))} MB of files, in ${path.join(tmp, 'archive')}`);
    const all = await extract(path.join(tmp, 'archive'), archive, path.join(tmp, 'out-all'), [], true);
    console.log(`extract (default concurrency = ${cores}): ${f2(all.seconds)} s wall, ${all.docs} of ${archive.length} reports read (${all.distinct} distinct contents)`);
    console.log(`  reports/s:          ${f1(archive.length / all.seconds)}`);
    console.log(`  extracted text:     ${f2(mb(all.bytes) / all.seconds)} MB/s (${f1(mb(all.bytes))} MB UTF-8, ${all.chars} chars)`);
    console.log(`  PDF pages/s:        ${f1(all.pages / all.seconds)} (${all.pages} PDF pages among all formats)`);
    console.log(`  peak memory:        ${f1(all.peakKb / 1024)} MB RSS (${all.memoryBy})`);

    // 2. PDFs only: ours against poppler's pdftotext.
    const pdfs = subsetArchive(archive, '.pdf', path.join(tmp, 'pdf'));
    if (pdfs.length > 0) {
      const ours = await extract(path.join(tmp, 'pdf'), pdfs, path.join(tmp, 'out-pdf'), [], true);
      console.log(`\nPDF only: ${pdfs.length} files, ${ours.pages} pages`);
      console.log(`  baocao extract (concurrency ${cores}): ${f2(ours.seconds)} s, ${f1(ours.pages / ours.seconds)} pages/s, peak ${f1(ours.peakKb / 1024)} MB`);
      if (ensurePdftotext()) {
        const t0 = process.hrtime.bigint();
        for (const f of pdfs) spawnSync('pdftotext', ['-q', f, '/dev/null'], { stdio: 'ignore' });
        const seq = Number(process.hrtime.bigint() - t0) / 1e9;
        const par = await run('sh', ['-c', `find "${path.join(tmp, 'pdf')}" -name '*.pdf' -print0 | xargs -0 -P ${cores} -I{} pdftotext -q {} /dev/null`]);
        console.log(`  pdftotext sequential:             ${f2(seq)} s, ${f1(ours.pages / seq)} pages/s`);
        console.log(`  pdftotext parallel (xargs -P ${cores}):  ${f2(par.seconds)} s, ${f1(ours.pages / par.seconds)} pages/s`);
        console.log(`  ratio ours / pdftotext sequential: ${f2(ours.seconds / seq)}x`);
        console.log(`  ratio ours / pdftotext parallel:   ${f2(ours.seconds / par.seconds)}x`);
      } else {
        console.log('  pdftotext not available (install poppler-utils as root to compare)');
      }
    }

    // 3. Text reports on one core: an archive of as many txt reports as the main one has reports
    //    (copies of the corpus's txt reports), read by one worker (--concurrency 1), then the same
    //    run pinned to one CPU (main thread, worker and V8's helper threads all sharing it) where
    //    `taskset` exists.
    const txtSources = good.filter((f) => f.toLowerCase().endsWith('.txt'));
    if (txtSources.length > 0) {
      const txts = buildArchive(txtSources, opts.reports, path.join(tmp, 'txt'));
      const txtBytes = txts.reduce((s, f) => s + fs.statSync(f).size, 0);
      console.log(`\ntxt only: ${txts.length} reports, ${f1(mb(txtBytes))} MB`);
      // 4. The same number of distinct text reports (each copy with a line of its own): what an
      //    archive of different reports costs, with a text file and facts written for every one.
      const distinct = buildArchive(txtSources, opts.reports, path.join(tmp, 'txt-distinct'), true);
      const distinctBytes = distinct.reduce((s, f) => s + fs.statSync(f).size, 0);
      const pinned = hasCommand('taskset') ? ['taskset', ['-c', '0', process.execPath]] : null;
      const runs = [['--concurrency 1', process.execPath, [], 'txt', txts, txtBytes]];
      if (pinned) runs.push(['--concurrency 1, pinned to one CPU (taskset -c 0)', ...pinned, 'txt', txts, txtBytes]);
      runs.push([`${distinct.length} distinct reports, --concurrency 1${pinned ? ', pinned to one CPU' : ''}`, ...(pinned ?? [process.execPath, []]), 'txt-distinct', distinct, distinctBytes]);
      for (const [i, [label, cmd, pre, dir, inputs, bytes]] of runs.entries()) {
        const out = path.join(tmp, `out-txt-${i}`);
        const r = await run(cmd, [...pre, cli, 'extract', path.join(tmp, dir), '--out', out, '--concurrency', '1', '--keep-formats'], { measureMemory: true });
        if (r.code !== 0) console.error(`baocao extract exited with ${r.code}:\n${r.stderr.split('\n').slice(-15).join('\n')}`);
        const fig = outputFigures(out, inputs);
        console.log(`  ${label}: ${f2(r.seconds)} s, ${f2(mb(fig.bytes) / r.seconds)} MB/s of extracted text (${f2(mb(bytes) / r.seconds)} MB/s of input), ${f1(inputs.length / r.seconds)} reports/s, peak ${f1(r.peakKb / 1024)} MB`);
      }
    }
  } finally {
    if (opts.keep) console.log(`\nkept: ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  await benchOcr();
}

// Reads the corpus scan's pages by OCR in a process pinned to one CPU (taskset -c 0, when there),
// after one reading to warm up (the engine loads its data once per reading thread), without the
// OCR cache; prints the seconds of each page (drawing it and reading it) and their mean.
const OCR_TIMING = `
import { readFileSync } from 'node:fs';
const [root, scan, engine] = process.argv.slice(1);
const { extractBytes } = await import(root + '/dist/extractors/index.js');
const { closeOcrEngines } = await import(root + '/dist/extractors/ocr/index.js');
const bytes = readFileSync(scan);
const read = async () => {
  const times = [];
  let last = performance.now();
  const onProgress = (p) => {
    const now = performance.now();
    if (p.done > 0) times.push((now - last) / 1000);
    last = now;
  };
  await extractBytes(bytes, 'scan.pdf', { ocr: { engine, onProgress } });
  return times;
};
const t0 = performance.now();
await read(); // warm-up: the engine starts and loads its Vietnamese data
const first = (performance.now() - t0) / 1000;
const pages = [...(await read()), ...(await read())];
await closeOcrEngines();
process.stdout.write(JSON.stringify({ first, pages }));
`;

async function benchOcr() {
  const scan = [path.join(root, 'fixtures/hostile/scanned_003_p1-2.pdf'), path.resolve(root, '../shared/corpus/scanned_003_p1-2.pdf')].find((f) => fs.existsSync(f));
  if (!scan) return console.log('\nOCR: no scan to read (fixtures/hostile/scanned_003_p1-2.pdf)');
  const pinned = hasCommand('taskset');
  console.log(`\nOCR of ${path.basename(scan)} (2 pages, 150 dpi), one reading thread${pinned ? ', pinned to one CPU (taskset -c 0)' : ''}, no cache:`);
  const system = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  const engines = ['tesseract.js', ...(system.status === 0 && /^vie$/m.test(system.stdout) ? ['tesseract'] : [])];
  for (const engine of engines) {
    const args = ['--input-type=module', '-e', OCR_TIMING, root, scan, engine];
    const r = await run(pinned ? 'taskset' : process.execPath, pinned ? ['-c', '0', process.execPath, ...args] : args);
    if (r.code !== 0) {
      console.log(`  ${engine}: failed (${r.stderr.trim().split('\n').pop()})`);
      continue;
    }
    const { first, pages } = JSON.parse(r.stdout);
    const mean = pages.reduce((s, x) => s + x, 0) / pages.length;
    console.log(`  ${engine.padEnd(12)} ${f2(mean)} s per page (pages: ${pages.map(f2).join(', ')} s; the first reading, with start-up: ${f2(first)} s for 2 pages)`);
  }
  if (engines.length === 1) console.log('  tesseract (the program): not installed (apt-get install tesseract-ocr tesseract-ocr-vie to compare)');
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
