// Lambda entry for `GET /articles/{slug}` (API Gateway HTTP API, payload v2): the article archive page that
// every email links to. Thin: find the slug, fetch the article, render the page or a 404.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createDynamoClient } from '../adapters/dynamodb/client.ts';
import { createDynamoContentStore } from '../adapters/dynamodb/content-store.ts';
import { contentDirectory } from '../adapters/render/content-dir.ts';
import {
  ARTICLE_STYLE_HASH,
  type ArticleView,
  articleViewFromSections,
  renderArticleError,
  renderArticleNotFound,
  renderArticlePage,
} from '../core/render/article-page.ts';
import { LANGS } from '../core/types.ts';
import { dataConfig } from '../shared/config.ts';
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
function readSiteUrl(env: NodeJS.ProcessEnv): string {
  const siteUrl = env.SITE_URL ?? '';
  let protocol = '';
  try {
    protocol = new URL(siteUrl).protocol;
  } catch {}
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error('SITE_URL must be set to the absolute http(s) URL of the site.');
  }
  return siteUrl;
}

/**
 * Where articles come from: on AWS (TABLE_NAME set) the sections stored at publication, so every uploaded
 * article has its page; locally the Markdown files of the content folder.
 */
function articleSource(env: NodeJS.ProcessEnv): ArticleHandlerDeps['getArticle'] {
  if (env.TABLE_NAME) {
    const data = dataConfig(env);
    const content = createDynamoContentStore({
      client: createDynamoClient({
        ...(data.dynamodbEndpoint ? { endpoint: data.dynamodbEndpoint } : {}),
        ...(data.region ? { region: data.region } : {}),
      }),
      tableName: data.tableName,
    });
    return async (slug) => articleViewFromSections(await content.sectionsOf(slug));
  }
  const files = contentDirectory(env.TIDINGS_CONTENT_DIR || 'content/articles');
  return (slug) => files.getArticle(slug);
}

let wired: ReturnType<typeof createArticleHandler> | undefined;

export const handler = async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
  wired ??= createArticleHandler({
    siteUrl: readSiteUrl(process.env),
    getArticle: articleSource(process.env),
  });
  return wired(event);
};
