// Deterministic template data for render tests: hand-written so a parser or classifier change cannot move
// a snapshot, and shaped like what buildDigestData produces from the seed article.
import type { AlertData, ConfirmData, DigestData, EmailItem } from '../../../functions/core/render/types.ts';

export const SITE = 'https://news.example.org';

export function item(overrides: Partial<EmailItem> = {}): EmailItem {
  return {
    articleSlug: 'ai-shanghai-2025',
    articleTitle: '模塑申城,让AI向新向暖向未来',
    sectionId: 's2',
    heading: '打通赋能产业链“最后一公里”',
    excerpt: [
      '今年,王延峰代表带来一份“以罕见病为牵引打造医学人工智能创新高地”的建议:与常见疾病相比,罕见病数据匮乏,知识体系分散。…',
    ],
    url: `${SITE}/articles/ai-shanghai-2025#s2`,
    ...overrides,
  };
}

export function digest(overrides: Partial<DigestData> = {}): DigestData {
  return {
    lang: 'zh',
    cadence: 'daily',
    editionDate: '2025-01-20',
    siteUrl: SITE,
    groups: [
      {
        topic: { id: 'ai', name: '人工智能' },
        items: [
          item({
            sectionId: 'lead',
            heading: '模塑申城,让AI向新向暖向未来',
            url: `${SITE}/articles/ai-shanghai-2025#lead`,
            excerpt: [
              '伴随生成式人工智能(AIGC)迅猛发展,引爆新一轮人工智能大模型产业化热潮。',
              '算力是人工智能发展的关键支撑。',
            ],
          }),
        ],
      },
      { topic: { id: 'health', name: '医疗健康' }, items: [item()] },
      {
        topic: { id: 'education', name: '教育' },
        items: [
          item({
            sectionId: 's3',
            heading: '培养“人工智能+”复合型人才',
            url: `${SITE}/articles/ai-shanghai-2025#s3`,
            excerpt: ['人才培养方面,要为顶尖人才和领军人才的识别、链接、引进、培育、评价构建“绿色通道”。'],
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
