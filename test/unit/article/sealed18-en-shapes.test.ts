// Session 11, sealed18 opened (English): minutes' sign-off, draft status and posted date; a show and its host on one
// line, a transcript's availability and a plea for reviews; a book review's reviewer, shop link and comment prompt; a
// court's related judgments and its copyright; metadata with its small print after it; a print note with the
// printed headline; a `·` row of the page's links. New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseDate } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('minutes (sealed18)', () => {
  const minutes = [
    'VILLAGE OF ESKDALE',
    '',
    '# Board of Trustees Meeting Minutes — October 6, 2026',
    '',
    '*DRAFT — subject to approval by the Board at its next regular meeting*',
    '',
    '## 1. Call to order',
    '',
    'President Ana Ruiz called the meeting to order at 7:00 p.m.',
    '',
    '## 2. Adjournment',
    '',
    'The meeting adjourned at 8:15 p.m.',
    '',
    'Respectfully submitted,',
    'Hal Brenner, Village Clerk',
    '',
    'Minutes are not a verbatim record.',
    '',
    'Page 1 of 2 · Posted to Document Center 10/14/2026',
  ];

  it('reads the sign-off as the byline, the draft line as furniture and the posted date as the date', () => {
    const a = articleOf(minutes);
    expect(a.byline?.names).toEqual(['Hal Brenner']);
    expect(a.meta?.published).toBe('2026-10-14');
    const body = bodyOf(a);
    for (const gone of ['DRAFT', 'Respectfully submitted', 'Hal Brenner', 'verbatim', 'Page 1 of 2'])
      expect(body).not.toContain(gone);
    expect(body).toContain('The meeting adjourned at 8:15 p.m.');
  });

  it('reads a numeric date only when it cannot be read two ways', () => {
    expect(parseDate('Posted 10/14/2026')).toBe('2026-10-14');
    expect(parseDate('Posted 14/10/2026')).toBe('2026-10-14');
    expect(parseDate('Posted 03/04/2026')).toBeUndefined();
  });
});

describe('shows, reviews, courts (sealed18)', () => {
  it('reads a show and its host on one line, and lifts the transcript note and the plea for reviews', () => {
    expect(furnitureLine('Shop Floor Weekly, hosted by Rosa Inglis and Tom Vey')).toMatchObject({
      kind: 'meta',
      meta: { source: 'Shop Floor Weekly' },
      byline: { names: ['Rosa Inglis', 'Tom Vey'] },
    });
    expect(
      furnitureLine(
        'Transcript: An edited transcript of this episode is available for members. Transcripts may contain errors.',
      )?.kind,
    ).toBe('furniture');
    expect(
      furnitureLine('Enjoying Shop Floor Weekly? Give us a 5-star rating so other listeners find the show.')
        ?.kind,
    ).toBe('furniture');
    expect(furnitureLine('Enjoying the warm spell? Forecasters expect rain by Thursday.')).toBeUndefined();
  });

  it('takes a book review’s reviewer as its byline only when no byline comes first', () => {
    const review = articleOf([
      '# The long apprenticeship',
      '',
      'Reviewed by Ines Calder',
      '',
      'A history of how trades teach argues that software is removing the easy work beginners learn on.',
      '',
      'To buy a copy for £18.70, go to our bookshop. Delivery charges may apply.',
      '',
      'The book opens in a print shop in 1890.',
      '',
      'Join the conversation – log in or register to comment.',
    ]);
    expect(review.byline?.names).toEqual(['Ines Calder']);
    expect(bodyOf(review)).not.toMatch(/bookshop|Delivery charges|Join the conversation/);
    const explainer = articleOf([
      '# What the grants cover',
      '',
      'By Noor Haddad',
      '',
      'Reviewed by Lev Ostrov',
      '',
      'The grants cover part of the cost of renting computing power.',
    ]);
    expect(explainer.byline?.names).toEqual(['Noor Haddad']);
  });

  it('lifts a court page’s related judgments and its copyright line', () => {
    const a = articleOf([
      '# Hospital liable for unchecked triage software, court rules',
      '',
      'The court found that the trust had not checked the software before using it.',
      '',
      '**Related judgments**',
      '',
      '- Holt v Riverside Health Trust [2024] VLHC 88',
      '- Re Clinical Software Standards 2022, guidance note',
      '',
      '© Courts Service of Veland. Content available under the Open Justice Licence.',
    ]);
    expect(bodyOf(a)).not.toMatch(/Holt v Riverside|Clinical Software Standards|Courts Service/);
    expect(furnitureLine('The court ruled that © notices on the page were not enough.')).toBeUndefined();
  });
});

describe('small print and page rows (sealed18)', () => {
  it('reads metadata with the page’s small print after it as the metadata', () => {
    expect(
      furnitureLine('Transcript provided by Quayside Transcripts. This transcript may not be 100% accurate.'),
    ).toMatchObject({ kind: 'meta', meta: { source: 'Quayside Transcripts' } });
    expect(
      furnitureLine('Transcript provided by Quayside Transcripts. The chief executive then took questions.'),
    ).toBeUndefined();
  });

  it('reads a print note with the printed headline after the paper', () => {
    expect(
      furnitureLine(
        'A version of this article appears in print on Oct. 3, 2026, Section A, Page 14 of the Harlow Evening Star with the headline: Tomas Brill, 77, Who Taught Looms to Count.',
      ),
    ).toMatchObject({ kind: 'meta', meta: { source: 'Harlow Evening Star' } });
  });

  it('lifts a `·` row when every part of it is the page’s', () => {
    expect(furnitureLine('Copy link · Edit this page on GitHub')?.kind).toBe('furniture');
    expect(furnitureLine('Copy link · The model now answers in 40 languages.')).toBeUndefined();
  });
});
