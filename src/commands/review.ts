// baocao review (loaded when run, like every command's work).
import type { Command } from 'commander';
import { EXIT, reportFailure } from './failure.js';
import { messenger, printJson, QUIET_HELP, type SurfaceFlags } from './surface.js';

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('Write DIR/review.html: search, filter, tabulate and chart the figures, each highlighted in its report; mark corrections and save them as corrections.jsonl')
    .argument('<dir>', 'directory written by `baocao extract --out` (run `baocao audit` first to see findings)')
    .option('-o, --output <file>', 'where to write the page (default DIR/review.html)')
    .option('--json', 'print where the page was written and what it holds as JSON')
    .option('--quiet', QUIET_HELP)
    .action(async (dir: string, opts: SurfaceFlags & { output?: string }) => {
      try {
        const { writeReview } = await import('../review/index.js');
        const r = await writeReview(dir, opts.output);
        if (opts.json) printJson({ path: r.path, reports: r.docs, facts: r.facts, findings: r.findings });
        messenger(opts)(`baocao review: wrote ${r.path} (${r.docs} reports, ${r.facts} figures, ${r.findings} findings). Open it in a browser; it needs no network.`);
      } catch (e) {
        const { DatasetFileError } = await import('../dataset/jsonl.js');
        if (e instanceof DatasetFileError) {
          console.error(`baocao review: ${e.message}`);
          process.exitCode = EXIT.usage;
        } else reportFailure('review', e, 'the review page was not written');
      }
    });
}
