// Gold files (../shared/spec/GOLD.md) from a dataset's reviewed reports: an office's own checked
// reports become its test set for the scorer (tools/score.mjs).
import path from 'node:path';
import type { DocumentRecord } from '../facts.js';
import type { CorrectedFact } from './corrections.js';

export interface GoldFact {
  metric: string;
  dims: Record<string, string>;
  value: number;
  quote: string;
  basis?: 'target' | 'estimate';
  period?: { start: string; end: string };
  qualifier?: string;
  change_pct?: number;
}

export interface GoldFile {
  doc: string;
  province: string | null;
  period: DocumentRecord['period'];
  facts: GoldFact[];
}

/** The scorer finds a report's text by this name in its corpus and matches facts by the stem, so a
 *  PDF or DOCX report's gold names the text that `--corpus` writes beside it. */
export const goldTextName = (doc: string) => `${doc.replace(/\.[^.]+$/, '')}.txt`;

/** One report's gold: its facts as the dataset holds them (corrections applied), in the scorer's form. */
export function goldOf(doc: DocumentRecord, facts: CorrectedFact[]): GoldFile {
  const seen = new Set<string>();
  const out: GoldFact[] = [];
  for (const f of facts) {
    const dims = Object.fromEntries(Object.entries(f.dims).filter(([, v]) => v && v !== 'all'));
    const own = f.period && (!doc.period || f.period.start !== doc.period.start || f.period.end !== doc.period.end);
    const g: GoldFact = {
      metric: f.metric,
      dims,
      value: f.value,
      quote: f.quote,
      ...(f.basis !== 'actual' ? { basis: f.basis } : {}),
      ...(own && f.period ? { period: { start: f.period.start, end: f.period.end } } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.change_pct !== null ? { change_pct: f.change_pct } : {}),
    };
    // GOLD.md: the same metric, dims, basis, period and value stated twice in a report is one fact.
    const key = JSON.stringify([g.metric, Object.entries(dims).sort(), g.basis ?? 'actual', g.value, g.period ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(g);
  }
  return { doc: goldTextName(doc.doc), province: doc.province, period: doc.period, facts: out };
}

export const goldFileName = (doc: string) => `${path.basename(goldTextName(doc), '.txt')}.json`;
