// English page shapes from blog, newsletter, social-network and news-site exports (issue 11 §2), written for
// these tests with placeholder names: a credit printed above its picture, paywall and older/newer navigation,
// bare counters and issue numbers under a newsletter's title, an author's name with the date or the job title
// in the next block, buttons exported as words or list items, a kicker over the byline, a name and job on one
// line, and the topic list under `Explore more on these topics`.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

const parse = articleOf;
const body = bodyOf;

describe('furniture lines of blogs, newsletters and social posts', () => {
  it.each([
    ['You have 2 free articles left this month.', 'share, sign-up or navigation line'],
    ['Already a subscriber? Log in', 'share, sign-up or navigation line'],
    ['« Older post   Newer post »', 'share, sign-up or navigation line'],
    ['Previous article | Next article', 'share, sign-up or navigation line'],
    ['12', 'counters'],
    ['1.2K', 'counters'],
    ['Issue #42', 'issue number'],
    ['Vol. 3, Issue 7', 'issue number'],
    ['+ Follow', 'page links'],
    ['Like', 'page links'],
    ['Report this article', 'page links'],
    ['Reuse this content', 'page links'],
    ['Thanks for reading Port Notes! Subscribe for free to receive new posts.', 'newsletter furniture'],
    ['Leave a comment', 'newsletter furniture'],
  ])('“%s” is %s', (line, what) => {
    expect(furnitureLine(line)?.what).toBe(what);
  });

  it.each([
    'You have to wonder why the ferry is late.',
    '1,200 dock workers signed the letter.',
    'Issue 42 of the council’s agenda was the ferry.',
    'Like the harbour, the rail yard is full.',
    'Next, the board will pick a supplier.',
  ])('“%s” stays body text', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });

  it('reads a name and a job set on one line as a byline', () => {
    expect(parseBylineLine('Rhea Tolland Transport correspondent')?.byline.names).toEqual(['Rhea Tolland']);
    expect(parseBylineLine('The harbour correspondent')).toBeUndefined();
  });
});

describe('whole exports', () => {
  it('gives a credit printed above a picture to that picture', () => {
    const a = parse([
      '# Elwyn Port opens a second terminal',
      '',
      'Photo: Ivo Marsh/Harbour Post',
      '',
      '![Cranes at the new terminal](https://img.example/c.jpg)',
      '',
      'Elwyn Port opened its second container terminal on Tuesday.',
    ]);
    expect(a.figures).toEqual([
      expect.objectContaining({
        caption: 'Cranes at the new terminal',
        credit: 'Photo: Ivo Marsh/Harbour Post',
      }),
    ]);
  });

  it('lifts a newsletter’s issue heading, author, date and counters, and keeps its items', () => {
    const a = parse([
      '# Port notes: two cranes and a ferry',
      '',
      '### Issue #7',
      '',
      'Rhea Tolland',
      '',
      'Oct 4, 2026',
      '',
      '12',
      '',
      'Share',
      '',
      'Welcome back to Port Notes. This week the board leased two cranes.',
      '',
      '## Business',
      '',
      '**Crane lease signed** The board leased two cranes for the winter.',
      '',
      '**Ferry fares frozen** Fares stay at this year’s level until April.',
    ]);
    expect(a.byline?.names).toEqual(['Rhea Tolland']);
    expect(a.meta?.published).toBe('2026-10-04');
    expect(a.lead.paragraphs.map((p) => p.text)).toEqual([
      'Welcome back to Port Notes. This week the board leased two cranes.',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Crane lease signed', 'Ferry fares frozen']);
  });

  it('lifts a social post’s author, job title and buttons', () => {
    const a = parse([
      '# Why our port stopped buying pilots',
      '',
      'Rhea Tolland',
      '',
      'Head of Operations at Elwyn Port',
      '',
      'Published Oct 4, 2026',
      '',
      '+ Follow',
      '',
      'Last year our port ran eleven software pilots. This year we run two.',
      '',
      'Report this article',
    ]);
    expect(a.byline?.names).toEqual(['Rhea Tolland']);
    expect(body(a)).toBe('Last year our port ran eleven software pilots. This year we run two.');
  });

  it('lifts a news site’s kicker, byline and topic list', () => {
    const a = parse([
      '# Ministers back new cranes for small ports',
      '',
      'Transport',
      '',
      'Rhea Tolland Transport correspondent',
      '',
      'Ministers will fund new cranes for 40 small ports from April, the transport secretary said on Tuesday.',
      '',
      'Explore more on these topics',
      '',
      'Transport',
      'Ports',
      '',
      'Reuse this content',
    ]);
    expect(a.byline?.names).toEqual(['Rhea Tolland']);
    expect(body(a)).toBe(
      'Ministers will fund new cranes for 40 small ports from April, the transport secretary said on Tuesday.',
    );
  });

  it('keeps a short first line that no byline follows', () => {
    const a = parse([
      '# Ministers back new cranes for small ports',
      '',
      'Good news',
      '',
      'Ministers will fund new cranes for 40 small ports from April.',
    ]);
    expect(body(a)).toContain('Good news');
  });
});
