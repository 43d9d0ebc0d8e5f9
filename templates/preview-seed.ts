// Sample content for previews: the sample articles parsed and classified by the real ingest code, turned into
// the sections the publisher stores, with the real taxonomy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../functions/core/article/parse.ts';
import { toPublishedSections } from '../functions/core/delivery/publish.ts';
import type { PublishedSection } from '../functions/core/delivery/types.ts';
import { classifyArticle } from '../functions/core/topics/classify.ts';
import { loadTaxonomy } from '../functions/core/topics/taxonomy-yaml.ts';
import type { Taxonomy } from '../functions/core/topics/types.ts';

export const PREVIEW_SITE_URL = 'https://news.example.org';
export const PREVIEW_EDITION_DATE = '2025-01-20';
/** What `npm start` sets as POSTAL_ADDRESS: an example, clearly not a real address. */
export const PREVIEW_POSTAL_ADDRESS = 'tidings (example) · 1 Example Road · Shanghai 200000 · China';
const articleFile = (name: string) => fileURLToPath(new URL(`../content/articles/${name}`, import.meta.url));

const TAXONOMY_FILE = fileURLToPath(new URL('../content/topics.yaml', import.meta.url));
export const PREVIEW_TAXONOMY: Taxonomy = loadTaxonomy(
  readFileSync(TAXONOMY_FILE, 'utf8'),
  'content/topics.yaml',
);

const SAMPLE_FILES = ['ai-shanghai-2025.md', 'northbridge-ai-hospitals.md'];

/** Sections of the sample articles as the publisher stores them, the seed article first. */
export function previewSections(): PublishedSection[] {
  return SAMPLE_FILES.flatMap((file, a) => {
    const { article, diagnostics } = parseArticle(readFileSync(articleFile(file), 'utf8'), { file });
    if (!article) throw new Error(`${file} does not parse: ${diagnostics.map((d) => d.message).join('; ')}`);
    return toPublishedSections(article, classifyArticle(article, PREVIEW_TAXONOMY), '').map((section, i) => ({
      ...section,
      publishedAt: `${PREVIEW_EDITION_DATE}T0${8 + a}:0${i}:00.000Z`,
    }));
  });
}
