// `baocao text FILE`: shows what the extractors see, so a person can check reading order,
// page breaks, tables and footnotes of a report before trusting its figures.
import type { Command } from 'commander';
import { isBaocaoError, toBaocaoError } from '../errors.js';
import path from 'node:path';
import { lineOf, type Block, type TextDocument } from '../model.js';
import { readReportMetadata } from '../metadata/report.js';
import { extractFacts } from '../engine/index.js';
import type { FigureExplanation } from '../engine/explain.js';
import type { FactDraft } from '../engine/types.js';

function blockLabel(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `[heading${b.level ? ` ${b.level}` : ''}]`;
    case 'footnote':
      return `[footnote ${b.marker}${b.refs.length ? ` ← ${b.refs.join(',')}` : ''}]`;
    case 'table':
      return `[table ${b.rows.length} rows]`;
    default:
      return `[${b.kind.replace('_', ' ')}]`;
  }
}

/** The text with page and block boundaries marked; table cells shown as " │ ". */
export function renderMarked(doc: TextDocument): string {
  const out: string[] = [];
  const pageStarts = new Map(doc.pages.map((p) => [p.start, p.page]));
  const pageAt = (offset: number) => doc.pages.find((p) => offset >= p.start && offset < p.end)?.page;
  let shownPage: number | undefined;
  for (const b of doc.blocks) {
    const page = pageStarts.get(b.start) ?? pageAt(b.start);
    if (page !== undefined && page !== shownPage) {
      out.push(`──── page ${page} ────`);
      shownPage = page;
    }
    if (b.kind === 'table') {
      out.push(blockLabel(b));
      for (const r of b.rows) {
        const cells = r.cells.map((c) => doc.text.slice(c.start, c.end)).join(' │ ');
        out.push(`  ${r.header ? (r.repeated ? 'H*' : 'H ') : '  '}│ ${cells}`);
      }
    } else out.push(`${blockLabel(b)} ${doc.text.slice(b.start, b.end)}`);
  }
  return out.join('\n');
}

/** Per figure: where it is, its words, the cues seen and where, the signatures that scored, the
 *  ones turned down and why, and what it became. */
export function renderExplanations(doc: TextDocument, explanations: FigureExplanation[], facts: FactDraft[]): string {
  const out: string[] = [];
  for (const e of explanations) {
    const made = facts.filter((f) => f.valueSpan.start >= e.span.start && f.valueSpan.end <= e.span.end);
    out.push(`line ${lineOf(doc, e.span.start)}  ${e.raw}  [${e.kind}]  ${e.frame}`);
    out.push(`  cues: ${e.cues.filter((c) => c.where !== 'sentence').map((c) => `${c.words} (${c.cues.join('/')}, ${c.where})`).join('; ') || '—'}`);
    for (const s of e.scored.slice(0, 3)) out.push(`  scored ${s.score}: ${s.id} → ${s.metric}  [${s.roles.join(', ')}]`);
    for (const r of e.rejected.slice(0, 6)) out.push(`  not ${r.id}: ${r.reason}`);
    const why = e.rule ? `${e.metric} by ${e.rule}` : 'no metric';
    out.push(`  => ${why}${made.length ? `: ${made.map((f) => `${f.metric} ${JSON.stringify(f.dims)} = ${f.value}${f.basis !== 'actual' ? ` (${f.basis})` : ''}`).join('; ')}` : ''}`);
  }
  return out.join('\n');
}

export function registerText(program: Command): void {
  program
    .command('text')
    .description('Show the text baocao reads from a report (txt, DOCX, PDF) with page, block, table and footnote boundaries')
    .argument('<file>', 'report to read')
    .option('--json', 'print the text model (text, pages, blocks) as JSON')
    .option('--explain', 'for every figure: the cues around it, the signatures scored, and why it got its metric (or none)')
    .action(async (file: string, options: { json?: boolean; explain?: boolean }) => {
      try {
        const { extractFile } = await import('../../extractors/index.js');
        const doc = await extractFile(file);
        if (options.explain) {
          const meta = readReportMetadata(doc, path.basename(file));
          const explanations: FigureExplanation[] = [];
          const facts = extractFacts(doc, meta, explanations);
          process.stdout.write(options.json ? `${JSON.stringify({ province: meta.province, period: meta.period, figures: explanations, facts }, null, 2)}\n` : `province: ${meta.province ?? '—'}; period: ${meta.period?.label ?? '—'}\n${renderExplanations(doc, explanations, facts)}\n`);
          return;
        }
        process.stdout.write(options.json ? `${JSON.stringify(doc, null, 2)}\n` : `${renderMarked(doc)}\n`);
        if (!options.json && doc.warnings.length) process.stderr.write(doc.warnings.map((w) => `warning: ${w}`).join('\n') + '\n');
      } catch (e) {
        const err = isBaocaoError(e) ? e : toBaocaoError(e, file);
        process.stderr.write(`${err.code}: ${err.message}\n`);
        process.exitCode = 1;
      }
    });
}
