// Session 10, sealed16 opened (English): a `## Timeline` over prose is a section, a related-insights list, a meeting
// page's link bar, a picture's caption and credit under it (a PR wire's, an archive's), a show's transcript note, an
// earnings call's provider and disclaimer, a live page's writers with where they filed from. New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('sections, lists and bars (sealed16)', () => {
  it('keeps `## Timeline` over prose as a section, and lifts a related-insights list', () => {
    const a = articleOf([
      '# What the audit act asks of deployers',
      '',
      '## Who is covered',
      '',
      'Lenders and landlords that use automated decisions are covered.',
      '',
      '## Timeline',
      '',
      'Impact assessments are due from January 2027; logging duties follow in July.',
      '',
      'Related insights',
      '',
      '- The regulator’s first fine: what it tells us',
      '- Buying AI for a council: a checklist',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Who is covered', 'Timeline']);
    expect(bodyOf(a)).not.toContain('first fine');
  });

  it('lifts a meeting page’s bar of links when every part is the page’s', () => {
    expect(
      furnitureLine(
        'Video of this meeting is available on the Council’s channel. | Printer-friendly version | Subscribe to agenda notifications',
      )?.kind,
    ).toBe('furniture');
    expect(furnitureLine('The motion passed 5-2. | Councillor Ruud voted against.')?.what).not.toBe(
      'share, sign-up or navigation line',
    );
  });
});

describe('pictures, transcripts and bylines (sealed16)', () => {
  it('gives a caption and credit under a picture to that picture, not a second figure', () => {
    const a = articleOf([
      '# Lab pairs with hospital group on kidney model',
      '',
      '![Chemists at the lab](https://example.test/lab.jpg)',
      '',
      'Chemists review compound plates at the lab in Calderport. (PRNewsfoto/Veyra Bio, Inc.)',
      '',
      'The company said the model would shorten early drug discovery.',
    ]);
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({
      caption: 'Chemists review compound plates at the lab in Calderport.',
      credit: 'PRNewsfoto/Veyra Bio, Inc.',
    });
    const b = articleOf([
      '# Ada Quint, who taught machines to read postcodes, dies at 80',
      '',
      '![Ada Quint in 1991.](https://example.test/quint.jpg)',
      '',
      'Ada Quint in 1991. She kept a drawer of misread envelopes.',
      'Orlund University Archives',
      '',
      'Ada Quint, a computer scientist, died on March 2 at her home. She was 80.',
    ]);
    expect(b.figures).toHaveLength(1);
    expect(b.figures[0]!.credit).toBe('Orlund University Archives');
    expect(bodyOf(b)).not.toContain('misread envelopes');
  });

  it('reads a transcript’s provider and date, and lifts its disclaimers', () => {
    expect(
      furnitureLine('Transcript provided by Quayline Transcripts · Oct 2, 2026, 6:45 p.m. ET'),
    ).toMatchObject({
      kind: 'meta',
      meta: { source: 'Quayline Transcripts', published: '2026-10-02' },
    });
    for (const line of [
      'This article is a transcript of this conference call produced for Quayline. While we aim for accuracy, there may be errors or omissions in this transcript. See our disclosure policy.',
      'Transcripts are generated automatically and may contain errors.',
    ])
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
  });

  it('reads writers with where they filed from, and not a phrase that only looks like it', () => {
    expect(parseBylineLine('Mara Quill and Teo Hask in Port Arvel')?.byline.names).toEqual([
      'Mara Quill',
      'Teo Hask',
    ]);
    expect(parseBylineLine('By Mara Quill and Teo Hask in Port Arvel')?.byline.names).toEqual([
      'Mara Quill',
      'Teo Hask',
    ]);
    expect(parseBylineLine('Robots and Workers in Harlow')).toBeUndefined();
  });
});
