// Seeded fuzzing of the number normalizer and the extractors: random inputs must never produce an
// untyped error, a hang or output that breaks the text model's invariants. Bounded to ~20 s in total.
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { findMentions, classifyDigitGroups } from '../src/numbers/index.js';
import { extractBytes } from '../extractors/index.js';
import { BaocaoError } from '../src/errors.js';
import { fixLegacyText } from '../src/text/legacy-encoding.js';
import { repairDiacriticSplits } from '../src/text/diacritics.js';
import type { TextDocument } from '../src/model.js';
import { prng } from './seeded.js';
import { cpuTimed } from './cpu-time.js';

// ------------------------------------------------------------------ seeded randomness

type Rand = ReturnType<typeof prng>;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

// ------------------------------------------------------------------ inputs

function corpusDir(): string {
  for (const dir of ['fixtures/reports', '../shared/corpus', '/work/shared/corpus']) {
    const abs = path.resolve(process.cwd(), dir);
    if (fs.existsSync(abs) && fs.readdirSync(abs).some((f) => f.endsWith('.txt'))) return abs;
  }
  throw new Error('no corpus of reports found (fixtures/reports or ../shared/corpus)');
}
const corpusFiles = (ext: string): Array<{ name: string; bytes: Uint8Array }> =>
  fs
    .readdirSync(corpusDir())
    .filter((f) => f.endsWith(ext) && !/^(corrupt|scanned)/.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(corpusDir(), f))) }));

const WORDS = [
  'tăng', 'giảm', 'so với cùng kỳ', 'đạt', 'hơn', 'gần', 'khoảng', 'trên', 'dưới', 'tỷ đồng', 'triệu đồng',
  'nghìn', 'thuê bao', 'hồ sơ', 'người', 'km', 'm2', '%', 'năm', 'tháng', 'ngày', 'Quyết định số', 'QĐ-UBND',
  'từ', 'đến', 'tỷ lệ', 'trên 100 dân', 'điểm', 'lượt', 'trang', 'Internet', 'v4.0', 'IPv6', 'Bảng', 'Mục',
];
const SEPARATORS = ['.', ',', ' ', '/', '-', '–', ':', '%', '\u00A0', '\u202F', "'", '(', ')', '\n', ';', '+', '±', '×'];
const ODD = ['\u0000', '\u0301', '\u0323', '\u0302', '\u031B', '\uFEFF', '\u200B', '\uD83D\uDE00', '\uD800', '\uDFFF', '\r', '\t', '²', '¹', '٣', '１', '½', 'Đ', 'ư', 'ạ'];

/** Digits and separators with words, marks and stray code units mixed in. */
function numberSoup(r: Rand, length: number): string {
  let s = '';
  while (s.length < length) {
    const x = r();
    if (x < 0.45) s += String(int(r, 10 ** (1 + int(r, 7))));
    else if (x < 0.75) s += pick(r, SEPARATORS);
    else if (x < 0.9) s += ' ' + pick(r, WORDS) + ' ';
    else s += pick(r, ODD);
  }
  return s;
}

/** Any code unit (lone surrogates too), weighted towards the ones text handling gets wrong. */
function randomUnicode(r: Rand, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const x = r();
    if (x < 0.3) s += pick(r, ODD);
    else if (x < 0.5) s += String.fromCharCode(0x300 + int(r, 0x70)); // combining marks
    else if (x < 0.7) s += String.fromCharCode(int(r, 0x80));
    else s += String.fromCharCode(int(r, 0x10000));
  }
  return s;
}

