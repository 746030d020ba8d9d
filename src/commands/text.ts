import type { Command } from 'commander';

export function registerText(program: Command): void {
  program
    .command('text')
    .description('(not built yet)')
    .action(() => {
      console.error('baocao text: not built yet');
      process.exit(2);
    });
}
