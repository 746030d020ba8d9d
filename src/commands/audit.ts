import type { Command } from 'commander';

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('(not built yet)')
    .action(() => {
      console.error('baocao audit: not built yet');
      process.exit(2);
    });
}
