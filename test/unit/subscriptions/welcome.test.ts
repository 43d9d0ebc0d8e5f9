// The welcome email's "recent articles": the digest's rule (any section on a followed topic, in a language the
// reader asked for), one entry per article, newest first, at most WELCOME_LATEST_MAX.
import { describe, expect, it } from 'vitest';
import type { PublishedSection } from '../../../functions/core/delivery/types.ts';
import { latestForReader, WELCOME_LATEST_MAX } from '../../../functions/core/subscriptions/welcome.ts';

const section = (
  slug: string,
  id: string,
  topic: string,
  lang: 'zh' | 'en',
  at: string,
): PublishedSection => ({
  articleSlug: slug,
  articleTitle: `T ${slug}`,
  sectionId: id,
  heading: 'h',
  lang,
  paragraphs: ['p'],
  themes: [{ topic, score: 1, paragraphs: [0], evidence: [] }],
  publishedAt: `2026-03-0${at}T08:00:00.000Z`,
});

describe('latestForReader', () => {
  const reader = {
    topics: { health: 'daily' as const, ai: 'weekly' as const },
    contentLangs: ['zh' as const],
  };

  it('lists each article once, by its newest matching section, newest first', () => {
    const latest = latestForReader(
      [
        section('a', 'lead', 'health', 'zh', '1'),
        section('b', 'lead', 'ai', 'zh', '2'),
        section('a', 's2', 'ai', 'zh', '3'),
        section('c', 'lead', 'talent', 'zh', '4'),
        section('d', 'lead', 'health', 'en', '5'),
      ],
      reader,
      'https://news.example.org/',
    );
    expect(latest).toEqual([
      { title: 'T a', url: 'https://news.example.org/articles/a' },
      { title: 'T b', url: 'https://news.example.org/articles/b' },
    ]);
  });

  it(`stops at ${WELCOME_LATEST_MAX} and encodes the slug in the link`, () => {
    const sections = ['1', '2', '3', '4', '5'].map((d) => section(`x y${d}`, 'lead', 'health', 'zh', d));
    const latest = latestForReader(sections, reader, 'https://news.example.org');
    expect(latest.map((a) => a.url)).toEqual([
      'https://news.example.org/articles/x%20y5',
      'https://news.example.org/articles/x%20y4',
      'https://news.example.org/articles/x%20y3',
    ]);
  });

  it('is empty for a reader whose topics or languages match nothing', () => {
    expect(latestForReader([section('a', 'lead', 'health', 'en', '1')], reader, 'https://n.example')).toEqual(
      [],
    );
  });
});
