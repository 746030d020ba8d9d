// What a person can act on after a run: reports read with no province, no period or no figure
// (give --province, --period or a manifest; check the file), and manifest rows that matched no input.
import type { DocumentRecord } from '../facts.js';

export interface Attention {
  noProvince: string[];
  noPeriod: string[];
  noFacts: string[];
  /** Manifest rows (their `file`) that named no input of the run. */
  manifestUnmatched: string[];
}

export function attentionOf(documents: DocumentRecord[], manifestUnmatched: string[] = []): Attention {
  return {
    noProvince: documents.filter((d) => !d.province).map((d) => d.source.path),
    noPeriod: documents.filter((d) => !d.period).map((d) => d.source.path),
    noFacts: documents.filter((d) => d.facts === 0).map((d) => d.source.path),
    manifestUnmatched,
  };
}

const SHOWN = 3;
const some = (paths: string[]) => `${paths.slice(0, SHOWN).join(', ')}${paths.length > SHOWN ? `, … (${paths.length - SHOWN} more)` : ''}`;
const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;

/** One warning line per kind, with what to do; none when all is well. */
export function attentionLines(a: Attention): string[] {
  const lines: string[] = [];
  if (a.noProvince.length) lines.push(`warning: ${reports(a.noProvince.length)} with no province (give --province or a --manifest row): ${some(a.noProvince)}`);
  if (a.noPeriod.length) lines.push(`warning: ${reports(a.noPeriod.length)} with no period (give --period or a --manifest row): ${some(a.noPeriod)}`);
  if (a.noFacts.length) lines.push(`warning: ${reports(a.noFacts.length)} gave no figures (check them with \`baocao text FILE --explain\`): ${some(a.noFacts)}`);
  if (a.manifestUnmatched.length) lines.push(`warning: ${a.manifestUnmatched.length} manifest row${a.manifestUnmatched.length === 1 ? '' : 's'} named no input of this run: ${some(a.manifestUnmatched)}`);
  return lines;
}
