// Adapter: ParkedJobs on the single table, pk `PARKED#<edition>`, sk time + a random id per job.
// Jobs of a paused edition wait here instead of cycling through SQS into the DLQ; a resume lists them, puts them
// back on the queue, then removes them (a job enqueued twice is harmless: the ledger skips its recipients).
import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { SendJob } from '../../core/delivery/types.ts';
import type { ParkedJobs } from '../../ports.ts';
import type { DynamoTableOptions } from './table.ts';

/** A paused edition is resumed within days; a forgotten one should not linger for ever. */
const PARKED_TTL_SECONDS = 30 * 24 * 3600;

export function createDynamoParkedJobs(options: DynamoTableOptions): ParkedJobs {
  const { client, tableName } = options;
  return {
    async park(job) {
      const id = `${new Date().toISOString()}#${randomUUID()}`;
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            pk: `PARKED#${job.editionId}`,
            sk: id,
            type: 'parked-job',
            job: JSON.stringify(job),
            expiresAt: Math.floor(Date.now() / 1000) + PARKED_TTL_SECONDS,
          },
        }),
      );
      return id;
    },

    async list(editionId) {
      const jobs: { id: string; job: SendJob }[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `PARKED#${editionId}` },
          ConsistentRead: true,
        },
      )) {
        for (const item of page.Items ?? [])
          jobs.push({ id: String(item.sk), job: JSON.parse(String(item.job)) });
      }
      return jobs;
    },

    async remove(editionId, id) {
      await client.send(
        new DeleteCommand({ TableName: tableName, Key: { pk: `PARKED#${editionId}`, sk: id } }),
      );
    },
  };
}
