// Lambda entry for the article archive (API Gateway HTTP API, payload v2): `GET /articles/{slug}`, the page
// every email links to. Thin: each route is a module under http/articles/ (listed in routes.ts); this file builds
// the Powertools Router over them and answers misses and failures with the site's own pages.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createDynamoClient } from '../adapters/dynamodb/client.ts';
import { createDynamoContentStore } from '../adapters/dynamodb/content-store.ts';
import { createDynamoEditionStore } from '../adapters/dynamodb/edition-store.ts';
import { loadTaxonomyJsonFile } from '../adapters/fs/taxonomy-json.ts';
import { contentDirectory } from '../adapters/render/content-dir.ts';
import {
  ARTICLE_STYLE_HASH,
  articleViewFromRecord,
  renderArticleError,
  renderArticleNotFound,
} from '../core/render/article-page.ts';
import type { ContentStore } from '../ports.ts';
import { dataConfig, deliveryConfig } from '../shared/config.ts';
import { type HttpHandler, type HttpResult, htmlResponse } from '../shared/http.ts';
import { createHttpRouter, routeKeys } from '../shared/http-router.ts';
import { withTracing } from '../shared/tracing.ts';
import { type ArticleHandlerDeps, readerLang } from './http/articles/context.ts';
import { ARTICLE_ROUTES } from './http/articles/routes.ts';

export type { ArticleHandlerDeps } from './http/articles/context.ts';

/** Routes this handler answers; the local server and the CDK HTTP API register exactly these. */
export const articleRoutes = routeKeys(ARTICLE_ROUTES);

export function createArticleHandler(deps: ArticleHandlerDeps): HttpHandler {
  return createHttpRouter(ARTICLE_ROUTES, deps, {
    notFound: (event) =>
      htmlResponse(404, renderArticleNotFound(readerLang(event), deps.siteUrl), ARTICLE_STYLE_HASH),
    methodNotAllowed: (event, allow) =>
      htmlResponse(405, renderArticleNotFound(readerLang(event), deps.siteUrl), ARTICLE_STYLE_HASH, {
        headers: { allow: allow.join(', ') },
      }),
    onError(error, event) {
      const requestId = event.requestContext?.requestId;
      console.error(
        JSON.stringify({
          level: 'ERROR',
          message: 'article page failed',
          path: event.rawPath,
          requestId,
          error: `${error.name}: ${error.message}`,
        }),
      );
      return htmlResponse(
        500,
        renderArticleError(readerLang(event), deps.siteUrl, requestId),
        ARTICLE_STYLE_HASH,
        {
          noStore: true,
        },
      );
    },
  });
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
/** Pages of published articles from the store: the corrected text, "updated", none for a withdrawn article. */
export function storedArticles(content: ContentStore): ArticleHandlerDeps['getArticle'] {
  return async (slug) => {
    const record = await content.article(slug);
    return record ? articleViewFromRecord(record, await content.sectionsOf(slug)) : undefined;
  };
}

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
    return storedArticles(content);
  }
  const files = contentDirectory(env.TIDINGS_CONTENT_DIR || 'content/articles');
  return (slug) => files.getArticle(slug);
}

/**
 * The archive (past editions, topic pages, feeds) from the table publishing and planning write, with the taxonomy's
 * JSON form beside the bundle (TAXONOMY_FILE, set by the stack); without either, only article pages are served.
 */
async function archiveSource(env: NodeJS.ProcessEnv): Promise<ArticleHandlerDeps['archive']> {
  if (!env.TABLE_NAME || !env.TAXONOMY_FILE) return undefined;
  const data = dataConfig(env);
  const options = {
    client: createDynamoClient({
      ...(data.dynamodbEndpoint ? { endpoint: data.dynamodbEndpoint } : {}),
      ...(data.region ? { region: data.region } : {}),
    }),
    tableName: data.tableName,
  };
  return {
    content: createDynamoContentStore(options),
    editions: createDynamoEditionStore(options),
    taxonomy: await loadTaxonomyJsonFile(env.TAXONOMY_FILE),
    timezone: deliveryConfig(env).timezone,
  };
}

let wired: Promise<ReturnType<typeof createArticleHandler>> | undefined;

export const handler = withTracing(
  'http-articles',
  async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
    wired ??= archiveSource(process.env).then((archive) =>
      createArticleHandler({
        siteUrl: readSiteUrl(process.env),
        getArticle: articleSource(process.env),
        ...(archive ? { archive } : {}),
      }),
    );
    // A configuration error fails this request and is read again on the next one (it may have been fixed).
    const ready = await wired.catch((error: unknown) => {
      wired = undefined;
      throw error;
    });
    return ready(event);
  },
);
