// One report in several formats is one report. Archives hold a report as .docx, .txt and .pdf (and a
// scan): read as it is, each figure would count three times. Two reports are the same when they
// carry the same issuer, number and date, or when their texts are nearly the same (word 4-grams,
// Jaccard ≥ 0.8: the formats of one report score above 0.96, two monthly reports of one template
// below 0.2) and nothing they state disagrees (number, date, period, province). One of each group is
// kept, the most faithful reading first: DOCX, txt, PDF, scan (a PDF read by OCR); the others stay
// in documents.jsonl with `same_as` naming it, and without facts.
import type { DocumentRecord, Fact } from '../facts.js';
import type { Dataset } from './merge.js';

/** Texts at least this alike (Jaccard of their word 4-grams) are one report. */
export const SAME_TEXT = 0.8;
/** The smallest hashes of each text, compared first to find the pairs worth comparing in full. */
const SKETCH = 64;
/** A smallest hash shared by more texts than this pairs each with the next only. */
const CROWD = 32;

/** A letter or digit: ASCII, or Latin with diacritics and the other letters below U+2000 (texts are
 *  NFC; punctuation such as “ ” – … lies above). Read code by code: a Unicode regex costs 3× more. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);

/** Word 4-grams of a text, hashed, sorted, without repeats. Each word is hashed once (FNV-1a, 32
 *  bits) as it is read, and a 4-gram's hash combines its words' (this runs over every text of an archive). */
export function fingerprint(text: string): Uint32Array {
  const lower = text.toLowerCase();
  const wordHashes: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      wordHashes.push(h);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  const grams = new Uint32Array(Math.max(0, wordHashes.length - 3));
  for (let i = 0; i < grams.length; i++) {
    let g = wordHashes[i];
    for (let k = 1; k < 4; k++) g = Math.imul(g ^ wordHashes[i + k], 0x01000193) ^ (g >>> 15);
    grams[i] = g >>> 0;
  }
  grams.sort();
  let n = 0;
  for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[i - 1]) grams[n++] = grams[i];
  return grams.slice(0, n);
}

/** Jaccard similarity of two sorted hash lists. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) both++, i++, j++;
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

const folded = (s: string | null | undefined) => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const periodOf = (d: DocumentRecord) => (d.period ? `${d.period.start}..${d.period.end}` : '');

/** Something both state and state differently: then they are two reports, however alike. */
function disagree(a: DocumentRecord, b: DocumentRecord): boolean {
  const differ = (x: string, y: string) => x !== '' && y !== '' && x !== y;
  return differ(folded(a.number), folded(b.number)) || differ(folded(a.date), folded(b.date)) || differ(periodOf(a), periodOf(b)) || differ(a.province_code ?? '', b.province_code ?? '');
}

/** Same issuer, number and date, all stated. */
const sameHeader = (a: DocumentRecord, b: DocumentRecord) =>
  [a.issuer, a.number, a.date, b.issuer, b.number, b.date].every((x) => folded(x) !== '') &&
  folded(a.issuer) === folded(b.issuer) && folded(a.number) === folded(b.number) && folded(a.date) === folded(b.date);

/** DOCX keeps the text as typed; txt next; a PDF's text layer; a scan read by OCR last. */
export function formatRank(d: DocumentRecord): number {
  if (d.source.format === 'docx') return 0;
  if (d.source.format === 'txt') return 1;
  return d.source.ocr_pages ? 3 : 2;
}

export interface SameReport {
  /** The report kept. */
  kept: string;
  /** The others, the same report in another format (or another copy of its text). */
  others: string[];
}

/** Groups of one report read several times, each with the one to keep. Reports already set aside
 *  (`same_as`) are compared too but never kept over one that holds its facts. */
export function findSameReports(documents: DocumentRecord[], texts: Map<string, string>): SameReport[] {
  const docs = documents.filter((d) => texts.has(d.doc));
  const prints = docs.map((d) => fingerprint(texts.get(d.doc)!));
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (i: number, j: number) => {
    parent[root(i)] = root(j);
  };

  // Pairs worth comparing in full: those sharing many of their smallest hashes.
  const byHash = new Map<number, number[]>();
  prints.forEach((p, i) => {
    for (const h of p.subarray(0, SKETCH)) {
      const list = byHash.get(h);
      if (list) list.push(i);
      else byHash.set(h, [i]);
    }
  });
  const shared = new Map<number, number>();
  const count = (i: number, j: number) => {
    const key = i * docs.length + j;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  };
  for (const list of byHash.values()) {
    // A hash many texts share (boilerplate, or many copies of one text) links each text to the next
    // only: copies still chain into one group, and an archive of one template costs no n² pairs.
    if (list.length > CROWD) for (let x = 0; x + 1 < list.length; x++) count(list[x], list[x + 1]);
    else for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) count(list[x], list[y]);
  }
  for (const [key, n] of shared) {
    const [i, j] = [Math.floor(key / docs.length), key % docs.length];
    const needed = (Math.min(SKETCH, prints[i].length, prints[j].length) * SAME_TEXT) / 2;
    if (n < needed || disagree(docs[i], docs[j])) continue;
    if (similarity(prints[i], prints[j]) >= SAME_TEXT) join(i, j);
  }
  // Same issuer, number and date, whatever the texts (a poor scan reads far from its DOCX).
  const byHeader = new Map<string, number>();
  docs.forEach((d, i) => {
    if (!sameHeader(d, d)) return;
    const key = `${folded(d.issuer)}|${folded(d.number)}|${folded(d.date)}`;
    const first = byHeader.get(key);
    if (first === undefined) byHeader.set(key, i);
    else if (!disagree(docs[first], d)) join(i, first);
  });

  const groups = new Map<number, DocumentRecord[]>();
  docs.forEach((d, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(d);
    else groups.set(r, [d]);
  });
  const out: SameReport[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const order = [...g].sort(
      (a, b) => Number(Boolean(a.same_as)) - Number(Boolean(b.same_as)) || formatRank(a) - formatRank(b) || b.facts - a.facts || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0),
    );
    out.push({ kept: order[0].doc, others: order.slice(1).map((d) => d.doc) });
  }
  return out.sort((a, b) => (a.kept < b.kept ? -1 : 1));
}

/** The dataset with the others of each group set aside: `same_as` the kept one, their facts gone. */
export function setAsideSameReports(data: Dataset, groups: SameReport[]): Dataset {
  const sameAs = new Map<string, string>();
  for (const g of groups) for (const o of g.others) sameAs.set(o, g.kept);
  if (!sameAs.size) return data;
  const documents = data.documents.map((d) => {
    const kept = sameAs.get(d.doc);
    return kept ? { ...d, same_as: kept, facts: 0 } : d;
  });
  const facts: Fact[] = data.facts.filter((f) => !sameAs.has(f.doc));
  return { ...data, documents, facts };
}
