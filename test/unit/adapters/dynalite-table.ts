// Test helper: an in-memory dynalite on a random port with the single table (pk/sk strings) created,
// and a document client pointed at it.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface LocalTable {
  client: DynamoDBDocumentClient;
  tableName: string;
  endpoint: string;
  /** Creates another empty table on the same server, so each test starts clean. */
  freshTable(): Promise<string>;
  close(): Promise<void>;
}

type DynaliteFactory = (options: {
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}) => Server;

export async function startLocalTable(tableName = 'tidings-test'): Promise<LocalTable> {
  // dynalite ships no type declarations; a computed specifier keeps tsc from asking for them.
  const specifier: string = 'dynalite';
  const { default: dynalite } = (await import(specifier)) as { default: DynaliteFactory };
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    requestHandler: { requestTimeout: 5000, throwOnRequestTimeout: true },
  });
  const createTable = (name: string) =>
    base.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
  await createTable(tableName);
  let tables = 0;
  const client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  return {
    client,
    tableName,
    endpoint,
    async freshTable() {
      const name = `${tableName}-${++tables}`;
      await createTable(name);
      return name;
    },
    async close() {
      base.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
