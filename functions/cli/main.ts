// `tidings` command line: each command lives in functions/cli/commands/<name>.ts and is registered in program.ts.
// Exit codes: 0 done, 1 something failed, 2 the command was called wrongly (unknown option, missing argument).

// Before anything loads the handlers (they build their metrics at import): CloudWatch metrics have no reader in a
// terminal, and Powertools would otherwise print "No application metrics to publish" after every command. The
// SDK's Node version notice is not for someone running the CLI (versions are pinned by the lock file).
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_TRACE_ENABLED ??= 'false';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { CommanderError } from 'commander';
import { buildProgram, CliFailure } from './program.ts';
import { EXIT } from './run.ts';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // Help and --version end with 0; a failure already reported is 1; every other commander error is a usage
  // error (its message is printed).
  process.exitCode =
    error.exitCode === 0 ? EXIT.ok : error instanceof CliFailure ? error.exitCode : EXIT.usage;
}
