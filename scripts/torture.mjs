#!/usr/bin/env node
// npm run torture [-- --quick] [-- --keep]
// Stops `baocao extract` in every way this machine allows and checks that nothing is lost:
//  1. a kill (SIGKILL) at every write a run makes, for a run into an empty folder, a run that adds
//     reports to a dataset, and a run that takes over a folder of the older layout (files at its top);
//  2. a full disk at every write (injected ENOSPC, src/dataset/fault.ts);
//  3. a real full disk: the output folder on a small tmpfs, at several sizes, when the machine lets
//     this script mount one (in a mount namespace of its own: `unshare`), else said and skipped;
//  4. kills at random moments of a run (seeded), without the test hook.
// After each stop it checks that the folder shows the dataset as it was before the run, or, once
// the run has switched to its new generation, the new dataset whole; that the folder's files agree
// (documents' fact counts, facts, text files, SQLite, CSV, manifest hashes); and that a run after
// it completes the dataset with nothing left behind. It prints what it checked; it is not a test
// of `npm test`. Needs a build (npm run build). --quick tries every third write; --only=… runs some
// of the parts (kill, enospc, diskfull, random); --keep leaves the work folder.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/src/cli.js');
const PARTS = ['kill', 'enospc', 'diskfull', 'random'];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const opts = { quick: process.argv.includes('--quick'), keep: process.argv.includes('--keep'), parts: only ? only.split(',') : PARTS };
if (process.argv.includes('--help') || process.argv.includes('-h') || opts.parts.some((p) => !PARTS.includes(p))) {
  console.log(`usage: npm run torture -- [--quick (every third write)] [--only=${PARTS.join(',')}] [--keep (leave the work folder)]`);
  process.exit(0);
}
if (!fs.existsSync(cli)) {
  console.error('torture: no build; run `npm run build` first.');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-torture-'));
let checks = 0;
let failures = 0;
const say = (s) => console.log(s);
function check(ok, what) {
  checks++;
  if (!ok) {
    failures++;
    say(`  FAILED: ${what}`);
  }
  return ok;
}

// ---------------------------------------------------------------- inputs

const report = (n) =>
  `SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NINH THUẬN\n\nBáo cáo tháng ${n}/2023\n\n` +
  `Trong tháng đã cấp ${String(n).padStart(2, '0')} chứng thư số cho các tổ chức, cá nhân; tiếp nhận ${n}.${String(100 + n).padStart(3, '0')} hồ sơ.\n`;
const first = path.join(work, 'in-first');
const second = path.join(work, 'in-second');
fs.mkdirSync(first);
fs.mkdirSync(second);
fs.copyFileSync(path.join(root, 'fixtures/reports/001_66f321ac8072f3c0.txt'), path.join(first, '001_66f321ac8072f3c0.txt'));
for (const n of [1, 2]) fs.writeFileSync(path.join(first, `r${n}.txt`), report(n));
fs.copyFileSync(path.join(root, 'fixtures/reports/003_94917d68e4cdbaae.txt'), path.join(second, '003_94917d68e4cdbaae.txt'));
for (const n of [3, 4, 5]) fs.writeFileSync(path.join(second, `r${n}.txt`), report(n));
// A report of the first run corrected: the second run replaces its rows.
fs.writeFileSync(path.join(second, 'r2.txt'), report(12));

// ---------------------------------------------------------------- running and looking

function run(args, env = {}) {
  const r = spawnSync(process.execPath, [cli, 'extract', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? r.signal, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}

/** What a run that went well says on stderr: its summary line, where the results are, the audit
 *  (nothing repaired, nothing failed). */
const onlySummary = (stderr) => {
  const lines = stderr.trim().split('\n');
  return /^baocao extract: \d+ reports? read/.test(lines[0]) && lines.slice(1).every((l) => /^(Results in |  |audit: )/.test(l));
};

const copy = (from, to) => {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
};

const jsonl = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const sha = (b) => createHash('sha256').update(b).digest('hex');

function csvRecords(file) {
  if (!fs.existsSync(file)) return null;
  const body = fs.readFileSync(file, 'utf8');
  let quoted = false;
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '"') quoted = !quoted;
    else if (body[i] === '\n' && !quoted) n++;
  }
  return n - 1;
}

/** The dataset as the files at `dir` show it (the names a person opens, or a generation folder). */
function state(dir) {
  const textDir = path.join(dir, 'text');
  const texts = {};
  if (fs.existsSync(textDir)) for (const n of fs.readdirSync(textDir).sort()) texts[n] = sha(fs.readFileSync(path.join(textDir, n)));
  let sqlite = null;
  if (fs.existsSync(path.join(dir, 'dataset.sqlite'))) {
    const db = new Database(path.join(dir, 'dataset.sqlite'), { readonly: true });
    const count = (t) => db.prepare(`SELECT count(*) AS n FROM ${t}`).get().n;
    sqlite = { documents: count('documents'), facts: count('facts'), errors: count('errors'), audit: count('audit') };
    db.close();
  }
  return {
    documents: jsonl(path.join(dir, 'documents.jsonl')),
    facts: jsonl(path.join(dir, 'facts.jsonl')),
    errors: jsonl(path.join(dir, 'errors.jsonl')),
    audit: jsonl(path.join(dir, 'audit.jsonl')),
    texts,
    sqlite,
    csv: { facts: csvRecords(path.join(dir, 'facts.csv')), documents: csvRecords(path.join(dir, 'documents.csv')) },
  };
}

const current = (out) => {
  try {
    return fs.realpathSync(path.join(out, '.baocao', 'current'));
  } catch {
    return null;
  }
};

/** Whether the files of a dataset agree with one another (and with its manifest). */
function agrees(dir, s = state(dir)) {
  const problems = [];
  const per = new Map();
  for (const f of s.facts) per.set(f.doc, (per.get(f.doc) ?? 0) + 1);
  for (const d of s.documents) {
    if ((per.get(d.doc) ?? 0) !== d.facts) problems.push(`${d.doc}: ${d.facts} facts counted, ${per.get(d.doc) ?? 0} held`);
    if (!s.texts[`${d.doc}.json`] && !Object.keys(s.texts).some((t) => /^[0-9a-f]{64}\.json$/.test(t))) problems.push(`${d.doc}: no text file`);
  }
  for (const doc of per.keys()) if (!s.documents.some((d) => d.doc === doc)) problems.push(`facts of ${doc}, which no document lists`);
  if (s.documents.length && Object.keys(s.texts).length !== s.documents.length) problems.push(`${Object.keys(s.texts).length} text files for ${s.documents.length} reports`);
  if (s.sqlite && (s.sqlite.documents !== s.documents.length || s.sqlite.facts !== s.facts.length || s.sqlite.errors !== s.errors.length || s.sqlite.audit !== s.audit.length)) {
    problems.push(`dataset.sqlite holds ${JSON.stringify(s.sqlite)}`);
  }
  if (s.csv.facts !== null && s.csv.facts !== s.facts.length) problems.push(`facts.csv holds ${s.csv.facts} rows for ${s.facts.length} facts`);
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const [name, e] of Object.entries(m.files)) {
      const p = path.join(dir, name);
      if (!fs.existsSync(p) || sha(fs.readFileSync(p)) !== e.sha256) problems.push(`${name} differs from the manifest`);
    }
  }
  return problems;
}

