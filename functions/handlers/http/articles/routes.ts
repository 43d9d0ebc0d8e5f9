// The article function's routes. To add one: write its module beside this file (an `HttpRoute` with method,
// path and handler; shared deps in context.ts) and add it to this list. The Router, the local server
// (`npm start`) and the CDK HTTP API routes all come from this list.
import type { HttpRoute } from '../../../shared/http-router.ts';
import { archiveEdition } from './archive-edition.ts';
import { archiveIndex } from './archive-index.ts';
import { archiveTopic } from './archive-topic.ts';
import { articlePage } from './article-page.ts';
import type { ArticleContext } from './context.ts';
import { feeds } from './feeds.ts';

export const ARTICLE_ROUTES: readonly HttpRoute<ArticleContext>[] = [
  articlePage,
  archiveIndex,
  archiveTopic,
  archiveEdition,
  feeds,
];
