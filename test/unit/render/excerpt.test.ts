import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedSection } from '../../../functions/core/delivery/types.ts';
import {
  buildAlertData,
  buildDigestData,
  themeExcerpt,
  trimToSentence,
} from '../../../functions/core/render/excerpt.ts';
import type { Taxonomy, ThemeMatch, Topic } from '../../../functions/core/topics/types.ts';

// Section s2 of the seed article: industry, then the rare-disease proposal, then logistics.
const S2 = [
  '大模型的竞争力核心在于能否高效赋能各行各业,并与社会经济发展、民生领域紧密融合。市人大代表、上海交通大学人工智能学院执行院长王延峰建议加快推进垂类大模型建设。',
  '今年,王延峰代表带来一份“以罕见病为牵引打造医学人工智能创新高地”的建议:与常见疾病相比,罕见病数据匮乏,知识体系分散,AI大模型需具备强大的泛化性、专业性与精准度。他建议建设罕见病数据平台。',
  '在政协委员、上海西井科技股份有限公司首席执行官谭黎敏看来,“人工智能+”更注重技术的深度融合和创新应用,不仅能够推动传统产业升级,还能催生新产业。',
];
const match = (topic: string, paragraphs: number[], score = 1): ThemeMatch => ({
  topic,
  score,
  paragraphs,
  evidence: [],
});
const len = (s: string) => Array.from(s).length;

