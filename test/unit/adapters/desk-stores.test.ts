// The desk's store operations, one contract for the DynamoDB adapters (on dynalite) and their in-memory twins:
// article records, corrections and withdrawals, versions, scheduled articles, recent and covering editions.
import { describe, expect, it } from 'vitest';
import {
  createDynamoArticleHistory,
  createDynamoScheduledArticles,
} from '../../../functions/adapters/dynamodb/article-desk.ts';
import { createDynamoContentStore } from '../../../functions/adapters/dynamodb/content-store.ts';
import { createDynamoEditionStore } from '../../../functions/adapters/dynamodb/edition-store.ts';
import {
  MemoryContentStore,
  MemoryEditionStore,
} from '../../../functions/adapters/memory/delivery-stores.ts';
import {
  MemoryArticleHistory,
  MemoryScheduledArticles,
} from '../../../functions/adapters/memory/desk-stores.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { ArticlePage, ScheduledArticle } from '../../../functions/core/desk/types.ts';
import type {
  ArticleHistory,
  ContentStore,
  EditionStore,
  ScheduledArticles,
} from '../../../functions/ports.ts';
import { useDynalite } from '../../helpers/dynalite.ts';
import { edition, section } from './delivery-stores.contract.ts';

interface Factories {
  content: () => Promise<ContentStore>;
  history: () => Promise<ArticleHistory>;
  scheduled: () => Promise<ScheduledArticles>;
  editions: () => Promise<EditionStore>;
}

const page = (title: string, extra: Partial<ArticlePage> = {}): ArticlePage & { hash: string } => ({
  title,
  lang: 'zh',
  figures: [{ caption: '图为展会现场', credit: '本报记者 摄' }],
  hash: `h-${title}`,
  ...extra,
});

const T1 = '2025-01-20T08:00:00.000Z';
const at = (iso: string) => iso;

