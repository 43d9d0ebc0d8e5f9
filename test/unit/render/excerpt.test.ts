import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedSection } from '../../../functions/core/delivery/types.ts';
import {
  buildAlertData,
  buildDigestData,
  cutAtSentence,
  DEFAULT_EXCERPT_LENGTH,
  SUMMARY_LENGTH,
  textLength,
  themeExcerpt,
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

const zh = (paragraphs: string[]) => ({ paragraphs, lang: 'zh' as const });

describe('themeExcerpt', () => {
  it('gives a health reader the rare-disease sentences, cut at a sentence end to about 120 characters', () => {
    const excerpt = themeExcerpt(zh(S2), match('health', [1]));
    expect(excerpt).toBe(
      '今年,王延峰代表带来一份“以罕见病为牵引打造医学人工智能创新高地”的建议:与常见疾病相比,罕见病数据匮乏,知识体系分散,AI大模型需具备强大的泛化性、专业性与精准度。他建议建设罕见病数据平台。',
    );
    expect(textLength(excerpt, 'zh')).toBeLessThanOrEqual(DEFAULT_EXCERPT_LENGTH.zh);
    expect(excerpt).not.toMatch(/。…$/);
  });

  it('starts with the strongest paragraph, then takes sentences from the others in article order', () => {
    const excerpt = themeExcerpt(zh(S2), match('industry', [2, 0]), { zh: 200, en: 60 });
    expect(excerpt.startsWith('在政协委员')).toBe(true);
    expect(excerpt).toContain('大模型的竞争力核心');
    expect(excerpt).not.toContain('罕见病');
  });

  it('cuts only a first sentence longer than the budget, with an ellipsis', () => {
    expect(themeExcerpt(zh(S2), match('ai', [0]), { zh: 20, en: 60 })).toBe(
      '大模型的竞争力核心在于能否高效赋能各行…',
    );
    // After a clause, when one ends in the second half of the budget.
    expect(themeExcerpt(zh(S2), match('ai', [0]), { zh: 36, en: 60 })).toBe(
      '大模型的竞争力核心在于能否高效赋能各行各业,并与社会经济发展…',
    );
    expect(cutAtSentence(['First sentence here. Second one is longer than the limit.'], 'en', 5)).toBe(
      'First sentence here.',
    );
    expect(cutAtSentence(['the register lists every algorithm with a plain-language summary'], 'en', 6)).toBe(
      'the register lists every algorithm with…',
    );
  });

  it('keeps titles, initials and quotes with their sentences', () => {
    expect(cutAtSentence(['"We are short," said Dr. Hannah Reyes. J. K. Rowling agreed.'], 'en', 8)).toBe(
      '"We are short," said Dr. Hannah Reyes.',
    );
    // ICU ends a sentence after an opening quote that follows a full stop: the quote opens the next one.
    expect(cutAtSentence(['更能发挥作用。“上海坐拥丰富的数据，”他说。'], 'zh', 10)).toBe('更能发挥作用。');
    expect(cutAtSentence(['更能发挥作用。“上海坐拥丰富的数据，”他说。'], 'zh', 40)).toBe(
      '更能发挥作用。“上海坐拥丰富的数据，”他说。',
    );
  });

  it('falls back to the opening paragraph when the theme names no paragraph (front-matter override)', () => {
    expect(themeExcerpt(zh(['', S2[0]!, S2[1]!]), match('ai', []))).toContain('大模型的竞争力核心');
    expect(themeExcerpt(zh(S2), match('ai', [7, -1]))).toContain('大模型的竞争力核心');
  });

  it('never exceeds the budget and never returns an empty excerpt for a non-empty section', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(8)),
        fc.integer({ min: 2, max: 300 }),
        fc.constantFrom('zh' as const, 'en' as const),
        (paragraphs, indexes, budget, lang) => {
          const excerpt = themeExcerpt({ paragraphs, lang }, match('x', indexes), { zh: budget, en: budget });
          // An ellipsis closes a hard cut: one more character than the words it follows.
          expect(textLength(excerpt.replace(/…$/, ''), lang)).toBeLessThanOrEqual(budget);
          if (paragraphs.some((p) => p.trim())) expect(excerpt.trim().length).toBeGreaterThan(0);
        },
      ),
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
  const other = (slug: string, sectionId: string, themes: ThemeMatch[], publishedAt: string) => ({
    ...section(sectionId, themes, publishedAt),
    articleSlug: slug,
    articleTitle: `Title ${slug}`,
  });
  const sections = [
    // The seed: health strongest (s2), ai in s1 and s2, education in s3.
    section('s3', [match('education', [0], 5), match('health', [1], 1)], '2025-01-20T09:00:00Z'),
    section('s2', [match('health', [1], 9), match('ai', [0], 2)], '2025-01-20T09:00:00Z'),
    section('s1', [match('ai', [0], 3)], '2025-01-20T09:00:00Z'),
    other('chips', 's1', [match('ai', [0], 6), match('education', [2], 1)], '2025-01-20T07:00:00Z'),
    other('schools', 'lead', [match('education', [2], 4)], '2025-01-20T08:00:00Z'),
    other('clinics', 's1', [match('health', [1], 2)], '2025-01-20T06:00:00Z'),
  ];
  const opts = {
    lang: 'en' as const,
    cadence: 'daily' as const,
    editionDate: '2025-01-20',
    siteUrl: 'https://news.example.org',
    webUrl: 'https://news.example.org/archive/daily-2025-01-20',
    topics: ['health', 'ai', 'education'],
  };

  it('leads with the strongest article and shows every other article once, under its strongest topic', () => {
    const data = buildDigestData(sections, taxonomy, opts);
    expect(data.top).toMatchObject({
      articleSlug: 'ai-shanghai-2025',
      topic: { id: 'health', name: 'Health' },
      url: 'https://news.example.org/articles/ai-shanghai-2025#s2',
      tags: [
        { id: 'education', name: 'Education' },
        { id: 'ai', name: 'AI' },
      ],
      more: [
        { heading: 'heading s1', url: 'https://news.example.org/articles/ai-shanghai-2025#s1' },
        { heading: 'heading s3', url: 'https://news.example.org/articles/ai-shanghai-2025#s3' },
      ],
    });
    // Taxonomy order of topics, strongest story first; the top story's article is not repeated.
    expect(data.groups.map((g) => [g.topic.id, g.stories.map((s) => s.articleSlug)])).toEqual([
      ['ai', ['chips']],
      ['health', ['clinics']],
      ['education', ['schools']],
    ]);
    expect(data.groups[0]!.stories[0]!.tags).toEqual([{ id: 'education', name: 'Education' }]);
    expect(data.webUrl).toBe(opts.webUrl);
  });

  it('summarizes the top story in one line from its strongest paragraph for that topic', () => {
    const { top } = buildDigestData(sections, taxonomy, opts);
    // The first sentence is longer than a line: it is cut after a clause.
    expect(top.summary).toBe(
      '今年,王延峰代表带来一份“以罕见病为牵引打造医学人工智能创新高地”的建议:与常见疾病相比,罕见病数据匮乏,知识体系分散,AI大模型需具备强大的泛化性…',
    );
    expect(textLength(top.summary, 'zh')).toBeLessThanOrEqual(SUMMARY_LENGTH.zh);
    expect(buildDigestData(sections, taxonomy, { ...opts, topics: ['ai'] }).top.summary).toBe(
      '大模型的竞争力核心在于能否高效赋能各行各业,并与社会经济发展、民生领域紧密融合。',
    );
  });

  it('leaves out sections on no followed topic; one article makes an edition of a top story alone', () => {
    const data = buildDigestData(sections.slice(0, 3), taxonomy, { ...opts, topics: ['education'] });
    expect(data.top).toMatchObject({ articleSlug: 'ai-shanghai-2025', topic: { id: 'education' }, tags: [] });
    expect(data.top.url).toBe('https://news.example.org/articles/ai-shanghai-2025#s3');
    expect(data.groups).toEqual([]);
    expect(() => buildDigestData(sections, taxonomy, { ...opts, topics: ['robots'] })).toThrow(/No section/);
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
    expect(data.items[0]!.excerpt).toContain('罕见病数据匮乏');
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
    expect(s2!.excerpt).toContain('罕见病');
    expect(s2!.excerpt).not.toContain('谭黎敏');
  });
});
