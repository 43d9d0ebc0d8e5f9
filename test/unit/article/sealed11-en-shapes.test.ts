// Session 9, sealed11 opened (English): a release whose `## ` parts are only its standing text; a live page's outlet
// and coverage byline, key events, toggles, sign-off and tags; a newsletter host's paywall; the page's owner in its
// copyright line as the fallback source; an outlet line with its section and kind of piece; a wire's surname-only
// location line. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import { furnitureLine, furnitureList, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a release with only standing text under its `## ` headings', () => {
  const release = [
    '# Orrin Labs and Tessel Freight sign order for 400 robots',
    '',
    'DUNMORE, April 2, 2026 /PRNewswire/ -- Orrin Labs Inc. today announced an order for 400 pallet robots.',
    '',
    'Deliveries start in June, the companies said.',
    '',
    '## About Orrin Labs',
    '',
    'Orrin Labs Inc. builds mobile robots for warehouses.',
    '',
    '## Forward-Looking Statements',
    '',
    'This press release contains forward-looking statements.',
  ];

  it('makes the news above them the article’s first section, titled by the article', () => {
    const a = articleOf(release);
    expect(a.sections.map((s) => s.heading)).toEqual([
      'Orrin Labs and Tessel Freight sign order for 400 robots',
      'About Orrin Labs',
      'Forward-Looking Statements',
    ]);
    expect(a.sections[0]!.paragraphs.at(-1)?.text).toBe('Deliveries start in June, the companies said.');
  });

  it('leaves the lead alone when a part of the story has its own heading, or when it is no release', () => {
    const storied = articleOf([
      ...release.slice(0, 5),
      '## Deliveries',
      '',
      'They start in June.',
      '',
      ...release.slice(6),
    ]);
    expect(storied.sections[0]!.heading).toBe('Deliveries');
    const essay = articleOf([
      '# Why robots need technicians',
      '',
      'Every fleet needs people close by who can repair it.',
      '',
      '## About the author',
      '',
      'Jane Roe writes about logistics.',
    ]);
    expect(essay.sections.map((s) => s.heading)).toEqual(['About the author']);
  });
});

describe('a live page', () => {
  it('reads the outlet and who covers the page from one bar line', () => {
    expect(parseBylineLine('The Courier-Ledger | Live coverage by Nadia Pell and Hugo Stramm')).toMatchObject(
      {
        byline: { names: ['Nadia Pell', 'Hugo Stramm'] },
        meta: { source: 'The Courier-Ledger' },
      },
    );
    expect(parseBylineLine('Reuters | By Jane Roe')).toMatchObject({
      byline: { names: ['Jane Roe'] },
      meta: { source: 'Reuters' },
    });
  });

  it('lifts its key events, toggles, sign-off and tags', () => {
    const a = articleOf([
      '# Summit signs testing pact – as it happened',
      '',
      'By Jane Roe',
      '',
      '**Key events**',
      '',
      '- 2h ago Pact signed by 19 countries',
      '- 14:30 GMT — Protest outside the hall',
      '',
      'Show key events only',
      '',
      'Please turn on JavaScript in your browser to get the best experience.',
      '',
      '### 17:40 GMT — Pact signed',
      '',
      'Nineteen countries signed the pact on shared testing of the largest models.',
      '',
      "That's all from us today. Read our analysis of the pact here.",
      '',
      'Topics',
      '',
      '- Artificial intelligence',
      '- Technology policy',
    ]);
    const body = bodyOf(a);
    for (const gone of [
      'Key events',
      '2h ago',
      'Protest outside',
      'Show key events',
      'JavaScript',
      "That's all",
      'Technology policy',
    ])
      expect(body, gone).not.toContain(gone);
    expect(body).toContain('Nineteen countries signed the pact');
    expect(a.byline?.names).toEqual(['Jane Roe']);
  });

  it('keeps a list of points and sentences that share the words', () => {
    expect(furnitureList('Key points')).toBeUndefined();
    expect(furnitureLine("That's all the money the council has.")).toBeUndefined();
    expect(furnitureLine('Show the regulator what the model does.')).toBeUndefined();
    const tags = furnitureList('Topics');
    expect(tags?.fits('Artificial intelligence')).toBe(true);
    expect(tags?.fits('The council voted to keep the audit rules.')).toBe(false);
    expect(furnitureList('Most viewed')).toMatchObject({ header: 'related links' });
  });
});

