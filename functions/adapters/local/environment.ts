// Settings for the CLI's commands on one machine: they act on the instance `npm start` runs in this folder, as
// recorded in its state file (.tidings/local.json), so `tidings publish` and `tidings digest` use the same
// stand-ins, subscribers, keys and site URL as the local site. Ports are never guessed.
import { join, resolve } from 'node:path';
import { ensureLocalTokenKeys } from '../secrets/token-keys.ts';
import { DEFAULT_DATA_DIR, findLocal } from './state.ts';

/**
 * The environment for local delivery: an explicit DYNAMODB_ENDPOINT (tests, or stand-ins started by hand) is used
 * as given; otherwise the running instance's state file decides. Throws LocalNotRunningError (saying how to start
 * one) when none is running.
 */
export async function localDeliveryEnv(
  env: NodeJS.ProcessEnv = process.env,
  dataDir = DEFAULT_DATA_DIR,
): Promise<NodeJS.ProcessEnv> {
  const merged: NodeJS.ProcessEnv = {
    TABLE_NAME: 'tidings',
    SENDER_EMAIL: 'news@tidings.localhost.test',
    SENDER_NAME: 'tidings',
    // An example for local runs; a deployment sets the real one (docs/deploy.md).
    POSTAL_ADDRESS: 'tidings (example) · 1 Example Road · Shanghai 200000 · China',
    AWS_REGION: 'us-east-1',
  };
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && value !== '') merged[name] = value;
  if (!merged.DYNAMODB_ENDPOINT) {
    const state = await findLocal(dataDir);
    Object.assign(merged, state.env);
  }
  if (!merged.TOKEN_KEYS_FILE && !merged.TOKEN_KEYS_SECRET_ARN) {
    merged.TOKEN_KEYS_FILE = await ensureLocalTokenKeys(join(resolve(dataDir), 'token-keys.json'));
  }
  return merged;
}

export class StandinsUnreachableError extends Error {
  override name = 'StandinsUnreachableError';
}

/** Fails fast with what to do, instead of an SDK timeout, when a stand-in is down. */
export async function assertReachable(endpoints: { name: string; url: string }[]): Promise<void> {
  for (const { name, url } of endpoints) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
    } catch {
      throw new StandinsUnreachableError(
        `${name} is not reachable at ${url}: is \`npm start\` still running? Start it again in another terminal`,
      );
    }
  }
}
