// What the article function's routes share: where articles come from and the site origin for links.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ArticleView } from '../../../core/render/article-page.ts';
import { LANGS, type Lang } from '../../../core/types.ts';
import { header, negotiateLanguage } from '../../../shared/http.ts';

export interface ArticleHandlerDeps {
  getArticle(slug: string): Promise<ArticleView | undefined>;
  /** Absolute site origin for the home and subscribe links, e.g. https://news.example.org */
  siteUrl: string;
}

export type ArticleContext = ArticleHandlerDeps;

/** The language of the site's own pages (404, errors): the reader's Accept-Language, else zh. */
export const readerLang = (event: APIGatewayProxyEventV2): Lang =>
  negotiateLanguage(header(event, 'accept-language'), LANGS, 'zh');
