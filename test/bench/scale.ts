// Child process of the benchmark: plans one daily edition for N subscribers that stream from an index-like source
// page by page, with a queue that only counts what it is given — nothing holds the whole audience. Prints JSON
// with the time and the peak RSS.

import { readArticles } from '../../functions/adapters/fs/articles.ts';
import { loadTaxonomyFile } from '../../functions/adapters/fs/taxonomy.ts';
import {
  MemoryContentStore,
  MemoryEditionStore,
  MemoryVariantStore,
} from '../../functions/adapters/memory/delivery-stores.ts';
import { editionRenderer } from '../../functions/adapters/render/renderer.ts';
import { planDigest } from '../../functions/core/delivery/plan.ts';
import { toPublishedSections } from '../../functions/core/delivery/publish.ts';
import type { SendJob } from '../../functions/core/delivery/types.ts';
import type { Subscriber } from '../../functions/core/subscribers/types.ts';
import { classifyArticle } from '../../functions/core/topics/classify.ts';
import type { Cadence } from '../../functions/core/types.ts';
import type { SubscriberStore } from '../../functions/ports.ts';
import { seededRandom, syntheticSubscriber } from './synthetic.ts';

const total = Number(process.argv[2] ?? 1_000_000);
const taxonomy = await loadTaxonomyFile();
const topics = taxonomy.topics.map((t) => t.id);
const content = new MemoryContentStore();
for (const { result } of await readArticles('content/articles')) {
  const article = result.article!;
  await content.publish(
    article.slug,
    toPublishedSections(article, classifyArticle(article, taxonomy), '2025-01-19T02:00:00.000Z'),
  );
}

/** Generates pages on demand, like Query pages from the audience index: only the current page is in memory. */
const audience: SubscriberStore['audience'] = async function* (cadence: Cadence, pageSize = 500) {
  const random = seededRandom(7);
  let page: Subscriber[] = [];
  for (let i = 0; i < total; i++) {
    const s = syntheticSubscriber(i, topics, random);
    if (!Object.values(s.topics).includes(cadence)) continue;
    page.push(s);
    if (page.length === pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
};
/** The synthetic audience has nothing due (no pauses, no pending requests): the sweep before planning reads an empty
 * due index, as it would for such a table. */
const due: SubscriberStore['due'] = async function* () {};
const subscribers = { audience, due } as unknown as SubscriberStore;
let jobs = 0;
let recipients = 0;
const queue = {
  async enqueue(batch: SendJob[]) {
    jobs += batch.length;
    for (const job of batch) recipients += job.recipients.length;
  },
};
const started = performance.now();
let lastReport = 0;
const result = await planDigest(
  {
    content,
    editions: new MemoryEditionStore(),
    variants: new MemoryVariantStore(),
    queue,
    subscribers,
    render: editionRenderer,
    taxonomy,
    siteUrl: 'https://news.example.org',
    sender: { address: 'news@example.org', name: 'tidings' },
    listIdDomain: 'news.example.org',
    clock: { now: () => new Date('2025-01-20T00:00:00.000Z') },
  },
  'daily',
  {
    pageSize: 500,
    onProgress: (p) => {
      if (p.subscribers - lastReport >= 100_000) {
        lastReport = p.subscribers;
        process.stderr.write(`  scale: ${p.subscribers.toLocaleString('en')} daily subscribers read\n`);
      }
    },
  },
);
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    subscribers: total,
    audience: result.subscribers,
    planned: result.planned,
    variants: result.variants,
    jobs,
    recipients,
    seconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
