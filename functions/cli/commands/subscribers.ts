// Data safety: `tidings export`, `tidings import`, `tidings erase`.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createDynamoClient } from '../../adapters/dynamodb/client.ts';
import { DynamoSubscriberArchive } from '../../adapters/dynamodb/subscriber-archive.ts';
import { DynamoSubscriberStore } from '../../adapters/dynamodb/subscriber-store.ts';
import { loadTaxonomyFile } from '../../adapters/fs/taxonomy.ts';
import { assertReachable, localDeliveryEnv } from '../../adapters/local/environment.ts';
import { loadTokenSecret } from '../../adapters/secrets/token-keys.ts';
import { checkEmail } from '../../core/mail/address.ts';
import { parseSubscriberLines, toLine } from '../../core/subscribers/portable.ts';
import { suppressionPepper } from '../../core/subscribers/suppression.ts';
import type { SubscriberArchive, SubscriberStore } from '../../ports.ts';
import { dataConfig, tokenConfig } from '../../shared/config.ts';
import { count, runCommand, UsageError } from '../run.ts';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export interface SubscriberData {
  store: SubscriberStore;
  archive: SubscriberArchive;
}

/**
 * AWS when TABLE_NAME is set (with the usual AWS credentials, and TOKEN_KEYS_SECRET_ARN for the suppression
 * pepper); otherwise the stand-ins of a running `npm start`.
 */
async function connect(): Promise<SubscriberData> {
  return subscriberData(process.env.TABLE_NAME ? process.env : await localDeliveryEnv(process.env));
}

/** The subscriber store and archive of the instance `env` names (the CLI's connection; tests pass a local one). */
export async function subscriberData(env: NodeJS.ProcessEnv): Promise<SubscriberData> {
  const config = dataConfig(env);
  if (config.dynamodbEndpoint)
    await assertReachable([{ name: 'the local DynamoDB', url: config.dynamodbEndpoint }]);
  const client = createDynamoClient({
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
    ...(config.region ? { region: config.region } : {}),
  });
  return {
    store: new DynamoSubscriberStore({ client, tableName: config.tableName }),
    archive: new DynamoSubscriberArchive({
      client,
      tableName: config.tableName,
      // Read when an erase, import or migrate first needs it (TOKEN_KEYS_SECRET_ARN or TOKEN_KEYS_FILE).
      pepper: async () => suppressionPepper((await loadTokenSecret(tokenConfig(env))).pepperSeed),
    }),
  };
}

/** Writes every subscriber as one JSON line; returns the count. */
export async function runExport(
  data: SubscriberData,
  write: (line: string) => Promise<void> | void,
): Promise<number> {
  let count = 0;
  for await (const page of data.archive.all(200)) {
    for (const subscriber of page) {
      await write(`${toLine(subscriber)}\n`);
      count++;
    }
  }
  return count;
}

/**
 * Imports JSON lines. Every line is validated first; with any invalid line nothing is stored. Addresses already
 * stored are left as they are, and suppressed (erased, bounced, complained) addresses are never brought back, so
 * running the same import twice is harmless.
 */
export async function runImport(
  data: SubscriberData,
  text: string,
  knownTopics: ReadonlySet<string>,
  io: Io,
): Promise<{ imported: number; existing: number; suppressed: number } | undefined> {
  const parsed = parseSubscriberLines(text, knownTopics);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.err(`line ${problem.line}: ${problem.message}`);
    io.err(
      `nothing imported: fix the ${count(parsed.problems.length, 'line')} above and run the import again`,
    );
    return undefined;
  }
  const result = { imported: 0, existing: 0, suppressed: 0 };
  for (const [index, subscriber] of parsed.subscribers.entries()) {
    if (await data.archive.isSuppressed(subscriber.email)) result.suppressed++;
    else if (await data.store.create(subscriber)) result.imported++;
    else result.existing++;
    if ((index + 1) % 500 === 0) io.err(`… ${index + 1} / ${parsed.subscribers.length}`);
  }
  return result;
}

