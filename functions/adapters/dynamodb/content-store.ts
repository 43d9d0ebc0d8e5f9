// Adapter: ContentStore on the single DynamoDB table (pk/sk strings). Sections are written under month
// partitions so a digest reads only the months it spans; a small month index lists the non-empty months,
// so a first edition starting at the epoch does not query hundreds of empty partitions. Each article has a
// record (pk `ARTICLE#<slug>`, sk `ARTICLE`: state, version, page) and a key in the `ARTICLES` partition that
// lists them for the desk.
import {
  BatchGetCommand,
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
import type { ArticlePage, ArticleRecord, ArticleState } from '../../core/desk/types.ts';
import type { ContentStore } from '../../ports.ts';
import { type DynamoTableOptions, isConditionFailure } from './table.ts';

const MONTH_INDEX_PK = 'SECTION_MONTHS';
/** Held articles share one small partition: a handful at a time, listed together on /dev. */
const HELD_PK = 'HELD_ARTICLES';
const ARTICLE_INDEX_PK = 'ARTICLES';
/** A correction that stopped half-way this long ago no longer blocks another one. */
const STALE_CORRECTION_MS = 5 * 60 * 1000;
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

type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Record<string, unknown> } };

/** BatchWrite in chunks of 25, re-sending unprocessed items with a short backoff. */
export async function batchPut(
  options: DynamoTableOptions,
  items: Record<string, unknown>[],
  sleep?: (ms: number) => Promise<void>,
): Promise<void> {
  await batchWrite(
    options,
    items.map((Item) => ({ PutRequest: { Item } })),
    sleep,
  );
}