function mutateBytes(r: Rand, src: Uint8Array): Uint8Array {
  let b: Uint8Array = src.slice();
  const ops = 1 + int(r, 3);
  for (let k = 0; k < ops; k++) {
    const kind = int(r, 6);
    if (kind === 0) {
      // bit flips
      const flips = 1 + int(r, 20);
      for (let i = 0; i < flips && b.length; i++) b[int(r, b.length)] ^= 1 << int(r, 8);
    } else if (kind === 1) {
      b = b.slice(0, int(r, b.length + 1)); // truncation
    } else if (kind === 2) {
      const junk = new Uint8Array(1 + int(r, 512)).map(() => int(r, 256)); // random bytes spliced in
      const at = int(r, b.length + 1);
      b = concat(b.slice(0, at), junk, b.slice(at));
    } else if (kind === 3) {
      const text = new TextEncoder().encode(randomUnicode(r, 1 + int(r, 200)));
      const at = int(r, b.length + 1);
      b = concat(b.slice(0, at), text, b.slice(at));
    } else if (kind === 4 && b.length > 2) {
      const a = int(r, b.length); // a chunk removed
      b = concat(b.slice(0, a), b.slice(Math.min(b.length, a + 1 + int(r, 4096))));
    } else if (b.length > 2) {
      const a = int(r, b.length); // a chunk repeated
      const chunk = b.slice(a, Math.min(b.length, a + 1 + int(r, 4096)));
      b = concat(b.slice(0, a), chunk, chunk, b.slice(a + chunk.length));
    }
  }
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ------------------------------------------------------------------ invariants

function checkNumbers(text: string): string[] {
  const problems: string[] = [];
  const within = (s: { start: number; end: number }, lo = 0, hi = text.length): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && lo <= s.start && s.start <= s.end && s.end <= hi;
  const mentions = findMentions(text);
  let prev = -1;
  for (const m of mentions) {
    if (!within(m)) problems.push(`mention span ${m.start}-${m.end} outside the text`);
    if (m.raw !== text.slice(m.start, m.end)) problems.push(`mention raw ${JSON.stringify(m.raw)} is not the text at ${m.start}`);
    if (m.start < prev) problems.push('mentions not sorted by start');
    prev = m.start;
    if (!Number.isFinite(m.value)) problems.push(`mention value ${m.value}`);
    if (m.numbers.length === 0) problems.push('mention without numbers');
    for (const n of m.numbers) {
      if (!within(n, m.start, m.end)) problems.push(`number ${n.start}-${n.end} outside its mention ${m.start}-${m.end}`);
      if (n.raw !== text.slice(n.start, n.end))
        problems.push(`number raw ${JSON.stringify(n.raw)} is ${JSON.stringify(text.slice(n.start, n.end))} in the text (around: ${JSON.stringify(text.slice(Math.max(0, n.start - 12), n.end + 12))})`);
      if (!Number.isFinite(n.value)) problems.push(`number value ${n.value}`);
    }
    if (m.unitSpan && (!within(m.unitSpan) || m.unit !== text.slice(m.unitSpan.start, m.unitSpan.end))) problems.push('unit span');
    if (m.qualifierSpan && !within(m.qualifierSpan)) problems.push('qualifier span');
    if (m.change && (!within(m.change) || m.change.raw !== text.slice(m.change.start, m.change.end) || !Number.isFinite(m.change.value)))
      problems.push('change span');
  }
  const inRange = findMentions(text, { start: 0, end: Math.floor(text.length / 2) });
  if (inRange.some((m) => m.start >= Math.floor(text.length / 2))) problems.push('range filter');
  let end = 0;
  for (const g of classifyDigitGroups(text)) {
    if (!within(g) || g.raw !== text.slice(g.start, g.end)) problems.push(`group ${JSON.stringify(g.raw)} at ${g.start}`);
    if (g.start < end) problems.push('digit groups overlap or are unsorted');
    if (!/\p{N}/u.test(g.raw))
        problems.push(`group without a digit: ${JSON.stringify(g.raw)} at ${g.start} (around: ${JSON.stringify(text.slice(Math.max(0, g.start - 12), g.end + 12))})`);
    end = g.end;
  }
  return problems;
}

function checkDocument(doc: TextDocument): string[] {
  const problems: string[] = [];
  const n = doc.text.length;
  const within = (s: { start: number; end: number }): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n;
  if (typeof doc.text !== 'string') return ['text is not a string'];
  if (doc.text !== doc.text.normalize('NFC')) problems.push('text is not NFC');
  if (doc.lineStarts[0] !== 0) problems.push('lineStarts[0] is not 0');
  const newlines = [...doc.text.matchAll(/\n/g)].map((m) => m.index! + 1);
  if (doc.lineStarts.length !== newlines.length + 1 || newlines.some((s, i) => doc.lineStarts[i + 1] !== s)) problems.push('lineStarts');
  let last = -1;
  for (const p of doc.pages) {
    if (!within(p) || p.start < last) problems.push(`page ${p.page} span ${p.start}-${p.end}`);
    last = p.end;
  }
  last = 0;
  for (const b of doc.blocks) {
    if (!within(b)) problems.push(`${b.kind} block ${b.start}-${b.end} outside the text`);
    if (b.start < last) problems.push(`${b.kind} block at ${b.start} overlaps the one before`);
    last = Math.max(last, b.end);
    if (b.kind === 'table')
      for (const row of b.rows) {
        if (!within(row) || row.start < b.start || row.end > b.end) problems.push('table row outside its table');
        for (const c of row.cells) if (!within(c) || c.start < row.start || c.end > row.end) problems.push('cell outside its row');
      }
  }
  if (!Array.isArray(doc.warnings) || doc.warnings.some((w) => typeof w !== 'string')) problems.push('warnings');
  return problems;
}

// ------------------------------------------------------------------ harness

const CALL_LIMIT_MS = 15000;

/** Runs one extraction bounded in time; returns problems (empty when the outcome is acceptable). */
async function extractChecked(bytes: Uint8Array, name: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CALL_LIMIT_MS);
  });
  try {
    const outcome = await Promise.race([extractBytes(bytes, name, { timeoutMs: CALL_LIMIT_MS - 3000 }), timeout]);
    if (outcome === 'timeout') return [`${name}: no answer within ${CALL_LIMIT_MS} ms`];
    return checkDocument(outcome).map((p) => `${name}: ${p}`);
  } catch (e) {
    if (e instanceof BaocaoError) return [];
    return [`${name}: untyped error ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`];
  } finally {
    clearTimeout(timer);
  }
}

