// The labels file of one evaluation article (`<slug>.labels.yaml`), as defined in /work/coord/EVAL-LABELS.md and
// test/eval/README.md. Strict: an unknown key is an error, so a typo (`never_in_bdy`) never silently drops checks.
import { parse as parseYaml } from 'yaml';
import * as z from '../../functions/shared/validation.ts';

const text = z.string().check(z.minLength(1, 'must not be empty'));
const topicList = z.optional(z.array(text));

const themes = z.strictObject({ required: topicList, acceptable: topicList, forbidden: topicList });
const pair = z.tuple([text, text]);

export const labelsSchema = z.strictObject({
  lang: z.enum(['zh', 'en']),
  shape: z.optional(z.array(text)),
  title: text,
  byline: z.optional(z.array(text)),
  meta: z.optional(
    z.strictObject({
      source: z.optional(text),
      published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date YYYY-MM-DD'))),
      editor: z.optional(text),
    }),
  ),
  lead: z.optional(z.strictObject({ themes: z.optional(themes) })),
  sections: z
    .array(z.strictObject({ heading: text, group: z.optional(text), themes: z.optional(themes) }))
    .check(z.minLength(1, 'must list at least one section')),
  figures: z.optional(z.array(z.strictObject({ caption: text, credit: z.optional(text) }))),
  never_in_body: z.optional(z.array(text)),
  joins: z.optional(z.array(pair)),
  never_join: z.optional(z.array(pair)),
  cut_off: z.optional(z.array(text)),
});

export type Labels = z.infer<typeof labelsSchema>;
export type ThemeLabels = z.infer<typeof themes>;

/** Parses and validates a labels file; problems are one line each, naming the key. */
export function parseLabels(yamlText: string): { labels?: Labels; problems: string[] } {
  let document: unknown;
  try {
    document = parseYaml(yamlText);
  } catch (err) {
    return { problems: [`not valid YAML: ${(err as Error).message.split('\n')[0]}`] };
  }
  const parsed = labelsSchema.safeParse(document);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
        return `${where}: ${issue.message}${keys}`;
      }),
    };
  }
  const problems: string[] = [];
  const each = (where: string, t: ThemeLabels | undefined) => {
    const seen = new Map<string, string>();
    for (const kind of ['required', 'acceptable', 'forbidden'] as const) {
      for (const topic of t?.[kind] ?? []) {
        const before = seen.get(topic);
        if (before) problems.push(`${where}.themes: "${topic}" is both ${before} and ${kind}`);
        else seen.set(topic, kind);
      }
    }
  };
  each('lead', parsed.data.lead?.themes);
  for (const [i, s] of parsed.data.sections.entries()) each(`sections.${i}`, s.themes);
  return problems.length > 0 ? { problems } : { labels: parsed.data, problems };
}

/** Every topic id the labels name, with where (for the check against content/topics.yaml). */
export function topicsNamed(labels: Labels): { where: string; topic: string }[] {
  const out: { where: string; topic: string }[] = [];
  const add = (where: string, t: ThemeLabels | undefined) => {
    for (const kind of ['required', 'acceptable', 'forbidden'] as const) {
      for (const topic of t?.[kind] ?? []) out.push({ where: `${where}.themes.${kind}`, topic });
    }
  };
  add('lead', labels.lead?.themes);
  for (const [i, s] of labels.sections.entries()) add(`sections.${i}`, s.themes);
  return out;
}
