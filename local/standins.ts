// Local stand-ins for AWS, started in-process by `npm start` and the end-to-end tests: dynalite speaks the
// DynamoDB API (on disk, so a restart keeps subscribers) and aws-ses-v2-local speaks the SES API and keeps an
// outbox with a web viewer. The production SDK clients talk to them; only the endpoints differ.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createTableInput } from '../functions/adapters/dynamodb/table.ts';

export interface Standins {
  dynamoEndpoint: string;
  sesEndpoint: string;
  /** The SES stand-in's outbox viewer. */
  outboxUrl: string;
  tableName: string;
  stop(): Promise<void>;
}

export interface StandinOptions {
  /** Folder for dynalite's files; in memory when unset (tests). */
  dataDir?: string;
  dynamoPort?: number;
  sesPort?: number;
  tableName?: string;
}

type StartSes = (config: { host: string; port: number }) => Promise<Server>;

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * dynalite answers CreateTable before the table (and its indexes) can be written, more so on disk: a write in
 * that moment fails with ResourceNotFoundException. Wait for ACTIVE, as one would on AWS.
 */
export async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === 'ACTIVE' && indexes.every((i) => i.IndexStatus === 'ACTIVE')) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`local table ${tableName} did not become active`);
}

export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    requestHandler: { requestTimeout: 5_000, throwOnRequestTimeout: true },
  });
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if ((error as { name?: string }).name !== 'ResourceNotFoundException') throw error;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    await waitUntilActive(client, tableName);
  } finally {
    client.destroy();
  }
}

export async function startStandins(options: StandinOptions = {}): Promise<Standins> {
  const tableName = options.tableName ?? 'tidings';
  const dynamo = dynalite({
    ...(options.dataDir ? { path: join(options.dataDir, 'dynamodb') } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  let dynamoPort: number;
  try {
    dynamoPort = await listen(dynamo, options.dynamoPort ?? 0);
  } catch (error) {
    throw new Error(
      `cannot start the local DynamoDB on port ${options.dynamoPort}: ${(error as Error).message}. ` +
        'Is another `npm start` running? Stop it, or set DYNAMODB_PORT to a free port.',
    );
  }
  const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
  await ensureTable(dynamoEndpoint, tableName);

  // A CommonJS module: Node's ESM loader nests its default export one level deeper than vitest's interop.
  const mod = (await import('aws-ses-v2-local')) as unknown as { default: StartSes | { default: StartSes } };
  const startSes = typeof mod.default === 'function' ? mod.default : mod.default.default;
  let ses: Server;
  try {
    ses = await startSes({ host: '127.0.0.1', port: options.sesPort ?? 0 });
  } catch (error) {
    await close(dynamo);
    throw new Error(
      `cannot start the local SES on port ${options.sesPort}: ${(error as Error).message}. Set SES_PORT to a free port.`,
    );
  }
  const sesEndpoint = `http://127.0.0.1:${(ses.address() as AddressInfo).port}`;
  return {
    dynamoEndpoint,
    sesEndpoint,
    outboxUrl: `${sesEndpoint}/`,
    tableName,
    async stop() {
      await Promise.all([close(dynamo), close(ses)]);
    },
  };
}
