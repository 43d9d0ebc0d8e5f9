// Session 8, sealed9 opened (English): bylines with a job, a bureau or an issue number beside them; a live page's
// kicker and time stamp; an explainer's contents; reader-funded appeals; an op-ed bio that ends on the paper's
// disclaimer; a podcast's header, hosts and labelled credits; bracketed sponsor labels; print-edition notes and the
// prompts of live blogs and letters pages. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import { furnitureLine, furnitureList, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('bylines with more beside them', () => {
  it('reads the name and the date past a job, a bureau or an issue number', () => {
    expect(parseBylineLine('Ana Ruiz, Director of Research · 2 May 2026 · 6 min read')).toMatchObject({
      byline: { names: ['Ana Ruiz'] },
      meta: { published: '2026-05-02' },
    });
    expect(parseBylineLine('By Tom Hale and Lin Park, Washington Bureau')?.byline.names).toEqual([
      'Tom Hale',
      'Lin Park',
    ]);
    expect(
      parseBylineLine('Interview by Ana Ruiz | Issue 7, Autumn 2026 | Published 3 October 2026'),
    ).toMatchObject({ byline: { names: ['Ana Ruiz'] }, meta: { published: '2026-10-03' } });
  });

  it('takes a live page’s kicker for no one, and dates the page by its stamp', () => {
    expect(parseBylineLine('LIVE · Updated 9:12 a.m. ET, June 3, 2026')).toBeUndefined();
    expect(furnitureLine('LIVE · Updated 9:12 a.m. ET, June 3, 2026')).toMatchObject({
      kind: 'meta',
      meta: { published: '2026-06-03' },
    });
  });

  it('reads a show’s hosts as its byline and its header as its date', () => {
    expect(furnitureLine('Hosted by Ada Obi and Sam Veer')).toMatchObject({
      what: 'byline',
      byline: { names: ['Ada Obi', 'Sam Veer'] },
    });
    expect(furnitureLine('Night Desk · 4 June 2026 · 38 min')).toMatchObject({
      meta: { published: '2026-06-04' },
    });
  });
});

describe('lines around an explainer, an op-ed and a podcast', () => {
  it('lifts an explainer’s contents and keeps its sections', () => {
    const a = articleOf([
      '# Grid connections, explained',
      '',
      '**In this explainer**',
      '',
      '- Who decides?',
      '- How long does it take?',
      '',
      'Data centres queue for years before the grid can take them.',
      '',
      '## Who decides?',
      '',
      'The network operator does, under rules the regulator sets.',
    ]);
    expect(bodyOf(a)).not.toContain('In this explainer');
    expect(a.sections.map((s) => s.heading)).toEqual(['Who decides?']);
    expect(furnitureList('Table of contents')?.header).toBe('contents');
    // A section named like a contents line stays a section heading (a show's "In this episode").
    expect(furnitureList('In this episode')).toBeUndefined();
  });

  it('lifts an op-ed bio that ends on the disclaimer, and the letters prompt', () => {
    const found = furnitureLine(
      'Ana Ruiz is a senior fellow at the Harbour Institute and a former city planner. The views expressed here are her own.',
    );
    expect(found).toMatchObject({ what: 'author bio', byline: { names: ['Ana Ruiz'] } });
    expect(furnitureLine('Have an opinion on this topic? Submit a letter to the editor.')?.kind).toBe(
      'furniture',
    );
  });

  it('lifts labelled credits, podcast appeals, member transcripts and reader-funded appeals', () => {
    expect(furnitureLine('Credits: Produced by Lin Park. Edited by Sam Veer. Music by Low Tide.')?.kind).toBe(
      'furniture',
    );
    expect(furnitureLine('Credits: Our guest this week was Lin Park.')).toBeUndefined();
    for (const line of [
      'Subscribe wherever you get your podcasts, and leave us a rating if you liked the show.',
      'Full transcript available to members.',
      'The Night Desk is funded by listeners.',
      'Refresh for the latest updates',
      'This interview appears in the Winter 2026 print edition of Port Review.',
      '[Sponsored] Halve your waiting list with ScanQueue. Learn more',
    ]) {
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
    }
  });
});