/** Nothing a stopped run left: two generations at most, no temporary names. */
function leftovers(out) {
  const found = [];
  for (const n of fs.readdirSync(out)) if (n.startsWith('.') && n !== '.baocao') found.push(n);
  const store = path.join(out, '.baocao');
  if (fs.existsSync(store)) {
    for (const n of fs.readdirSync(store)) if (n !== 'current' && n !== 'generations') found.push(`.baocao/${n}`);
    const gens = fs.readdirSync(path.join(store, 'generations'));
    if (gens.length > 2) found.push(`${gens.length} generations`);
  }
  return found;
}

const same = (a, b) => isDeepStrictEqual(a, b);

// ---------------------------------------------------------------- the scenarios

/** A folder of the older layout: the files themselves at its top, text/ a folder. */
function legacyOf(genFolder, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.join(to, 'text'), { recursive: true });
  for (const n of fs.readdirSync(genFolder)) {
    const p = path.join(genFolder, n);
    if (n === 'text') for (const t of fs.readdirSync(p)) fs.copyFileSync(path.join(p, t), path.join(to, 'text', t));
    else if (fs.statSync(p).isFile() && n !== 'manifest.json') fs.copyFileSync(p, path.join(to, n));
  }
}

function prepare() {
  const base = path.join(work, 'base');
  check(run([first, '--out', base]).code === 0, 'the first run into an empty folder');
  const full = path.join(work, 'full');
  copy(base, full);
  check(run([second, '--out', full]).code === 0, 'the second run');
  const legacy = path.join(work, 'legacy');
  legacyOf(current(base), legacy);
  return {
    empty: { name: 'a run into an empty folder', base: null, inputs: first, after: state(base) },
    adding: { name: 'a run that adds and replaces reports', base, inputs: second, after: state(full) },
    legacy: { name: 'a run that takes over a folder of the older layout', base: legacy, inputs: second, after: state(full) },
  };
}

