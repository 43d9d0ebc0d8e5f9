// Lambda entry for `GET /articles/{slug}` (API Gateway HTTP API, payload v2): the article archive page that
// every email links to. Thin: find the slug, fetch the article, render the page or a 404.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { contentDirectory } from '../adapters/render/content-dir.ts';
import {
  ARTICLE_STYLE_HASH,
  type ArticleView,
  renderArticleError,
  renderArticleNotFound,
  renderArticlePage,
} from '../core/render/article-page.ts';
import { LANGS } from '../core/types.ts';
import { type HttpResult, header, htmlResponse, negotiateLanguage } from '../shared/http.ts';

export interface ArticleHandlerDeps {
  getArticle(slug: string): Promise<ArticleView | undefined>;
  /** Absolute site origin for the home and subscribe links, e.g. https://news.example.org */
  siteUrl: string;
}

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

export function createArticleHandler(deps: ArticleHandlerDeps) {
  return async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
    const fallbackLang = negotiateLanguage(header(event, 'accept-language'), LANGS, 'zh');
    const method = event.requestContext?.http?.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      return htmlResponse(405, renderArticleNotFound(fallbackLang, deps.siteUrl), ARTICLE_STYLE_HASH, {
        headers: { allow: 'GET, HEAD' },
      });
    }
    const slug = slugOf(event);
    try {
      const article = slug !== undefined && SLUG.test(slug) ? await deps.getArticle(slug) : undefined;
      if (!article)
        return htmlResponse(404, renderArticleNotFound(fallbackLang, deps.siteUrl), ARTICLE_STYLE_HASH);
      const page = renderArticlePage(article, deps.siteUrl);
      return htmlResponse(200, method === 'HEAD' ? '' : page, ARTICLE_STYLE_HASH, {
        headers: { 'cache-control': 'public, max-age=300' },
      });
    } catch (error) {
      const requestId = event.requestContext?.requestId;
      console.error(
        JSON.stringify({
          level: 'ERROR',
          message: 'article page failed',
          slug,
          requestId,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        }),
      );
      return htmlResponse(
        500,
        renderArticleError(fallbackLang, deps.siteUrl, requestId),
        ARTICLE_STYLE_HASH,
        {
          noStore: true,
        },
      );
    }
  };
}

// Configuration read once, on the first request of a cold start; a bad value names the variable.
function readConfig(env: NodeJS.ProcessEnv): { siteUrl: string; contentDir: string } {
  const siteUrl = env.SITE_URL ?? '';
  let protocol = '';
  try {
    protocol = new URL(siteUrl).protocol;
  } catch {}
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error('SITE_URL must be set to the absolute http(s) URL of the site.');
  }
  // The article files shipped with the function (content/articles locally). A section store can replace
  // this source through createArticleHandler, with articleViewFromSections, without touching the page.
  return { siteUrl, contentDir: env.TIDINGS_CONTENT_DIR || 'content/articles' };
}

let wired: ReturnType<typeof createArticleHandler> | undefined;

export const handler = async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
  if (!wired) {
    const config = readConfig(process.env);
    const content = contentDirectory(config.contentDir);
    wired = createArticleHandler({
      siteUrl: config.siteUrl,
      getArticle: (slug) => content.getArticle(slug),
    });
  }
  return wired(event);
};
