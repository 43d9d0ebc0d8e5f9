// ConfirmationRenderer backed by the MJML confirm template. A confirmation variant depends only on
// (language, chosen topics), so each is compiled once per warm Lambda and then only personalized.
import type { CompiledEmail, ConfirmData } from '../render/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import type { Lang, TopicId } from '../types.ts';
import type { ConfirmationRenderer } from './types.ts';

export type CompileConfirm = (data: ConfirmData) => Promise<CompiledEmail>;

/** Bounded so a stream of odd topic combinations cannot grow a warm Lambda's memory without limit. */
const MAX_CACHED = 256;

export function createCachedConfirmationRenderer(options: {
  compile: CompileConfirm;
  taxonomy: Taxonomy;
  siteUrl: string;
}): ConfirmationRenderer {
  const cache = new Map<string, Promise<CompiledEmail>>();
  const order = new Map(options.taxonomy.topics.map((t, i) => [t.id, i]));
  return {
    render(lang: Lang, topicIds: TopicId[]): Promise<CompiledEmail> {
      // Taxonomy order, not click order: the same choice is the same variant.
      const ids = [...new Set(topicIds)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const key = `${lang}|${ids.join(',')}`;
      let compiled = cache.get(key);
      if (!compiled) {
        const topicNames = ids.map((id) => {
          const topic = options.taxonomy.byId.get(id);
          if (!topic) throw new Error(`unknown topic ${id}`);
          return topic.name[lang];
        });
        compiled = options.compile({ lang, siteUrl: options.siteUrl, topicNames });
        // A failed compile must not stay cached.
        compiled.catch(() => cache.delete(key));
        if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
        cache.set(key, compiled);
      }
      return compiled;
    },
  };
}