function contract(name: string, make: Factories) {
  describe(`${name} desk stores`, () => {
    it('keeps an article record with its page, version and hash, listed newest first', async () => {
      const store = await make.content();
      expect(await store.article('a')).toBeUndefined();
      await store.publish('a', [section('a', 'lead', T1), section('a', 's1', T1)], page('甲'));
      expect(await store.article('a')).toMatchObject({ state: 'storing', version: 1 });
      await store.finish('a');
      await store.publish('b', [section('b', 'lead', '2025-01-21T08:00:00.000Z')], page('乙'));
      await store.finish('b');
      expect(await store.article('a')).toEqual({
        slug: 'a',
        state: 'published',
        title: '甲',
        lang: 'zh',
        figures: [{ caption: '图为展会现场', credit: '本报记者 摄' }],
        publishedAt: T1,
        version: 1,
        hash: 'h-甲',
        sectionCount: 2,
      });
      expect((await store.articles()).map((r) => r.slug)).toEqual(['b', 'a']);
    });

    it('a correction replaces sections under the first publication time, drops removed ones, raises the version', async () => {
      const store = await make.content();
      await store.publish(
        'a',
        ['lead', 's1', 's2'].map((id) => section('a', id, T1)),
        page('甲'),
      );
      await store.finish('a');
      const later = '2025-01-22T08:00:00.000Z';
      const fixed = { ...section('a', 's1', later), paragraphs: ['改正后的段落。'] };
      const corrected = page('甲（更正）', { correction: '更正：数字有误', byline: '记者 王' });
      expect(await store.correct('a', [section('a', 'lead', later), fixed], corrected, 2, at(later))).toBe(
        false,
      );
      expect(await store.correct('a', [section('a', 'lead', later), fixed], corrected, 1, at(later))).toBe(
        true,
      );
      const sections = await store.sectionsOf('a');
      expect(sections.map((s) => [s.sectionId, s.publishedAt])).toEqual([
        ['lead', T1],
        ['s1', T1],
      ]);
      expect(sections[1]!.paragraphs).toEqual(['改正后的段落。']);
      expect(await store.sectionsBetween(T1, '2025-02-01T00:00:00.000Z')).toEqual([]);
      expect(await store.article('a')).toMatchObject({
        version: 2,
        hash: 'h-甲（更正）',
        title: '甲（更正）',
        correction: '更正：数字有误',
        byline: '记者 王',
        updatedAt: later,
        sectionCount: 2,
      });
      // The same stale version again is refused.
      expect(await store.correct('a', [section('a', 'lead', later)], page('丙'), 1, at(later))).toBe(false);
    });

    it('withdraws: sections gone, record kept with who and why; again is harmless; a correction restores', async () => {
      const store = await make.content();
      await store.publish(
        'a',
        ['lead', 's1'].map((id) => section('a', id, T1)),
        page('甲'),
      );
      await store.finish('a');
      const w = { at: '2025-01-21T00:00:00.000Z', by: 'editor', reason: '来源撤回' };
      expect(await store.withdraw('a', w, 5)).toBe(false);
      expect(await store.withdraw('a', w, 1)).toBe(true);
      expect(await store.sectionsOf('a')).toEqual([]);
      expect(await store.sectionsBetween('2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z')).toEqual([]);
      expect(await store.article('a')).toMatchObject({ state: 'withdrawn', version: 2, withdrawn: w });
      expect(await store.withdraw('a', w, 1)).toBe(true);
      expect(await store.article('a')).toMatchObject({ version: 2 });
      expect(
        await store.correct('a', [section('a', 'lead', T1)], page('甲'), 2, '2025-01-22T00:00:00.000Z'),
      ).toBe(true);
      expect(await store.article('a')).toMatchObject({ state: 'published', version: 3 });
      expect(await store.article('a')).not.toHaveProperty('withdrawn');
      expect(await store.sectionsOf('a')).toHaveLength(1);
    });

    it('records each version once, oldest first', async () => {
      const history = await make.history();
      const v = (version: number) => ({
        slug: 'a',
        version,
        kind: version === 1 ? ('published' as const) : ('corrected' as const),
        at: T1,
        by: '编辑',
        hash: `h${version}`,
        title: '甲',
        sections: 2,
        ...(version > 1 ? { changes: { added: [], removed: [], changed: ['s1'], page: [] } } : {}),
      });
      expect(await history.add(v(2))).toBe(true);
      expect(await history.add(v(1))).toBe(true);
      expect(await history.add(v(1))).toBe(false);
      expect(await history.add({ ...v(1), slug: 'b' })).toBe(true);
      expect(await history.versions('a')).toEqual([v(1), v(2)]);
    });

    it('keeps one scheduled article per slug with its whole article; removes only the schedule it names', async () => {
      const scheduled = await make.scheduled();
      const { article } = parseArticle('# 标题\n\n正文第一段。\n\n## 小标题\n\n正文。\n', { file: 'x.md' });
      const entry = (publishAt: string): ScheduledArticle => ({
        slug: 'x',
        title: '标题',
        lang: 'zh',
        publishAt,
        publishAtText: publishAt.replace('Z', '+00:00'),
        scheduledAt: T1,
        by: '编辑',
        article: article!,
        themes: [
          { sectionId: 'lead', themes: [{ topic: 'health', score: 3, paragraphs: [0], evidence: [] }] },
        ],
        diagnostics: [{ severity: 'warning', code: 'cut-off-sentence', message: '截断', line: 3 }],
      });
      await scheduled.put(entry('2025-01-22T00:00:00.000Z'));
      await scheduled.put({ ...entry('2025-01-21T00:00:00.000Z'), slug: 'y' });
      expect(await scheduled.get('x')).toEqual(entry('2025-01-22T00:00:00.000Z'));
      expect((await scheduled.list()).map((s) => s.slug)).toEqual(['y', 'x']);
      expect(await scheduled.list()).not.toContainEqual(
        expect.objectContaining({ article: expect.anything() }),
      );
      await scheduled.put(entry('2025-01-23T00:00:00.000Z'));
      expect(await scheduled.remove('x', '2025-01-22T00:00:00.000Z')).toBe(false);
      expect((await scheduled.get('x'))?.publishAt).toBe('2025-01-23T00:00:00.000Z');
      expect(await scheduled.remove('x', '2025-01-23T00:00:00.000Z')).toBe(true);
      expect(await scheduled.get('x')).toBeUndefined();
      expect(await scheduled.remove('y')).toBe(true);
      expect(await scheduled.remove('y')).toBe(false);
      expect(await scheduled.list()).toEqual([]);
    });

    it('lists recent editions of a cadence and finds the digest whose window holds an instant', async () => {
      const editions = await make.editions();
      const daily = (day: string, from: string) => ({
        ...edition(`daily-${day}`, 'daily', `${day}T00:00:00.000Z`),
        from: `${from}T00:00:00.000Z`,
      });
      await editions.create(daily('2025-01-20', '2025-01-19'));
      await editions.create(daily('2025-01-21', '2025-01-20'));
      await editions.create(daily('2025-01-22', '2025-01-21'));
      await editions.create(edition('alert-a', 'instant', T1));
      expect((await editions.recent('daily', 2)).map((e) => e.id)).toEqual([
        'daily-2025-01-22',
        'daily-2025-01-21',
      ]);
      expect((await editions.recent('instant', 5)).map((e) => e.id)).toEqual(['alert-a']);
      expect((await editions.covering('daily', '2025-01-20T08:00:00.000Z'))?.id).toBe('daily-2025-01-21');
      expect((await editions.covering('daily', '2025-01-21T00:00:00.000Z'))?.id).toBe('daily-2025-01-21');
      expect(await editions.covering('daily', '2025-01-23T00:00:00.000Z')).toBeUndefined();
      expect(await editions.covering('weekly', T1)).toBeUndefined();
    });
  });
}

contract('memory', {
  content: async () => new MemoryContentStore(),
  history: async () => new MemoryArticleHistory(),
  scheduled: async () => new MemoryScheduledArticles(),
  editions: async () => new MemoryEditionStore(),
});

const db = useDynalite();
const on = async () => ({ client: db.client, tableName: await db.freshTable() });

contract('DynamoDB', {
  content: async () => createDynamoContentStore(await on()),
  history: async () => createDynamoArticleHistory(await on()),
  scheduled: async () => createDynamoScheduledArticles(await on()),
  editions: async () => createDynamoEditionStore(await on()),
});
