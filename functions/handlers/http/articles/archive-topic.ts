// GET /archive/topics/{topic} — one topic's articles, newest first, each with the editions that carried it.
import { ARCHIVE_EDITIONS, archivedArticles } from '../../../core/archive/archive.ts';
import { renderTopicArchive } from '../../../core/render/archive-page.ts';
import { ARTICLE_STYLE_HASH, renderArticleNotFound } from '../../../core/render/article-page.ts';
import { htmlResponse } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { type ArticleContext, cacheable, pathSegment, readerLang } from './context.ts';

export const archiveTopic: HttpRoute<ArticleContext> = {
  method: 'GET',
  path: '/archive/topics/{topic}',
  async handle(ctx, event) {
    const lang = readerLang(event);
    const id = pathSegment(event, 'topic', /^\/archive\/topics\/([^/]+)\/?$/);
    const topic = id !== undefined ? ctx.archive?.taxonomy.byId.get(id) : undefined;
    if (!ctx.archive || !topic)
      return htmlResponse(404, renderArticleNotFound(lang, ctx.siteUrl), ARTICLE_STYLE_HASH);
    const articles = await archivedArticles(
      { ...ctx.archive, siteUrl: ctx.siteUrl },
      { topic: topic.id, limit: ARCHIVE_EDITIONS, withEditions: true },
    );
    const page = renderTopicArchive(lang, ctx.siteUrl, { id: topic.id, name: topic.name[lang] }, articles);
    return cacheable(event, htmlResponse(200, page, ARTICLE_STYLE_HASH));
  },
};
