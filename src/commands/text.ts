// `baocao text FILE`: shows what the extractors see, so a person can check reading order,
// page breaks, tables and footnotes of a report before trusting its figures.
import type { Command } from 'commander';
import { isBaocaoError, toBaocaoError } from '../errors.js';
import type { Block, TextDocument } from '../model.js';

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

export function registerText(program: Command): void {
  program
    .command('text')
    .description('Show the text baocao reads from a report (txt, DOCX, PDF) with page, block, table and footnote boundaries')
    .argument('<file>', 'report to read')
    .option('--json', 'print the text model (text, pages, blocks) as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        const { extractFile } = await import('../../extractors/index.js');
        const doc = await extractFile(file);
        process.stdout.write(options.json ? `${JSON.stringify(doc, null, 2)}\n` : `${renderMarked(doc)}\n`);
        if (!options.json && doc.warnings.length) process.stderr.write(doc.warnings.map((w) => `warning: ${w}`).join('\n') + '\n');
      } catch (e) {
        const err = isBaocaoError(e) ? e : toBaocaoError(e, file);
        process.stderr.write(`${err.code}: ${err.message}\n`);
        process.exitCode = 1;
      }
    });
}
