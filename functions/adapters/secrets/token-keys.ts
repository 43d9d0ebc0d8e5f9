// Token signing keys come from configuration, never from code: Secrets Manager on AWS, a generated file locally.
// Secret format: {"keys":[{"id":"k2","secret":"<base64, ≥ 32 bytes>"},{"id":"k1",…}]}, newest first. Keys are read
// once per cold start; the subscription API reads them again when a link names a key it does not know, so a new
// key put first works at once (cold senders sign with it, warm pages learn it). Remove the old key once every
// link signed with it may have expired.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { TokenKey } from '../../core/tokens.ts';
import * as z from '../../shared/validation.ts';

const keySchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,16}$/)),
  secret: z.string().check(z.minLength(43, 'must be at least 32 bytes, base64')),
});

// A lone {"id","secret"} is what the CDK stack's generated secret holds before the first rotation
// (Secrets Manager can only generate a top-level field); it reads as a one-key list.
const secretSchema = z.pipe(
  z.transform((v: unknown) =>
    v !== null && typeof v === 'object' && !('keys' in v) && 'id' in v ? { keys: [v] } : v,
  ),
  z.object({ keys: z.array(keySchema).check(z.minLength(1)) }),
);

export function parseTokenKeys(text: string, source: string): TokenKey[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${source}: token keys are not JSON`);
  }
  const parsed = secretSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${source}: token keys ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data.keys.map((k) => {
    const secret = Buffer.from(k.secret, 'base64');
    if (secret.length < 32) throw new Error(`${source}: token key ${k.id} is shorter than 32 bytes`);
    return { id: k.id, secret };
  });
}

// One Secrets Manager read per secret per cold start, shared by every caller in the process.
const fromSecrets = new Map<string, Promise<TokenKey[]>>();

export async function loadTokenKeys(config: {
  tokenKeysSecretArn?: string;
  tokenKeysFile?: string;
  client?: SecretsManagerClient;
}): Promise<TokenKey[]> {
  if (config.tokenKeysFile)
    return parseTokenKeys(await readFile(config.tokenKeysFile, 'utf8'), config.tokenKeysFile);
  const arn = config.tokenKeysSecretArn;
  if (!arn) throw new Error('no token key source configured');
  let keys = fromSecrets.get(arn);
  if (!keys) {
    keys = readSecret(arn, config.client ?? new SecretsManagerClient({}));
    fromSecrets.set(arn, keys);
    // A failed read is not cached: the next request tries again.
    keys.catch(() => fromSecrets.delete(arn));
  }
  return keys;
}

/** Reads the keys again, past the per-process cache (a rotation added one this process has not seen). */
export function reloadTokenKeys(config: Parameters<typeof loadTokenKeys>[0]): Promise<TokenKey[]> {
  if (config.tokenKeysSecretArn) fromSecrets.delete(config.tokenKeysSecretArn);
  return loadTokenKeys(config);
}

async function readSecret(arn: string, client: SecretsManagerClient): Promise<TokenKey[]> {
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
  if (!SecretString) throw new Error(`${arn}: secret has no string value`);
  return parseTokenKeys(SecretString, 'token keys secret');
}

/** Creates a random key file for local runs when none exists (owner-only permissions); returns its path. */
export async function ensureLocalTokenKeys(file: string): Promise<string> {
  try {
    await readFile(file);
    return file;
  } catch {}
  await mkdir(dirname(file), { recursive: true });
  const body = JSON.stringify(
    { keys: [{ id: 'local1', secret: randomBytes(32).toString('base64') }] },
    null,
    2,
  );
  await writeFile(file, `${body}\n`, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await chmod(file, 0o600);
  return file;
}
