// Adapter: SubscriberStore on the single table. No transactions (dynalite lacks them, and none are needed):
// every write that must not race is a conditional write. The address is claimed first (EMAIL#), then the
// subscriber is written; a create interrupted between the two leaves a claim pointing at nothing, which the next
// create for that address detects and takes over.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { audienceShard, audiencesOf } from '../../core/subscribers/audience.ts';
import type { Subscriber, SubscriberStatus } from '../../core/subscribers/types.ts';
import { CADENCES, type Cadence } from '../../core/types.ts';
import type { SubscriberStore } from '../../ports.ts';
import { AUDIENCE_SHARDS, audienceIndex, TTL_ATTRIBUTE } from './table.ts';

export interface SubscriberStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  shards?: number;
}

const subscriberKey = (id: string) => ({ pk: `SUB#${id}`, sk: 'SUB' });
const emailKey = (email: string) => ({ pk: `EMAIL#${email}`, sk: 'EMAIL' });
const confirmKey = (email: string) => ({ pk: `CONFIRM#${email}`, sk: 'CONFIRM' });

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException ||
  (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

const FIELDS = [
  'id',
  'email',
  'status',
  'topics',
  'lang',
  'consent',
  'createdAt',
  'updatedAt',
  'pending',
] as const;

function fromItem(item: Record<string, unknown>): Subscriber {
  const subscriber: Record<string, unknown> = {};
  for (const field of FIELDS) if (item[field] !== undefined) subscriber[field] = item[field];
  return subscriber as unknown as Subscriber;
}

export class DynamoSubscriberStore implements SubscriberStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly shards: number;

  constructor(options: SubscriberStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.shards = options.shards ?? AUDIENCE_SHARDS;
  }

  /** The subscriber item with its audience index keys, derived from status and topics on every write. */
  private toItem(subscriber: Subscriber): Record<string, unknown> {
    const item: Record<string, unknown> = {
      ...subscriberKey(subscriber.id),
      ...JSON.parse(JSON.stringify(subscriber)),
    };
    const shard = audienceShard(subscriber.id, this.shards);
    for (const cadence of audiencesOf(subscriber)) {
      const index = audienceIndex(cadence);
      item[index.partitionKey] = `${cadence}#${shard}`;
      item[index.sortKey] = subscriber.id;
    }
    return item;
  }

  async get(id: string): Promise<Subscriber | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: subscriberKey(id), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async getByEmail(email: string): Promise<Subscriber | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: emailKey(email), ConsistentRead: true }),
    );
    if (!Item || typeof Item.subscriberId !== 'string') return undefined;
    return this.get(Item.subscriberId);
  }

  async create(subscriber: Subscriber): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...emailKey(subscriber.email), subscriberId: subscriber.id },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if (!(await this.takeOverOrphanClaim(subscriber))) return false;
    }
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: this.toItem(subscriber),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  }

  /** A claim whose subscriber was never written (a create cut short) is reassigned, conditionally. */
  private async takeOverOrphanClaim(subscriber: Subscriber): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: emailKey(subscriber.email), ConsistentRead: true }),
    );
    const owner = Item?.subscriberId;
    if (typeof owner !== 'string' || (await this.get(owner))) return false;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...emailKey(subscriber.email), subscriberId: subscriber.id },
          ConditionExpression: 'subscriberId = :orphan',
          ExpressionAttributeValues: { ':orphan': owner },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async save(subscriber: Subscriber): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: this.toItem(subscriber),
        // The address is the identity: it can never change under an existing id.
        ConditionExpression: 'attribute_exists(pk) AND email = :email',
        ExpressionAttributeValues: { ':email': subscriber.email },
      }),
    );
  }

  async setStatus(id: string, status: SubscriberStatus, at: string): Promise<void> {
    if (status === 'active') {
      const current = await this.get(id);
      if (current) await this.save({ ...current, status, updatedAt: at });
      return;
    }
    // Leaving `active` removes every audience key in the same write, so no later Query can see the subscriber.
    const remove = CADENCES.flatMap((c) => [audienceIndex(c).partitionKey, audienceIndex(c).sortKey]);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: subscriberKey(id),
          UpdateExpression: `SET #status = :status, updatedAt = :at REMOVE ${remove.join(', ')}`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ':at': at },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async *audience(cadence: Cadence, pageSize = 100): AsyncIterable<Subscriber[]> {
    const index = audienceIndex(cadence);
    for (let shard = 0; shard < this.shards; shard++) {
      const pages = paginateQuery(
        { client: this.client, pageSize },
        {
          TableName: this.tableName,
          IndexName: index.indexName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index.partitionKey },
          ExpressionAttributeValues: { ':pk': `${cadence}#${shard}` },
          Limit: pageSize,
        },
      );
      for await (const page of pages) {
        const subscribers = (page.Items ?? []).map(fromItem);
        if (subscribers.length > 0) yield subscribers;
      }
    }
  }

  async claimConfirmationSlot(email: string, windowSeconds: number, now: Date): Promise<boolean> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...confirmKey(email), [TTL_ATTRIBUTE]: nowSeconds + windowSeconds },
          // TTL deletion is lazy: an expired slot may still be there, so compare the expiry, not existence.
          ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
