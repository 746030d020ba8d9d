// baocao extract: a folder of archived reports → a dataset (see src/run/extract-run.ts).
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES, DEFAULT_OCR_PAGE_TIMEOUT_MS, OCR_ENGINES, OCR_MODES, type OcrEngineName, type OcrMode } from '../limits.js';
import { DatasetFileError } from '../dataset/jsonl.js';
import { FolderBusyError } from '../dataset/lock.js';
import { runExtract } from '../run/extract-run.js';
import path from 'node:path';
import { problemLines, progressView, repairLines, sameReportLines, summaryJson, summaryLine, whereLines } from '../run/report.js';
import { messenger, printJson, QUIET_HELP, type SurfaceFlags } from './surface.js';
import { EXIT, failureReason, reportFailure } from './failure.js';
import { correctionLines, readCorrections } from '../dataset/corrections.js';
import { resolveSupplied } from '../supplied/apply.js';
import { ManifestError } from '../supplied/manifest.js';
import { PERIOD_FORMS } from '../supplied/period.js';
import { attentionLines } from '../run/attention.js';

const positiveNumber = (what: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${what} must be a positive number.`);
  return n;
};
const positiveInteger = (what: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${what} must be a whole number above 0.`);
  return n;
};

interface ExtractFlags extends SurfaceFlags {
  out: string;
  concurrency: number;
  timeout: number;
  maxSize: number;
  ocr: OcrMode;
  ocrEngine: OcrEngineName;
  ocrTimeout: number;
  repair?: boolean;
  corrections?: string;
  province?: string;
  period?: string;
  issuer?: string;
  manifest?: string;
  keepFormats?: boolean;
}

/** The OCR options, shared with `baocao text`. */
export const ocrModeOption = () =>
  new Option('--ocr <mode>', 'PDF pages without a text layer: auto reads them by OCR, force reads every page by OCR, off leaves them').choices(OCR_MODES).default('auto');
export const ocrEngineOption = () =>
  new Option('--ocr-engine <engine>', 'tesseract.js (bundled, the same everywhere) or tesseract (the installed program: faster)').choices(OCR_ENGINES).default('tesseract.js');

