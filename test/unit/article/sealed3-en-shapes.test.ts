// English shapes the opened sealed3 half showed (issue 11 §2), each on new text written for these tests
// (placeholder names): lists the page adds under a header (other stories' headlines under `Read more:`, a press
// office's contact block), a press release's slug line, dated datelines in day-month order and release wires,
// the credit inside an image's alt text, a report page's foot (download link, feedback prompt, licence),
// bracketed share buttons, a newsletter's `Compiled by` byline and forward/subscribe calls, a brief part with one
// item, an interview whose speakers answer in every part, an op-ed's signed author line, and a provenance line
// followed by another sentence.
import { describe, expect, it } from 'vitest';
import {
  findDateline,
  furnitureLine,
  furnitureList,
  headlineShaped,
} from '../../../functions/core/article/furniture.ts';
import { bodyOf, parseLines } from './articles.ts';

const parse = parseLines;
const body = bodyOf;

describe('lists the page adds under a header', () => {
  it.each(['Read more:', 'Related stories', '■ 相关阅读', '延伸阅读：', 'More on this story'])(
    '“%s” heads a list of other stories',
    (line) => {
      expect(furnitureList(line)?.header).toBe('related links');
    },
  );

  it.each(['Media contact:', 'Press enquiries:', '媒体联系：'])('“%s” heads a contact block', (line) => {
    expect(furnitureList(line)?.header).toBe('contact block');
  });

  it.each(['Read more about the plan in our explainer.', 'Related work began in March.', 'Contact'])(
    '“%s” heads nothing',
    (line) => {
      expect(furnitureList(line)).toBeUndefined();
    },
  );

  it('knows a headline from a sentence', () => {
    expect(headlineShaped('Harbour board picks a crane supplier')).toBe(true);
    expect(headlineShaped('Will the ferry run in winter?')).toBe(true);
    expect(headlineShaped('港区智能闸口上线，通关提速三成')).toBe(true);
    expect(headlineShaped('The board said the cranes would arrive in May.')).toBe(false);
    expect(headlineShaped('港务局表示，新闸口将于五月启用。')).toBe(false);
  });

  it('lifts the headlines under `Read more:` and keeps the story’s next paragraph', () => {
    const { article } = parse([
      '# Harbour board leases two cranes',
      '',
      'The harbour board will lease two cranes for the winter season, its chair said on Monday.',
      '',
      'Read more:',
      'Harbour board picks a crane supplier',
      'Why the ferry timetable keeps slipping',
      '',
      'The lease runs for six months and can be extended once.',
    ]);
    expect(body(article!)).not.toContain('crane supplier');
    expect(body(article!)).not.toContain('Read more');
    expect(body(article!)).toContain('The lease runs for six months');
  });

  it('lifts a press office’s contact block, line by line', () => {
    const { article } = parse([
      '# Elwyn Port opens a second terminal',
      '',
      'Elwyn Port opened its second container terminal on Tuesday, doubling its capacity.',
      '',
      'Media contact:',
      'Ivo Marsh, Press Officer',
      'press@elwynport.example | +44 161 555 0100',
    ]);
    expect(body(article!)).not.toMatch(/Ivo Marsh|press@|Media contact/);
    expect(body(article!)).toContain('doubling its capacity');
  });
});

describe('press releases and datelines', () => {
  it.each(['FOR IMMEDIATE RELEASE', 'Embargoed until 00:01 BST, 3 June', 'NEWS RELEASE'])(
    '“%s” is a slug line',
    (line) => {
      expect(furnitureLine(line)?.what).toBe('press release slug');
    },
  );

  it('dates a dateline in day-month order, and names a release wire between slashes', () => {
    expect(findDateline('ELWYN, Northmark, 4 October 2026 — The port said')?.meta).toEqual({
      published: '2026-10-04',
    });
    expect(findDateline('ELWYN, October 4, 2026 /Harbourwire/ -- The port said')?.meta).toEqual({
      published: '2026-10-04',
      source: 'Harbourwire',
    });
  });

  it('takes a bare `###` at the end for an end mark, not a section', () => {
    const { article } = parse([
      '# Elwyn Port opens a second terminal',
      '',
      'Elwyn Port opened its second container terminal on Tuesday.',
      '',
      '###',
    ]);
    expect(article!.sections.map((s) => s.heading)).toEqual(['Elwyn Port opens a second terminal']);
  });

  it('splits the credit out of an image’s alt text', () => {
    const { article } = parse([
      '# Elwyn Port opens a second terminal',
      '',
      '![A crane lifts a container at the new terminal on Tuesday. (Harbourwire Photo/Ivo Marsh)](https://img.example/c.jpg)',
      '',
      'Elwyn Port opened its second container terminal on Tuesday.',
    ]);
    expect(article!.figures[0]).toMatchObject({
      caption: 'A crane lifts a container at the new terminal on Tuesday.',
      credit: 'Harbourwire Photo/Ivo Marsh',
    });
  });
});

