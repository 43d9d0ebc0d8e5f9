// GET /feeds/{feed} — Atom feeds: `all.xml` (every article) and `<topic>.xml`, the newest articles first with
// their excerpts; titles in the reader's language (Accept-Language, or ?lang=).
import { archivedArticles, FEED_ENTRIES } from '../../../core/archive/archive.ts';
import { archiveUrl, feedUrl } from '../../../core/render/archive-page.ts';
import { ARTICLE_STYLE_HASH, renderArticleNotFound } from '../../../core/render/article-page.ts';
import { renderAtomFeed } from '../../../core/render/feed.ts';
import { htmlResponse } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { type ArticleContext, cacheable, pathSegment, readerLang } from './context.ts';

const TITLES = { zh: { all: 'tidings 资讯订阅' }, en: { all: 'tidings newsletter' } } as const;

export const feeds: HttpRoute<ArticleContext> = {
  method: 'GET',
  path: '/feeds/{feed}',
  async handle(ctx, event) {
    const lang = readerLang(event);
    const name = /^([a-z0-9-]{1,64})\.xml$/.exec(pathSegment(event, 'feed', /^\/feeds\/([^/]+)$/) ?? '')?.[1];
    const topic = name && name !== 'all' ? ctx.archive?.taxonomy.byId.get(name) : undefined;
    if (!ctx.archive || !name || (name !== 'all' && !topic))
      return htmlResponse(404, renderArticleNotFound(lang, ctx.siteUrl), ARTICLE_STYLE_HASH);
    const articles = await archivedArticles(
      { ...ctx.archive, siteUrl: ctx.siteUrl },
      { ...(topic ? { topic: topic.id } : {}), limit: FEED_ENTRIES, withEditions: false },
    );
    const xml = renderAtomFeed({
      selfUrl: feedUrl(ctx.siteUrl, name),
      pageUrl: topic ? archiveUrl(ctx.siteUrl, `/topics/${topic.id}`) : archiveUrl(ctx.siteUrl),
      title: topic ? `${topic.name[lang]} · ${TITLES[lang].all}` : TITLES[lang].all,
      lang,
      now: (ctx.clock?.() ?? new Date()).toISOString(),
      articles,
    });
    return cacheable(event, {
      statusCode: 200,
      headers: {
        'content-type': 'application/atom+xml; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
      },
      body: xml,
    });
  },
};
