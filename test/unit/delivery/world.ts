// A delivery world on the in-memory twins: the real core with counted compiles, for planning and sending tests.

import { memoryDeliveryStores } from '../../../functions/adapters/memory/delivery-stores.ts';
import { MemoryMailer } from '../../../functions/adapters/memory/mailer.ts';
import { MemorySubscriberStore } from '../../../functions/adapters/memory/subscriber-store.ts';
import type { PublishedSection } from '../../../functions/core/delivery/types.ts';
import {
  type AlertData,
  type CompiledEmail,
  type DigestData,
  type EditionRenderer,
  PLACEHOLDERS,
} from '../../../functions/core/render/types.ts';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import type { TokenKey } from '../../../functions/core/tokens.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';
import type { Cadence, Lang, TopicId } from '../../../functions/core/types.ts';

export const KEYS: TokenKey[] = [{ id: 't1', secret: Buffer.alloc(32, 7) }];
export const SITE = 'https://news.example.org';

export function taxonomy(): Taxonomy {
  const ids = ['health', 'talent', 'compute', 'industry'];
  const topics = ids.map((id) => ({
    id,
    name: { zh: `主题${id}`, en: `Topic ${id}` },
    description: { zh: 'd', en: 'd' },
    terms: { zh: [id], en: [id] },
  }));
  return { topics, byId: new Map(topics.map((t) => [t.id, t])) };
}

/** Renders without MJML, naming the sections it holds, and counts calls. */
export function countingRenderer() {
  const calls: { template: keyof EditionRenderer; data: unknown }[] = [];
  const compile = async (template: keyof EditionRenderer, data: unknown): Promise<CompiledEmail> => {
    calls.push({ template, data });
    // Names the sections the email holds, `<slug>-<section>`, from the links the builders made.
    const section = (url: string) => {
      const [, slug, id] = /articles\/([^#]+)#(.+)$/.exec(url)!;
      return `${slug}-${id}`;
    };
    const d = data as DigestData & AlertData;
    const stories = d.top ? [d.top, ...d.groups.flatMap((g) => g.stories)] : [];
    const headings = d.top
      ? stories.flatMap((s) => [section(s.url), ...s.more.map((m) => section(m.url))])
      : d.items.map((i) => i.heading);
    return {
      template,
      lang: d.lang,
      subject: `${template} 摘要 ${headings.length}`,
      preheader: 'p',
      html: `<p>${headings.join('|')}</p><a href="${PLACEHOLDERS.manageUrl}">m</a><a href="${PLACEHOLDERS.unsubscribeUrl}">u</a>`,
      text: `${headings.join('|')}\n${PLACEHOLDERS.manageUrl}\n${PLACEHOLDERS.unsubscribeUrl}`,
      placeholders: ['manageUrl', 'unsubscribeUrl'],
    };
  };
  const render: EditionRenderer = {
    digest: (data) => compile('digest', data),
    alert: (data) => compile('alert', data),
  };
  return { calls, render };
}

export function section(slug: string, id: string, themes: TopicId[], publishedAt: string): PublishedSection {
  return {
    articleSlug: slug,
    articleTitle: `Title ${slug}`,
    sectionId: id,
    heading: `${slug}-${id}`,
    lang: 'zh',
    paragraphs: ['第一段。', '第二段。'],
    themes: themes.map((topic, i) => ({ topic, score: 20 - i, paragraphs: [0], evidence: [] })),
    publishedAt,
  };
}

export function subscriber(
  id: string,
  topics: Partial<Record<TopicId, Cadence>>,
  lang: Lang = 'zh',
): Subscriber {
  const at = '2025-01-01T00:00:00.000Z';
  return {
    id,
    email: `${id}@example.org`,
    status: 'active',
    topics,
    locale: lang === 'en' ? 'en' : 'zh-Hans',
    contentLangs: ['zh', 'en'],
    version: 0,
    consent: { requestedAt: at, method: 'test', confirmedAt: at },
    createdAt: at,
    updatedAt: at,
  };
}

export function world(now = new Date('2025-01-20T00:00:00.000Z')) {
  const clock = { current: now, now: () => new Date(clock.current) };
  const { calls, render } = countingRenderer();
  const w = {
    clock,
    compileCalls: calls,
    render,
    subscribers: new MemorySubscriberStore(),
    ...memoryDeliveryStores(clock),
    mailer: new MemoryMailer(),
    taxonomy: taxonomy(),
    siteUrl: SITE,
    timezone: 'Asia/Shanghai',
    tokenKeys: KEYS,
    sender: { address: 'news@example.org', name: '潮汐 tidings' },
    listIdDomain: 'news.example.org',
    postalAddress: 'tidings, 1 Example Road, Shanghai',
    rate: { take: async () => {} },
    sleep: async () => {},
  };
  return w;
}
