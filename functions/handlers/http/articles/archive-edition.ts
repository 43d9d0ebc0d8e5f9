// GET /archive/{edition} — an edition's web version ("view in browser"): the non-personalized edition, every
// topic it carried, no personal links or tokens; in the reader's language (Accept-Language, or ?lang=).
import { editionView } from '../../../core/archive/archive.ts';
import { renderEditionPage } from '../../../core/render/archive-page.ts';
import { ARTICLE_STYLE_HASH, renderArticleNotFound } from '../../../core/render/article-page.ts';
import { htmlResponse } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { type ArticleContext, cacheable, pathSegment, readerLang } from './context.ts';

export const archiveEdition: HttpRoute<ArticleContext> = {
  method: 'GET',
  path: '/archive/{edition}',
  async handle(ctx, event) {
    const lang = readerLang(event);
    const id = pathSegment(event, 'edition', /^\/archive\/([^/]+)\/?$/);
    const view =
      ctx.archive && id !== undefined
        ? await editionView({ ...ctx.archive, siteUrl: ctx.siteUrl }, id, lang)
        : undefined;
    if (!view) return htmlResponse(404, renderArticleNotFound(lang, ctx.siteUrl), ARTICLE_STYLE_HASH);
    return cacheable(event, htmlResponse(200, renderEditionPage(view, ctx.siteUrl), ARTICLE_STYLE_HASH));
  },
};