/**
 * Rewrites every subscriber stored before locales, content languages and versions in the current model
 * (core/subscribers/migrate.ts: `lang` zh → locale zh-Hans, every content language, version 1). Reads already
 * see the current model, so the table works before this runs; running it again changes nothing.
 */
export async function runMigrate(
  data: SubscriberData,
  io: Io,
): Promise<{ rewritten: number; current: number; suppressionsRekeyed: number }> {
  const result = { rewritten: 0, current: 0, suppressionsRekeyed: 0 };
  for await (const page of data.archive.all(200)) {
    for (const subscriber of page) {
      if (subscriber.version > 0) {
        result.current++;
        continue;
      }
      // An unchanged write in the current shape; a concurrent change wins (it writes the current shape too).
      await data.store.update(subscriber, subscriber);
      result.rewritten++;
      if (result.rewritten % 500 === 0) io.err(`… ${result.rewritten} rewritten`);
    }
  }
  // Suppression entries from before the pepper: re-keyed in place (the address is never needed).
  result.suppressionsRekeyed = (await data.archive.rekeySuppressions()).rekeyed;
  return result;
}

export function registerSubscriberCommands(program: Command): void {
  program
    .command('migrate')
    .description(
      'rewrite subscribers stored before locales and versions in the current model, and suppression entries stored unsalted under the pepper (safe to rerun)',
    )
    .action(async () => {
      try {
        const io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l) };
        const result = await runMigrate(await connect(), io);
        console.log(
          `rewrote ${result.rewritten} subscriber(s); ${result.current} already current; ` +
            `${count(result.suppressionsRekeyed, 'suppression entry', 'suppression entries')} peppered`,
        );
      } catch (error) {
        console.error(`tidings migrate: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    });

  program
    .command('export')
    .description('write every subscriber as JSON lines (to a file or standard output)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((options: { out?: string }) =>
      runCommand('export', async () => {
        const data = await connect();
        const stream = options.out ? createWriteStream(options.out, { mode: 0o600 }) : process.stdout;
        const exported = await runExport(data, async (line) => {
          if (!stream.write(line)) await once(stream, 'drain');
        });
        if (options.out) stream.end();
        console.error(`exported ${count(exported, 'subscriber')}${options.out ? ` to ${options.out}` : ''}`);
      }),
    );

  program
    .command('import')
    .argument('<file>', 'JSON lines as written by `tidings export`')
    .option('-y, --yes', 'with --stack: do not ask for confirmation')
    .description('add subscribers from an export; invalid lines are reported and then nothing is imported')
    .action((file: string) =>
      runCommand('import', async () => {
        const text = await readFile(file, 'utf8');
        const taxonomy = await loadTaxonomyFile(process.env.TAXONOMY_FILE || undefined);
        const io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l) };
        const result = await runImport(await connect(), text, new Set(taxonomy.byId.keys()), io);
        if (!result) {
          process.exitCode = 1;
          return;
        }
        console.log(
          `imported ${result.imported}, already present ${result.existing}, suppressed and skipped ${result.suppressed}`,
        );
      }),
    );

  program
    .command('erase')
    .argument('<email>', 'the address of the person to erase')
    .option('-y, --yes', 'with --stack: do not ask for confirmation')
    .description('GDPR erase: remove a subscriber and their delivery records, keep only a suppression hash')
    .action((email: string) =>
      runCommand('erase', async () => {
        const checked = checkEmail(email);
        if (!checked.ok) throw new UsageError(`not a valid address (${checked.problem})`);
        const data = await connect();
        const subscriber = await data.store.getByEmail(checked.email);
        if (!subscriber) throw new Error('no subscriber has that address (nothing erased)');
        await data.archive.erase(subscriber.id, new Date().toISOString());
        console.log(`erased subscriber ${subscriber.id}; the address is suppressed from now on`);
      }),
    );
}
