// Adapter: SendLimits on the single table. One item per counter, keyed by a hash of what it counts (no address or
// network is stored), with the window's end as its TTL. A count is a conditional ADD while the window is open and
// below the limit; an absent or ended window is replaced by a fresh one with a conditional Put (TTL deletion is
// lazy, so conditions compare the expiry, never rely on the item being gone).
import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LimitCounter } from '../../core/subscriptions/limits.ts';
import type { SendLimits } from '../../ports.ts';
import { isConditionFailure, TTL_ATTRIBUTE } from './table.ts';

/** Keyed hash of a counter's key; without a pepper a plain SHA-256 (the keys are short-lived either way). */
export type CounterHash = (key: string) => string;

const sha256: CounterHash = (key) => createHash('sha256').update(`limit|${key}`).digest('base64url');

export class DynamoSendLimits implements SendLimits {
  private readonly hash: CounterHash;
  constructor(
    private readonly options: { client: DynamoDBDocumentClient; tableName: string; hash?: CounterHash },
  ) {
    this.hash = options.hash ?? sha256;
  }

  private key(counter: LimitCounter) {
    return { pk: `LIMIT#${this.hash(counter.key)}`, sk: 'LIMIT' };
  }

  private async add(counter: LimitCounter, nowSeconds: number): Promise<boolean> {
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: this.key(counter),
          UpdateExpression: 'ADD #n :one',
          ConditionExpression: '#ttl > :now AND #n < :limit',
          ExpressionAttributeNames: { '#n': 'n', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':one': 1, ':now': nowSeconds, ':limit': counter.limit },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async open(counter: LimitCounter, nowSeconds: number): Promise<boolean> {
    try {
      await this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: { ...this.key(counter), n: 1, [TTL_ATTRIBUTE]: nowSeconds + counter.windowSeconds },
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

  private async takeOne(counter: LimitCounter, nowSeconds: number): Promise<boolean> {
    if (counter.limit < 1) return false;
    if (await this.add(counter, nowSeconds)) return true;
    if (await this.open(counter, nowSeconds)) return true;
    // A concurrent request opened the window between our two writes: count in it, if there is room.
    return this.add(counter, nowSeconds);
  }

  async take(counters: LimitCounter[], now: Date): Promise<boolean> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const taken: LimitCounter[] = [];
    for (const counter of counters) {
      if (!(await this.takeOne(counter, nowSeconds))) {
        await this.release(taken, now);
        return false;
      }
      taken.push(counter);
    }
    return true;
  }

  async release(counters: LimitCounter[], now: Date): Promise<void> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    for (const counter of counters) {
      try {
        await this.options.client.send(
          new UpdateCommand({
            TableName: this.options.tableName,
            Key: this.key(counter),
            UpdateExpression: 'ADD #n :minus',
            ConditionExpression: '#ttl > :now AND #n > :zero',
            ExpressionAttributeNames: { '#n': 'n', '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: { ':minus': -1, ':now': nowSeconds, ':zero': 0 },
          }),
        );
      } catch (error) {
        // The window ended meanwhile: nothing to give back.
        if (!isConditionFailure(error)) throw error;
      }
    }
  }
}