describe('a newsletter host’s paywall, the page’s owner and a wire’s foot', () => {
  it('lifts the paid post’s marks', () => {
    for (const line of ['∙ Paid', 'This post is for paid subscribers', 'Already a paid subscriber? Sign in'])
      expect(furnitureLine(line), line).toBeDefined();
    expect(furnitureLine('This grant is for paid apprentices only.')).toBeUndefined();
  });

  it('names the copyright holder as the source only when nothing else does', () => {
    expect(furnitureLine('© 2026 Ardley University · Privacy · Accessibility')).toMatchObject({
      meta: { source: 'Ardley University' },
    });
    expect(furnitureLine('Copyright 2026 The Associated Press. All rights reserved.')).toMatchObject({
      meta: { source: 'Associated Press' },
    });
    expect(furnitureLine('© 2026 Jane Roe')).toMatchObject({ kind: 'furniture' });
    const owned = articleOf([
      '# A course for every first-year',
      '',
      'Every first-year now takes the course.',
      '',
      '© 2026 Ardley University',
    ]);
    expect(owned.meta?.source).toBe('Ardley University');
    const sourced = articleOf([
      '# A course for every first-year',
      '',
      'Source: Ardley Gazette',
      '',
      'Every first-year now takes the course.',
      '',
      '© 2026 Ardley University',
    ]);
    expect(sourced.meta?.source).toBe('Ardley Gazette');
  });

  it('reads an outlet line with its section and kind of piece, and a surname-only location line', () => {
    expect(furnitureLine('Robotics Trade Weekly | Automation | Interviews')).toMatchObject({
      meta: { source: 'Robotics Trade Weekly' },
    });
    expect(furnitureLine('Okafor reported from Port Linnet.')).toMatchObject({ what: 'reporter location' });
  });
});

describe('a government or an organisation’s news page, probed beyond the corpus', () => {
  it('reads who issued it and its release date, and lifts share buttons and the way back to the news', () => {
    expect(furnitureLine('Issued by the Department of Labour')).toMatchObject({
      meta: { source: 'The Department of Labour' },
    });
    expect(furnitureLine('FOR IMMEDIATE RELEASE: March 3, 2026')).toMatchObject({
      meta: { published: '2026-03-03' },
    });
    for (const line of ['Facebook', 'LinkedIn', 'X', '« Back to News', 'Back to all news', 'Next story'])
      expect(furnitureLine(line), line).toBeDefined();
    expect(furnitureList('In this section')).toMatchObject({ header: 'related links' });
    for (const text of [
      'Published by the ministry in 2024, the report found gaps.',
      'Published by Penguin in 2019',
      'Back to the drawing board',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });
});

describe('a post’s credits and a picture’s caption (sealed11, zh)', () => {
  it('reads `文字：…` then `图片：…` under the last paragraph as the post’s credits, not a caption', () => {
    const a = articleOf([
      '# 一门人工智能通识课的三年',
      '',
      '## 三年的变化',
      '',
      '教务处统计显示，这门课三年累计选课学生超过1.1万人次。今年起，学院还将把课程拓展到全部专业。',
      '',
      '文字：许清禾 苏棠',
      '',
      '图片：融媒体中心',
    ]);
    expect(a.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '教务处统计显示，这门课三年累计选课学生超过1.1万人次。今年起，学院还将把课程拓展到全部专业。',
    ]);
    expect(a.figures).toEqual([]);
  });

  it('gives a caption and credit line to the picture above it whose alt text says the same', () => {
    const a = articleOf([
      '# 实训课',
      '',
      '![学生在实训室完成课程项目](https://example.org/a.jpg)',
      '',
      '学生在实训室完成课程项目 | 图源：融媒体中心',
      '',
      '今年，学院新建了三间实训室，学生每周在其中上课两次。',
    ]);
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ caption: '学生在实训室完成课程项目', credit: '图源：融媒体中心' });
  });
});
