// Settings for the CLI's delivery commands on one machine: unless told otherwise, they talk to the stand-ins
// `npm start` runs (dynalite on 4567, aws-ses-v2-local on 8005, table `tidings`, keys in .tidings/), so
// `tidings publish` and `tidings digest` act on the same subscribers the local site shows.
import { join, resolve } from 'node:path';
import { ensureLocalTokenKeys } from '../secrets/token-keys.ts';

export async function localDeliveryEnv(
  env: NodeJS.ProcessEnv = process.env,
  dataDir = '.tidings',
): Promise<NodeJS.ProcessEnv> {
  const defaults: Record<string, string> = {
    TABLE_NAME: 'tidings',
    DYNAMODB_ENDPOINT: `http://127.0.0.1:${env.DYNAMODB_PORT ?? 4567}`,
    SES_ENDPOINT: `http://127.0.0.1:${env.SES_PORT ?? 8005}`,
    SENDER_EMAIL: 'news@tidings.localhost.test',
    SENDER_NAME: 'tidings',
    SITE_URL: `http://localhost:${env.PORT ?? 3000}`,
    AWS_REGION: 'us-east-1',
  };
  const merged: NodeJS.ProcessEnv = { ...defaults };
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && value !== '') merged[name] = value;
  if (!merged.TOKEN_KEYS_FILE && !merged.TOKEN_KEYS_SECRET_ARN) {
    merged.TOKEN_KEYS_FILE = await ensureLocalTokenKeys(join(resolve(dataDir), 'token-keys.json'));
  }
  return merged;
}

export class StandinsUnreachableError extends Error {
  override name = 'StandinsUnreachableError';
}

/** Fails fast with what to do, instead of an SDK timeout, when `npm start` is not running. */
export async function assertReachable(endpoints: { name: string; url: string }[]): Promise<void> {
  for (const { name, url } of endpoints) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
    } catch {
      throw new StandinsUnreachableError(
        `${name} is not reachable at ${url}: start the local stand-ins with \`npm start\` in another terminal ` +
          '(or set DYNAMODB_ENDPOINT / SES_ENDPOINT)',
      );
    }
  }
}
