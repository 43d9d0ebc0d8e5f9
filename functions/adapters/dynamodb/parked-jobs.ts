// Adapter: ParkedJobs on the single table, pk `PARKED#<edition>`, sk a random id per job. Jobs of a paused
// edition wait here instead of cycling through SQS into the DLQ; `take` reads and deletes them when the
// edition resumes (each delete is conditional, so two concurrent resumes never both re-enqueue a job).
import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { SendJob } from '../../core/delivery/types.ts';
import type { ParkedJobs } from '../../ports.ts';
import { type DynamoTableOptions, isConditionFailure } from './table.ts';

/** A paused edition is resumed within days; a forgotten one should not linger for ever. */
const PARKED_TTL_SECONDS = 30 * 24 * 3600;

export function createDynamoParkedJobs(options: DynamoTableOptions): ParkedJobs {
  const { client, tableName } = options;
  return {
    async park(job) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            pk: `PARKED#${job.editionId}`,
            sk: `${new Date().toISOString()}#${randomUUID()}`,
            type: 'parked-job',
            job: JSON.stringify(job),
            expiresAt: Math.floor(Date.now() / 1000) + PARKED_TTL_SECONDS,
          },
        }),
      );
    },

    async take(editionId) {
      const jobs: SendJob[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `PARKED#${editionId}` },
          ConsistentRead: true,
        },
      )) {
        for (const item of page.Items ?? []) {
          try {
            await client.send(
              new DeleteCommand({
                TableName: tableName,
                Key: { pk: item.pk, sk: item.sk },
                ConditionExpression: 'attribute_exists(pk)',
              }),
            );
          } catch (error) {
            if (isConditionFailure(error)) continue; // another resume took it
            throw error;
          }
          jobs.push(JSON.parse(String(item.job)) as SendJob);
        }
      }
      return jobs;
    },
  };
}
