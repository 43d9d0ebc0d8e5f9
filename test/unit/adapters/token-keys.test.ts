import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureLocalTokenKeys,
  loadTokenKeys,
  parseTokenKeys,
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

describe('loadTokenKeys from Secrets Manager', () => {
  it('reads the secret once per cold start and retries after a failure', async () => {
    const sm = mockClient(SecretsManagerClient);
    const secret = JSON.stringify({ keys: [{ id: 'k1', secret: b64(32) }] });
    sm.on(GetSecretValueCommand, { SecretId: 'arn:aws:secretsmanager:x:1:secret:ok' }).resolves({
      SecretString: secret,
    });
    sm.on(GetSecretValueCommand, { SecretId: 'arn:aws:secretsmanager:x:1:secret:flaky' })
      .rejectsOnce(new Error('throttled'))
      .resolves({ SecretString: secret });
    const client = new SecretsManagerClient({ region: 'us-east-1' });

    const ok = { tokenKeysSecretArn: 'arn:aws:secretsmanager:x:1:secret:ok', client };
    const [a, b] = await Promise.all([loadTokenKeys(ok), loadTokenKeys(ok)]);
    expect(a).toBe(b);
    expect(await loadTokenKeys(ok)).toBe(a);
    expect(sm.commandCalls(GetSecretValueCommand, { SecretId: ok.tokenKeysSecretArn })).toHaveLength(1);

    const flaky = { tokenKeysSecretArn: 'arn:aws:secretsmanager:x:1:secret:flaky', client };
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
