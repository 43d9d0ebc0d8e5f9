// Test helper: dynalite in-process on a random loopback port, with the project's real table definition.
// `useDynalite` starts it before a test file's tests and stops it after them.
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { createTableInput } from '../../functions/adapters/dynamodb/table.ts';
import { waitUntilActive } from '../../local/standins.ts';
import { useStarted } from './hooks.ts';

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

/** dynalite for the whole test file (see useStarted): call at its top level. */
export function useDynalite(): Omit<TestTable, 'stop'> {
  return useStarted(startDynalite, (table) => table.stop());
}
