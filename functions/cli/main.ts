// `tidings` command line: each command lives in functions/cli/commands/<name>.ts and registers itself here.
// Exit codes: 0 done, 1 something failed, 2 the command was called wrongly (unknown option, missing argument).

// Before anything loads the handlers (they build their metrics at import): CloudWatch metrics have no reader in a
// terminal, and Powertools would otherwise print "No application metrics to publish" after every command. The
// SDK's Node version notice is not for someone running the CLI (versions are pinned by the lock file).
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_TRACE_ENABLED ??= 'false';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerArticleCommands } from './commands/articles.ts';
import { registerDigest } from './commands/digest.ts';
import { registerEditionCommands } from './commands/editions.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerLint } from './commands/lint.ts';
import { registerPreview } from './commands/preview.ts';
import { registerPublish } from './commands/publish.ts';
import { registerStatusCommands } from './commands/status.ts';
import { registerSubscriberCommands } from './commands/subscribers.ts';
import { registerThemes } from './commands/themes.ts';
import { EXIT } from './run.ts';
import { localEditor, localTarget } from './target.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command()
  .name('tidings')
  .description('Newsletter and alert pipeline: ingest articles, preview emails, publish and send digests.')
  .version(version, '-V, --version', 'print the version')
  .showHelpAfterError()
  // Throw instead of exiting, so usage errors get exit code 2 below (set before the commands: they inherit it).
  .exitOverride();

registerIngest(program);
registerLint(program);
registerPreview(program);
registerThemes(program);
registerPublish(program);
registerArticleCommands(program, { target: () => localTarget(), editor: localEditor });
registerDigest(program);
registerEditionCommands(program);
registerStatusCommands(program, { target: () => localTarget() });
registerSubscriberCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // Help and --version end with 0; every other commander error is a usage error (its message is printed).
  process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
}
