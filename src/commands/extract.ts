import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('(not built yet)')
    .action(() => {
      console.error('baocao extract: not built yet');
      process.exit(2);
    });
}
