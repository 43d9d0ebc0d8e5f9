// Session 8, sealed8 opened (English): a part heading that cuts the last item of the part before; sponsor lines
// set off by their label; a newsletter's postal address at its foot; a podcast's credits; a series number under the
// headline; a sign-in wall and an author's other articles; a publication after the byline's bar; a dateline filed
// from two places; footnotes (their marks end a sentence, their lines never continue one); breadcrumbs separated by
// slashes. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import {
  furnitureLine,
  furnitureList,
  isCaptionShape,
  parseBylineLine,
} from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

describe('a part heading that cuts the item before it', () => {
  const a = articleOf([
    '# Field Notes #12',
    '',
    '## Farms',
    '',
    '### Drones count the lambs',
    '',
    'A co-operative in the hills now counts its flock from the air every morning, which the shepherds say saves',
    '',
    '## Markets',
    '',
    'them two hours a day. The drones are leased, not bought.',
    '',
    '### Wool prices hold',
    '',
    'Wool sold at the autumn auction for the same price as last year.',
  ]);

  it('gives the whole paragraph back to the item and keeps the part as the next items’ group', () => {
    expect(a.sections.map((s) => [s.heading, s.group])).toEqual([
      ['Drones count the lambs', 'Farms'],
      ['Wool prices hold', 'Markets'],
    ]);
    expect(a.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      'A co-operative in the hills now counts its flock from the air every morning, which the shepherds say saves them two hours a day. The drones are leased, not bought.',
    ]);
  });

  it('in a feature (no items), the section still takes its text from the next sentence on', () => {
    const f = articleOf([
      '# Lambing season',
      '',
      '## Counting',
      '',
      'The co-operative counts its flock from the air every morning, which the shepherds say saves',
      '',
      '## Selling',
      '',
      'them two hours a day. Prices at the autumn auction held steady.',
    ]);
    expect(f.sections.map((s) => s.heading)).toEqual(['Counting', 'Selling']);
    expect(f.sections[1]!.paragraphs[0]!.text).toBe('Prices at the autumn auction held steady.');
  });
});

describe('lines a newsletter adds', () => {
  it('lifts sponsor lines set off by their label, and keeps sentences about sponsors', () => {
    expect(
      furnitureLine(
        'SPONSORED | Tired of rota spreadsheets? ShiftKit plans a month in a minute — try it free.',
      ),
    ).toMatchObject({ kind: 'furniture', what: 'sponsor line' });
    expect(furnitureLine('Ad | Save 20% on your first year of Harbour Pro.')?.what).toBe('sponsor line');
    expect(
      furnitureLine('Partner content — How three ports cut idle time with scheduling software')?.what,
    ).toBe('sponsor line');
    expect(furnitureLine('Sponsored posts made up a fifth of the feed, the study found.')).toBeUndefined();
  });

  it('lifts a postal address at the foot, not a street named in the story', () => {
    const a = articleOf([
      '# The Weekly Dock',
      '',
      'Cranes at berth four were idle for most of the week while the new scheduling software was installed.',
      '',
      'Thanks for reading.',
      '',
      '*The Weekly Dock, 220 Harbour Street, Port Ellis, ME 04101*',
    ]);
    expect(bodyOf(a)).not.toContain('220 Harbour Street');
    expect(furnitureLine('PO Box 512, Springfield, IL 62705')?.what).toBe('postal address');
    expect(furnitureLine('Unit 4, 18 Mill Lane, Oxford OX1 2AB')?.what).toBe('postal address');
    // In the story's text, an address is part of a sentence.
    const story = articleOf([
      '# A new depot',
      '',
      'The depot at 14 Tanner Row, Leeds LS1 4DX',
      '',
      'opened on Monday with forty robots and a staff of twelve.',
    ]);
    expect(bodyOf(story)).toContain('14 Tanner Row');
  });

  it('lifts a podcast’s credits when every sentence is a credit', () => {
    expect(
      furnitureLine(
        'Night Desk is hosted by Ada Obi and produced by Lin Park. Transcripts are machine-generated and may contain errors. Music: "Low Tide" by Sam Veer.',
      )?.what,
    ).toBe('desk credits');
    expect(
      furnitureLine('The Factory Floor is presented by Tom Hale, with sound design by Ana Ruiz.')?.what,
    ).toBe('desk credits');
    // A sentence that is not a credit keeps the paragraph in the text.
    expect(
      furnitureLine(
        'The show is hosted by Ada Obi. She spent ten years on a factory floor before she started it.',
      ),
    ).toBeUndefined();
  });

  it('lifts a series number under the headline', () => {
    for (const line of [
      'Policy Brief No. 14',
      'Working Paper 2026-03',
      'Research Note 7 | 2 March 2026',
      'Vol. 3, No. 7 · March 2026',
    ]) {
      expect(furnitureLine(line)?.what, line).toBe('issue line');
    }
    expect(furnitureLine('Issue 58 is about ports')).toBeUndefined();
    expect(furnitureLine('the report 14')).toBeUndefined();
  });
});

