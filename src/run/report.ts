// What a person sees during and after a run: a progress bar on a terminal; otherwise one
// summary line (logs stay short). Either way, then, where the results are.
import path from 'node:path';
import cliProgress from 'cli-progress';
import { OUTPUT_FILES } from '../dataset/output.js';
import type { ExtractSummary, Progress } from './extract-run.js';

export interface ProgressView {
  update(p: Progress): void;
  stop(): void;
}

export function progressView(interactive: boolean): ProgressView {
  if (!interactive) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: ' {bar} {value}/{total} files | {pages} pages{ocr} | {facts} facts | {errors} errors | {duration_formatted} elapsed | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let done = 0;
  const fields = (p: Progress) => ({ pages: p.pages, ocr: p.ocrPages ? ` (${p.ocrPages} by OCR)` : '', facts: p.facts, errors: p.errors });
  return {
    update(p) {
      if (!started) {
        bar.start(p.total, p.done, fields(p));
        started = true;
      } else if (p.done !== done) bar.update(p.done, fields(p));
      else bar.update(fields(p)); // a page read by OCR: the ETA goes by files, left as it is
      done = p.done;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(s: ExtractSummary): string {
  const ocr = s.ocrPages ? `, ${s.ocrPages} by OCR${s.ocrCached ? ` (${s.ocrCached} from the OCR cache)` : ''}` : '';
  const parts = [
    `${plural(s.read, 'report')} read${s.pages ? ` (${plural(s.pages, 'PDF page')}${ocr})` : ''}`,
    `${plural(s.facts, 'fact')}`,
    `${plural(s.errors.length, 'input')} failed`,
    `${s.skipped.filter((k) => !k.figure).length} skipped`,
  ];
  const unclaimed = s.skipped.filter((k) => k.figure).length;
  // Figures of a known thing that no metric claimed: what to read when a figure seems missing.
  if (unclaimed) parts.push(`${plural(unclaimed, 'figure')} of a known thing unclaimed (${OUTPUT_FILES.skipped})`);
  const others = s.sameReports.reduce((n, g) => n + g.others.length, 0);
  if (others) parts.push(`${others} the same report as another in a more faithful format, set aside (same_as)`);
  const aside = s.totals.setAside ? ` (and ${s.totals.setAside} set aside as the same report in another format)` : '';
  return `baocao extract: ${parts.join(', ')} in ${(s.elapsedMs / 1000).toFixed(1)} s; dataset now ${plural(s.totals.documents, 'report')}${aside}, ${plural(s.totals.facts, 'fact')}`;
}

const MAX_LISTED = 10;

/** Failed and skipped inputs, capped so a big archive does not flood the terminal. */
export function problemLines(s: ExtractSummary): string[] {
  const lines: string[] = [];
  const list = <T>(title: string, items: T[], line: (t: T) => string, file: string) => {
    if (!items.length) return;
    lines.push(title);
    for (const it of items.slice(0, MAX_LISTED)) lines.push(`  ${line(it)}`);
    if (items.length > MAX_LISTED) lines.push(`  … and ${items.length - MAX_LISTED} more (see ${file})`);
  };
  list(`Failed (${s.errors.length}):`, s.errors, (e) => `${e.path}: ${e.code}: ${e.error}`, OUTPUT_FILES.errors);
  const inputs = s.skipped.filter((k) => !k.figure);
  list(`Skipped (${inputs.length}):`, inputs, (k) => `${k.path}: ${k.reason}`, OUTPUT_FILES.skipped);
  return lines;
}

/** Reports read several times, in several formats: which one was kept. */
export function sameReportLines(s: ExtractSummary): string[] {
  const others = s.sameReports.reduce((n, g) => n + g.others.length, 0);
  if (!others) return [];
  const groups = s.sameReports.slice(0, 3).map((g) => `${g.others.join(', ')} = ${g.kept}`).join('; ');
  const more = s.sameReports.length > 3 ? `; … (${s.sameReports.length - 3} more)` : '';
  return [`note: ${plural(others, 'report')} ${others === 1 ? 'is' : 'are'} the same report as another in a more faithful format (DOCX > txt > PDF > scan) and ${others === 1 ? 'was' : 'were'} set aside: ${groups}${more} (same_as in ${OUTPUT_FILES.documents}; --keep-formats keeps every format)`];
}

/** Reports taken out of the dataset found in the folder because their rows disagreed. */
export function repairLines(s: ExtractSummary): string[] {
  if (!s.repairs.length) return [];
  const lines = [
    `The dataset in ${s.out} was inconsistent (left so by an interrupted run of an older baocao, or changed by hand): ` +
      `${plural(s.repairs.length, 'report')} whose rows disagreed ${s.repairs.length === 1 ? 'was' : 'were'} taken out; import those not read again in this run once more:`,
  ];
  for (const r of s.repairs.slice(0, MAX_LISTED)) lines.push(`  ${r.path}: ${r.why}${r.reread ? ' (read again in this run)' : ''}`);
  if (s.repairs.length > MAX_LISTED) lines.push(`  … and ${s.repairs.length - MAX_LISTED} more (see ${OUTPUT_FILES.errors}, code DATASET_REPAIRED)`);
  return lines;
}

/** The run as data (extract --json): counts, what failed, what a person can act on, where the files are. */
export function summaryJson(s: ExtractSummary): object {
  const dir = path.resolve(s.out);
  return {
    out: dir,
    files: s.files,
    read: s.read,
    facts: s.facts,
    pages: s.pages,
    ocr_pages: s.ocrPages,
    ocr_cached: s.ocrCached,
    failed: s.errors,
    skipped: s.skipped.filter((k) => !k.figure),
    unclaimed_figures: s.skipped.filter((k) => k.figure).length,
    same_report: s.sameReports,
    keep_formats: s.keepFormats,
    attention: {
      no_province: s.attention.noProvince,
      no_period: s.attention.noPeriod,
      no_facts: s.attention.noFacts,
      manifest_unmatched: s.attention.manifestUnmatched,
    },
    repaired: s.repairs,
    findings: s.findings,
    totals: { documents: s.totals.documents, set_aside: s.totals.setAside, facts: s.totals.facts, errors: s.totals.errors },
    outputs: Object.fromEntries(Object.entries(OUTPUT_FILES).map(([k, f]) => [k, path.join(dir, f)])),
    elapsed_ms: s.elapsedMs,
  };
}

export function whereLines(s: ExtractSummary): string[] {
  const dir = path.resolve(s.out);
  const at = (f: string) => path.join(dir, f);
  return [
    `Results in ${dir}`,
    `  spreadsheet: ${at(OUTPUT_FILES.factsCsv)}`,
    `  SQL:         ${at(OUTPUT_FILES.sqlite)}  (try: baocao compare ${s.out} --metric subs.phone)`,
    `  records:     ${OUTPUT_FILES.facts}, ${OUTPUT_FILES.documents}, ${OUTPUT_FILES.errors}, ${OUTPUT_FILES.datapackage}, ${OUTPUT_FILES.textDir}/`,
  ];
}
