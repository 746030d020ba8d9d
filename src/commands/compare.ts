// baocao compare: one metric across provinces and periods, from an extracted dataset.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { metricById } from '../catalog.js';
import { messenger, printJson, QUIET_HELP, type SurfaceFlags } from './surface.js';

const collectDim = (value: string, previous: Record<string, string>) => {
  const m = /^([A-Za-z_]+)=(.+)$/.exec(value);
  if (!m) throw new InvalidArgumentError('write a dim as key=value, e.g. kind=mobile_prepaid.');
  return { ...previous, [m[1]]: m[2] };
};

interface CompareFlags extends SurfaceFlags {
  metric: string;
  dim: Record<string, string>;
  basis: string;
  csv?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('Show one metric as a province × period table from a dataset written by `baocao extract`')
    .argument('<dir>', 'the output folder of `baocao extract`')
    .requiredOption('-m, --metric <id>', 'metric id from the catalog, e.g. subs.phone')
    .addOption(
      new Option('-d, --dim <key=value>', 'keep figures with this dim (repeatable); dims not given must be "all"')
        .argParser(collectDim)
        .default({}, 'none: totals only'),
    )
    .addOption(new Option('-b, --basis <basis>', 'actual figures, targets or estimates').choices(['actual', 'target', 'estimate']).default('actual'))
    .option('--csv', 'print CSV instead of an aligned table')
    .addHelpText(
      'after',
      `
Examples:
  $ baocao compare output --metric subs.phone
  $ baocao compare output --metric subs.phone --dim kind=mobile_prepaid
  $ baocao compare output --metric dossier.received --dim level=province --dim channel=online --csv > online.csv

Rows are provinces, columns are periods ordered by their start; a cell with several different
figures for the same province and period shows them all, joined with " / ".

Exit codes: 0 table shown (or no matching figures, said on stderr), 2 usage error or no
dataset.sqlite in <dir>, 3 an internal failure (said in one sentence; --debug shows where).`,
    )
    .option('--json', 'print the table as JSON: the periods, and for each province the values of each period')
    .option('--quiet', QUIET_HELP)
    .action(async (dir: string, flags: CompareFlags) => {
      const def = metricById.get(flags.metric);
      if (!def) {
        console.error(`baocao compare: unknown metric ${flags.metric}; the catalog has e.g. ${[...metricById.keys()].slice(0, 5).join(', ')}, …`);
        process.exitCode = 2;
        return;
      }
      const wrongDim = Object.keys(flags.dim).find((k) => !def.dims.includes(k));
      if (wrongDim) {
        console.error(`baocao compare: ${flags.metric} has no dim ${wrongDim}${def.dims.length ? ` (it has ${def.dims.join(', ')})` : ''}.`);
        process.exitCode = 2;
        return;
      }
      const { OUTPUT_FILES } = await import('../dataset/output.js');
      const { datasetRoot } = await import('../dataset/generation.js');
      const { buildComparison, queryFacts, renderCsv, renderTable } = await import('../dataset/compare.js');
      const db = path.join(await datasetRoot(dir), OUTPUT_FILES.sqlite);
      if (!existsSync(db)) {
        console.error(`baocao compare: ${path.join(dir, OUTPUT_FILES.sqlite)} does not exist; run \`baocao extract <reports> --out ${dir}\` first.`);
        process.exitCode = 2;
        return;
      }
      const query = { metric: flags.metric, dims: flags.dim, basis: flags.basis };
      const table = buildComparison(queryFacts(db, query), query);
      if (!table.provinces.length) {
        const dims = Object.entries(flags.dim).map(([k, v]) => `${k}=${v}`).join(', ') || 'totals';
        messenger(flags)(`baocao compare: no ${flags.basis} figures for ${flags.metric} (${dims}) in ${dir}.`);
        if (flags.json) printJson({ ...query, periods: [], rows: [] });
        return;
      }
      if (flags.json) {
        const rows = table.provinces.map((province) => ({ province, values: Object.fromEntries(table.periods.map((p) => [p.key, table.cells.get(province)?.get(p.key) ?? []])) }));
        return void printJson({ ...query, periods: table.periods, rows });
      }
      process.stdout.write(flags.csv ? renderCsv(table) : renderTable(table) + '\n');
    });
}
