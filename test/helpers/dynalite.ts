// Test helper: dynalite in-process on a random loopback port, with the project's real table definition.
// `useDynalite` starts it before a test file's tests and stops it after them.
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll } from 'vitest';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { createTableInput } from '../../functions/adapters/dynamodb/table.ts';
import { waitUntilActive } from '../../local/standins.ts';

export interface TestTable {
  endpoint: string;
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Another empty table on the same server, so each test can start clean. */
  freshTable(): Promise<string>;
  stop(): Promise<void>;
}

let counter = 0;

export async function startDynalite(): Promise<TestTable> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const raw = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    requestHandler: { requestTimeout: 5_000, throwOnRequestTimeout: true },
  });
  const freshTable = async () => {
    const name = `tidings-test-${++counter}`;
    await raw.send(new CreateTableCommand(createTableInput(name)));
    await waitUntilActive(raw, name);
    return name;
  };
  const tableName = await freshTable();
  const client = createDynamoClient({ endpoint, region: 'us-east-1' });
  return {
    endpoint,
    client,
    tableName,
    freshTable,
    async stop() {
      client.destroy();
      raw.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Call at the top level of a test file; hooks the file registers after it run after the start. */
export function useDynalite(): Omit<TestTable, 'stop'> {
  let table: TestTable | undefined;
  beforeAll(async () => {
    table = await startDynalite();
  });
  afterAll(async () => {
    await table?.stop();
  });
  const started = () => {
    if (!table) throw new Error('dynalite is not started: use it inside tests and hooks');
    return table;
  };
  return {
    get endpoint() {
      return started().endpoint;
    },
    get client() {
      return started().client;
    },
    get tableName() {
      return started().tableName;
    },
    freshTable: () => started().freshTable(),
  };
}
