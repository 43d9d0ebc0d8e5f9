// Validates the theme taxonomy (content/topics.yaml, parsed by taxonomy-yaml.ts; or its JSON form, which the
// deployed functions read so they carry no YAML parser). A bad taxonomy is an operator error that must stop the
// pipeline at load with a message naming the file, the place in the document and the problem.
import * as z from '../../shared/validation.ts';
import type { Lang } from '../types.ts';
import type { Taxonomy, TermGuard, Topic } from './types.ts';

export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

const trimmed = (max?: number) =>
  z.string().check(z.trim(), z.minLength(1), ...(max ? [z.maxLength(max)] : []));
const words = z.optional(z.array(trimmed()).check(z.minLength(1)));
const term = z.union([
  trimmed(),
  z.strictObject({
    term: trimmed(),
    weight: z._default(z.number().check(z.positive(), z.lte(10)), 1),
    // Sense guards (docs/themes.md): words that rule the term out nearby, words it needs nearby, and surface
    // forms that share its stem but not its meaning.
    unless: words,
    near: words,
    not: words,
    // …and words that, anywhere in the article, give the term its other sense (session 9).
    unlessArticle: words,
  }),
]);
const perLang = <T extends z.ZodMiniType>(schema: T) => z.strictObject({ zh: schema, en: schema });
const topicSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lowercase letters, digits and hyphens')),
  name: perLang(trimmed(60)),
  description: perLang(trimmed(300)),
  terms: perLang(z.array(term).check(z.minLength(1, 'needs at least one term'))),
});
const fileSchema = z.strictObject({
  topics: z.array(topicSchema).check(z.minLength(1, 'needs at least one topic')),
});

function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  );
}

/** The taxonomy from its parsed document (YAML or JSON); throws a TaxonomyError naming `source` and the place. */
export function taxonomyFromDocument(document: unknown, source = 'topics.yaml'): Taxonomy {
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
    const guards = { zh: {}, en: {} } as Record<Lang, Record<string, TermGuard>>;
    for (const lang of ['zh', 'en'] as const) {
      for (const entry of raw.terms[lang]) {
        const text = typeof entry === 'string' ? entry : entry.term;
        const key = text.toLowerCase();
        if (key in weights[lang]) {
          throw new TaxonomyError(`${source}: topics[${index}].terms.${lang} lists "${text}" twice`);
        }
        terms[lang].push(text);
        weights[lang][key] = typeof entry === 'string' ? 1 : entry.weight;
        if (typeof entry !== 'string' && (entry.unless || entry.near || entry.not || entry.unlessArticle)) {
          const guard: TermGuard = {};
          if (entry.unless) guard.unless = entry.unless;
          if (entry.near) guard.near = entry.near;
          if (entry.not) guard.not = entry.not;
          if (entry.unlessArticle) guard.unlessArticle = entry.unlessArticle;
          guards[lang][key] = guard;
        }
      }
    }
    const topic: Topic = { id: raw.id, name: raw.name, description: raw.description, terms, weights };
    if (Object.keys(guards.zh).length + Object.keys(guards.en).length > 0) topic.guards = guards;
    topics.push(topic);
    byId.set(topic.id, topic);
  });
  return { topics, byId };
}
