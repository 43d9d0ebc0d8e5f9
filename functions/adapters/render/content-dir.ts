// Article pages from a directory of Markdown articles (content/articles locally, or the same files shipped
// with the function): each file is parsed with the ingest parser, so the page shows exactly what was
// classified and mailed. Parsed articles are cached per process; files are small and change by deploy.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticleBytes } from '../../core/article/parse.ts';
import type { Article } from '../../core/article/types.ts';
import { type ArticleView, articleViewFromArticle } from '../../core/render/article-page.ts';

export interface ContentDirectory {
  articles(): Promise<Article[]>;
  getArticle(slug: string): Promise<ArticleView | undefined>;
}

export function contentDirectory(dir: string): ContentDirectory {
  let loaded: Promise<Article[]> | undefined;
  const load = async (): Promise<Article[]> => {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
    const articles: Article[] = [];
    for (const name of names) {
      const file = join(dir, name);
      const { article } = parseArticleBytes(await readFile(file), { file: name });
      // A file that does not parse is reported by `tidings ingest`; the archive simply does not show it.
      if (article) articles.push(article);
    }
    return articles;
  };
  const articles = (): Promise<Article[]> => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return {
    articles,
    async getArticle(slug) {
      const article = (await articles()).find((a) => a.slug === slug);
      return article ? articleViewFromArticle(article) : undefined;
    },
  };
}
