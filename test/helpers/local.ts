// The local stack for one test file, started before its tests and stopped, its data folder removed, after them:
// `useLocalInstance` is the whole server `npm start` runs (production handlers over dynalite and
// aws-ses-v2-local) on a random port; `useStandins` is the two stand-ins alone, for tests that wire the
// production adapters themselves (`deliveryEnv`). Call either at the top level of a test file; hooks the file
// registers after it run after the start and before the stop.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureLocalTokenKeys } from '../../functions/adapters/secrets/token-keys.ts';
import { type LocalOptions, type LocalPipeline, startLocal } from '../../local/server.ts';
import { ensureTable, type Standins, startStandins } from '../../local/standins.ts';

/** Starting dynalite, SES and the server on a busy 2-core CI box. */
const START_TIMEOUT_MS = 120_000;

/** A data folder of its own under the system temp folder, for the life of the test file. */
function useDataDir(name: string): () => string {
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), `tidings-${name}-`));
  });
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return () => started(dataDir);
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the local stack is not started: use it inside tests and hooks');
  return value;
}

export interface LocalInstance extends Omit<LocalPipeline, 'stop'> {
  /** The instance's data folder (token keys, state file, previews). */
  readonly dataDir: string;
}

type InstanceOptions = Omit<LocalOptions, 'port' | 'inMemory' | 'dataDir'>;

/**
 * `options` may be a function of the data folder, run before the start: to put content there first.
 */
export function useLocalInstance(
  name: string,
  options: InstanceOptions | ((dataDir: string) => InstanceOptions | Promise<InstanceOptions>) = {},
): LocalInstance {
  const dataDir = useDataDir(name);
  let pipeline: LocalPipeline | undefined;
  beforeAll(async () => {
    const more = typeof options === 'function' ? await options(dataDir()) : options;
    pipeline = await startLocal({ ...more, port: 0, inMemory: true, dataDir: dataDir() });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await pipeline?.stop();
  });
  const local = () => started(pipeline);
  return {
    get dataDir() {
      return dataDir();
    },
    get url() {
      return local().url;
    },
    get standins() {
      return local().standins;
    },
    get env() {
      return local().env;
    },
    get delivery() {
      return local().delivery;
    },
    get subscribeRequests() {
      return local().subscribeRequests;
    },
  };
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
  const dataDir = useDataDir(name);
  let standins: Standins | undefined;
  let tables = 0;
  beforeAll(async () => {
    standins = await startStandins();
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await standins?.stop();
  });
  return {
    get standins() {
      return started(standins);
    },
    get dataDir() {
      return dataDir();
    },
    keysFile: () => ensureLocalTokenKeys(join(dataDir(), 'token-keys.json')),
    async freshTable() {
      const tableName = `tidings-${name}-${++tables}`;
      await ensureTable(started(standins).dynamoEndpoint, tableName);
      return tableName;
    },
  };
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
