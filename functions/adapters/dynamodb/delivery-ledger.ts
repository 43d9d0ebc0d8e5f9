// Adapter: DeliveryLedger on the single table, pk `DELIVERY#<edition>`, sk `<subscriber>`. The claim is a
// conditional put, the idempotency guard against SQS at-least-once delivery: a redelivered message finds the
// claim and skips that recipient. Records expire after about 400 days (TTL attribute `expiresAt`).
import { DeleteCommand, GetCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { Delivery } from '../../core/delivery/types.ts';
import type { DeliveryLedger } from '../../ports.ts';
import { type DynamoTableOptions, isConditionFailure } from './table.ts';

const DELIVERY_TTL_SECONDS = 400 * 24 * 3600;

const deliveryKey = (editionId: string, subscriberId: string) => ({
  pk: `DELIVERY#${editionId}`,
  sk: subscriberId,
});

function expiresAt(at: string): number {
  const time = Date.parse(at);
  return Math.floor((Number.isNaN(time) ? Date.now() : time) / 1000) + DELIVERY_TTL_SECONDS;
}

function fromItem(item: Record<string, unknown>): Delivery {
  const delivery: Delivery = {
    editionId: String(item.editionId),
    subscriberId: String(item.subscriberId),
    status: item.status as Delivery['status'],
    at: String(item.at),
  };
  if (typeof item.variant === 'string') delivery.variant = item.variant;
  if (typeof item.messageId === 'string') delivery.messageId = item.messageId;
  if (typeof item.reason === 'string') delivery.reason = item.reason;
  return delivery;
}

export function createDynamoDeliveryLedger(options: DynamoTableOptions): DeliveryLedger {
  const { client, tableName } = options;
  return {
    async claim(editionId, subscriberId, at, claimant) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...deliveryKey(editionId, subscriberId),
              type: 'delivery',
              editionId,
              subscriberId,
              status: 'sending',
              at,
              ...(claimant !== undefined ? { claimant } : {}),
              expiresAt: expiresAt(at),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        if (claimant === undefined) return false;
        // Our own earlier write may have landed with its answer lost (a timeout the SDK retried): still ours.
        const { Item } = await client.send(
          new GetCommand({
            TableName: tableName,
            Key: deliveryKey(editionId, subscriberId),
            ConsistentRead: true,
          }),
        );
        return Item?.status === 'sending' && Item.claimant === claimant;
      }
    },

    async settle(delivery) {
      const item: Record<string, unknown> = {
        ...deliveryKey(delivery.editionId, delivery.subscriberId),
        type: 'delivery',
        editionId: delivery.editionId,
        subscriberId: delivery.subscriberId,
        status: delivery.status,
        at: delivery.at,
        expiresAt: expiresAt(delivery.at),
      };
      if (delivery.variant !== undefined) item.variant = delivery.variant;
      if (delivery.messageId !== undefined) item.messageId = delivery.messageId;
      if (delivery.reason !== undefined) item.reason = delivery.reason;
      await client.send(new PutCommand({ TableName: tableName, Item: item }));
    },

    async release(editionId, subscriberId, claimant) {
      // Only an unsettled claim is given back: a settled 'sent' must keep blocking redeliveries.
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: deliveryKey(editionId, subscriberId),
            ConditionExpression: `#status = :sending${claimant !== undefined ? ' AND claimant = :claimant' : ''}`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':sending': 'sending',
              ...(claimant !== undefined ? { ':claimant': claimant } : {}),
            },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return;
        throw error;
      }
    },

    async get(editionId, subscriberId) {
      const result = await client.send(
        new GetCommand({
          TableName: tableName,
          Key: deliveryKey(editionId, subscriberId),
          ConsistentRead: true,
        }),
      );
      return result.Item ? fromItem(result.Item) : undefined;
    },

    async tally(editionId) {
      const tally = { sending: 0, sent: 0, skipped: 0, failed: 0 };
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `DELIVERY#${editionId}` },
          // Only the status travels: a million-recipient edition is about 30 MB read, once, by an operator.
          ProjectionExpression: '#status',
          ExpressionAttributeNames: { '#status': 'status' },
          ConsistentRead: true,
        },
      )) {
        for (const item of page.Items ?? []) {
          const status = item.status as keyof typeof tally;
          if (status in tally) tally[status]++;
        }
      }
      return tally;
    },

    async variantTally(editionId) {
      const tally: Record<string, Record<Delivery['status'], number>> = {};
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `DELIVERY#${editionId}` },
          ProjectionExpression: '#status, variant',
          ExpressionAttributeNames: { '#status': 'status' },
          ConsistentRead: true,
        },
      )) {
        for (const item of page.Items ?? []) {
          const key = typeof item.variant === 'string' ? item.variant : '';
          tally[key] ??= { sending: 0, sent: 0, skipped: 0, failed: 0 };
          const counts = tally[key];
          const status = item.status as Delivery['status'];
          if (status in counts) counts[status]++;
        }
      }
      return tally;
    },
  };
}