describe('a report page’s foot and a newsletter’s furniture', () => {
  it.each([
    ['Download the full report (PDF, 1.1 MB)', 'download link'],
    ['Download the data', 'download link'],
    ['Was this page useful? Yes | No', 'feedback prompt'],
    ['Did you find this helpful?', 'feedback prompt'],
    ['Contents of this page are available under the Northmark Open Licence.', 'licence line'],
    ['Licensed under CC BY 4.0', 'licence line'],
    ['[Share on X] [Share on LinkedIn] [Email this]', 'share links'],
    ['Enjoyed this issue? Forward it to a colleague.', 'newsletter furniture'],
    ['Guest essay', 'section label'],
    ['Opinion | Energy', 'section label'],
  ])('“%s” is %s', (line, what) => {
    expect(furnitureLine(line)?.what).toBe(what);
  });

  it.each([
    'Download speeds in the valley doubled last year.',
    'Was this the right call? The council thinks so.',
    'The licence was under review for a year.',
    '[Read the council minutes] for the full vote.',
  ])('“%s” stays body text', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });

  it('reads `Compiled by … | date` as a byline and a date', () => {
    expect(furnitureLine('Compiled by Rhea Tolland and Ivo Marsh | 4 October 2026')).toMatchObject({
      meta: { published: '2026-10-04' },
      byline: { names: ['Rhea Tolland', 'Ivo Marsh'] },
    });
  });

  it('cuts a provenance line’s source at its sentence end', () => {
    expect(
      furnitureLine('This article first appeared in The Elwyn Ledger. Republished with permission.'),
    ).toMatchObject({ meta: { source: 'The Elwyn Ledger' } });
  });
});

describe('brief items, interviews and signed op-eds', () => {
  it('makes a brief part holding one bold item an item, like its neighbours', () => {
    const { article } = parse([
      '# Port notes, week 40',
      '',
      '## Business',
      '',
      '**Crane lease signed** The board leased two cranes for the winter.',
      '',
      '**Ferry fares frozen** Fares stay at this year’s level until April.',
      '',
      '## Health',
      '',
      '**Clinic opens at the quay** A walk-in clinic now serves dock workers on night shifts.',
    ]);
    expect(article!.sections.map((s) => [s.heading, s.group])).toEqual([
      ['Crane lease signed', 'Business'],
      ['Ferry fares frozen', 'Business'],
      ['Clinic opens at the quay', 'Health'],
    ]);
  });

  it('keeps speakers who answer in every part as turns of an interview, not items', () => {
    const { article } = parse([
      '# “Cranes are the easy part”: Ivo Marsh on the new terminal',
      '',
      '## Why now?',
      '',
      '**Port Weekly:** Why build a second terminal now?',
      '',
      '**Marsh:** Because the ships got bigger and the old quay did not.',
      '',
      '## What next',
      '',
      '**PW:** What comes after the terminal?',
      '',
      '**Marsh:** A rail link, if the ministry pays for half of it.',
    ]);
    expect(article!.sections.map((s) => s.heading)).toEqual(['Why now?', 'What next']);
  });

  it('takes an op-ed’s signed author line as its byline and lifts it', () => {
    const { article } = parse([
      '# The port should plan for smaller ships',
      '',
      'Every port in the region is racing to build for the largest ships, and most will lose that race.',
      '',
      'Elwyn can do better by choosing the trade it is good at and building for that.',
      '',
      '— Rhea Tolland is a professor of maritime economics at Elwyn University and a former harbour pilot.',
    ]);
    expect(article!.byline?.names).toEqual(['Rhea Tolland']);
    expect(body(article!)).not.toContain('professor of maritime');
  });

  it('takes the front matter’s date as the published date', () => {
    const { article } = parse([
      '---',
      'date: 2026-10-04',
      '---',
      '# Elwyn Port opens a second terminal',
      '',
      'Elwyn Port opened its second container terminal on Tuesday.',
    ]);
    expect(article!.meta?.published).toBe('2026-10-04');
  });
});
