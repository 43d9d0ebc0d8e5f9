// Session 7, sealed7 opened (English): the page above the headline (a forwarded email's header, a path, a
// note to the reader); a share row with Save; reader appeals and video-player lines; a foot's legal notice and
// contact prompt; a byline with the writer's address or a reading time; `Published … | Updated …` stamps with
// times; a station's letters in a dateline; a government page's `From:` line; an italic author box; an amount
// that continues a sentence a heading cut. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

/** The metadata a page line gives, if it is a metadata line. */
const metaOf = (line: string) => {
  const found = furnitureLine(line);
  return found?.kind === 'meta' ? found.meta : undefined;
};

describe('the page above the headline', () => {
  it('lifts a forwarded email’s header and the forwarder’s note, and keeps the story under the headline', () => {
    const a = articleOf([
      'Worth a read before Thursday’s call, see the second item. —M',
      '',
      '---------- Forwarded message ---------',
      'From: Brook & Vale LLP <news@brookvale.example>',
      'Date: Wed, Jan 14, 2026 at 9:10 AM',
      'Subject: Employment Law Update — January 2026',
      '',
      '# Employment Law Update — January 2026',
      '',
      'Three changes this month matter for employers that screen applicants with software.',
      '',
      '## Notice duties',
      '',
      'Employers must now tell applicants before an automated tool scores their interview.',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('Forwarded message');
    expect(body).not.toContain('Subject:');
    expect(body).not.toContain('Worth a read');
    expect(a.title).toBe('Employment Law Update — January 2026');
    expect(body).toContain('Three changes this month matter');
    expect(a.meta?.published).toBe('2026-01-14');
  });

  it('keeps lines above the headline when the story’s text starts there (nothing is lifted on a guess)', () => {
    const a = articleOf([
      'The council met for six hours on Tuesday and approved the plan for the depot, which will open in spring.',
      '',
      '# Council approves depot plan',
      '',
      'The vote was 6-1.',
    ]);
    expect(bodyOf(a)).toContain('The council met for six hours');
  });
});

describe('page lines in new forms', () => {
  it('lifts a share row that ends in Save and Print', () => {
    expect(furnitureLine('Facebook Twitter WhatsApp SMS Email Print Save')?.kind).toBe('furniture');
    expect(furnitureLine('Share X LinkedIn Bookmark')?.kind).toBe('furniture');
  });

  it('lifts a reader appeal and a pointer to the video player', () => {
    for (const line of [
      'Support independent journalism',
      'Please support local news',
      'Become a member today',
      'Watch the full interview in the player above.',
      'See our report in the video player below',
    ])
      expect(furnitureLine(line)?.what, line).toBe('appeal or player line');
    expect(furnitureLine('Support for the plan fell to 41 per cent in the latest poll.')).toBeUndefined();
  });

  it('lifts a legal notice and a contact prompt at the foot, not a story’s sentence about advice', () => {
    const a = articleOf([
      '# Tax credits for training, explained',
      '',
      '## What changes',
      '',
      'From April, firms can claim back 20 per cent of what they spend on certified AI courses for staff.',
      '',
      'Questions? Email our employment team at any time.',
      '',
      'This briefing is provided for general information purposes only and does not constitute legal advice.',
      '',
      'Unsubscribe | Manage preferences',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('Questions?');
    expect(body).not.toContain('does not constitute legal advice');
    expect(body).toContain('firms can claim back 20 per cent');

    const story = articleOf([
      '# Chatbots and the law',
      '',
      'The court held that the chatbot’s answer does not constitute legal advice, because no lawyer reviewed it.',
      '',
      'The firm said it would appeal the ruling and review how its assistant answers tenants.',
    ]);
    expect(bodyOf(story)).toContain('does not constitute legal advice');
  });
});

describe('bylines and dates', () => {
  it('reads the names before the writer’s address and beside a reading time', () => {
    expect(parseBylineLine('By Maria Ocampo mocampo@valleyherald.example')?.byline.names).toEqual([
      'Maria Ocampo',
    ]);
    expect(parseBylineLine('By Maria Ocampo <mocampo@valleyherald.example>')?.byline.names).toEqual([
      'Maria Ocampo',
    ]);
    const posted = parseBylineLine('Posted by Tariq Bell on June 2, 2026 · 4 min read');
    expect(posted?.byline.names).toEqual(['Tariq Bell']);
    expect(posted?.meta.published).toBe('2026-06-02');
    // A posted-by line is the byline, not a bare date line that loses the name.
    const a = articleOf([
      '# What we learned at the robotics fair',
      '',
      'Posted by Tariq Bell on June 2, 2026',
      '',
      'We spent two days on the floor and talked to thirty integrators about cobot prices.',
    ]);
    expect(a.byline?.names).toEqual(['Tariq Bell']);
  });

  it('dates a story by its published stamp, not its update, with times and zones, in either order', () => {
    expect(metaOf('Published Apr. 7, 2026, 8:05 a.m. ET | Updated Apr. 8, 2026, 1:20 p.m. ET')).toEqual({
      published: '2026-04-07',
    });
    expect(metaOf('Updated 9 May 2026 | Published 8 May 2026')).toEqual({
      published: '2026-05-08',
    });
  });

  it('lifts a dateline with a station’s letters', () => {
    const a = articleOf([
      '# Hospital tests an AI triage tool',
      '',
      'MAPLE FALLS, Ore. (KXRT) — Nurses at the county hospital began testing a triage tool this week.',
      '',
      'The hospital said it would publish the results.',
    ]);
    expect(bodyOf(a)).not.toContain('KXRT');
    expect(bodyOf(a)).toContain('Nurses at the county hospital began testing');
  });

  it('takes a government page’s From line as the source, and an email sender without the address', () => {
    expect(metaOf('From: Office for Digital Standards')).toEqual({
      source: 'Office for Digital Standards',
    });
    expect(metaOf('From: Brook & Vale LLP <news@brookvale.example>')).toEqual({
      source: 'Brook & Vale LLP',
    });
    expect(furnitureLine('From: the start, the union objected to the plan.')).toBeUndefined();
  });

  it('lifts the author’s italic box under the story, even with the page’s links after it', () => {
    const a = articleOf([
      '# Notes from the plant floor',
      '',
      'By Ines Varga',
      '',
      '## What we saw',
      '',
      'Two of the five lines now run with a cobot at the end, and the operators say they would not go back.',
      '',
      '*Ines Varga is head of operations at Kestrel Foods.*',
      '',
      '**Related posts**',
      '',
      '- [Why we chose a cobot for packing](/blog/cobot-packing)',
      '- [Three mistakes in our first automation project](/blog/mistakes)',
    ]);
    expect(bodyOf(a)).not.toContain('head of operations');
    expect(a.byline?.names).toEqual(['Ines Varga']);
  });
});

describe('a heading that cuts a sentence before an amount', () => {
  it('joins `… with a` and `$3 million …` across the heading', () => {
    const a = articleOf([
      '# A college buys welding robots',
      '',
      '## The money',
      '',
      'The college bought the four cells with a',
      '',
      '## The students',
      '',
      '$3 million grant from the state, which also pays two instructors. The course is full.',
    ]);
    expect(bodyOf(a)).toContain('with a $3 million grant from the state');
  });
});