// Sync calls cannot be raced: they are timed in CPU time (tests/cpu-time.ts), not wall time, and
// flagged when one takes far longer than its input warrants.

describe('fuzz: number normalizer', () => {
  it('random digit/separator soups keep every invariant', () => {
    const r = prng(0xba0ca0);
    const problems: string[] = [];
    let slowest = 0;
    for (let i = 0; i < 400; i++) {
      const text = numberSoup(r, 1 + int(r, 400));
      try {
        const { value, ms } = cpuTimed(() => checkNumbers(text));
        slowest = Math.max(slowest, ms);
        problems.push(...value.map((p) => `soup #${i}: ${p} in ${JSON.stringify(text.slice(0, 120))}`));
      } catch (e) {
        problems.push(`soup #${i}: threw ${e instanceof Error ? e.message : e} on ${JSON.stringify(text.slice(0, 120))}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(slowest).toBeLessThan(2000);
  });

  it('mutated corpus text and random Unicode keep every invariant', () => {
    const r = prng(7);
    const texts = corpusFiles('.txt').map((f) => new TextDecoder().decode(f.bytes));
    const problems: string[] = [];
    for (let i = 0; i < 60; i++) {
      const base = pick(r, texts);
      const at = int(r, base.length);
      let text = base.slice(at, at + 200 + int(r, 3000));
      const edits = 1 + int(r, 10);
      for (let k = 0; k < edits; k++) {
        const p = int(r, text.length + 1);
        text = text.slice(0, p) + (r() < 0.5 ? randomUnicode(r, 1 + int(r, 8)) : numberSoup(r, 1 + int(r, 12))) + text.slice(p + int(r, 4));
      }
      try {
        const { value, ms } = cpuTimed(() => checkNumbers(text));
        if (ms > 2000) problems.push(`text #${i}: ${ms.toFixed(0)} ms for ${text.length} chars`);
        problems.push(...value.map((p) => `text #${i}: ${p}`));
      } catch (e) {
        problems.push(`text #${i}: threw ${e instanceof Error ? e.message : e}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('a long soup stays fast (no quadratic blow-up)', () => {
    const r = prng(99);
    const text = numberSoup(r, 200_000);
    const { value, ms } = cpuTimed(() => checkNumbers(text));
    expect(value.slice(0, 5)).toEqual([]);
    expect(ms).toBeLessThan(8000);
  });
});

describe('fuzz: text repairs', () => {
  it('legacy conversion and split repair take any text and only do what they promise', () => {
    const r = prng(31337);
    const texts = corpusFiles('.txt').map((f) => new TextDecoder().decode(f.bytes));
    const problems: string[] = [];
    for (let i = 0; i < 300; i++) {
      const base = pick(r, texts);
      const at = int(r, base.length);
      const latin1 = String.fromCharCode(...Array.from({ length: int(r, 60) }, () => 0xa0 + int(r, 0x60)));
      const text = base.slice(at, at + int(r, 2000)) + randomUnicode(r, int(r, 50)) + latin1 + ' Thô ng ' + numberSoup(r, int(r, 40));
      const { value: fixed, ms } = cpuTimed(() => fixLegacyText(text));
      if (ms > 1000) problems.push(`#${i}: fixLegacyText took ${ms.toFixed(0)} ms`);
      if (fixed.encoding === null && fixed.text !== text) problems.push(`#${i}: text changed without an encoding`);
      if (fixed.encoding !== null && !fixed.warning) problems.push(`#${i}: converted without a warning`);
      const repaired = repairDiacriticSplits(text);
      // Only spaces are ever removed.
      if (repaired.replace(/ /g, '') !== text.replace(/ /g, '') || repaired.length > text.length) problems.push(`#${i}: repair changed more than spaces`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('fuzz: extractors', () => {
  it('mutated txt, DOCX and PDF files give a valid document or a BaocaoError, never a hang', async () => {
    const r = prng(2024);
    const problems: string[] = [];
    // The same inputs on every run, however busy the machine (no deadline that would cut the PDFs
    // short); the test's time limit is only a guard against a hang.
    const plan: Array<[string, number]> = [
      ['.txt', 120],
      ['.docx', 80],
      ['.pdf', 50],
    ];
    for (const [ext, count] of plan) {
      const files = corpusFiles(ext);
      expect(files.length).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const f = pick(r, files);
        const bytes = mutateBytes(r, f.bytes);
        problems.push(...(await extractChecked(bytes, `fuzz${i}_${f.name}`)));
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('odd whole inputs: empty, tiny, all zeros, wrong extension, random Unicode text', async () => {
    const r = prng(5);
    const docx = corpusFiles('.docx')[0].bytes;
    const pdf = corpusFiles('.pdf')[0].bytes;
    const cases: Array<[Uint8Array, string]> = [
      [new Uint8Array(0), 'empty.txt'],
      [new Uint8Array(0), 'empty.pdf'],
      [new Uint8Array([0]), 'nul.txt'],
      [new Uint8Array(4096), 'zeros.pdf'],
      [new Uint8Array(4096), 'zeros.docx'],
      [new Uint8Array(4096), 'zeros.txt'],
      [new TextEncoder().encode('%PDF-1.7\n'), 'header-only.pdf'],
      [new TextEncoder().encode('PK\u0003\u0004'), 'header-only.docx'],
      [docx, 'docx-named.pdf'],
      [pdf, 'pdf-named.docx'],
      [pdf, 'pdf-named.txt'],
      [docx, 'report.DOCX'],
      [docx, 'no-extension'],
      [new TextEncoder().encode(randomUnicode(r, 5000)), 'unicode.txt'],
      [new TextEncoder().encode('\uFEFF' + 'Thô ng tin 1.305.471 thuê bao\r\n'.repeat(200)), 'bom-crlf.txt'],
      [new Uint8Array(3000).map(() => 0xa0 + int(r, 0x60)), 'latin1.txt'],
    ];
    const problems: string[] = [];
    for (const [bytes, name] of cases) problems.push(...(await extractChecked(bytes, name)));
    expect(problems).toEqual([]);
  }, 30000);
});
