// Adapter: SubscriberArchive on the single table — export (a full read), GDPR erase and the suppression list.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateScan,
} from '@aws-sdk/lib-dynamodb';
import {
  isLegacySuppressionHash,
  legacySuppressionHash,
  rekeyLegacySuppression,
  suppressionHash,
} from '../../core/subscribers/suppression.ts';
import type { Subscriber } from '../../core/subscribers/types.ts';
import type { SubscriberArchive } from '../../ports.ts';
import { fromItem } from './subscriber-store.ts';
import { subscriberItemKeys as keys } from './table.ts';

export class DynamoSubscriberArchive implements SubscriberArchive {
  constructor(
    private readonly options: {
      client: DynamoDBDocumentClient;
      tableName: string;
      /**
       * The suppression pepper (suppressionPepper of the token-keys secret's seed): from configuration only. A
       * function reads it when first needed (the CLI's export needs none).
       */
      pepper: Uint8Array | (() => Promise<Uint8Array>);
    },
  ) {}

  private pepperRead: Promise<Uint8Array> | undefined;
  private pepper(): Promise<Uint8Array> {
    const { pepper } = this.options;
    this.pepperRead ??= typeof pepper === 'function' ? pepper() : Promise.resolve(pepper);
    return this.pepperRead;
  }

  async *all(pageSize = 100): AsyncIterable<Subscriber[]> {
    // An export is a full read by nature; delivery never calls this (it queries the audience indexes).
    const pages = paginateScan(
      { client: this.options.client, pageSize },
      {
        TableName: this.options.tableName,
        FilterExpression: 'sk = :sub',
        ExpressionAttributeValues: { ':sub': 'SUB' },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      const subscribers = (page.Items ?? []).map(fromItem);
      if (subscribers.length > 0) yield subscribers;
    }
  }

  async erase(id: string, at: string): Promise<boolean> {
    const { client, tableName } = this.options;
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.subscriber(id), ConsistentRead: true }),
    );
    if (!Item) return false;
    const subscriber = fromItem(Item);
    // Suppression first: if the erase stops half-way, the address is already never mailed again, and running
    // the erase again finishes it.
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.suppression(suppressionHash(subscriber.email, await this.pepper())),
          reason: `erased-${subscriber.status}`,
          at,
        },
      }),
    );
    await this.deleteDeliveries(id);
    await client.send(new DeleteCommand({ TableName: tableName, Key: keys.confirmation(subscriber.email) }));
    try {
      await client.send(
        new DeleteCommand({
          TableName: tableName,
          Key: keys.email(subscriber.email),
          ConditionExpression: 'attribute_not_exists(pk) OR subscriberId = :id',
          ExpressionAttributeValues: { ':id': id },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    await client.send(new DeleteCommand({ TableName: tableName, Key: keys.subscriber(id) }));
    return true;
  }

  /** Delivery records are keyed by edition; an erase is rare enough to find them with a filtered Scan. */
  private async deleteDeliveries(id: string): Promise<void> {
    const { client, tableName } = this.options;
    const pages = paginateScan(
      { client, pageSize: 500 },
      {
        TableName: tableName,
        FilterExpression: 'begins_with(pk, :delivery) AND sk = :id',
        ExpressionAttributeValues: { ':delivery': 'DELIVERY#', ':id': id },
        ProjectionExpression: 'pk, sk',
      },
    );
    for await (const page of pages) {
      const deletes = (page.Items ?? []).map((item) => ({
        DeleteRequest: { Key: { pk: item.pk, sk: item.sk } },
      }));
      for (let i = 0; i < deletes.length; i += 25) {
        let pending = deletes.slice(i, i + 25);
        for (let attempt = 0; pending.length > 0; attempt++) {
          if (attempt === 8)
            throw new Error('erase: DynamoDB left delivery deletions unprocessed; run the erase again');
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
          const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
          pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
        }
      }
    }
  }

  async isSuppressed(email: string): Promise<boolean> {
    // The legacy (unsalted) key too, until `tidings migrate` has rewritten every entry: both reads for every
    // address, so the answer takes as long whichever it is.
    const pepper = await this.pepper();
    const [peppered, legacy] = await Promise.all(
      [suppressionHash(email, pepper), legacySuppressionHash(email)].map((hash) =>
        this.options.client.send(
          new GetCommand({
            TableName: this.options.tableName,
            Key: keys.suppression(hash),
            ConsistentRead: true,
          }),
        ),
      ),
    );
    return peppered?.Item !== undefined || legacy?.Item !== undefined;
  }

  async rekeySuppressions(): Promise<{ rekeyed: number; current: number }> {
    const { client, tableName } = this.options;
    const pepper = await this.pepper();
    const result = { rekeyed: 0, current: 0 };
    // A rare operator run over a small item set: a filtered Scan, as the erase's delivery cleanup does.
    const pages = paginateScan(
      { client, pageSize: 500 },
      {
        TableName: tableName,
        FilterExpression: 'begins_with(pk, :suppress) AND sk = :suppress_sk',
        ExpressionAttributeValues: { ':suppress': 'SUPPRESS#', ':suppress_sk': 'SUPPRESS' },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        const hash = String(item.pk).slice('SUPPRESS#'.length);
        if (!isLegacySuppressionHash(hash)) {
          result.current++;
          continue;
        }
        // The peppered entry first: stopped half-way, the address stays suppressed and a rerun finishes.
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...item, ...keys.suppression(rekeyLegacySuppression(hash, pepper)) },
          }),
        );
        await client.send(new DeleteCommand({ TableName: tableName, Key: { pk: item.pk, sk: item.sk } }));
        result.rekeyed++;
      }
    }
    return result;
  }
}
