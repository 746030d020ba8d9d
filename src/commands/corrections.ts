// baocao corrections: what a person corrected on the review page, turned into gold files for the scorer.
import type { Command } from 'commander';
import { EXIT, reportFailure } from './failure.js';
import { messenger, printJson, surfaceOptions, type SurfaceFlags } from './surface.js';

interface CorrectionsFlags extends SurfaceFlags {
  gold: string;
  from: string;
  corpus?: string;
}

export function registerCorrections(program: Command): void {
  const command = program
    .command('corrections')
    .description('Turn corrections.jsonl (saved from the review page) into gold files the scorer reads: the reviewed reports become a test set')
    .argument('<file>', 'corrections.jsonl, as the review page saves it')
    .requiredOption('--gold <dir>', 'where to write the gold files (one <report>.json per report the corrections name)')
    .requiredOption('--from <dir>', 'the output folder of `baocao extract` the corrections were made on')
    .option('--corpus <dir>', "also write each report's extracted text there as <report>.txt, the corpus `score.mjs --check-gold` reads")
    .addHelpText(
      'after',
      `
Each report the corrections name (a fact marked wrong, a missed figure, or the report marked as
checked) gets a gold file: its facts in the dataset, with every correction applied. Mark a report
as checked on the review page once all its figures are right, so its gold is complete.

Example:
  $ baocao corrections ~/Downloads/corrections.jsonl --from output --gold gold --corpus corpus
  $ node ../shared/tools/score.mjs --check-gold gold --corpus corpus`,
    );
  surfaceOptions(command, 'print what was written and what could not be applied as one JSON document on stdout').action(async (file: string, flags: CorrectionsFlags) => {
      try {
        const { writeGold } = await import('../dataset/gold-files.js');
        const r = await writeGold(file, flags.from, flags.gold, flags.corpus);
        const say = messenger(flags);
        for (const u of r.unapplied) say(`baocao corrections: not applied (${u.correction.kind} in ${u.correction.doc}): ${u.why}.`);
        say(`baocao corrections: wrote ${r.files} gold file(s) with ${r.facts} fact(s) to ${flags.gold}${flags.corpus ? ` and their texts to ${flags.corpus}` : ''}.`);
        if (flags.json) printJson({ gold: flags.gold, corpus: flags.corpus ?? null, files: r.files, facts: r.facts, unapplied: r.unapplied.map((u) => ({ kind: u.correction.kind, doc: u.correction.doc, why: u.why })) });
      } catch (e) {
        const { DatasetFileError } = await import('../dataset/jsonl.js');
        if (e instanceof DatasetFileError) {
          console.error(`baocao corrections: ${e.message}`);
          process.exitCode = EXIT.usage;
        } else reportFailure('corrections', e, 'the gold files written so far are complete; the others were not written');
      }
    });
}
