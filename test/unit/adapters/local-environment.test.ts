import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertReachable,
  localDeliveryEnv,
  StandinsUnreachableError,
} from '../../../functions/adapters/local/environment.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tidings-env-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('local delivery environment', () => {
  it('defaults to the npm start stand-ins and generates a local key file', async () => {
    const env = await localDeliveryEnv({}, dataDir);
    expect(env).toMatchObject({
      TABLE_NAME: 'tidings',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:4567',
      SES_ENDPOINT: 'http://127.0.0.1:8005',
      SITE_URL: 'http://localhost:3000',
      TOKEN_KEYS_FILE: join(dataDir, 'token-keys.json'),
    });
  });

  it('keeps what the environment sets, ignoring empty values', async () => {
    const env = await localDeliveryEnv({ DYNAMODB_PORT: '9000', TABLE_NAME: 'mine', SITE_URL: '' }, dataDir);
    expect(env.DYNAMODB_ENDPOINT).toBe('http://127.0.0.1:9000');
    expect(env.TABLE_NAME).toBe('mine');
    expect(env.SITE_URL).toBe('http://localhost:3000');
  });

  it('names the stand-in that is down and says how to start it', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const up = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // The port was just freed: nothing listens there now.
    await expect(assertReachable([{ name: 'local DynamoDB', url: up }])).rejects.toBeInstanceOf(
      StandinsUnreachableError,
    );
    await expect(assertReachable([{ name: 'local DynamoDB', url: up }])).rejects.toThrow(
      /local DynamoDB.*npm start/,
    );
  });
});
