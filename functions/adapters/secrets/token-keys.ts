// Token signing keys come from configuration, never from code: Secrets Manager on AWS, a generated file locally.
// Secret format: {"keys":[{"id":"k2","secret":"<base64, ≥ 32 bytes>"},{"id":"k1",…}],"pepper":"<base64>"}, keys newest
// first; the optional pepper seeds the suppression list's HMAC (never rotated). Reads go through
// Powertools Parameters: a read secret is reused for TOKEN_KEYS_MAX_AGE_SECONDS, so a warm function signs with a
// newly added key within minutes; a link naming a key this process does not know forces a fresh read (the
// subscription API does that at most once a minute), so a new key put first works at once. Remove the old key once
// every link signed with it may have expired.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { TokenKey } from '../../core/tokens.ts';
import { traced } from '../../shared/tracing.ts';
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
  z.object({
    keys: z.array(keySchema).check(z.minLength(1)),
    pepper: z.optional(z.string().check(z.minLength(43, 'must be at least 32 bytes, base64'))),
  }),
);

export interface TokenSecret {
  keys: TokenKey[];
  /**
   * The seed of the suppression list's pepper (core/subscribers/suppression.ts): the `pepper` field, else the
   * oldest listed key's secret. It must never change (entries keyed with another pepper are lost): before the
   * oldest key is removed, its secret is copied into `pepper` (docs/deploy.md).
   */
  pepperSeed: Buffer;
}

export function parseTokenKeys(text: string, source: string): TokenKey[] {
  return parseTokenSecret(text, source).keys;
}

export function parseTokenSecret(text: string, source: string): TokenSecret {
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
  const keys = parsed.data.keys.map((k) => {
    const secret = Buffer.from(k.secret, 'base64');
    if (secret.length < 32) throw new Error(`${source}: token key ${k.id} is shorter than 32 bytes`);
    return { id: k.id, secret };
  });
  const pepper = parsed.data.pepper === undefined ? undefined : Buffer.from(parsed.data.pepper, 'base64');
  if (pepper && pepper.length < 32) throw new Error(`${source}: pepper is shorter than 32 bytes`);
  return { keys, pepperSeed: pepper ?? keys[keys.length - 1]!.secret };
}

/** How long a read secret is reused before Secrets Manager is asked again. */
export const TOKEN_KEYS_MAX_AGE_SECONDS = 300;

export interface TokenKeySource {
  tokenKeysSecretArn?: string;
  tokenKeysFile?: string;
  /** The Secrets Manager client (traced, with the function's region); one is made when absent. */
  client?: SecretsManagerClient;
}

// One provider (and so one cache) per client; the default client is made on first use.
const providers = new WeakMap<SecretsManagerClient, SecretsProvider>();
let defaultClient: SecretsManagerClient | undefined;
function providerFor(client: SecretsManagerClient | undefined): SecretsProvider {
  if (!client) defaultClient ??= traced(new SecretsManagerClient({}));
  const sdk = client ?? defaultClient!;
  let provider = providers.get(sdk);
  if (!provider) {
    provider = new SecretsProvider({ awsSdkV3Client: sdk });
    providers.set(sdk, provider);
  }
  return provider;
}

// Parsed once per secret text: a cached read hands back the same keys.
let lastParsed: { text: string; secret: TokenSecret } | undefined;

/**
 * The keys, newest first. From Secrets Manager at most once per TOKEN_KEYS_MAX_AGE_SECONDS unless `forceFetch`;
 * a failed read is not cached, so the next call tries again.
 */
export async function loadTokenKeys(
  config: TokenKeySource,
  options: { forceFetch?: boolean } = {},
): Promise<TokenKey[]> {
  return (await loadTokenSecret(config, options)).keys;
}

/** The whole secret: the keys and the suppression pepper's seed. */
export async function loadTokenSecret(
  config: TokenKeySource,
  options: { forceFetch?: boolean } = {},
): Promise<TokenSecret> {
  if (config.tokenKeysFile)
    return parseTokenSecret(await readFile(config.tokenKeysFile, 'utf8'), config.tokenKeysFile);
  const arn = config.tokenKeysSecretArn;
  if (!arn) throw new Error('no token key source configured');
  const text = await providerFor(config.client).get(arn, {
    maxAge: TOKEN_KEYS_MAX_AGE_SECONDS,
    forceFetch: options.forceFetch ?? false,
  });
  if (typeof text !== 'string') throw new Error(`${arn}: secret has no string value`);
  if (lastParsed?.text !== text) lastParsed = { text, secret: parseTokenSecret(text, 'token keys secret') };
  return lastParsed.secret;
}

/** Reads the keys past the cache (a rotation added one this process has not seen). */
export function reloadTokenKeys(config: TokenKeySource): Promise<TokenKey[]> {
  return loadTokenKeys(config, { forceFetch: true });
}

/** Creates a random key file for local runs when none exists (owner-only permissions); returns its path. */
export async function ensureLocalTokenKeys(file: string): Promise<string> {
  try {
    await readFile(file);
    return file;
  } catch {}
  await mkdir(dirname(file), { recursive: true });
  const body = JSON.stringify(
    {
      keys: [{ id: 'local1', secret: randomBytes(32).toString('base64') }],
      pepper: randomBytes(32).toString('base64'),
    },
    null,
    2,
  );
  await writeFile(file, `${body}\n`, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await chmod(file, 0o600);
  return file;
}
