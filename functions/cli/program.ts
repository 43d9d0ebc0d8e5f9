// The `tidings` program: every command, and the global `--stack` (or TIDINGS_STACK) that points the commands at a
// deployed stack instead of the local `npm start`. Built by a function so tests can run it in-process (with
// aws-sdk-client-mock) as well as through bin/tidings.js.
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
import type { CliContext } from './context.ts';
import { describeError, EXIT, stdio, UsageError } from './run.ts';
import { announce, readStack, type StackInfo, stackEnv, stackTarget, terminalConfirm } from './stack.ts';
import { localEditor, localTarget } from './target.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Commands that never touch a stack's stores (files, previews, a local instance). */
const LOCAL_ONLY = new Set(['ingest', 'lint', 'preview', 'themes', 'migrate']);
/** Commands that write: the stack, region and caller are stated before they run. */
const WRITES = new Set([
  'publish',
  'digest',
  'unschedule',
  'withdraw',
  'resume',
  'recount',
  'import',
  'erase',
]);
/** Commands that cannot be undone and have no question of their own: asked here unless --yes. */
const CONFIRM = new Set(['import', 'erase']);

/** Thrown after the reason was printed: exit code 1, no second message. */
export class CliFailure extends CommanderError {
  constructor(message: string, exitCode: number = EXIT.failed) {
    super(exitCode, 'tidings.failed', message);
  }
}

export function buildProgram(): Command {
  let stack: StackInfo | undefined;
  const context: CliContext = { stack: () => stack };
  const program = new Command()
    .name('tidings')
    .description('Newsletter and alert pipeline: ingest articles, preview emails, publish and send digests.')
    .version(version, '-V, --version', 'print the version')
    .option(
      '--stack <name>',
      'act on this deployed stack (its outputs, your AWS credentials) instead of the local npm start; or TIDINGS_STACK',
    )
    .option('--region <region>', 'the stack’s region (default: AWS_REGION or your AWS profile’s)')
    .showHelpAfterError()
    // Throw instead of exiting, so usage errors get exit code 2 (set before the commands: they inherit it).
    .exitOverride();

  program.hook('preAction', async (root, action) => {
    const opts = root.opts<{ stack?: string; region?: string }>();
    const name = opts.stack ?? process.env.TIDINGS_STACK;
    if (!name || LOCAL_ONLY.has(action.name())) return;
    try {
      stack = await readStack(name, opts.region);
      // The commands that read TABLE_NAME / SEND_QUEUE_URL (subscribers, resume, recount) find the stack's.
      Object.assign(process.env, stackEnv(stack, {}));
      delete process.env.TOKEN_KEYS_FILE; // the stack's secret, not a local key file
      if (WRITES.has(action.name())) announce(stack, stdio);
      if (CONFIRM.has(action.name())) {
        const yes = action.opts<{ yes?: boolean }>().yes;
        const ok = await terminalConfirm(yes)(
          `${action.name()} ${action.args.join(' ')} on stack ${stack.name} (${stack.region})?`,
        );
        if (!ok) throw new Error('nothing changed');
      }
    } catch (error) {
      stdio.err(`tidings ${action.name()}: ${describeError(error)}`);
      throw new CliFailure(describeError(error), error instanceof UsageError ? EXIT.usage : EXIT.failed);
    }
  });

  const target = async (options?: { yes?: boolean }) => {
    const s = context.stack();
    return s ? stackTarget(s, options) : localTarget();
  };
  const editor = () => context.stack()?.caller ?? localEditor();

  registerIngest(program);
  registerLint(program);
  registerPreview(program);
  registerThemes(program);
  registerPublish(program, context);
  registerArticleCommands(program, { target, editor });
  registerDigest(program, context);
  registerEditionCommands(program);
  registerStatusCommands(program, { target });
  registerSubscriberCommands(program);
  return program;
}
