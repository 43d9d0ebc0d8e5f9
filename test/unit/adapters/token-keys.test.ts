import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ensureLocalTokenKeys,
  loadTokenKeys,
  parseTokenKeys,
  parseTokenSecret,
  reloadTokenKeys,
  TOKEN_KEYS_MAX_AGE_SECONDS,
} from '../../../functions/adapters/secrets/token-keys.ts';
import { signToken, verifyToken } from '../../../functions/core/tokens.ts';

const b64 = (bytes: number) => randomBytes(bytes).toString('base64');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tidings-keys-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseTokenKeys', () => {
  it('reads keys newest first as binary secrets', () => {
    const keys = parseTokenKeys(
      JSON.stringify({
        keys: [
          { id: 'k2', secret: b64(32) },
          { id: 'k1', secret: b64(48) },
        ],
      }),
      'test',
    );
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(keys.map((k) => k.secret.length)).toEqual([32, 48]);
  });

  it('names the problem and the source, never the secret', () => {
    const short = b64(16);
    expect(() => parseTokenKeys('{', 'keys.json')).toThrow('keys.json: token keys are not JSON');
    expect(() => parseTokenKeys('{"keys":[]}', 'keys.json')).toThrow(/keys\.json: token keys keys/);
    expect(() => parseTokenKeys(JSON.stringify({ keys: [{ id: 'k1', secret: short }] }), 'x')).toThrow(
      /at least 32 bytes/,
    );
    expect(() => parseTokenKeys(JSON.stringify({ keys: [{ id: 'bad id', secret: b64(32) }] }), 'x')).toThrow(
      /keys\.0\.id/,
    );
    // Long enough as text, but not base64: it decodes to a few bytes.
    expect(() =>
      parseTokenKeys(JSON.stringify({ keys: [{ id: 'k1', secret: `${'!'.repeat(40)}AAAA` }] }), 'x'),
    ).toThrow(/k1 is shorter than 32 bytes/);
  });
});

describe('the suppression pepper seed', () => {
  it('is the pepper field, else the oldest key, and stays put when a newer key is added', () => {
    const k1 = b64(32);
    const lone = parseTokenSecret(JSON.stringify({ id: 'k1', secret: k1 }), 'test');
    expect(lone.pepperSeed.equals(Buffer.from(k1, 'base64'))).toBe(true);
    const rotated = parseTokenSecret(
      JSON.stringify({
        keys: [
          { id: 'k2', secret: b64(32) },
          { id: 'k1', secret: k1 },
        ],
      }),
      'test',
    );
    expect(rotated.pepperSeed.equals(lone.pepperSeed)).toBe(true);
    // Before k1 is removed its secret becomes the pepper field: the seed does not move.
    const retired = parseTokenSecret(
      JSON.stringify({ keys: [{ id: 'k2', secret: b64(32) }], pepper: k1 }),
      'test',
    );
    expect(retired.pepperSeed.equals(lone.pepperSeed)).toBe(true);
    expect(() =>
      parseTokenSecret(JSON.stringify({ keys: [{ id: 'k2', secret: b64(32) }], pepper: b64(8) }), 'src'),
    ).toThrow(/src: token keys pepper must be at least 32 bytes/);
  });
});

describe('loadTokenKeys from Secrets Manager (Powertools Parameters)', () => {
  afterEach(() => vi.useRealTimers());

  it('reuses a read for the max age, reads again after it, and past it when forced', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const sm = mockClient(SecretsManagerClient);
    const arn = 'arn:aws:secretsmanager:x:1:secret:cached';
    const k1 = { id: 'k1', secret: b64(32) };
    const k2 = { id: 'k2', secret: b64(32) };
    sm.on(GetSecretValueCommand, { SecretId: arn })
      .resolvesOnce({ SecretString: JSON.stringify({ keys: [k1] }) })
      .resolves({ SecretString: JSON.stringify({ keys: [k2, k1] }) });
    const source = { tokenKeysSecretArn: arn, client: new SecretsManagerClient({ region: 'us-east-1' }) };
    const calls = () => sm.commandCalls(GetSecretValueCommand, { SecretId: arn }).length;

    const first = await loadTokenKeys(source);
    expect(await loadTokenKeys(source)).toBe(first);
    expect(calls()).toBe(1);
    // A rotation within the max age is not seen by a plain read…
    vi.advanceTimersByTime((TOKEN_KEYS_MAX_AGE_SECONDS - 1) * 1000);
    expect((await loadTokenKeys(source)).map((k) => k.id)).toEqual(['k1']);
    // …but by a forced one (a link named a key this process does not know),
    expect((await reloadTokenKeys(source)).map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(calls()).toBe(2);
    // and by a plain read once the max age has passed.
    vi.advanceTimersByTime((TOKEN_KEYS_MAX_AGE_SECONDS + 1) * 1000);
    expect((await loadTokenKeys(source)).map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(calls()).toBe(3);
    sm.restore();
  });

  it('does not keep a failed read: the next call tries again', async () => {
    const sm = mockClient(SecretsManagerClient);
    const arn = 'arn:aws:secretsmanager:x:1:secret:flaky';
    sm.on(GetSecretValueCommand, { SecretId: arn })
      .rejectsOnce(new Error('throttled'))
      .resolves({ SecretString: JSON.stringify({ keys: [{ id: 'k1', secret: b64(32) }] }) });
    const flaky = { tokenKeysSecretArn: arn, client: new SecretsManagerClient({ region: 'us-east-1' }) };
    await expect(loadTokenKeys(flaky)).rejects.toThrow('throttled');
    expect((await loadTokenKeys(flaky)).map((k) => k.id)).toEqual(['k1']);
    sm.restore();
  });
});

describe('local token keys', () => {
  it('generates an owner-only key file once and keeps it across restarts', async () => {
    const file = join(dir, 'nested', 'token-keys.json');
    expect(await ensureLocalTokenKeys(file)).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const first = await readFile(file, 'utf8');
    await ensureLocalTokenKeys(file);
    expect(await readFile(file, 'utf8')).toBe(first);

    const keys = await loadTokenKeys({ tokenKeysFile: file });
    expect(keys[0]?.secret.length).toBe(32);
    // A generated file has its own pepper seed, not the signing key.
    const secret = JSON.parse(first) as { pepper?: string };
    expect(Buffer.from(secret.pepper ?? '', 'base64').length).toBe(32);
    const token = signToken({ sub: 's1', purpose: 'manage' }, keys);
    expect(verifyToken(token, 'manage', await loadTokenKeys({ tokenKeysFile: file }), new Date()).ok).toBe(
      true,
    );
  });

  it('generates a different key in each data folder', async () => {
    const a = await ensureLocalTokenKeys(join(dir, 'a', 'k.json'));
    const b = await ensureLocalTokenKeys(join(dir, 'b', 'k.json'));
    expect(await readFile(a, 'utf8')).not.toBe(await readFile(b, 'utf8'));
  });

  it('refuses a corrupted key file with its path in the message', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, 'not json');
    await expect(loadTokenKeys({ tokenKeysFile: file })).rejects.toThrow(`${file}: token keys are not JSON`);
  });
});
