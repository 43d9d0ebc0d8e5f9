import type { S3Event } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { MemoryContentStore } from '../../../functions/adapters/memory/delivery-stores.ts';
import { ArticleObjectError } from '../../../functions/adapters/s3/article-object.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';
import { createPublishHandler } from '../../../functions/handlers/publish.ts';
import { captureObservability } from '../adapters/observability-fakes.ts';

const s3Event = (...keys: string[]): S3Event =>
  ({
    Records: keys.map((key) => ({ s3: { bucket: { name: 'content' }, object: { key } } })),
  }) as unknown as S3Event;

const objects: Record<string, string> = {
  'articles/good one.md': '---\nslug: good-one\n---\n# 标题\n\n导语。\n\n## 第一节\n\n正文一段。\n',
  'articles/empty.md': '',
  // A sentence cut off before a heading: a warning nobody accepted, so the gate holds it.
  'articles/cut.md': '# 标题\n\n上海正\n\n## 第一节\n\n人才培养方面，要加强。\n',
  'articles/cut-accepted.md':
    '---\naccept: [cut-off-sentence]\n---\n# 标题\n\n上海正\n\n## 第一节\n\n人才培养方面，要加强。\n',
};

function setup() {
  const obs = captureObservability();
  const published: { slug: string; publishedAt: string; by?: string }[] = [];
  const fired: string[] = [];
  const holds = new MemoryContentStore();
  const handler = createPublishHandler({
    holds,
    ...obs,
    clock: { now: () => new Date('2025-01-20T08:00:00.000Z') },
    readObject: async (bucket, key) => {
      const text = objects[key];
      if (text === undefined) throw new ArticleObjectError(`s3://${bucket}/${key} is not UTF-8 text`);
      return { bucket, key, text };
    },
    parse: (source, file) => parseArticle(source, { file }),
    classify: (article: Article) => [{ sectionId: article.sections[0]?.id ?? 'lead', themes: [] }],
    publish: async (article, _themes, publishedAt, context) => {
      published.push({ slug: article.slug, publishedAt, by: context.by });
      return { alerts: 2 };
    },
    fireSchedule: async (slug) => {
      fired.push(slug);
      return { status: 'published', slug };
    },
  });
  return { obs, published, fired, handler, holds };
}

describe('publish handler', () => {
  it('holds an article with warnings nobody accepted: recorded with its diagnostics, a log line, a metric, nothing sent', async () => {
    const { handler, published, obs, holds } = setup();
    const { reports } = await handler(s3Event('articles/cut.md'));
    expect(reports).toEqual([
      {
        key: 'articles/cut.md',
        status: 'held',
        slug: 'cut',
        diagnostics: [
          expect.objectContaining({ code: 'cut-off-sentence', line: 3, file: 'articles/cut.md' }),
        ],
      },
    ]);
    expect(published).toEqual([]);
    expect(await holds.held()).toEqual([
      {
        slug: 'cut',
        source: 'articles/cut.md',
        heldAt: '2025-01-20T08:00:00.000Z',
        diagnostics: [expect.objectContaining({ severity: 'warning', code: 'cut-off-sentence' })],
      },
    ]);
    expect(obs.counts).toEqual({ ArticlesHeld: 1 });
    const line = obs.logs.find((l) => l.level === 'warn')!;
    expect(line.message).toMatch(/article held/);
    expect(JSON.stringify(line.attributes)).toContain('accept: [cut-off-sentence]');
  });

  it('publishes an article whose front matter accepts its warnings, and clears an earlier hold', async () => {
    const { handler, published, holds } = setup();
    await holds.hold({ slug: 'cut-accepted', heldAt: '2025-01-19T08:00:00.000Z', diagnostics: [] });
    const { reports } = await handler(s3Event('articles/cut-accepted.md'));
    expect(reports.map((r) => r.status)).toEqual(['published']);
    expect(published.map((p) => p.slug)).toEqual(['cut-accepted']);
    expect(await holds.held()).toEqual([]);
  });

  it('parses, classifies and publishes an uploaded article (URL-encoded key)', async () => {
    const { handler, published } = setup();
    const { reports } = await handler(s3Event('articles/good+one.md'));
    expect(reports).toEqual([
      {
        key: 'articles/good one.md',
        status: 'published',
        slug: 'good-one',
        result: { alerts: 2 },
        warnings: expect.any(Array),
      },
    ]);
    expect(published).toEqual([
      { slug: 'good-one', publishedAt: '2025-01-20T08:00:00.000Z', by: 's3 upload by an unknown principal' },
    ]);
  });

  it('publishes what the CLI uploaded, as the operator it names, and answers with the report', async () => {
    const { handler, published } = setup();
    const { reports } = await handler({
      kind: 'publish',
      bucket: 'content',
      key: 'articles/good one.md',
      by: 'arn:aws:iam::111111111111:user/editor',
    });
    expect(reports).toMatchObject([{ status: 'published', slug: 'good-one' }]);
    expect(published[0]!.by).toBe('arn:aws:iam::111111111111:user/editor');
  });

  it('publishes a scheduled article when its schedule fires', async () => {
    const { handler, fired, published } = setup();
    expect(await handler({ kind: 'scheduled-publish', slug: 'good-one' })).toEqual({
      reports: [],
      scheduled: { status: 'published', slug: 'good-one' },
    });
    expect(fired).toEqual(['good-one']);
    expect(published).toEqual([]);
  });

  it('reports a rejected article with its diagnostics and still publishes the next one', async () => {
    const { handler, published, obs } = setup();
    const { reports } = await handler(
      s3Event('articles/empty.md', 'articles/binary.md', 'articles/good+one.md', 'img/a.png'),
    );
    expect(reports.map((r) => r.status)).toEqual(['rejected', 'rejected', 'published', 'skipped']);
    expect(reports[0]).toMatchObject({ diagnostics: [expect.objectContaining({ code: 'empty-file' })] });
    expect(reports[1]).toMatchObject({
      diagnostics: [expect.objectContaining({ code: 'unreadable-object' })],
    });
    expect(published).toHaveLength(1);
    expect(obs.counts).toEqual({ articlesRejected: 2, articlesPublished: 1 });
  });
});
