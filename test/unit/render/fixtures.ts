// Deterministic template data for render tests: hand-written so a parser or classifier change cannot move
// a snapshot, and shaped like what buildDigestData produces from the seed article.
import type {
  AlertData,
  ConfirmData,
  DigestData,
  DigestStory,
  EmailItem,
} from '../../../functions/core/render/types.ts';

export const SITE = 'https://news.example.org';

export function item(overrides: Partial<EmailItem> = {}): EmailItem {
  return {
    articleSlug: 'ai-shanghai-2025',
    articleTitle: '模塑申城,让AI向新向暖向未来',
    sectionId: 's2',
    heading: '打通赋能产业链“最后一公里”',
    excerpt:
      '今年,王延峰代表带来一份“以罕见病为牵引打造医学人工智能创新高地”的建议:与常见疾病相比,罕见病数据匮乏,知识体系分散。',
    url: `${SITE}/articles/ai-shanghai-2025#s2`,
    ...overrides,
  };
}

export function story(overrides: Partial<DigestStory> = {}): DigestStory {
  return {
    articleSlug: 'northbridge-ai-hospitals',
    title: 'Northbridge bets on AI from the ward to the wafer',
    url: `${SITE}/articles/northbridge-ai-hospitals#s2`,
    contentLang: 'en',
    topic: { id: 'health', name: '医疗健康' },
    tags: [{ id: 'ai', name: '人工智能' }],
    excerpt:
      'Radiology is next. A diagnostic model that flags suspected lung nodules on CT scans will run alongside radiologists at two sites.',
    more: [
      {
        heading: 'Chips, power and a data centre by the docks',
        url: `${SITE}/articles/northbridge-ai-hospitals#s1`,
      },
    ],
    ...overrides,
  };
}

export function digest(overrides: Partial<DigestData> = {}): DigestData {
  return {
    lang: 'zh',
    cadence: 'daily',
    editionDate: '2025-01-20',
    siteUrl: SITE,
    webUrl: `${SITE}/archive/daily-2025-01-20`,
    top: {
      articleSlug: 'ai-shanghai-2025',
      title: '模塑申城,让AI向新向暖向未来',
      url: `${SITE}/articles/ai-shanghai-2025#s2`,
      contentLang: 'zh',
      topic: { id: 'education', name: '教育' },
      tags: [{ id: 'health', name: '医疗健康' }],
      summary: '人才培养方面,要为顶尖人才和领军人才的识别、链接、引进、培育、评价构建“绿色通道”。',
      excerpt: '人才培养方面,要为顶尖人才和领军人才的识别、链接、引进、培育、评价构建“绿色通道”。',
      more: [{ heading: '打通赋能产业链“最后一公里”', url: `${SITE}/articles/ai-shanghai-2025#s2` }],
    },
    groups: [
      {
        topic: { id: 'ai', name: '人工智能' },
        stories: [story({ topic: { id: 'ai', name: '人工智能' }, tags: [] })],
      },
      {
        topic: { id: 'health', name: '医疗健康' },
        stories: [
          story({
            articleSlug: 'clinics',
            title: '社区医院用上AI辅助诊断',
            url: `${SITE}/articles/clinics#lead`,
            contentLang: 'zh',
            excerpt: '算力是人工智能发展的关键支撑。',
            more: [],
          }),
        ],
      },
    ],
    ...overrides,
  };
}

export function alert(overrides: Partial<AlertData> = {}): AlertData {
  const health = { id: 'health', name: '医疗健康' };
  return {
    lang: 'zh',
    siteUrl: SITE,
    article: {
      slug: 'ai-shanghai-2025',
      title: '模塑申城,让AI向新向暖向未来',
      url: `${SITE}/articles/ai-shanghai-2025`,
    },
    topics: [health],
    items: [{ ...item(), topics: [health] }],
    ...overrides,
  };
}

export function confirm(overrides: Partial<ConfirmData> = {}): ConfirmData {
  return { lang: 'zh', siteUrl: SITE, topicNames: ['人工智能', '医疗健康'], ...overrides };
}
