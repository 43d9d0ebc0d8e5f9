// GET /articles/{slug} — the archive page of one article, the page every email links to.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { editionsOf } from '../../../core/archive/archive.ts';
import { archiveUrl, editionIdLabel } from '../../../core/render/archive-page.ts';
import {
  ARTICLE_STYLE_HASH,
  renderArticleNotFound,
  renderArticlePage,
} from '../../../core/render/article-page.ts';
import { htmlResponse } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { type ArticleContext, readerLang } from './context.ts';

// Slugs are lowercase words joined by hyphens; anything else cannot name an article, so it is a 404
// without a store lookup.
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const PATH = /^\/articles\/([^/]+)\/?$/;

function slugOf(event: APIGatewayProxyEventV2): string | undefined {
  const fromParam = event.pathParameters?.slug;
  if (fromParam !== undefined) return fromParam;
  const match = PATH.exec(event.rawPath ?? '');
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

export const articlePage: HttpRoute<ArticleContext> = {
  method: 'GET',
  path: '/articles/{slug}',
  async handle(ctx, event) {
    const slug = slugOf(event);
    const article = slug !== undefined && SLUG.test(slug) ? await ctx.getArticle(slug) : undefined;
    if (!article)
      return htmlResponse(404, renderArticleNotFound(readerLang(event), ctx.siteUrl), ARTICLE_STYLE_HASH);
    // The editions that carried it (its alert, the digests covering it), linked to their web versions.
    const record = ctx.archive ? await ctx.archive.content.article(article.slug) : undefined;
    const editions =
      ctx.archive && record
        ? (await editionsOf(ctx.archive, record)).map((id) => ({
            id,
            label: editionIdLabel(id, article.lang, record.publishedAt),
            url: archiveUrl(ctx.siteUrl, `/${id}`),
          }))
        : [];
    const page = renderArticlePage({ ...article, editions }, ctx.siteUrl);
    return htmlResponse(200, event.requestContext?.http?.method === 'HEAD' ? '' : page, ARTICLE_STYLE_HASH, {
      headers: { 'cache-control': 'public, max-age=300' },
    });
  },
};
