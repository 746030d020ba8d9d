// `baocao text FILE`: shows what the extractors see, so a person can check reading order,
// page breaks, tables and footnotes of a report before trusting its figures. A page read by OCR
// shows each line as the engine read it, with its confidence.
import type { Command } from 'commander';
import { isBaocaoError, toBaocaoError } from '../errors.js';
import path from 'node:path';
import { lineOf, type Block, type OcrText, type Span, type TextDocument } from '../model.js';
import { readReportMetadata } from '../metadata/report.js';
import { extractFacts } from '../engine/index.js';
import type { FigureExplanation } from '../engine/explain.js';
import type { FactDraft } from '../engine/types.js';
import { checkOcrEngine, ocrEngineOption, ocrModeOption } from './extract.js';
import type { OcrEngineName, OcrMode } from '../limits.js';
import { wordsIn } from '../../extractors/ocr/provenance.js';

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

/** The OCR lines a span of text was written from: each piece of it on one line, with the line's confidence. */
export function ocrLinesIn(ocr: OcrText, text: string, span: Span): { confidence: number; text: string }[] {
  const pieces: { line: number; start: number; end: number }[] = [];
  for (const w of wordsIn(ocr, span)) {
    const last = pieces[pieces.length - 1];
    if (last && last.line === w.line) last.end = w.end;
    else pieces.push({ line: w.line, start: w.start, end: w.end });
  }
  return pieces.map((p) => ({ confidence: ocr.lines[p.line].confidence, text: text.slice(p.start, p.end) }));
}

/** The text with page and block boundaries marked; table cells shown as " │ ". */
export function renderMarked(doc: TextDocument): string {
  const out: string[] = [];
  const pageStarts = new Map(doc.pages.map((p) => [p.start, p.page]));
  const pageAt = (offset: number) => doc.pages.find((p) => offset >= p.start && offset < p.end)?.page;
  const scans = new Map((doc.ocr?.pages ?? []).map((p) => [p.page, p]));
  let shownPage: number | undefined;
  for (const b of doc.blocks) {
    const page = pageStarts.get(b.start) ?? pageAt(b.start);
    const scan = page === undefined ? undefined : scans.get(page);
    if (page !== undefined && page !== shownPage) {
      const how = scan ? ` (OCR: ${scan.engine}, ${scan.dpi} dpi, mean confidence ${scan.confidence}${scan.cached ? ', from the cache' : ''})` : '';
      out.push(`──── page ${page}${how} ────`);
      shownPage = page;
    }
    if (scan && doc.ocr && b.kind !== 'table') {
      // One row per line the engine read: its confidence, then its words.
      out.push(blockLabel(b));
      for (const l of ocrLinesIn(doc.ocr, doc.text, b)) out.push(`  ${l.confidence.toFixed(0).padStart(3)} │ ${l.text}`);
      continue;
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
    const why = e.rule ? `${e.metric} by ${e.rule}` : e.setAside ? `no metric: ${e.setAside}` : 'no metric';
    out.push(`  => ${why}${made.length ? `: ${made.map((f) => `${f.metric} ${JSON.stringify(f.dims)} = ${f.value}${f.basis !== 'actual' ? ` (${f.basis})` : ''}`).join('; ')}` : ''}`);
  }
  return out.join('\n');
}

export function registerText(program: Command): void {
  program
    .command('text')
    .description('Show the text baocao reads from a report (txt, DOCX, PDF) with page, block, table and footnote boundaries')
    .argument('<file>', 'report to read')
    .option('--json', 'print the text model (text, pages, blocks, and the OCR words with their places) as JSON')
    .option('--quiet', 'no messages on stderr (how the text was read); only why it could not be')
    .option('--explain', 'for every figure: the cues around it, the signatures scored, and why it got its metric (or none)')
    .addOption(ocrModeOption())
    .addOption(ocrEngineOption())
    .action(async (file: string, options: { json?: boolean; quiet?: boolean; explain?: boolean; ocr: OcrMode; ocrEngine: OcrEngineName }) => {
      if (!(await checkOcrEngine('text', options.ocrEngine, options.ocr))) return;
      const { closeOcrEngines } = await import('../../extractors/ocr/index.js');
      try {
        const { extractFile } = await import('../../extractors/index.js');
        const doc = await extractFile(file, { ocr: { mode: options.ocr, engine: options.ocrEngine } });
        if (options.explain) {
          const meta = readReportMetadata(doc, path.basename(file));
          const explanations: FigureExplanation[] = [];
          const facts = extractFacts(doc, meta, explanations);
          process.stdout.write(options.json ? `${JSON.stringify({ province: meta.province, period: meta.period, figures: explanations, facts }, null, 2)}\n` : `province: ${meta.province ?? '—'}; period: ${meta.period?.label ?? '—'}\n${renderExplanations(doc, explanations, facts)}\n`);
          return;
        }
        process.stdout.write(options.json ? `${JSON.stringify(doc, null, 2)}\n` : `${renderMarked(doc)}\n`);
        if (!options.quiet && doc.warnings.length) process.stderr.write(doc.warnings.map((w) => `warning: ${w}`).join('\n') + '\n');
      } catch (e) {
        const err = isBaocaoError(e) ? e : toBaocaoError(e, file);
        process.stderr.write(`${err.code}: ${err.message}\n`);
        process.exitCode = 1;
      } finally {
        await closeOcrEngines(); // tesseract.js keeps a thread that would hold the process open
      }
    });
}
