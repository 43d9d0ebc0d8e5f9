import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
import {
  findLocal,
  LocalNotRunningError,
  removeLocalState,
  stateFile,
  writeLocalState,
} from '../../../functions/adapters/local/state.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tidings-env-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const instance = (pid: number) => ({
  pid,
  siteUrl: 'http://localhost:4321',
  outboxUrl: 'http://127.0.0.1:9005/',
  startedAt: '2025-01-20T08:00:00.000Z',
  env: {
    TABLE_NAME: 'tidings',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9567',
    SES_ENDPOINT: 'http://127.0.0.1:9005',
    SITE_URL: 'http://localhost:4321',
    SENDER_EMAIL: 'desk@tidings.localhost.test',
    TOKEN_KEYS_FILE: join(dataDir, 'token-keys.json'),
  },
});

describe('local delivery environment', () => {
  it('with no npm start recorded, says how to start one instead of guessing ports', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tidings-none-'));
    try {
      await expect(localDeliveryEnv({}, empty)).rejects.toBeInstanceOf(LocalNotRunningError);
      await expect(localDeliveryEnv({ PORT: '3000' }, empty)).rejects.toThrow(/npm start/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('uses the running instance’s stand-ins, sender and site URL from its state file', async () => {
    await writeLocalState(dataDir, instance(process.pid));
    // PORT in this terminal says nothing about the instance: its own site URL wins.
    const env = await localDeliveryEnv({ PORT: '3000' }, dataDir);
    expect(env).toMatchObject({
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:9567',
      SES_ENDPOINT: 'http://127.0.0.1:9005',
      SITE_URL: 'http://localhost:4321',
      SENDER_EMAIL: 'desk@tidings.localhost.test',
      TOKEN_KEYS_FILE: join(dataDir, 'token-keys.json'),
    });
  });

  it('treats a state file left by a stopped instance as none running', async () => {
    // A pid far above any pid_max: no such process.
    await writeLocalState(dataDir, instance(2 ** 30));
    await expect(findLocal(dataDir)).rejects.toThrow(/no longer running.*npm start/);
    // Only the writer removes its file: this process did not write this one.
    await removeLocalState(dataDir);
    await expect(findLocal(dataDir)).rejects.toThrow(/no longer running/);
    await writeLocalState(dataDir, instance(process.pid));
    await removeLocalState(dataDir);
    await expect(findLocal(dataDir)).rejects.toThrow(/no local tidings is running/);
  });

  it('treats an unreadable state file as none running', async () => {
    await writeFile(stateFile(dataDir), '{"pid": ');
    await expect(findLocal(dataDir)).rejects.toBeInstanceOf(LocalNotRunningError);
  });

  it('takes explicit endpoints as given, without a state file', async () => {
    const env = await localDeliveryEnv(
      { DYNAMODB_ENDPOINT: 'http://127.0.0.1:1', SITE_URL: 'https://x.test', TABLE_NAME: 'mine' },
      join(dataDir, 'fresh'),
    );
    expect(env).toMatchObject({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:1', TABLE_NAME: 'mine' });
    expect(env.TOKEN_KEYS_FILE).toBe(join(dataDir, 'fresh', 'token-keys.json'));
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
