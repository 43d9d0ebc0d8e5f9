// The local stack for one test file, each in a data folder of its own under the system temp folder, started
// before the file's tests and stopped, the folder removed, after them (see useStarted): `useLocalInstance` is the
// whole server `npm start` runs (production handlers over dynalite and aws-ses-v2-local) on a random port;
// `useStandins` is the two stand-ins alone, for tests that wire the production adapters themselves (`deliveryEnv`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalTokenKeys } from '../../functions/adapters/secrets/token-keys.ts';
import { type LocalOptions, type LocalPipeline, startLocal } from '../../local/server.ts';
import { ensureTable, type Standins, startStandins } from '../../local/standins.ts';
import { useStarted } from './hooks.ts';

/** Starting dynalite, SES and the server on a busy 2-core CI box. */
const START_TIMEOUT_MS = 120_000;

/** Starts `start` in a fresh data folder; the folder goes when the start fails or after `stop`. */
function inDataDir<T extends { stop(): Promise<void> }>(
  name: string,
  start: (dataDir: string) => Promise<T>,
): T & { dataDir: string } {
  return useStarted(
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), `tidings-${name}-`));
      try {
        return { ...(await start(dataDir)), dataDir };
      } catch (error) {
        await rm(dataDir, { recursive: true, force: true });
        throw error;
      }
    },
    async (started) => {
      await started.stop();
      await rm(started.dataDir, { recursive: true, force: true });
    },
    START_TIMEOUT_MS,
  );
}

export interface LocalInstance extends Omit<LocalPipeline, 'stop'> {
  /** The instance's data folder (token keys, state file, previews). */
  readonly dataDir: string;
}

type InstanceOptions = Omit<LocalOptions, 'port' | 'inMemory' | 'dataDir'>;

/** `options` may be a function of the data folder, run before the start: to put content there first. */
export function useLocalInstance(
  name: string,
  options: InstanceOptions | ((dataDir: string) => InstanceOptions | Promise<InstanceOptions>) = {},
): LocalInstance {
  return inDataDir(name, async (dataDir) => {
    const more = typeof options === 'function' ? await options(dataDir) : options;
    return startLocal({ ...more, port: 0, inMemory: true, dataDir });
  });
}

export interface StandinsFixture {
  readonly standins: Standins;
  readonly dataDir: string;
  /** A token keys file in the data folder, made on first use. */
  keysFile(): Promise<string>;
  /** Another empty table on the same dynalite, so each test can start clean. */
  freshTable(): Promise<string>;
}

export function useStandins(name: string): StandinsFixture {
  let tables = 0;
  return inDataDir(name, async (dataDir) => {
    const standins = await startStandins();
    return {
      standins,
      keysFile: () => ensureLocalTokenKeys(join(dataDir, 'token-keys.json')),
      async freshTable() {
        const tableName = `tidings-${name}-${++tables}`;
        await ensureTable(standins.dynamoEndpoint, tableName);
        return tableName;
      },
      stop: () => standins.stop(),
    };
  });
}

/**
 * The environment the production delivery ports read, over the stand-ins: a fresh table, their endpoints, token
 * keys in the data folder; `more` adds or replaces variables.
 */
export async function deliveryEnv(
  fixture: StandinsFixture,
  more: Record<string, string> = {},
): Promise<Record<string, string>> {
  return {
    TABLE_NAME: await fixture.freshTable(),
    DYNAMODB_ENDPOINT: fixture.standins.dynamoEndpoint,
    SES_ENDPOINT: fixture.standins.sesEndpoint,
    SENDER_EMAIL: 'news@tidings.example.org',
    SITE_URL: 'https://tidings.example.org',
    TOKEN_KEYS_FILE: await fixture.keysFile(),
    AWS_REGION: 'us-east-1',
    ...more,
  };
}
