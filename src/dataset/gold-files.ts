// Writing the gold of the reports a corrections file names (baocao corrections --gold).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from './atomic.js';
import { applyCorrections, readCorrections, type Unapplied } from './corrections.js';
import { goldFileName, goldOf, goldTextName } from './gold.js';
import { DatasetFileError } from './jsonl.js';
import { loadStore, readStoredText } from './store.js';

export async function writeGold(file: string, from: string, goldDir: string, corpusDir?: string): Promise<{ files: number; facts: number; unapplied: Unapplied[] }> {
  const corrections = await readCorrections(file);
  if (!existsSync(from)) throw new DatasetFileError(`${from} does not exist; give --from the output folder of \`baocao extract\`.`);
  const store = await loadStore(from);
  const named = new Set(corrections.map((c) => c.sha256));
  const docs = store.dataset.documents.filter((d) => named.has(d.source.sha256));
  if (corrections.length && !docs.length) throw new DatasetFileError(`none of the reports ${file} names is in ${from} with the same bytes; give --from the output folder the corrections were made on.`);
  const texts = new Map<string, string>();
  for (const d of docs) {
    const t = await readStoredText(store, d);
    if ('problem' in t) throw new DatasetFileError(`the text of ${d.doc} in ${from} cannot be read: ${t.problem}.`);
    texts.set(d.doc, t.text);
  }
  const wanted = new Set(docs.map((d) => d.doc));
  const outcome = applyCorrections(docs, store.dataset.facts.filter((f) => wanted.has(f.doc)), corrections, texts);
  await mkdir(goldDir, { recursive: true });
  if (corpusDir) await mkdir(corpusDir, { recursive: true });
  let facts = 0;
  for (const d of docs) {
    const gold = goldOf(d, outcome.facts.filter((f) => f.doc === d.doc));
    facts += gold.facts.length;
    await writeFileAtomically(path.join(goldDir, goldFileName(d.doc)), JSON.stringify(gold, null, 1) + '\n');
    if (corpusDir) await writeFileAtomically(path.join(corpusDir, goldTextName(d.doc)), texts.get(d.doc)!);
  }

  return { files: docs.length, facts, unapplied: outcome.unapplied };
}
