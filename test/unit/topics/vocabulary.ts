// Shared by the vocabulary tests: content/topics.yaml loaded once per file, the themes the classifier gives one
// section written for a test, and the topics (or terms) a text's words count for after the sense guards.
import { beforeAll } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { classifySection, findTerms } from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';
import type { Lang } from '../../../functions/core/types.ts';

/** Loads the taxonomy before the file's tests and returns the helpers that read it. */
export function vocabulary() {
  let taxonomy: Taxonomy;
  beforeAll(async () => {
    taxonomy = await loadTaxonomyFile();
  });
  return {
    /** The topics of one section (`group`: the brief part it sits under). */
    themes(lang: Lang, heading: string, paragraphs: string[], group?: string): string[] {
      const section = {
        id: 's1',
        heading,
        ...(group ? { group } : {}),
        line: 1,
        paragraphs: paragraphs.map((text, index) => ({ index, line: index + 2, text })),
      };
      return classifySection(section, lang, taxonomy).map((m) => m.topic);
    },
    /** The topics a text's terms count for. */
    termTopics: (lang: Lang, text: string) =>
      findTerms(text, lang, taxonomy).flatMap((h) => [...h.topics.keys()]),
    /** The terms of a text that count for one topic. */
    topicTerms: (lang: Lang, text: string, topic: string) =>
      findTerms(text, lang, taxonomy)
        .filter((h) => h.topics.has(topic))
        .map((h) => h.term),
  };
}
