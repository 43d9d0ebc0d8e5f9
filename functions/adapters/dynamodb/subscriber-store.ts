// Adapter: SubscriberStore on the single table. No transactions (dynalite lacks them, and none are needed):
// every write that must not race is a conditional write. A create claims the address first (EMAIL#, with the
// time of the claim), then writes the subscriber. A create cut short between the two leaves a claim pointing at
// nothing: once that claim is older than a grace period (longer than any Lambda runs), the next create for the
// address takes it over, conditionally. A creator that was merely slow notices the takeover when it re-reads
// the claim after its own write, removes its subscriber item and reports the address as taken.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { audienceShard, audiencesOf, dueAt } from '../../core/subscribers/audience.ts';
import { upgradeSubscriber } from '../../core/subscribers/migrate.ts';
import {
  DuplicateSubscriberIdError,
  type Subscriber,
  SubscriberNotFoundError,
  type SubscriberStatus,
} from '../../core/subscribers/types.ts';
import { changeSubscriber } from '../../core/subscribers/update.ts';
import { CADENCES, type Cadence } from '../../core/types.ts';
import type { SubscriberStore } from '../../ports.ts';
import { AUDIENCE_SHARDS, audienceIndex, DUE_INDEX, DUE_PARTITION, TTL_ATTRIBUTE } from './table.ts';

/** BatchGetItem takes at most 100 keys. */
const BATCH_GET_LIMIT = 100;

export interface SubscriberStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  shards?: number;
}

const subscriberKey = (id: string) => ({ pk: `SUB#${id}`, sk: 'SUB' });
const emailKey = (email: string) => ({ pk: `EMAIL#${email}`, sk: 'EMAIL' });

/** A claim younger than this may belong to a create still in flight: never take it over. */
export const ORPHAN_CLAIM_GRACE_SECONDS = 120;

