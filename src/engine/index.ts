// Runs every family's rules over a document and returns fact drafts.
import type { TextDocument } from '../model.js';
import type { ReportMetadata } from '../metadata/report.js';
import { findMentions } from '../numbers/index.js';
import { logicalParagraphs, sentences } from './segments.js';
import { sentenceFacts, type ProseContext } from './prose.js';
import { tableFacts } from './tables.js';
import type { FactDraft } from './types.js';
import type { Mention } from '../numbers/types.js';

/** The same metric, dims, basis, period and value stated twice in one report is one fact. */
function dedupe(drafts: FactDraft[]): FactDraft[] {
  const seen = new Set<string>();
  const out: FactDraft[] = [];
  for (const d of drafts) {
    const dims = Object.keys(d.dims).sort().map((k) => `${k}=${d.dims[k]}`).join(',');
    const key = `${d.metric}|${dims}|${d.basis}|${d.period?.start ?? ''}..${d.period?.end ?? ''}|${d.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** The mentions starting in [start, end): mentions are sorted by start. */
function mentionsWithin(mentions: Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) out.push(mentions[i]);
  return out;
}

export function extractFacts(doc: TextDocument, meta: Pick<ReportMetadata, 'period'> & Partial<Pick<ReportMetadata, 'province_code'>>): FactDraft[] {
  const mentions = findMentions(doc.text);
  const drafts: FactDraft[] = [];
  for (const para of logicalParagraphs(doc)) {
    const ctx: ProseContext = { reportPeriod: meta.period, provinceCode: meta.province_code, previous: [] };
    const inPara = mentionsWithin(mentions, para.pieces[0].start, para.pieces[para.pieces.length - 1].end);
    if (!inPara.length) continue;
    for (const s of sentences(para)) {
      const found = sentenceFacts(s, inPara, ctx, drafts);
      if (found.length) ctx.previous = found;
    }
  }
  drafts.push(...tableFacts(doc, meta.period));
  return dedupe(drafts);
}
