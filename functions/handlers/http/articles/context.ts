// What the article function's routes share: where articles come from, the archive's stores and the site origin.
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ArchiveDeps } from '../../../core/archive/archive.ts';
import type { ArticleView } from '../../../core/render/article-page.ts';
import { LANGS, type Lang } from '../../../core/types.ts';
import { type HttpResult, header, negotiateLanguage } from '../../../shared/http.ts';

export interface ArticleHandlerDeps {
  getArticle(slug: string): Promise<ArticleView | undefined>;
  /** Absolute site origin for the home and subscribe links, e.g. https://news.example.org */
  siteUrl: string;
  /**
   * The archive (past editions, topic pages, feeds, the editions on article pages) from the stores publishing and
   * planning wrote; without it those routes answer 404.
   */
  archive?: Omit<ArchiveDeps, 'siteUrl'>;
  clock?: () => Date;
}

export type ArticleContext = ArticleHandlerDeps;

/** The language of the site's own pages: `?lang=zh|en`, else the reader's Accept-Language, else zh. */
export const readerLang = (event: APIGatewayProxyEventV2): Lang => {
  const asked = event.queryStringParameters?.lang;
  if (asked === 'zh' || asked === 'en') return asked;
  return negotiateLanguage(header(event, 'accept-language'), LANGS, 'zh');
};

/** One path segment: from API Gateway's pathParameters, or (locally) cut from the raw path by `pattern`. */
export function pathSegment(
  event: APIGatewayProxyEventV2,
  name: string,
  pattern: RegExp,
): string | undefined {
  const raw = event.pathParameters?.[name] ?? pattern.exec(event.rawPath ?? '')?.[1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Archive answers are cacheable for five minutes (CloudFront and browsers, keyed by query and Accept-Language)
 * and carry an ETag: a reader's `If-None-Match` with the same content gets 304 and no body.
 */
export function cacheable(event: APIGatewayProxyEventV2, result: HttpResult): HttpResult {
  const body = result.body ?? '';
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = {
    ...result.headers,
    'cache-control': 'public, max-age=300',
    etag,
    vary: 'accept-language',
  };
  const match = header(event, 'if-none-match');
  if (match?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
    return { statusCode: 304, headers }; // no body at all: a 304 may not have one, not even an empty one
  const head = event.requestContext?.http?.method === 'HEAD';
  return { ...result, headers, body: head ? '' : body };
}
