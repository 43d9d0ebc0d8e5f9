// Adapter: ContentStore on the single DynamoDB table (pk/sk strings). Sections are written under month
// partitions so a digest reads only the months it spans; a small month index lists the non-empty months,
// so a first edition starting at the epoch does not query hundreds of empty partitions.
import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { HeldArticle } from '../../core/article/gate.ts';
import { sectionOrder } from '../../core/delivery/sections.ts';
import type { PublishedSection } from '../../core/delivery/types.ts';
import type { ContentStore } from '../../ports.ts';
import { type DynamoTableOptions, isConditionFailure } from './table.ts';

const MONTH_INDEX_PK = 'SECTION_MONTHS';
/** Held articles share one small partition: a handful at a time, listed together on /dev. */
const HELD_PK = 'HELD_ARTICLES';
const BATCH_LIMIT = 25;
const MAX_BATCH_ATTEMPTS = 8;

/** Canonical ISO form, so string order in sort keys equals time order. */
function iso(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${JSON.stringify(timestamp)}`);
  return date.toISOString();
}

const monthOf = (timestamp: string): string => iso(timestamp).slice(0, 7);

export function sectionKey(section: PublishedSection): { pk: string; sk: string } {
  const at = iso(section.publishedAt);
  return { pk: `SECTIONS#${at.slice(0, 7)}`, sk: `${at}#${section.articleSlug}#${section.sectionId}` };
}

/** Drops `undefined` members that the document marshaller would reject. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** BatchWrite in chunks of 25, re-sending unprocessed items with a short backoff. */
export async function batchPut(
  options: DynamoTableOptions,
  items: Record<string, unknown>[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_LIMIT) {
    let pending = items.slice(start, start + BATCH_LIMIT).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_BATCH_ATTEMPTS) {
        throw new Error(
          `DynamoDB left ${pending.length} items unprocessed after ${MAX_BATCH_ATTEMPTS} attempts`,
        );
      }
      const result = await options.client.send(
        new BatchWriteCommand({ RequestItems: { [options.tableName]: pending } }),
      );
      pending = (result.UnprocessedItems?.[options.tableName] ?? []) as typeof pending;
      if (pending.length > 0) await sleep(Math.min(2000, 50 * 2 ** attempt));
    }
  }
}

export function createDynamoContentStore(options: DynamoTableOptions): ContentStore {
  const { client, tableName } = options;
  return {
    async publish(articleSlug, given) {
      // The marker goes first and conditionally: two concurrent publishes of one article cannot both alert.
      const key = { pk: `ARTICLE#${articleSlug}`, sk: 'ARTICLE' };
      let sections = given;
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...key,
              type: 'article',
              slug: articleSlug,
              state: 'storing',
              sectionCount: sections.length,
              publishedAt: sections[0] ? iso(sections[0].publishedAt) : new Date().toISOString(),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const { Item } = await client.send(
          new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
        );
        // A marker without a state predates resumable publishing: it was complete.
        if (Item?.state !== 'storing') return false;
        // An earlier attempt stopped half-way: store again under its publication time (the puts are idempotent).
        sections = sections.map((section) => ({ ...section, publishedAt: String(Item.publishedAt) }));
      }
      const months = [...new Set(sections.map((section) => monthOf(section.publishedAt)))];
      await batchPut(options, [
        ...months.map((month) => ({ pk: MONTH_INDEX_PK, sk: month, type: 'section-month' })),
        ...sections.map((section) => ({
          ...sectionKey(section),
          type: 'section',
          section: plain({ ...section, publishedAt: iso(section.publishedAt) }),
        })),
      ]);
      return true;
    },

    async finish(articleSlug) {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: `ARTICLE#${articleSlug}`, sk: 'ARTICLE' },
          UpdateExpression: 'SET #state = :done',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':done': 'done' },
        }),
      );
    },

    async hold(held) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { pk: HELD_PK, sk: held.slug, type: 'held-article', held: plain(held) },
        }),
      );
    },

    async held() {
      const out: HeldArticle[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': HELD_PK },
          ConsistentRead: true,
        },
      )) {
        for (const item of page.Items ?? []) out.push(item.held as HeldArticle);
      }
      return out.sort((a, b) => b.heldAt.localeCompare(a.heldAt));
    },

    async release(articleSlug) {
      await client.send(new DeleteCommand({ TableName: tableName, Key: { pk: HELD_PK, sk: articleSlug } }));
    },

    async sectionsOf(articleSlug) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: { pk: `ARTICLE#${articleSlug}`, sk: 'ARTICLE' } }),
      );
      if (!Item || typeof Item.publishedAt !== 'string') return [];
      // An article's sections share its publication time, so they sit together in one month partition.
      const at = iso(Item.publishedAt);
      const sections: PublishedSection[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': `SECTIONS#${monthOf(at)}`, ':prefix': `${at}#${articleSlug}#` },
        },
      )) {
        for (const item of page.Items ?? []) sections.push(item.section as PublishedSection);
      }
      return sections.sort((a, b) => sectionOrder(a.sectionId) - sectionOrder(b.sectionId));
    },

    async sectionsBetween(fromExclusive, untilInclusive) {
      const from = iso(fromExclusive);
      const until = iso(untilInclusive);
      if (from >= until) return [];
      const months: string[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :until',
          ExpressionAttributeValues: {
            ':pk': MONTH_INDEX_PK,
            ':from': from.slice(0, 7),
            ':until': until.slice(0, 7),
          },
        },
      )) {
        for (const item of page.Items ?? []) months.push(String(item.sk));
      }
      const sections: PublishedSection[] = [];
      for (const month of months) {
        // Sort keys start `<publishedAt>#`: `$` sorts just after `#`, which makes the lower bound exclusive
        // and the upper bound inclusive of every section published at exactly that instant.
        for await (const page of paginateQuery(
          { client },
          {
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
            ExpressionAttributeValues: { ':pk': `SECTIONS#${month}`, ':lo': `${from}$`, ':hi': `${until}$` },
          },
        )) {
          for (const item of page.Items ?? []) sections.push(item.section as PublishedSection);
        }
      }
      return sections;
    },
  };
}
