import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDirectory } from '../../../functions/adapters/render/content-dir.ts';
import { renderPreviews } from '../../../functions/adapters/render/previews.ts';
import type { PublishedSection } from '../../../functions/core/delivery/types.ts';
import { articleViewFromSections, renderArticlePage } from '../../../functions/core/render/article-page.ts';

const CONTENT = new URL('../../../content/articles/', import.meta.url).pathname;
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('article page from the seed article', () => {
  it('renders the parsed seed article as valid HTML with every section anchored', async () => {
    const view = await contentDirectory(CONTENT).getArticle('ai-shanghai-2025');
    expect(view).toBeDefined();
    const page = renderArticlePage(view!, 'https://news.example.org');
    const report = await validator.validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    for (const section of view!.sections) expect(page).toContain(`id="${section.id}"`);
    expect(page).toContain('本报记者 范洁 邵阳 屠瑜 解敏 杨欢');
    expect(page).toContain('罕见病');
  });

  it('returns nothing for a slug that is not in the directory', async () => {
    expect(await contentDirectory(CONTENT).getArticle('no-such-article')).toBeUndefined();
  });
});

describe('articleViewFromSections', () => {
  const stored = (sectionId: string): PublishedSection => ({
    articleSlug: 'a',
    articleTitle: 'Title',
    sectionId,
    heading: `H ${sectionId}`,
    lang: 'en',
    paragraphs: [`p ${sectionId}`],
    themes: [],
    publishedAt: '2025-01-20T08:00:00.000Z',
  });

  it('rebuilds article order (lead, s1, s2, … s10) from stored sections in any order', () => {
    const view = articleViewFromSections(['s10', 's2', 'lead', 's1'].map(stored));
    expect(view?.sections.map((s) => s.id)).toEqual(['lead', 's1', 's2', 's10']);
    expect(view).toMatchObject({ slug: 'a', title: 'Title', lang: 'en', date: '2025-01-20T08:00:00.000Z' });
    expect(articleViewFromSections([])).toBeUndefined();
  });
});

describe('renderPreviews', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('writes every template in both languages, the article pages and an index linking them', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tidings-preview-'));
    dirs.push(out);
    const result = await renderPreviews(out, { contentDir: CONTENT });
    expect(result.emails.map((e) => `${e.name}.${e.lang}`).sort()).toEqual([
      'alert.en',
      'alert.zh',
      'alreadySubscribed.en',
      'alreadySubscribed.zh',
      'confirm.en',
      'confirm.zh',
      'digest.en',
      'digest.zh',
      'welcome.en',
      'welcome.zh',
    ]);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    for (const email of result.emails) {
      expect(email.bytes).toBeLessThan(100_000);
      const html = await readFile(join(out, email.htmlFile), 'utf8');
      const text = await readFile(join(out, email.textFile), 'utf8');
      expect(html).not.toContain('tidings.invalid');
      expect(text).toContain('token=preview');
      expect(index).toContain(`href="${email.htmlFile}"`);
    }
    expect(result.articles.map((a) => a.slug)).toContain('ai-shanghai-2025');
    for (const article of result.articles) {
      expect(index).toContain(`href="${article.file}"`);
      expect(await readFile(join(out, article.file), 'utf8')).toContain(`<h1>`);
    }
    // The health alert is built from the seed article's rare-disease paragraph.
    expect(await readFile(join(out, 'alert.zh.txt'), 'utf8')).toContain('罕见病');
  });
});
