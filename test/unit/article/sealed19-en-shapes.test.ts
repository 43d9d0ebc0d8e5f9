// Session 12, sealed19 opened (English): a printed page's header with its page count between the halves of a
// sentence; minutes signed off by an office; a transcript's `## Call participants` part; a picture with its caption
// and credit in the same paragraph, or its credit alone under the caption; an archive as a picture's credit. New text.
import { describe, expect, it } from 'vitest';
import { isCredit } from '../../../functions/core/article/furniture.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';
import { articleOf, bodyOf, paragraphsOf } from './articles.ts';

const rulesOnly = (lines: string[]) =>
  parseArticle(lines.join('\n'), { file: 'f.md', pageLines: null }).article as Article;

describe('a printed page header once, its page count last', () => {
  const minutes = (header: string) => [
    '# Harlow Parish Council — minutes of 3 March 2027',
    '',
    '## Item 4: Speed cameras',
    '',
    'After a long discussion of the costs, which the clerk put at £9,000 a year, the council resolved by six votes to',
    '',
    header,
    '',
    'two to ask the county for a trial on Mill Lane before the summer.',
    '',
    'The meeting closed at 9.05pm.',
  ];

  it.each([
    'Harlow Parish Council — Minutes, 3 March 2027 — Page 2 of 4',
    'Harlow PC · Council Minutes 03/03/2027 · Page 2 of 4',
    'Minutes of the council | Page 2',
  ])('is lifted and the sentence it cut is joined: %s', (header) => {
    const a = articleOf(minutes(header));
    expect(bodyOf(a)).not.toContain('Page 2');
    expect(paragraphsOf(a)).toContain(
      'After a long discussion of the costs, which the clerk put at £9,000 a year, the council resolved by six votes to two to ask the county for a trial on Mill Lane before the summer.',
    );
  });

  it('a sentence that names a page stays', () => {
    const a = articleOf([
      '# Report',
      '',
      'The figures are in the annex.',
      '',
      'The full budget is set out in the annex — page 2 of 4.',
    ]);
    expect(bodyOf(a)).toContain('The full budget is set out in the annex — page 2 of 4.');
  });
});

describe('minutes signed off by an office', () => {
  it('lifts the sign-off and names no one', () => {
    const a = articleOf([
      '# Minutes of the Library Board',
      '',
      '## 1. Opening',
      '',
      'The chair opened the meeting at 6 p.m.',
      '',
      '## 2. Close',
      '',
      'The meeting closed at 7.40 p.m.',
      '',
      'Prepared by the Planning Department staff',
    ]);
    expect(bodyOf(a)).not.toContain('Prepared by');
    expect(a.byline).toBeUndefined();
  });

  it('keeps a sentence about what an office prepared', () => {
    const a = articleOf([
      '# Minutes',
      '',
      'The chair opened the meeting.',
      '',
      'Prepared by the finance office, the report was approved without debate.',
    ]);
    expect(bodyOf(a)).toContain('Prepared by the finance office, the report was approved without debate.');
  });
});

describe("a transcript's participants part", () => {
  // The rules keep the list; the learned model may still take a name-and-post line for a page's (page-line-model).
  it('keeps `## Call participants` as a section with its names (the rules)', () => {
    const a = rulesOnly([
      '# Orrin Robotics Q2 2027 earnings call',
      '',
      '## Prepared remarks',
      '',
      '**Lena Hart** -- Chief Executive Officer',
      '',
      'Thank you all for joining us today.',
      '',
      '## Call participants',
      '',
      'Lena Hart -- Chief Executive Officer',
      '',
      'Owen Pike -- Analyst, Brenna Capital',
    ]);
    expect(a.sections.map((s) => s.heading)).toContain('Call participants');
    expect(bodyOf(a)).toContain('Owen Pike -- Analyst, Brenna Capital');
  });
});

describe('a picture, its caption and its credit', () => {
  it('reads the caption and the credit on the line under the picture, in the same paragraph', () => {
    const a = articleOf([
      '# Tomas Berg, who built the first warehouse robots, dies at 88',
      '',
      '![Tomas Berg at his workbench in 1979](berg.jpg)',
      '*Tomas Berg at his workbench in 1979, with the first prototype of his picking arm.* Herald archive',
      '',
      'Tomas Berg, an engineer whose robots moved parcels for half the continent, died on Monday. He was 88.',
    ]);
    expect(a.figures).toMatchObject([
      {
        caption: 'Tomas Berg at his workbench in 1979, with the first prototype of his picking arm.',
        credit: 'Herald archive',
        image: 'berg.jpg',
      },
    ]);
    expect(bodyOf(a)).not.toContain('workbench');
  });

  it('takes a credit standing alone under the caption for the picture, not for the standfirst', () => {
    const a = articleOf([
      '# Ana Lee, who taught machines to read X-rays, dies at 80',
      '',
      'Her scans changed how hospitals read chest films.',
      '',
      'By Tom Reed',
      'Published October 1, 2026',
      '',
      '![Ana Lee at work](lee.jpg)',
      '',
      '*Ana Lee in her laboratory in 1992, with the first scanner she built.*',
      '',
      'Courtesy of the Lee family',
      '',
      'Ana Lee, a radiologist and engineer, died on Friday. She was 80.',
    ]);
    expect(a.figures).toMatchObject([
      {
        caption: 'Ana Lee in her laboratory in 1992, with the first scanner she built.',
        credit: 'Courtesy of the Lee family',
        image: 'lee.jpg',
      },
    ]);
    expect(bodyOf(a)).not.toContain('Courtesy');
  });

  it('reads an archive or a collection as a credit, not any words before "archive"', () => {
    expect(isCredit('Herald archive')).toBe(true);
    expect(isCredit('The Hallam Museum collection')).toBe(true);
    expect(isCredit('the city archive')).toBe(false);
    expect(isCredit('She visited the archive')).toBe(false);
  });
});
