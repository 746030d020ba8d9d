#!/usr/bin/env node
// `npm run score`: extracts the corpus reports (txt, DOCX, PDF) and the development set as a user
// would (`baocao extract`), and prints the scorer's lines for each. Reads ../shared (the corpus,
// the devset and their gold facts); writes only to a temporary folder. Add --verbose for what was
// missed and what was spurious.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';

const here = path.dirname(url.fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const shared = path.resolve(repo, '..', 'shared');
const cli = path.join(repo, 'dist/src/cli.js');
const scorer = path.join(shared, 'tools/score.mjs');
const verbose = process.argv.includes('--verbose');

if (!fs.existsSync(cli)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
if (!fs.existsSync(scorer)) {
  console.error(`${shared} is missing: the corpus, devset and scorer live there.`);
  process.exit(2);
}

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-score-'));

/** Extracts `files` and scores them against `gold`; returns the scorer's output. */
function run(name, files, corpus, gold) {
  const dir = path.join(out, name.replace(/\W+/g, '-'));
  try {
    execFileSync('node', [cli, 'extract', ...files, '--out', dir], { stdio: 'ignore' });
  } catch {
    // Exit 1 means some inputs failed; the rest are written and scored.
  }
  if (!fs.existsSync(path.join(dir, 'facts.jsonl'))) return `${name}: extract wrote no facts.jsonl`;
  const args = [scorer, '--gold', gold, '--pred', path.join(dir, 'facts.jsonl'), '--corpus', corpus, ...(verbose ? ['--verbose'] : [])];
  return execFileSync('node', args, { encoding: 'utf8' });
}

/** A folder of links to the devset texts and gold of one half (odd or even numbers). */
function half(which) {
  const dir = path.join(out, `devset-${which}`);
  for (const sub of ['corpus', 'gold']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    for (const f of fs.readdirSync(path.join(shared, 'devset', sub))) {
      const n = Number(f.match(/\d+/)?.[0]);
      if (Number.isFinite(n) && n % 2 === (which === 'odd' ? 1 : 0)) fs.symlinkSync(path.join(shared, 'devset', sub, f), path.join(dir, sub, f));
    }
  }
  return dir;
}

const corpus = path.join(shared, 'corpus');
for (const ext of ['txt', 'docx', 'pdf']) {
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith(`.${ext}`) && !/corrupt|scanned/.test(f)).map((f) => path.join(corpus, f));
  const result = run(`corpus .${ext}`, files, corpus, path.join(shared, 'gold'));
  console.log(`== corpus .${ext}\n${result.trim()}\n`);
}
const devCorpus = path.join(shared, 'devset', 'corpus');
console.log(`== devset (60 texts)\n${run('devset', [devCorpus], devCorpus, path.join(shared, 'devset', 'gold')).trim()}\n`);
for (const which of ['odd', 'even']) {
  const dir = half(which);
  console.log(`== devset, ${which}-numbered half\n${run(`devset ${which}`, [path.join(dir, 'corpus')], path.join(dir, 'corpus'), path.join(dir, 'gold')).trim()}\n`);
}
fs.rmSync(out, { recursive: true, force: true });