/** Exits 2 when the chosen engine is not there (the tesseract program with Vietnamese data). */
export async function checkOcrEngine(command: string, engine: string, mode: string): Promise<boolean> {
  if (engine !== 'tesseract' || mode === 'off') return true;
  const { systemTesseract } = await import('../../extractors/ocr/index.js');
  if (await systemTesseract()) return true;
  console.error(`baocao ${command}: --ocr-engine tesseract needs the tesseract program with Vietnamese data (apt-get install tesseract-ocr tesseract-ocr-vie); or leave --ocr-engine out to use the bundled tesseract.js.`);
  process.exitCode = 2;
  return false;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Read reports (txt, DOCX, PDF; folders are walked) and write or update a dataset in --out')
    .argument('<inputs...>', 'report files or folders')
    .requiredOption('-o, --out <dir>', 'output folder; an existing dataset there is updated, never duplicated')
    .option('-j, --concurrency <n>', 'files read at once, each in its own worker thread', positiveInteger('--concurrency'), availableParallelism())
    .option('-t, --timeout <seconds>', 'give up on a file after this long (pages read by OCR add --ocr-timeout each)', positiveNumber('--timeout'), 120)
    .option('--max-size <MB>', 'refuse files larger than this', positiveNumber('--max-size'), DEFAULT_MAX_BYTES / 1024 / 1024)
    .addOption(ocrModeOption())
    .addOption(ocrEngineOption())
    .option('--ocr-timeout <seconds>', 'more time a file gets for each page read by OCR', positiveNumber('--ocr-timeout'), DEFAULT_OCR_PAGE_TIMEOUT_MS / 1000)
    .option('--corrections <file>', 'apply corrections.jsonl saved from the review page: values set right, non-facts removed, missed figures added')
    .option('--repair', 'build on a dataset whose files were changed after baocao wrote them, keeping the reports whose records still agree')
    .option('--province <name>', 'the province of every input of this run (a name, with or without diacritics, or its two-digit code); wins over the text')
    .option('--period <period>', `the period of every input of this run: ${PERIOD_FORMS}; wins over the text`)
    .option('--issuer <name>', 'the issuing body of every input of this run; wins over the text')
    .option('--keep-formats', 'keep every format of a report read several times, without looking for them (by default one is kept: DOCX > txt > PDF > scan; the others are listed with same_as)')
    .option('--manifest <file.csv>', 'a CSV with columns file, province, period, issuer (all but file optional): metadata per file, over the text; the options above win over it')
    .addHelpText(
      'after',
      `
Examples:
  $ baocao extract reports/ --out output
  $ baocao extract 2023/ 2024/bao_cao_thang_5.pdf --out output --concurrency 4 --timeout 300
  $ baocao extract ninh-thuan/2023-q1/ --out output --province "Ninh Thuận" --period 2023-Q1
  $ baocao extract archive/ --out output --manifest archive/manifest.csv

Report metadata: a province, period or issuer given by an option or a manifest wins over what the
text says, which wins over a province named by the report's folders or file name ("Ninh Thuan/",
"bao-cao-tra-vinh-2021.docx"); documents.jsonl says where each came from (province_source,
period_source, issuer_source: option, manifest, path, or the part of the text).

Writes into the output folder: facts.jsonl, documents.jsonl, errors.jsonl, skipped.jsonl,
facts.csv (UTF-8 with BOM), documents.csv, errors.csv, dataset.sqlite, datapackage.json,
README.md (what each file holds) and text/<file>.json (the text every fact's offsets point
into). All of them change at once: a run writes a new generation under .baocao/ and switches to
it last, so a run that is stopped (killed, a full disk) leaves the dataset as it was. ocr/ (beside them) keeps what OCR read of
each scanned page and the page images, by source hash: a scan imported again is not read again.

PDF pages without a text layer (scans) are read by OCR (Vietnamese, tesseract.js): about 3 s a
page on one core; each fact from such a page says so (source.ocr, its confidences and its region
of the page) and the audit lists those read with low confidence.

A report is identified by its file name and content hash: reading it again replaces all of its
rows. In folders, files that are not .txt/.docx/.pdf are skipped (listed in skipped.jsonl).

What the run did goes to stderr (stdout with --json, as JSON; --quiet says nothing but why a run
could not be done). An input path that does not exist is recorded in errors.jsonl (NOT_FOUND);
when none of the inputs exists, nothing is written (exit 2).

Exit codes: 0 every input read, 1 some inputs failed (the rest are written; see errors.jsonl),
2 usage error, no input that exists, an output folder that does not hold a baocao dataset, one
that another extract is writing to, or one whose files were changed after baocao wrote them
(see --repair),
3 the run stopped (a full disk, no permission, an internal error): the folder is as it was.`,
    )
    .option('--json', 'print what the run did as JSON on stdout (counts, failed inputs, warnings, where the files are)')
    .option('--quiet', QUIET_HELP)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      if (!(await checkOcrEngine('extract', flags.ocrEngine, flags.ocr))) return;
      const supplied = resolveSupplied({ province: flags.province, period: flags.period, issuer: flags.issuer }, 'option');
      if (typeof supplied === 'string') {
        console.error(`baocao extract: ${supplied}.`);
        process.exitCode = EXIT.usage;
        return;
      }
      const outStat = await stat(flags.out).catch(() => null);
      if (outStat && !outStat.isDirectory()) {
        console.error(`baocao extract: --out ${flags.out} is a file, not a folder.`);
        process.exitCode = 2;
        return;
      }
      // A path that does not exist, when none does: nothing to read, so nothing is written.
      const found = await Promise.all(inputs.map((i) => stat(i).then(() => true, () => false)));
      if (!found.some(Boolean)) {
        console.error(`baocao extract: ${inputs.join(', ')} ${inputs.length === 1 ? 'does' : 'do'} not exist; check the path. Nothing was written.`);
        process.exitCode = EXIT.usage;
        return;
      }
      const say = messenger(flags);
      const interactive = Boolean(process.stdout.isTTY && process.stderr.isTTY) && !flags.quiet;
      const view = progressView(interactive);
      try {
        const corrections = flags.corrections ? await readCorrections(flags.corrections) : undefined;
        const summary = await runExtract({
          inputs,
          out: flags.out,
          concurrency: flags.concurrency,
          timeoutMs: flags.timeout * 1000,
          maxBytes: Math.round(flags.maxSize * 1024 * 1024),
          ocr: { mode: flags.ocr, engine: flags.ocrEngine, pageTimeoutMs: flags.ocrTimeout * 1000 },
          repair: flags.repair,
          corrections,
          supplied,
          manifest: flags.manifest,
          keepFormats: flags.keepFormats,
          onProgress: (p) => view.update(p),
        });
        view.stop();
        for (const line of repairLines(summary)) say(line);
        if (summary.tidyFailure) {
          say(`baocao extract: the dataset was written, but ${failureReason(summary.tidyFailure)} while the folder was tidied (the links at its top, older generations); the next run finishes that.`);
        }
        for (const line of problemLines(summary)) say(line);
        for (const line of attentionLines(summary.attention)) say(line);
        for (const line of sameReportLines(summary)) say(line);
        if (summary.files === 0 && summary.errors.length === 0) say('baocao extract: no .txt, .docx or .pdf files in the inputs.');
        // The dataset is the data (in --out); what the run did is a message, or data with --json.
        say(summaryLine(summary));
        for (const line of whereLines(summary)) say(line);
        for (const line of correctionLines(summary.corrections)) say(line);
        // Every extract audits the merged dataset before writing it (src/run/extract-run.ts).
        say(`audit: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} → ${path.join(flags.out, 'audit.jsonl')}`);
        if (flags.json) printJson(summaryJson(summary));
        // Reports taken out of the dataset and not read again are missing from it, as failed inputs are.
        process.exitCode = summary.errors.length || summary.repairs.some((r) => !r.reread) ? EXIT.inputsFailed : EXIT.ok;
      } catch (e) {
        view.stop();
        if (e instanceof DatasetFileError || e instanceof FolderBusyError || e instanceof ManifestError) {
          console.error(`baocao extract: ${e.message}`);
          process.exitCode = EXIT.usage;
          return;
        }
        reportFailure('extract', e, `the dataset in ${flags.out} is as it was`);
      }
    });
}
