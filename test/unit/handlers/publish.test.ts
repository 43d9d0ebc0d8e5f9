import type { S3Event } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
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
};

function setup() {
  const obs = captureObservability();
  const published: { slug: string; publishedAt: string }[] = [];
  const handler = createPublishHandler({
    ...obs,
    clock: { now: () => new Date('2025-01-20T08:00:00.000Z') },
    readObject: async (bucket, key) => {
      const text = objects[key];
      if (text === undefined) throw new ArticleObjectError(`s3://${bucket}/${key} is not UTF-8 text`);
      return { bucket, key, text };
    },
    parse: (source, file) => parseArticle(source, { file }),
    classify: (article: Article) => [{ sectionId: article.sections[0]?.id ?? 'lead', themes: [] }],
    publish: async (article, _themes, publishedAt) => {
      published.push({ slug: article.slug, publishedAt });
      return { alerts: 2 };
    },
  });
  return { obs, published, handler };
}

describe('publish handler', () => {
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
    expect(published).toEqual([{ slug: 'good-one', publishedAt: '2025-01-20T08:00:00.000Z' }]);
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