function writesOf(scenario) {
  const out = path.join(work, 'count');
  if (scenario.base) copy(scenario.base, out);
  else fs.rmSync(out, { recursive: true, force: true });
  const r = run([scenario.inputs, '--out', out], { BAOCAO_TEST_FAULT: 'count' });
  check(r.code === 0, `${scenario.name}: counting its writes`);
  return [...r.stderr.matchAll(/^BAOCAO_TEST_FAULT write \d+: (.*)$/gm)].map((m) => m[1].replace(work, '…'));
}

function stopAtEachWrite(scenario, fault) {
  const writes = writesOf(scenario);
  const switchAt = writes.findIndex((w) => w.startsWith('switch ')) + 1;
  const before = scenario.base ? state(scenario.base) : state(path.join(work, 'nothing'));
  say(`\n${fault === 'kill' ? 'Kill (SIGKILL)' : 'Full disk (ENOSPC)'} at each write of ${scenario.name}: ${writes.length} writes, the switch to the new generation at write ${switchAt}`);
  let tried = 0;
  let okCount = 0;
  for (let k = 1; k <= writes.length; k++) {
    if (opts.quick && k % 3 !== 1 && k !== switchAt && k !== switchAt + 1) continue;
    tried++;
    const out = path.join(work, `stop-${fault}-${k}`);
    if (scenario.base) copy(scenario.base, out);
    else fs.rmSync(out, { recursive: true, force: true });
    const r = run([scenario.inputs, '--out', out], { BAOCAO_TEST_FAULT: `${fault}:${k}` });
    const committed = k > switchAt;
    const where = `write ${k} (${writes[k - 1]})`;
    let ok = true;
    if (fault === 'kill') ok = check(r.code === 'SIGKILL', `${where}: killed`) && ok;
    else if (committed) ok = check(r.code === 0 && /the dataset was written, but the disk is full/.test(r.stderr), `${where}: exit 0, a full disk said after the commit (${r.code}: ${r.stderr.trim()})`) && ok;
    else {
      const lines = r.stderr.trim().split('\n');
      ok = check(r.code === 3 && lines.length === 1 && /^baocao extract: the disk is full\b.* is as it was\. Free some space and run again\.$/.test(lines[0]), `${where}: exit 3 with one sentence (${r.code}: ${r.stderr.trim()})`) && ok;
    }
    if (committed) {
      const gen = current(out);
      ok = check(gen && same(state(gen), scenario.after), `${where}: the new generation, whole, is current`) && ok;
      ok = check(gen && agrees(gen).length === 0, `${where}: its files agree (${gen && agrees(gen).join('; ')})`) && ok;
    } else {
      ok = check(same(state(out), before), `${where}: the folder shows the dataset as it was`) && ok;
      ok = check(agrees(current(out) ?? out).length === 0, `${where}: its files agree (${agrees(current(out) ?? out).join('; ')})`) && ok;
    }
    const again = run([scenario.inputs, '--out', out]);
    ok = check(again.code === 0 && onlySummary(again.stderr), `${where}: the next run succeeds, saying nothing on stderr but its summary (${again.code}: ${again.stderr.trim()})`) && ok;
    ok = check(same(state(out), scenario.after), `${where}: then the folder shows the new dataset, whole`) && ok;
    ok = check(agrees(current(out)).length === 0 && agrees(out).length === 0, `${where}: and its files agree`) && ok;
    ok = check(leftovers(out).length === 0, `${where}: nothing left behind (${leftovers(out).join(', ')})`) && ok;
    if (ok) okCount++;
    fs.rmSync(out, { recursive: true, force: true });
  }
  say(`  ${okCount} of ${tried} stops checked out: before the switch the folder showed the dataset as it was, after it the new one whole; the next run completed it each time.`);
}

