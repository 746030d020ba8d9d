#!/usr/bin/env node
// baocao command line: one module per command under src/commands/.
import { Command } from 'commander';
import { registerText } from './commands/text.js';
import { registerExtract } from './commands/extract.js';
import { registerCompare } from './commands/compare.js';
import { registerAudit } from './commands/audit.js';
import { registerReview } from './commands/review.js';
import { registerCorrections } from './commands/corrections.js';
import { registerMetrics } from './commands/metrics.js';
import { reportFailure } from './commands/failure.js';

const program = new Command();
program
  .name('baocao')
  .description('Turn Vietnamese provincial ICT reports (txt, DOCX, PDF) into a dataset of traceable figures.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride((err) => {
    // Usage errors exit 2 (per the dataset contract); help and version exit 0.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') process.exit(0);
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerText(program);
registerExtract(program);
registerCompare(program);
registerAudit(program);
registerReview(program);
registerCorrections(program);
registerMetrics(program);
for (const command of program.commands) command.option('--debug', 'when the run fails, show where (the stack)');

// Whatever a command does not catch ends here: one sentence, and exit 3 (src/commands/failure.ts).
let running = 'run';
program.hook('preAction', (_program, action) => {
  running = action.name();
});
const unexpected = (e: unknown) => {
  // A rejection the PDF reader has told as a file's damage (extractors/pdfjs-reports.ts) is not one.
  if (e && typeof e === 'object' && (e as Record<symbol, unknown>)[Symbol.for('baocao.rejection-handled')]) return;
  reportFailure(running, e, 'the files it had not finished were left as they were');
  process.exit();
};
process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);
await program.parseAsync(process.argv).catch(unexpected);
