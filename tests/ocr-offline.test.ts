// OCR needs no network: in a process where every way out (sockets, TLS, DNS, UDP, fetch) throws
// and is reported, in the main thread and in every worker thread (tesseract.js reads in one of
// its own), a scanned page is still read, from what npm installed.
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tesseractJsPaths } from '../extractors/ocr/engines.js';
import { makePdf } from './pdf-maker.js';
import { smallScanPage } from './scan-maker.js';
import { REPO, TEXT_LAYER } from './ocr-shared.js';

// Loaded with --require, which Node also runs in each worker thread (unlike --import).
const NO_NETWORK = `
const { threadId } = require('node:worker_threads');
const say = (s) => process.stderr.write(s + '\\n');
const refuse = (what) => function () { say('NETWORK ATTEMPT in thread ' + threadId + ': ' + what); throw new Error('no network in this test: ' + what); };
const net = require('node:net'), tls = require('node:tls'), dns = require('node:dns'), dgram = require('node:dgram');
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) { dns[k] = refuse('dns.' + k); dns.promises[k] = refuse('dns.promises.' + k); }
dgram.createSocket = refuse('dgram.createSocket');
globalThis.fetch = refuse('fetch');
say('network off in thread ' + threadId);
`;

describe('OCR without a network', () => {
  it('reads a scanned page with every network call refused, in every thread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'baocao-offline-'));
    try {
      writeFileSync(path.join(dir, 'no-network.cjs'), NO_NETWORK);
      const scan = path.join(dir, 'scan.pdf');
      writeFileSync(scan, makePdf([await smallScanPage(readFileSync(TEXT_LAYER))]));
      const child = path.join(dir, 'read.mjs');
      writeFileSync(
        child,
        `import { extractFile } from ${JSON.stringify(path.join(REPO, 'dist/extractors/index.js'))};
         import { closeOcrEngines } from ${JSON.stringify(path.join(REPO, 'dist/extractors/ocr/index.js'))};
         const doc = await extractFile(process.argv[2]);
         await closeOcrEngines();
         // The control: the guard does refuse (nothing is listening on port 9 anyway).
         try { await fetch('http://127.0.0.1:9/'); } catch {}
         process.stdout.write(JSON.stringify({ text: doc.text, words: doc.ocr.words.length }));`,
      );
      // Run from the temporary folder: tesseract.js must not write its language data where it runs either.
      const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, ['--require', path.join(dir, 'no-network.cjs'), child, scan], { cwd: dir, timeout: 300_000 }, (e, stdout, stderr) =>
          resolve({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, stdout, stderr }),
        ),
      );
      // The one attempt is the control's, after the page was read.
      expect(r.stderr.match(/NETWORK ATTEMPT.*/g)).toEqual(['NETWORK ATTEMPT in thread 0: fetch']);
      expect(r.code).toBe(0);
      // The guard was in place in the main thread and in tesseract.js's thread.
      expect(new Set(r.stderr.match(/network off in thread \d+/g))).toEqual(new Set(['network off in thread 0', 'network off in thread 1']));
      const read = JSON.parse(r.stdout);
      expect(read.words).toBeGreaterThan(50);
      expect(read.text).toContain('860/148.962');
      // Nothing written beside it (tesseract.js caches language data in the working folder unless told not to).
      expect(readdirSync(dir).sort()).toEqual(['no-network.cjs', 'read.mjs', 'scan.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('points tesseract.js at its installed worker, core and Vietnamese data', () => {
    const paths = tesseractJsPaths();
    for (const p of [paths.workerPath, paths.corePath, paths.langPath]) {
      expect(p.startsWith(path.join(REPO, 'node_modules'))).toBe(true);
      expect(p).not.toMatch(/^https?:/);
    }
    expect(readFileSync(path.join(paths.langPath, 'vie.traineddata.gz')).length).toBeGreaterThan(1_000_000);
  });
});