// ---------------------------------------------------------------- a real full disk

/** How this script can mount a small file system: a command prefix, or why it cannot. */
function mounter() {
  const tries = [
    ['unshare', '--mount', '--propagation', 'private'],
    ['unshare', '--user', '--map-root-user', '--mount'],
  ];
  const reasons = [];
  for (const prefix of tries) {
    const probe = fs.mkdtempSync(path.join(work, 'probe-'));
    const r = spawnSync(prefix[0], [...prefix.slice(1), 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs '${probe}' && touch '${probe}/x'`], { encoding: 'utf8' });
    if (r.status === 0) return { prefix };
    reasons.push(`${prefix.join(' ')}: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n')[0]}`);
  }
  return { reasons };
}

function duBytes(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) n += duBytes(p);
    else if (e.isFile()) n += Math.ceil(fs.statSync(p).size / 4096) * 4096 + 4096;
    else n += 4096;
  }
  return n;
}

function realDiskFull(scenario) {
  say('\nA real full disk: the output folder on a small tmpfs');
  const m = mounter();
  if (!m.prefix) {
    say(`  This machine does not let this script mount a file system (${m.reasons.join('; ')}).`);
    say('  The full-disk cases above used an injected ENOSPC at each write instead; no real full disk was tried.');
    return;
  }
  const baseBytes = duBytes(scenario.base);
  const genBytes = duBytes(current(path.join(work, 'full')));
  const sizes = [];
  for (let i = 0; i <= 11; i++) sizes.push(baseBytes + 8192 + Math.round((genBytes * 1.3 * i) / 11 / 4096) * 4096);
  say(`  mounting with \`${m.prefix.join(' ')}\`; the dataset before the run takes about ${Math.round(baseBytes / 1024)} kB, a generation ${Math.round(genBytes / 1024)} kB`);
  const before = state(scenario.base);
  for (const size of sizes) {
    const mnt = fs.mkdtempSync(path.join(work, 'tmpfs-'));
    const snap = path.join(work, `snap-${size}`);
    const result = path.join(work, `result-${size}.json`);
    // Inside the namespace: mount, put the dataset there, run, keep what the folder holds, leave.
    const inner = `
      mount -t tmpfs -o size=${size} tmpfs '${mnt}' || exit 90
      cp -a '${scenario.base}/.' '${mnt}/' 2>/dev/null || exit 91
      '${process.execPath}' '${cli}' extract '${scenario.inputs}' --out '${mnt}' > '${result}.out' 2> '${result}.err'
      echo $? > '${result}.code'
      cp -a '${mnt}/.' '${snap}/'`;
    fs.mkdirSync(snap);
    const r = spawnSync(m.prefix[0], [...m.prefix.slice(1), 'sh', '-c', inner], { encoding: 'utf8', timeout: 120_000 });
    const label = `tmpfs of ${Math.round(size / 1024)} kB`;
    if (r.status === 91) {
      say(`  ${label}: the dataset before the run does not fit; skipped`);
      continue;
    }
    if (r.status !== 0) {
      check(false, `${label}: the namespace ran (${r.status}: ${r.stderr})`);
      continue;
    }
    const code = Number(fs.readFileSync(`${result}.code`, 'utf8'));
    const err = fs.readFileSync(`${result}.err`, 'utf8').trim();
    if (code === 0) {
      const tidy = /the dataset was written, but the disk is full/.test(err);
      check(same(state(current(snap)), scenario.after) && agrees(current(snap)).length === 0, `${label}: exit 0 and the new dataset whole`);
      say(`  ${label}: the run fitted (exit 0${tidy ? '; the disk filled while tidying after the commit, which was said' : ''}); the new dataset is whole`);
    } else {
      const lines = err.split('\n');
      check(code === 3 && lines.length === 1 && /^baocao extract: the disk is full/.test(lines[0]), `${label}: exit 3 with one sentence (${code}: ${err})`);
      check(same(state(snap), before) && agrees(current(snap) ?? snap).length === 0, `${label}: the folder shows the dataset as it was, its files agreeing`);
      say(`  ${label}: exit ${code}, the dataset as it was; said: "${lines[0].replace(mnt, '…')}"`);
    }
    // On a disk with room, the next run completes it.
    const again = run([scenario.inputs, '--out', snap]);
    check(again.code === 0 && same(state(snap), scenario.after) && leftovers(snap).length === 0, `${label}: the next run, with room, completes the dataset (${again.code}: ${again.stderr.trim()})`);
  }
}

