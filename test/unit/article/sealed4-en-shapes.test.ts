// English shapes the opened sealed4 half showed (issue 11 §2), on new text written for these tests (placeholder
// names): citation lines, hashtag rows, labelled counters, a press wire's frame (`NEWS PROVIDED BY` over the issuer,
// `SOURCE …`, its promotion, a date with a comma after the month), an inline media contact, a paywall's two
// sentences, buttons in a row with a byline's shape, titles and company names that are not a person's name, a job
// title with a tagline after a bar, a desk after the role in a byline, a picture desk's link after a credit, an
// italic caption under its picture, and `### Related news` over other stories.
import { describe, expect, it } from 'vitest';
import {
  bareEnglishName,
  furnitureLine,
  isAuthorTitleLine,
  parseBylineLine,
} from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('furniture lines', () => {
  it.each([
    ['Cite this report: Roe, J. (2026). Cranes and ports. Elwyn Institute.', 'citation'],
    ['#PortSafety #Logistics #AI', 'hashtags'],
    ['12 Comments', 'counters'],
    ["WANT YOUR COMPANY'S NEWS FEATURED ON PRESSWIRE.EXAMPLE?", 'press wire furniture'],
    ['Media contact: Ivo Marsh, press@elwynport.example', 'contact line'],
    [
      'This article is for subscribers only. Subscribe to Port Weekly Pro to keep reading.',
      'share, sign-up or navigation line',
    ],
    ['Start Writing · Get the app', 'links or counters'],
  ])('“%s” is %s', (line, what) => {
    expect(furnitureLine(line)?.what).toBe(what);
  });

  it('reads the issuer of `SOURCE …` and a date with a comma after the month', () => {
    expect(furnitureLine('SOURCE Elwyn Port Ltd.')).toMatchObject({ meta: { source: 'Elwyn Port Ltd.' } });
    expect(furnitureLine('04 Oct, 2026, 07:00 GMT')).toMatchObject({ meta: { published: '2026-10-04' } });
  });

  it.each([
    '#1 in the league for the third year, the port said.',
    '12 comments were filed before the deadline.',
    'Source of the delay was a broken crane.',
    'Jane Roe | Reuters',
  ])('“%s” is not that furniture', (line) => {
    expect(['citation', 'hashtags', 'counters', 'source line', 'links or counters']).not.toContain(
      furnitureLine(line)?.what,
    );
  });
});

describe('names', () => {
  it('takes titles off names and no company for a person', () => {
    expect(bareEnglishName('Dr. Rhea Tolland')).toBe('Rhea Tolland');
    expect(bareEnglishName('Elwyn Port Ltd.')).toBeUndefined();
    expect(parseBylineLine('By Prof. Rhea Tolland')?.byline.names).toEqual(['Rhea Tolland']);
  });

  it('keeps the desk after the role out of a byline’s names', () => {
    expect(parseBylineLine('By Rhea Tolland, Senior Editor, Logistics')?.byline.names).toEqual([
      'Rhea Tolland',
    ]);
    expect(parseBylineLine('By Rhea Tolland, Ivo Marsh')?.byline.names).toEqual([
      'Rhea Tolland',
      'Ivo Marsh',
    ]);
  });

  it('reads a job title with a tagline after the bar', () => {
    expect(isAuthorTitleLine('Head of Operations at Elwyn Port | Cranes, ships, people')).toBe(true);
  });
});

describe('whole pages', () => {
  it('lifts a press wire’s frame and names the issuer as the source', () => {
    const a = articleOf([
      '# Elwyn Port opens a second terminal',
      '',
      'NEWS PROVIDED BY',
      '',
      'Elwyn Port Ltd.',
      '',
      '04 Oct, 2026, 07:00 GMT',
      '',
      'ELWYN, Northmark, October 4, 2026 /Harbourwire/ -- Elwyn Port opened its second terminal today.',
      '',
      'SOURCE Elwyn Port Ltd.',
    ]);
    expect(a.byline).toBeUndefined();
    expect(a.meta).toMatchObject({ source: 'Elwyn Port Ltd.', published: '2026-10-04' });
    expect(bodyOf(a)).toBe('Elwyn Port opened its second terminal today.');
  });

  it('takes an italic line under a picture for its caption, and a desk link off a credit', () => {
    const a = articleOf([
      '# Elwyn Port opens a second terminal',
      '',
      '![Cranes](https://img.example/c.jpg)',
      '',
      '*Dock workers guide the first container onto the new quay.*',
      '',
      'Elwyn Port opened its second terminal today.',
      '',
      'A crane at the new quay, October 4, 2026. HARBOURWIRE/Ivo Marsh/File Photo Purchase Licensing Rights',
      '',
      'The terminal doubles the port’s capacity.',
    ]);
    expect(a.figures.map((f) => f.caption)).toEqual([
      'Dock workers guide the first container onto the new quay.',
      'A crane at the new quay, October 4, 2026.',
    ]);
    expect(bodyOf(a)).not.toMatch(/Licensing|Dock workers/);
  });

  it('lifts the stories under a `### Related news` heading', () => {
    const a = articleOf([
      '# Elwyn Port opens a second terminal',
      '',
      'Elwyn Port opened its second terminal today.',
      '',
      '### Related news',
      '',
      '- Harbour board picks a crane supplier',
      '- Ferry fares frozen until April',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Elwyn Port opens a second terminal']);
    expect(bodyOf(a)).toBe('Elwyn Port opened its second terminal today.');
  });
});