const epochSeconds = () => Math.floor(Date.now() / 1000);

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException ||
  (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

const FIELDS = [
  'id',
  'email',
  'status',
  'topics',
  'locale',
  'contentLangs',
  'consent',
  'createdAt',
  'updatedAt',
  'version',
  'pending',
  'pause',
  'stopped',
  'deleteAfter',
  // Read only to migrate records written before locales (core/subscribers/migrate.ts).
  'lang',
] as const;

/** The subscriber fields of a stored item (index keys and table keys left out), in the current model. */
export function fromItem(item: Record<string, unknown>): Subscriber {
  const subscriber: Record<string, unknown> = {};
  for (const field of FIELDS) if (item[field] !== undefined) subscriber[field] = item[field];
  return upgradeSubscriber(subscriber);
}

const ttlOf = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export class DynamoSubscriberStore implements SubscriberStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly shards: number;

  constructor(options: SubscriberStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.shards = options.shards ?? AUDIENCE_SHARDS;
  }

  /**
   * The subscriber item with its index keys, derived on every write: audience keys from status and topics, due
   * keys from a pause or pending request, the TTL from `deleteAfter`.
   */
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
    const due = dueAt(subscriber);
    if (due) {
      item[DUE_INDEX.partitionKey] = DUE_PARTITION;
      item[DUE_INDEX.sortKey] = due;
    }
    if (subscriber.deleteAfter) item[TTL_ATTRIBUTE] = ttlOf(subscriber.deleteAfter);
    return item;
  }

  private claimItem(subscriber: Subscriber): Record<string, unknown> {
    return {
      ...emailKey(subscriber.email),
      subscriberId: subscriber.id,
      claimedAt: epochSeconds(),
      // A never-confirmed subscriber's address goes with it.
      ...(subscriber.deleteAfter ? { [TTL_ATTRIBUTE]: ttlOf(subscriber.deleteAfter) } : {}),
    };
  }

  async get(id: string): Promise<Subscriber | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: subscriberKey(id), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Subscriber>> {
    const found = new Map<string, Subscriber>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
      let keys: Record<string, unknown>[] = unique.slice(i, i + BATCH_GET_LIMIT).map(subscriberKey);
      for (let attempt = 0; keys.length > 0; attempt++) {
        // DynamoDB may leave keys unprocessed under load: ask again for those, with backoff, then give up.
        if (attempt === 8) throw new Error('DynamoDB left subscriber reads unprocessed; try again');
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
        const result = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: true } },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) {
          const subscriber = fromItem(item);
          found.set(subscriber.id, subscriber);
        }
        keys = (result.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return found;
  }

  async getByEmail(email: string): Promise<Subscriber | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: emailKey(email), ConsistentRead: true }),
    );
    if (!Item || typeof Item.subscriberId !== 'string') return undefined;
    const subscriber = await this.get(Item.subscriberId);
    return subscriber?.email === email ? subscriber : undefined;
  }

  async create(subscriber: Subscriber): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.claimItem(subscriber),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if (!(await this.takeOverOrphanClaim(subscriber))) return false;
    }
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.toItem(subscriber),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The id is taken (by another address): give the claim back rather than point the address at a stranger.
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: emailKey(subscriber.email),
          ConditionExpression: 'subscriberId = :id',
          ExpressionAttributeValues: { ':id': subscriber.id },
        }),
      );
      throw new DuplicateSubscriberIdError(subscriber.id);
    }
    if ((await this.claimOwner(subscriber.email)) === subscriber.id) return true;
    // Too slow: our claim was taken over as an orphan. Leave no second subscriber with this address behind.
    await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: subscriberKey(subscriber.id) }),
    );
    return false;
  }

  private async claimOwner(email: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: emailKey(email), ConsistentRead: true }),
    );
    return typeof Item?.subscriberId === 'string' ? Item.subscriberId : undefined;
  }

  /** A stale claim whose subscriber was never written (a create cut short) is reassigned, conditionally. */
  private async takeOverOrphanClaim(subscriber: Subscriber): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: emailKey(subscriber.email), ConsistentRead: true }),
    );
    const owner = Item?.subscriberId;
    if (typeof owner !== 'string') return false;
    const claimedAt = typeof Item?.claimedAt === 'number' ? Item.claimedAt : 0;
    if (claimedAt > epochSeconds() - ORPHAN_CLAIM_GRACE_SECONDS) return false;
    if (await this.get(owner)) return false;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.claimItem(subscriber),
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

  /**
   * Optimistic write (see the port). The address claim's expiry changes first when `deleteAfter` does: if the
   * subscriber write then loses its race, the worst left behind is a claim without expiry whose subscriber
   * expires, which the next create for the address takes over as an orphan.
   */
  async update(read: Subscriber, next: Subscriber): Promise<Subscriber | undefined> {
    if (next.id !== read.id) throw new Error('update: the id of a subscriber cannot change');
    const stored: Subscriber = { ...next, version: read.version + 1 };
    if (read.deleteAfter !== stored.deleteAfter) await this.setClaimExpiry(stored);
    // Records written before versions have none: version 0 matches a missing attribute.
    const versionCheck =
      read.version === 0 ? '(attribute_not_exists(version) OR version = :v)' : 'version = :v';
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.toItem(stored),
          // The address is the identity: it can never change under an existing id.
          ConditionExpression: `attribute_exists(pk) AND email = :email AND ${versionCheck}`,
          ExpressionAttributeValues: { ':email': stored.email, ':v': read.version },
        }),
      );
      return stored;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.get(stored.id);
      if (!current) throw new SubscriberNotFoundError(stored.id, 'missing');
      if (current.email !== stored.email) throw new SubscriberNotFoundError(stored.id, 'address-mismatch');
      return undefined;
    }
  }

  private async setClaimExpiry(subscriber: Subscriber): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: emailKey(subscriber.email),
          UpdateExpression: subscriber.deleteAfter ? 'SET #ttl = :ttl' : 'REMOVE #ttl',
          ConditionExpression: 'subscriberId = :id',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: {
            ':id': subscriber.id,
            ...(subscriber.deleteAfter ? { ':ttl': ttlOf(subscriber.deleteAfter) } : {}),
          },
        }),
      );
    } catch (error) {
      // The claim names another subscriber (or is gone): it is not this subscriber's to change.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async setStatus(id: string, status: SubscriberStatus, at: string): Promise<void> {
    if (status === 'active') return this.activate(id, at);
    // Leaving `active` removes every audience key in the same write, so no later Query can see the subscriber;
    // the version moves on, so a write computed from an earlier read fails and re-reads.
    const remove = CADENCES.flatMap((c) => [audienceIndex(c).partitionKey, audienceIndex(c).sortKey]);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: subscriberKey(id),
          UpdateExpression: `SET #status = :status, updatedAt = :at, version = if_not_exists(version, :zero) + :one REMOVE ${remove.join(', ')}`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ':at': at, ':zero': 0, ':one': 1 },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Becoming active needs the topics to derive the audience keys: an optimistic read-modify-write. */
  private async activate(id: string, at: string): Promise<void> {
    await changeSubscriber(this, id, (current) => {
      if (current.status === 'active') return { outcome: 'active' };
      const { pause: _lifted, ...rest } = current;
      return { outcome: 'active', next: { ...rest, status: 'active', updatedAt: at } };
    });
  }

  async *due(now: Date, pageSize = 100): AsyncIterable<string[]> {
    const pages = paginateQuery(
      { client: this.client, pageSize },
      {
        TableName: this.tableName,
        IndexName: DUE_INDEX.indexName,
        KeyConditionExpression: '#pk = :pk AND #at <= :now',
        ExpressionAttributeNames: { '#pk': DUE_INDEX.partitionKey, '#at': DUE_INDEX.sortKey },
        ExpressionAttributeValues: { ':pk': DUE_PARTITION, ':now': now.toISOString() },
        ProjectionExpression: 'id',
        Limit: pageSize,
      },
    );
    for await (const page of pages) {
      const ids = (page.Items ?? []).map((item) => String(item.id));
      if (ids.length > 0) yield ids;
    }
  }

  /** Queries the shards in turn; pages are filled across shards so a small audience is not 16 tiny pages. */
  async *audience(cadence: Cadence, pageSize = 100): AsyncIterable<Subscriber[]> {
    const index = audienceIndex(cadence);
    let buffer: Subscriber[] = [];
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
        buffer.push(...(page.Items ?? []).map(fromItem));
        while (buffer.length >= pageSize) {
          yield buffer.slice(0, pageSize);
          buffer = buffer.slice(pageSize);
        }
      }
    }
    if (buffer.length > 0) yield buffer;
  }
}