async function batchWrite(
  options: DynamoTableOptions,
  requests: WriteRequest[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  for (let start = 0; start < requests.length; start += BATCH_LIMIT) {
    let pending = requests.slice(start, start + BATCH_LIMIT);
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

const articleKey = (slug: string) => ({ pk: `ARTICLE#${slug}`, sk: 'ARTICLE' });

/** The record as stored; a marker written before records had pages gets its title and language from a section. */
function toRecord(item: Record<string, unknown>, first?: PublishedSection): ArticleRecord {
  const stored = (item.page ?? {}) as Partial<ArticlePage>;
  const state: ArticleState =
    item.state === 'storing' ? 'storing' : item.state === 'withdrawn' ? 'withdrawn' : 'published';
  const record: ArticleRecord = {
    title: stored.title ?? first?.articleTitle ?? String(item.slug),
    lang: stored.lang ?? first?.lang ?? 'zh',
    figures: stored.figures ?? [],
    slug: String(item.slug),
    state,
    publishedAt: String(item.publishedAt),
    version: Number(item.version ?? 1),
    hash: String(item.hash ?? ''),
    sectionCount: Number(item.sectionCount ?? 0),
  };
  for (const field of ['byline', 'date', 'sourceUrl', 'correction'] as const) {
    if (typeof stored[field] === 'string') record[field] = stored[field];
  }
  if (typeof item.updatedAt === 'string') record.updatedAt = item.updatedAt;
  if (item.withdrawn) record.withdrawn = item.withdrawn as ArticleRecord['withdrawn'];
  return record;
}

export function createDynamoContentStore(options: DynamoTableOptions): ContentStore {
  const { client, tableName } = options;

  async function getRecordItem(slug: string) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: articleKey(slug), ConsistentRead: true }),
    );
    return Item;
  }

  /** Keys of every stored section item of the article (in the month partition of its publication). */
  async function sectionKeys(slug: string, publishedAt: string) {
    const at = iso(publishedAt);
    const keys: { pk: string; sk: string }[] = [];
    for await (const page of paginateQuery(
      { client },
      {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `SECTIONS#${monthOf(at)}`, ':prefix': `${at}#${slug}#` },
        ProjectionExpression: 'pk, sk',
        ConsistentRead: true,
      },
    )) {
      for (const item of page.Items ?? []) keys.push({ pk: String(item.pk), sk: String(item.sk) });
    }
    return keys;
  }

  const sectionItem = (section: PublishedSection) => ({
    ...sectionKey(section),
    type: 'section',
    section: plain({ ...section, publishedAt: iso(section.publishedAt) }),
  });

  const store: ContentStore = {
    async publish(articleSlug, given, page) {
      // The marker goes first and conditionally: two concurrent publishes of one article cannot both alert.
      const key = articleKey(articleSlug);
      let sections = given;
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: plain({
              ...key,
              type: 'article',
              slug: articleSlug,
              state: 'storing',
              sectionCount: sections.length,
              publishedAt: sections[0] ? iso(sections[0].publishedAt) : new Date().toISOString(),
              version: 1,
              ...(page ? { hash: page.hash, page: { ...page, hash: undefined } } : {}),
            }),
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
        { pk: ARTICLE_INDEX_PK, sk: articleSlug, type: 'article-key' },
        ...months.map((month) => ({ pk: MONTH_INDEX_PK, sk: month, type: 'section-month' })),
        ...sections.map(sectionItem),
      ]);
      return true;
    },

    async article(articleSlug) {
      const item = await getRecordItem(articleSlug);
      if (!item) return undefined;
      const first = item.page ? undefined : (await store.sectionsOf(articleSlug))[0];
      return toRecord(item, first);
    },

    async articles() {
      const slugs: string[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': ARTICLE_INDEX_PK },
        },
      )) {
        for (const item of page.Items ?? []) slugs.push(String(item.sk));
      }
      const records: ArticleRecord[] = [];
      for (let start = 0; start < slugs.length; start += 100) {
        let keys: Record<string, unknown>[] = slugs.slice(start, start + 100).map(articleKey);
        for (let attempt = 1; keys.length > 0; attempt++) {
          if (attempt > MAX_BATCH_ATTEMPTS) throw new Error('DynamoDB left article records unread');
          const result = await client.send(
            new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } }),
          );
          for (const item of result.Responses?.[tableName] ?? []) records.push(toRecord(item));
          keys = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
          if (keys.length > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        }
      }
      return records.sort(
        (a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug),
      );
    },

    async correct(articleSlug, given, page, expectedVersion, at) {
      const item = await getRecordItem(articleSlug);
      if (!item || item.state === 'storing') return false;
      const publishedAt = iso(String(item.publishedAt));
      const version = '#version';
      const sameVersion =
        expectedVersion === 1
          ? `(attribute_not_exists(${version}) OR ${version} = :expected)`
          : `${version} = :expected`;
      // Claim the correction: a second one meanwhile (another editor, another Lambda) is refused; the same one
      // retried after a crash, or any after a stale claim, goes on.
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: articleKey(articleSlug),
            UpdateExpression: 'SET #correcting = :claim',
            ConditionExpression: `attribute_exists(pk) AND ${sameVersion} AND (attribute_not_exists(#correcting) OR #correcting.#hash = :hash OR #correcting.#at < :stale)`,
            ExpressionAttributeNames: {
              '#version': 'version',
              '#correcting': 'correcting',
              '#hash': 'hash',
              '#at': 'at',
            },
            ExpressionAttributeValues: {
              ':expected': expectedVersion,
              ':claim': { hash: page.hash, at },
              ':hash': page.hash,
              ':stale': new Date(new Date(at).getTime() - STALE_CORRECTION_MS).toISOString(),
            },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
      // Every section keeps the first publication time: its key stays, and no later digest takes it again.
      const sections = given.map((section) => ({ ...section, publishedAt }));
      const keep = new Set(sections.map((section) => sectionKey(section).sk));
      const stale = (await sectionKeys(articleSlug, publishedAt)).filter((k) => !keep.has(k.sk));
      await batchWrite(options, [
        ...sections.map((section) => ({ PutRequest: { Item: sectionItem(section) } })),
        ...stale.map((Key) => ({ DeleteRequest: { Key } })),
      ]);
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: articleKey(articleSlug),
            UpdateExpression:
              'SET #version = :next, #hash = :hash, #page = :page, #state = :done, #updatedAt = :at, #count = :count REMOVE #correcting, #withdrawn',
            ConditionExpression: '#correcting.#hash = :hash',
            ExpressionAttributeNames: {
              '#version': 'version',
              '#hash': 'hash',
              '#page': 'page',
              '#state': 'state',
              '#updatedAt': 'updatedAt',
              '#count': 'sectionCount',
              '#correcting': 'correcting',
              '#withdrawn': 'withdrawn',
            },
            ExpressionAttributeValues: plain({
              ':next': expectedVersion + 1,
              ':hash': page.hash,
              ':page': { ...page, hash: undefined },
              ':done': 'done',
              ':at': at,
              ':count': sections.length,
            }),
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
      return true;
    },

    async withdraw(articleSlug, withdrawal, expectedVersion) {
      const item = await getRecordItem(articleSlug);
      if (!item || item.state === 'storing') return false;
      if (item.state !== 'withdrawn') {
        try {
          await client.send(
            new UpdateCommand({
              TableName: tableName,
              Key: articleKey(articleSlug),
              UpdateExpression: 'SET #state = :withdrawn, #withdrawn = :w, #version = :next',
              ConditionExpression:
                expectedVersion === 1
                  ? '(attribute_not_exists(#version) OR #version = :expected)'
                  : '#version = :expected',
              ExpressionAttributeNames: {
                '#state': 'state',
                '#withdrawn': 'withdrawn',
                '#version': 'version',
              },
              ExpressionAttributeValues: {
                ':withdrawn': 'withdrawn',
                ':w': withdrawal,
                ':next': expectedVersion + 1,
                ':expected': expectedVersion,
              },
            }),
          );
        } catch (error) {
          if (isConditionFailure(error)) return false;
          throw error;
        }
      }
      // After the record: an interrupted withdrawal is finished by running it again.
      const keys = await sectionKeys(articleSlug, String(item.publishedAt));
      await batchWrite(
        options,
        keys.map((Key) => ({ DeleteRequest: { Key } })),
      );
      return true;
    },

    async finish(articleSlug) {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: articleKey(articleSlug),
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
        new GetCommand({ TableName: tableName, Key: articleKey(articleSlug) }),
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
  return store;
}
