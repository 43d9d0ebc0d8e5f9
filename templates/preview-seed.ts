// Sample content for previews: the sample articles parsed by the real ingest parser, turned into the sections
// the publisher stores. Themes are hand-set here until the classifier lands; the shape is the classifier's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../functions/core/article/parse.ts';
import type { PublishedSection } from '../functions/core/delivery/types.ts';
import type { Taxonomy, ThemeMatch, Topic } from '../functions/core/topics/types.ts';

export const PREVIEW_SITE_URL = 'https://news.example.org';
export const PREVIEW_EDITION_DATE = '2025-01-20';
const articleFile = (name: string) => fileURLToPath(new URL(`../content/articles/${name}`, import.meta.url));

const topic = (id: string, zh: string, en: string): Topic => ({
  id,
  name: { zh, en },
  description: { zh, en },
  terms: { zh: [], en: [] },
});
const topics = [
  topic('ai', '人工智能', 'Artificial intelligence'),
  topic('industry', '产业经济', 'Industry and economy'),
  topic('health', '医疗健康', 'Health'),
  topic('education', '教育', 'Education'),
];
export const PREVIEW_TAXONOMY: Taxonomy = { topics, byId: new Map(topics.map((t) => [t.id, t])) };

const match = (id: string, score: number, paragraphs: number[]): ThemeMatch => ({
  topic: id,
  score,
  paragraphs,
  evidence: [],
});
/** Hand-set themes per article and section: what the classifier is expected to find. */
const THEMES: Record<string, Record<string, ThemeMatch[]>> = {
  'ai-shanghai-2025.md': {
    lead: [match('ai', 5, [2, 0, 1]), match('industry', 2, [5, 4])],
    s1: [match('industry', 4, [0, 1]), match('ai', 3, [0])],
    s2: [match('health', 4, [1]), match('industry', 2, [2, 0])],
    s3: [match('education', 5, [0, 2, 3]), match('health', 1, [1])],
  },
  'northbridge-ai-hospitals.md': {
    lead: [match('ai', 4, [0, 1])],
    s1: [match('health', 5, [0, 1, 2]), match('ai', 2, [1])],
    s2: [match('industry', 4, [0, 1]), match('ai', 2, [2])],
    s3: [match('education', 4, [0, 1])],
    s4: [match('ai', 3, [0, 1])],
  },
};

/** Sections of the sample articles as the publisher stores them, the seed article first. */
export function previewSections(): PublishedSection[] {
  return Object.entries(THEMES).flatMap(([file, themes], a) => {
    const { article, diagnostics } = parseArticle(readFileSync(articleFile(file), 'utf8'), { file });
    if (!article) throw new Error(`${file} does not parse: ${diagnostics.map((d) => d.message).join('; ')}`);
    return [article.lead, ...article.sections].map((section, i) => ({
      articleSlug: article.slug,
      articleTitle: article.title,
      sectionId: section.id,
      heading: section.heading,
      lang: article.lang,
      paragraphs: section.paragraphs.map((p) => p.text),
      themes: themes[section.id] ?? [],
      publishedAt: `${PREVIEW_EDITION_DATE}T0${8 + a}:0${i}:00.000Z`,
    }));
  });
}
