// baocao metrics: the metric catalog, what a fact's `metric` can be.
import type { Command } from 'commander';
import { metrics } from '../catalog.js';
import { printJson, surfaceOptions, type SurfaceFlags } from './surface.js';

export function registerMetrics(program: Command): void {
  surfaceOptions(
    program.command('metrics').description("List the metric catalog: each metric's id, unit, dims and Vietnamese name"),
    'print the catalog as JSON (id, family, unit, dims, vi)',
  )
    .option('-f, --family <family>', 'only this family (dossier, bts, esign, subs)')
    .action((flags: SurfaceFlags & { family?: string }) => {
      const list = metrics.filter((m) => !flags.family || m.family === flags.family);
      if (!list.length) {
        console.error(`baocao metrics: no family ${flags.family}; the catalog has ${[...new Set(metrics.map((m) => m.family))].join(', ')}.`);
        process.exitCode = 2;
        return;
      }
      if (flags.json) return void printJson(list);
      const rows = [['id', 'unit', 'dims', 'vi'], ...list.map((m) => [m.id, m.unit, m.dims.join(',') || '-', m.vi])];
      const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
      process.stdout.write(rows.map((r) => [...r.slice(0, 3).map((c, i) => c.padEnd(widths[i])), r[3]].join('  ')).join('\n') + '\n');
    });
}
