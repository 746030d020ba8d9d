// baocao audit. Each command loads what it runs only when it runs: the CLI starts fast.
import type { Command } from 'commander';
import { DEFAULT_OCR_CONFIDENCE_THRESHOLD } from '../limits.js';
import { EXIT, reportFailure } from './failure.js';
import { messenger, printJson, QUIET_HELP, type SurfaceFlags } from './surface.js';

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('Check the figures of an extract output directory: parts against wholes, shares, and agreement across reports')
    .argument('<dir>', 'directory written by `baocao extract --out`')
    .option('--stock-fall <fraction>', 'how much a stock (subscribers, BTS, online services) may fall between periods', '0.1')
    .option('--ocr-confidence <0-100>', 'list figures read by OCR whose digits or words were read with a lower confidence', String(DEFAULT_OCR_CONFIDENCE_THRESHOLD))
    .addHelpText('after', '\nFindings go to stdout, one a line (or all as JSON with --json), and to DIR/audit.jsonl; the summary to stderr.')
    .option('--json', 'print the findings as JSON (a list of audit.jsonl records)')
    .option('--quiet', QUIET_HELP)
    .action(async (dir: string, opts: SurfaceFlags & { stockFall: string; ocrConfidence: string }) => {
      const tolerance = Number(opts.stockFall);
      if (!Number.isFinite(tolerance) || tolerance < 0) {
        console.error(`baocao audit: --stock-fall must be a fraction such as 0.1, not "${opts.stockFall}".`);
        process.exit(2);
      }
      const ocrConfidenceThreshold = Number(opts.ocrConfidence);
      if (!Number.isFinite(ocrConfidenceThreshold) || ocrConfidenceThreshold < 0 || ocrConfidenceThreshold > 100) {
        console.error(`baocao audit: --ocr-confidence must be a number from 0 to 100, not "${opts.ocrConfidence}".`);
        process.exit(2);
      }
      try {
        const { auditDir } = await import('../audit/index.js');
        const r = await auditDir(dir, { stockFallTolerance: tolerance, ocrConfidenceThreshold });
        if (opts.json) printJson(r.findings);
        else for (const f of r.findings) console.log(`${f.doc}  [${f.type}]  ${f.message}`);
        const passed = r.checked.filter((c) => c.ok).length;
        messenger(opts)(
          `baocao audit: ${r.findings.length} finding(s) in ${new Set(r.facts.map((f) => f.doc)).size} report(s); ` +
            `${passed} group(s) and share(s) check out. Wrote ${dir}/audit.jsonl${r.sqlite ? ' and dataset.sqlite' : ''}.`,
        );
      } catch (e) {
        const { DatasetFileError } = await import('../dataset/jsonl.js');
        const { FolderBusyError } = await import('../dataset/lock.js');
        if (e instanceof DatasetFileError || e instanceof FolderBusyError) {
          console.error(`baocao audit: ${e.message}`);
          process.exitCode = EXIT.usage;
        } else reportFailure('audit', e, `the dataset in ${dir} is as it was`);
      }
    });
}