describe('themeExcerpt', () => {
  it('gives a health reader the rare-disease paragraph, not the whole section', () => {
    const excerpt = themeExcerpt(S2, match('health', [1]), 400);
    expect(excerpt).toEqual([S2[1]]);
  });

  it('takes paragraphs strongest first within the budget, then shows them in article order', () => {
    const budget = len(S2[2]!) + len(S2[0]!);
    expect(themeExcerpt(S2, match('industry', [2, 0, 1]), budget)).toEqual([S2[0], S2[2]]);
  });

  it('trims the strongest paragraph on a sentence boundary with an ellipsis', () => {
    const [only] = themeExcerpt(S2, match('ai', [0]), 60);
    expect(only).toBe('大模型的竞争力核心在于能否高效赋能各行各业,并与社会经济发展、民生领域紧密融合。…');
  });

  it('falls back to the opening paragraph when the theme names no paragraph (front-matter override)', () => {
    expect(themeExcerpt(['', S2[0]!, S2[1]!], match('ai', []), 400)).toEqual([S2[0]]);
    expect(themeExcerpt(S2, match('ai', [7, -1]), 400)).toEqual([S2[0]]);
  });

  it('never exceeds the budget and never returns an empty excerpt for a non-empty section', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(8)),
        fc.integer({ min: 1, max: 500 }),
        (paragraphs, indexes, budget) => {
          const excerpt = themeExcerpt(paragraphs, match('x', indexes), budget);
          const total = excerpt.reduce((sum, p) => sum + len(p), 0);
          expect(total).toBeLessThanOrEqual(budget);
          if (paragraphs.some((p) => p.trim())) expect(excerpt.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('trimToSentence', () => {
  it('keeps short text whole and cuts hard, with an ellipsis, when no sentence end is near', () => {
    expect(trimToSentence('短句。', 10)).toBe('短句。');
    expect(trimToSentence('一'.repeat(50), 10)).toBe(`${'一'.repeat(9)}…`);
    expect(trimToSentence('the register lists every algorithm with a plain-language summary', 40)).toBe(
      'the register lists every algorithm with…',
    );
    expect(trimToSentence('the register lists every algorithm with a plain-language summary', 45)).toBe(
      'the register lists every algorithm with a…',
    );
    expect(trimToSentence('First sentence. Second one is longer than the limit.', 30)).toBe(
      'First sentence.…',
    );
  });
});

const topic = (id: string, zh: string, en: string): Topic => ({
  id,
  name: { zh, en },
  description: { zh, en },
  terms: { zh: [], en: [] },
});
const topics = [
  topic('ai', '人工智能', 'AI'),
  topic('health', '医疗健康', 'Health'),
  topic('education', '教育', 'Education'),
];
const taxonomy: Taxonomy = { topics, byId: new Map(topics.map((t) => [t.id, t])) };

const section = (sectionId: string, themes: ThemeMatch[], publishedAt: string): PublishedSection => ({
  articleSlug: 'ai-shanghai-2025',
  articleTitle: '模塑申城,让AI向新向暖向未来',
  sectionId,
  heading: `heading ${sectionId}`,
  lang: 'zh',
  paragraphs: S2,
  themes,
  publishedAt,
});

describe('buildDigestData', () => {
  const sections = [
    section('s3', [match('education', [0], 5), match('health', [1], 1)], '2025-01-20T09:00:00Z'),
    section('s2', [match('health', [1], 4), match('ai', [0], 2)], '2025-01-20T08:00:00Z'),
    section('s1', [match('ai', [0], 3)], '2025-01-20T07:00:00Z'),
  ];

  it('groups followed themes in taxonomy order, each section once under its strongest followed theme', () => {
    const data = buildDigestData(sections, taxonomy, {
      lang: 'en',
      cadence: 'daily',
      editionDate: '2025-01-20',
      siteUrl: 'https://news.example.org',
      topics: ['health', 'ai'],
    });
    expect(data.groups.map((g) => [g.topic.name, g.items.map((i) => i.sectionId)])).toEqual([
      ['AI', ['s1']],
      ['Health', ['s2', 's3']],
    ]);
    const s3 = data.groups[1]!.items[1]!;
    // s3 is mostly education, which this reader does not follow: it is shown for its health paragraph.
    expect(s3.excerpt).toEqual([S2[1]]);
    expect(s3.url).toBe('https://news.example.org/articles/ai-shanghai-2025#s3');
  });

  it('leaves out sections on no followed theme', () => {
    const data = buildDigestData(sections, taxonomy, {
      lang: 'zh',
      cadence: 'weekly',
      editionDate: '2025-01-20',
      siteUrl: 'https://news.example.org/',
      topics: ['education'],
    });
    expect(data.groups).toEqual([
      { topic: { id: 'education', name: '教育' }, items: [expect.objectContaining({ sectionId: 's3' })] },
    ]);
  });
});

describe('buildAlertData', () => {
  const opts = { lang: 'zh' as const, siteUrl: 'https://news.example.org' };

  it('builds one alert for the article: each section on a followed topic once, naming its topics', () => {
    const sections = [
      section('s3', [match('education', [0], 9), match('health', [0], 2)], '2025-01-20T08:00:00Z'),
      section('s1', [match('ai', [0], 9)], '2025-01-20T08:00:00Z'),
      section('s2', [match('health', [1], 4)], '2025-01-20T08:00:00Z'),
    ];
    const data = buildAlertData(sections, taxonomy, { ...opts, topics: ['health', 'education'] });
    expect(data.topics).toEqual([
      { id: 'education', name: '教育' },
      { id: 'health', name: '医疗健康' },
    ]);
    expect(data.items.map((i) => [i.sectionId, i.topics.map((t) => t.id)])).toEqual([
      ['s2', ['health']],
      ['s3', ['education', 'health']],
    ]);
    expect(data.items[0]!.excerpt).toEqual([S2[1]]);
    expect(data.article.url).toBe('https://news.example.org/articles/ai-shanghai-2025');
  });

  it('refuses an article with no section on the topics, or a topic missing from the taxonomy', () => {
    const s = [section('s2', [match('health', [1]), match('retired', [0])], '2025-01-20T08:00:00Z')];
    expect(() => buildAlertData(s, taxonomy, { ...opts, topics: ['education'] })).toThrow(
      /is about education/,
    );
    expect(() => buildAlertData(s, taxonomy, { ...opts, topics: ['retired'] })).toThrow(
      /Unknown topic "retired"/,
    );
  });
});

describe('with the real parser, classifier and taxonomy', () => {
  it('gives a health reader of the seed article the rare-disease paragraph only', async () => {
    const { previewSections, PREVIEW_TAXONOMY } = await import('../../../templates/preview-seed.ts');
    const seed = previewSections().filter((s) => s.articleSlug === 'ai-shanghai-2025');
    const data = buildAlertData(seed, PREVIEW_TAXONOMY, {
      lang: 'zh',
      siteUrl: 'https://news.example.org',
      topics: ['health'],
    });
    expect(data.items.map((i) => i.sectionId)).toEqual(['s2']);
    const [s2] = data.items;
    expect(s2!.excerpt).toHaveLength(1);
    expect(s2!.excerpt[0]).toContain('罕见病');
    expect(s2!.excerpt.join('')).not.toContain('谭黎敏');
  });
});