// ---------------------------------------------------------------- kills at random moments

async function randomKills(scenario, count) {
  say(`\nKills at random moments of ${scenario.name} (no test hook; ${count} runs, seeded)`);
  let seed = 20261203;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const timing = path.join(work, 'timing');
  copy(scenario.base, timing);
  const t0 = Date.now();
  run([scenario.inputs, '--out', timing]);
  const span = Date.now() - t0;
  const before = state(scenario.base);
  const seen = { before: 0, after: 0 };
  for (let i = 0; i < count; i++) {
    const out = path.join(work, `random-${i}`);
    copy(scenario.base, out);
    // Most of a run is reading; its writes come at the end.
    const delay = Math.round(span * (0.5 + 0.8 * rnd()));
    const child = spawn(process.execPath, [cli, 'extract', scenario.inputs, '--out', out], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, delay))]);
    child.kill('SIGKILL');
    await exited;
    const s = state(out);
    const which = same(s, before) ? 'before' : same(s, scenario.after) ? 'after' : null;
    check(which !== null, `kill after ${delay} ms: the folder shows the dataset before or after the run, nothing between`);
    if (which) seen[which]++;
    const again = run([scenario.inputs, '--out', out]);
    check(again.code === 0 && same(state(out), scenario.after) && leftovers(out).length === 0, `kill after ${delay} ms: the next run completes the dataset`);
    fs.rmSync(out, { recursive: true, force: true });
  }
  say(`  ${count} kills within ${span} ms: the folder showed the dataset as it was ${seen.before} times and the new one ${seen.after} times, never anything between; each next run completed it.`);
}

// ---------------------------------------------------------------- main

try {
  say(`baocao torture: ${work}`);
  const scenarios = prepare();
  const part = (p) => opts.parts.includes(p);
  if (part('kill')) for (const s of [scenarios.empty, scenarios.adding, scenarios.legacy]) stopAtEachWrite(s, 'kill');
  if (part('enospc')) for (const s of [scenarios.empty, scenarios.adding]) stopAtEachWrite(s, 'enospc');
  if (part('diskfull')) realDiskFull(scenarios.adding);
  if (part('random')) await randomKills(scenarios.adding, opts.quick ? 4 : 12);
  say(`\n${checks} checks, ${failures} failed.`);
  process.exitCode = failures ? 1 : 0;
} finally {
  if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
  else say(`kept ${work}`);
}
