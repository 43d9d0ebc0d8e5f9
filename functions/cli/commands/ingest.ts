import type { Command } from 'commander';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .argument('<path>', 'an article file or a directory of articles')
    .option('--json', 'print each parsed article as JSON')
    .description('parse articles and classify their sections into themes')
    .action(() => {
      throw new Error('ingest: not implemented yet');
    });
}
