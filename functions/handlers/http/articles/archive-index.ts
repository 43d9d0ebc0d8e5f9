// GET /archive — past editions by cadence (daily, weekly digests; alerts) and the topics with their pages and feeds.
import { archiveListing } from '../../../core/archive/archive.ts';
import { renderArchiveIndex } from '../../../core/render/archive-page.ts';
import { ARTICLE_STYLE_HASH, renderArticleNotFound } from '../../../core/render/article-page.ts';
import { htmlResponse } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { type ArticleContext, cacheable, readerLang } from './context.ts';

export const archiveIndex: HttpRoute<ArticleContext> = {
  method: 'GET',
  path: '/archive',
  async handle(ctx, event) {
    const lang = readerLang(event);
    if (!ctx.archive) return htmlResponse(404, renderArticleNotFound(lang, ctx.siteUrl), ARTICLE_STYLE_HASH);
    const listings = await archiveListing({ ...ctx.archive, siteUrl: ctx.siteUrl });
    const page = renderArchiveIndex(lang, ctx.siteUrl, listings, ctx.archive.taxonomy);
    return cacheable(event, htmlResponse(200, page, ARTICLE_STYLE_HASH));
  },
};
