import type { Command } from 'commander';

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('(not built yet)')
    .action(() => {
      console.error('baocao compare: not built yet');
      process.exit(2);
    });
}