describe('a social post’s foot', () => {
  it('lifts the sign-in wall and the author’s other articles', () => {
    const a = articleOf([
      '# What a year of night shifts taught our robots',
      '',
      'We ran the picking robots through the night for a year. The first month was the hardest.',
      '',
      'To reply or add a comment, sign in',
      '',
      'Other posts by Jonah Reyes',
      '',
      '- Why we stopped buying grippers in bulk',
      '- The quiet cost of a slow conveyor',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('sign in');
    expect(body).not.toContain('Other posts by');
    expect(body).not.toContain('grippers in bulk');
    expect(furnitureLine('Log in or register to post comments')?.kind).toBe('furniture');
    expect(furnitureLine('Please sign in to continue reading.')?.kind).toBe('furniture');
    expect(furnitureList('More articles by Jonah Reyes')?.header).toBe('related links');
    // A sentence about signing in is text.
    expect(
      furnitureLine('Staff sign in at the gate with a badge that also unlocks the robot cage.'),
    ).toBeUndefined();
  });
});

describe('bylines and datelines', () => {
  it('takes the publication after the byline’s bar as the source', () => {
    expect(parseBylineLine('Rosa Vance | The Lakeside Herald')).toMatchObject({
      byline: { names: ['Rosa Vance'] },
      meta: { source: 'The Lakeside Herald' },
    });
    expect(parseBylineLine('By Rosa Vance · Coastal Daily News')?.meta.source).toBe('Coastal Daily News');
    expect(parseBylineLine('Rosa Vance | Reporter')?.meta.source).toBeUndefined();
  });

  it('cuts a dateline filed from two places', () => {
    const a = articleOf([
      '# Chip packers run short of substrate',
      '',
      'OSLO/HELSINKI, May 3 (Reuters) - Two packaging plants said on Friday that they had cut shifts.',
    ]);
    expect(bodyOf(a)).not.toContain('(Reuters)');
    expect(a.meta?.source).toBe('Reuters');
  });
});

describe('footnotes', () => {
  it('ends a sentence at a footnote mark, and never joins a footnote to a cut sentence', () => {
    const { article, diagnostics } = parseLines([
      '# Buying software for schools',
      '',
      'We read every contract the councils published.[2]',
      '',
      '## What we found',
      '',
      'Most contracts say nothing about testing, and the buyers told us they',
      '',
      '[Read the full report →](https://example.org/report.pdf)',
      '',
      '---',
      '',
      '[2] Contracts published up to March 2026.',
    ]);
    const cutOff = diagnostics.filter((d) => d.code === 'cut-off-sentence').map((d) => d.line);
    expect(cutOff).toEqual([7]);
    expect(bodyOf(article!)).not.toContain('they [2]');
  });
});

describe('breadcrumbs', () => {
  it('reads a trail of links separated by slashes as breadcrumbs, not a photo credit', () => {
    const { article, diagnostics } = parseLines([
      '[Research](https://example.org/research) / [Briefs](https://example.org/research/briefs)',
      '',
      '# Buying software for schools',
      '',
      'We read every contract the councils published.',
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain('credit-without-caption');
    expect(article!.figures).toEqual([]);
  });
});

describe('page lines probed beyond the corpus', () => {
  it('lifts a page’s controls and prompts', () => {
    for (const line of [
      '3 of 8',
      'toggle caption',
      'Link copied',
      'Enter your email address',
      'Open in app',
      'Member-only story',
      'Responses (12)',
      'View 40 comments',
      'Like · Comment · Share',
      'Have your say',
      'Got a news tip? Email the desk.',
      'Send your tips to desk@example.org',
      'By signing up, you agree to our Terms of Service and Privacy Policy.',
      'We use cookies to personalise content.',
      'We may earn a commission when you buy through links in this article.',
      'A version of this article appears in print on page B3.',
      'Join our WhatsApp channel',
      'Questions or comments? Email us at desk@example.org',
    ]) {
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
    }
  });

  it('lifts a footer row of the site’s own pages, not a sentence or a list of things', () => {
    expect(furnitureLine('About Careers Press Blog Privacy Terms Help')?.kind).toBe('furniture');
    expect(furnitureLine('Robots Chips Jobs Policy')).toBeUndefined();
    expect(furnitureLine('Press the blog about privacy terms today.')).toBeUndefined();
  });

  it('lifts a kicker label and a disclosure at the foot', () => {
    expect(furnitureLine('Exclusive')?.what).toBe('section label');
    expect(furnitureLine('Breaking News')?.what).toBe('section label');
    expect(furnitureLine('Disclosure: The author holds shares in two of the firms named.')?.kind).toBe(
      'furniture',
    );
    // A sentence about a disclosure is text.
    expect(furnitureLine('The disclosure came two weeks after the vote.')).toBeUndefined();
  });

  it('reads the desk’s reviewers and bylines with an outlet', () => {
    expect(furnitureLine('Fact-checked by Ana Ruiz')?.what).toBe('desk credits');
    expect(furnitureLine('Medically reviewed by Tom Hale')?.what).toBe('desk credits');
    expect(furnitureLine('Tagged: robots, ports, jobs')?.what).toBe('tags line');
    expect(parseBylineLine('Analysis by Rosa Vance')?.byline.names).toEqual(['Rosa Vance']);
    expect(parseBylineLine('Rosa Vance, CNN')).toMatchObject({
      byline: { names: ['Rosa Vance'] },
      meta: { source: 'CNN' },
    });
    expect(parseBylineLine('Rosa Vance for The Lakeside Herald')?.meta.source).toBe('The Lakeside Herald');
    // A name and a degree is not a name and an outlet.
    expect(parseBylineLine('Rosa Vance, MD')?.meta.source).toBeUndefined();
  });
});

describe('pull quotes', () => {
  it('lifts a line of the story set again between its paragraphs, and joins the sentence it cut', () => {
    const { article, diagnostics } = parseLines([
      '# The depot that never sleeps',
      '',
      '"We stopped counting the robots and started counting the hours they save," said Lina Ortiz, who runs the depot.',
      '',
      'The night shift used to need',
      '',
      '> "We stopped counting the robots and started counting the hours they save." — Lina Ortiz',
      '',
      'forty pickers; it now needs twelve.',
    ]);
    const paragraphs = [article!.lead, ...article!.sections].flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(paragraphs).toEqual([
      '"We stopped counting the robots and started counting the hours they save," said Lina Ortiz, who runs the depot.',
      'The night shift used to need forty pickers; it now needs twelve.',
    ]);
    expect((article!.furniture ?? []).map((f) => f.what)).toContain('pull quote');
    expect(diagnostics.map((d) => d.code)).not.toContain('cut-off-sentence');
  });

  it('lifts a Chinese pull quote', () => {
    const a = articleOf([
      '# 夜班仓库',
      '',
      '仓库负责人林娜说：“我们不再数机器人，而是数它们省下的时间。”她说，夜班从四十人减到十二人。',
      '',
      '“我们不再数机器人，而是数它们省下的时间。”',
      '',
      '新系统上线三个月，差错率下降了一半。',
    ]);
    expect(bodyOf(a)).not.toMatch(/^“我们不再数机器人/mu);
    expect(bodyOf(a)).toContain('新系统上线三个月');
  });

  it('keeps a short line said twice and a paragraph that only shares words with another', () => {
    const a = articleOf([
      '# Two answers',
      '',
      'She said no. Then she said it again, louder, to the whole room.',
      '',
      'She said no.',
      '',
      'The robots started counting the hours they save for the night shift.',
      '',
      'The robots started counting the hours they save.',
    ]);
    const body = bodyOf(a);
    expect(body).toContain('\nShe said no.\n');
    expect(body).toContain('The robots started counting the hours they save.');
  });
});

describe('links and captions inside the story', () => {
  it('lifts a headline set as a link between the story’s paragraphs, not a linked sentence', () => {
    const a = articleOf([
      '# Robots on Dock Street',
      '',
      'The council voted on Monday to keep the delivery robots for another year.',
      '',
      '[Robots take over Dock Street deliveries](https://example.com/robots)',
      '',
      'Residents complained about machines parked across driveways.',
      '',
      '[The council published its full decision on Monday.](https://example.com/decision)',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('Robots take over');
    expect(body).toContain('Residents complained');
    expect(body).toContain('The council published its full decision on Monday.');
  });

  it('reads a caption by its label', () => {
    expect(isCaptionShape('Left to right: Lina Ortiz, Tom Hale and Ana Ruiz at the depot.')).toBe(true);
    expect(isCaptionShape('Clockwise from top left: the gripper, the cell and the control room.')).toBe(true);
    expect(isCaptionShape('Left unchecked, the robots would block the crossing.')).toBe(false);
  });
});
