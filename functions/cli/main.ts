// `tidings` command line: each command lives in functions/cli/commands/<name>.ts and registers itself here.
import { Command } from 'commander';
import { registerDigest } from './commands/digest.ts';
import { registerEditionCommands } from './commands/editions.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerLint } from './commands/lint.ts';
import { registerPreview } from './commands/preview.ts';
import { registerPublish } from './commands/publish.ts';
import { registerSubscriberCommands } from './commands/subscribers.ts';

const program = new Command()
  .name('tidings')
  .description('Newsletter and alert pipeline: ingest articles, preview emails, publish and send digests.')
  .showHelpAfterError();

registerIngest(program);
registerLint(program);
registerPreview(program);
registerPublish(program);
registerDigest(program);
registerEditionCommands(program);
registerSubscriberCommands(program);

await program.parseAsync(process.argv);
