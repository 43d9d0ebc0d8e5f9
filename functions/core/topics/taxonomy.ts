// Reads and validates the theme taxonomy (content/topics.yaml). A bad taxonomy is an operator error that must
// stop the pipeline at load with a message naming the file, the place in the document and the problem.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { Lang } from '../types.ts';
import type { Taxonomy, Topic } from './types.ts';

export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

const term = z.union([
  z.string().trim().min(1),
  z.object({ term: z.string().trim().min(1), weight: z.number().positive().max(10).default(1) }).strict(),
]);
const perLang = <T extends z.ZodType>(schema: T) => z.object({ zh: schema, en: schema }).strict();
const topicSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lowercase letters, digits and hyphens'),
    name: perLang(z.string().trim().min(1).max(60)),
    description: perLang(z.string().trim().min(1).max(300)),
    terms: perLang(z.array(term).min(1, 'needs at least one term')),
  })
  .strict();
const fileSchema = z.object({ topics: z.array(topicSchema).min(1, 'needs at least one topic') }).strict();

function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  );
}

export function loadTaxonomy(yamlText: string, source = 'topics.yaml'): Taxonomy {
  let document: unknown;
  try {
    document = parseYaml(yamlText);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new TaxonomyError(`${source}${line ? `:${line}` : ''}: not valid YAML (${detail})`);
  }
  const parsed = fileSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TaxonomyError(`${source}: ${where(issue.path) || 'document'} ${issue.message}`);
  }

  const topics: Topic[] = [];
  const byId = new Map<string, Topic>();
  parsed.data.topics.forEach((raw, index) => {
    if (byId.has(raw.id)) throw new TaxonomyError(`${source}: topics[${index}].id "${raw.id}" is used twice`);
    const terms = { zh: [], en: [] } as Record<Lang, string[]>;
    const weights = { zh: {}, en: {} } as Record<Lang, Record<string, number>>;
    for (const lang of ['zh', 'en'] as const) {
      for (const entry of raw.terms[lang]) {
        const text = typeof entry === 'string' ? entry : entry.term;
        const key = text.toLowerCase();
        if (key in weights[lang]) {
          throw new TaxonomyError(`${source}: topics[${index}].terms.${lang} lists "${text}" twice`);
        }
        terms[lang].push(text);
        weights[lang][key] = typeof entry === 'string' ? 1 : entry.weight;
      }
    }
    const topic: Topic = { id: raw.id, name: raw.name, description: raw.description, terms, weights };
    topics.push(topic);
    byId.set(topic.id, topic);
  });
  return { topics, byId };
}
