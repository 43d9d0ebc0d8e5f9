// Session 6, sealed6 opened: a printed report's page furniture (running headers and footers, page numbers) in
// both languages; a letter's signature; a blog platform's author box (`Written by …`) and tag links; a release's
// boilerplate after `###`; italic captions with a bracketed credit in the text; affiliations after roles in a
// byline; ad, sponsor, browser-view, read-the-story and blog-navigation lines. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a printed report’s page furniture', () => {
  it('lifts a running footer with its page number and the header it repeats, and joins the sentence it cut', () => {
    const a = articleOf([
      '# Letter from the Chair',
      '',
      'Harbour Cranes plc Annual Report 2025',
      '',
      'Dear shareholders,',
      '',
      '## Our year',
      '',
      'We delivered 212 electric cranes in 2025, and the operators who used to drive diesel machines were trained to',
      '',
      'Harbour Cranes plc | Annual Report 2025 | 4',
      '',
      'run the new fleet from the control room.',
      '',
      'We thank our 800 colleagues for their work.',
      '',
      'Ann Lee',
      'Chair of the Board',
      '12 March 2026',
      '',
      'Harbour Cranes plc | Annual Report 2025 | 5',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('Annual Report 2025');
    expect(body).toContain('were trained to run the new fleet from the control room.');
    expect(a.byline?.names).toEqual(['Ann Lee']);
    expect(body).not.toContain('Chair of the Board');
  });

  it('lifts a zh report’s repeated header and its page numbers', () => {
    const a = articleOf([
      '# 某某港务集团2025年度报告（摘要）',
      '',
      '## 一、总体情况',
      '',
      '2025年，集团共投用电动岸桥12台，作业效率较上年提高',
      '',
      '某某港务集团2025年度报告',
      '',
      '— 3 —',
      '',
      '18%，司机全部转岗到远程操控中心。',
      '',
      '## 二、下一步工作',
      '',
      '集团将继续推进码头自动化改造。',
      '',
      '某某港务集团2025年度报告',
      '',
      '— 4 —',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('年度报告');
    expect(body).not.toContain('— 3 —');
    expect(body).toContain('效率较上年提高18%');
  });

  it('keeps a line said once, and labels that repeat without a year or a page number', () => {
    const a = articleOf([
      '# Port brief',
      '',
      '## Cranes',
      '',
      'Why it matters',
      '',
      'Six cranes arrived on Monday.',
      '',
      '## Skills',
      '',
      'Why it matters',
      '',
      'A course opens in April.',
      '',
      'The plan for 2026 is ready',
    ]);
    expect(bodyOf(a).match(/Why it matters/g)).toHaveLength(2);
    expect(bodyOf(a)).toContain('The plan for 2026 is ready');
  });
});

describe('a blog platform’s foot', () => {
  const a = articleOf([
    '# What a year of teaching crane drivers taught me',
    '',
    'Follow',
    '',
    '6 min read · Mar 2, 2026',
    '',
    'Listen',
    '',
    'When the port asked me to teach its drivers to run electric cranes, I expected a hard year.',
    '',
    '## What worked',
    '',
    'Short lessons on the real machine worked best.',
    '',
    '[Ports](https://blog.example/tag/ports)',
    '',
    '[Skills Training](https://blog.example/tag/skills-training)',
    '',
    '## Written by Ann Lee',
    '',
    '2.4K Followers',
    '',
    'Teaches crane operation at the Harbour College. Former crane driver, still drives on Saturdays.',
    '',
    'Follow',
  ]);

  it('takes `Written by` as the byline and its box (followers, tagline, buttons) and the tag links out', () => {
    expect(a.byline?.names).toEqual(['Ann Lee']);
    expect(a.sections.map((s) => s.heading)).toEqual(['What worked']);
    const body = bodyOf(a);
    for (const gone of ['Follow', 'Listen', 'Followers', 'Teaches crane operation', 'Skills Training'])
      expect(body).not.toContain(gone);
    expect(body).toContain('Short lessons on the real machine worked best.');
  });

  it('keeps a story’s own line that mentions who wrote something', () => {
    const b = articleOf([
      '# Port notes',
      '',
      'The report was long.',
      '',
      'Written by hand in 1950, the first crane manual is still in the archive.',
    ]);
    expect(bodyOf(b)).toContain('Written by hand in 1950');
  });
});

describe('a press release after its end mark', () => {
  it('lifts the boilerplate and the related links after `###`', () => {
    const a = articleOf([
      '# Ports fund 300 crane apprenticeships',
      '',
      'The ports authority will fund 300 apprenticeships for crane technicians from April.',
      '',
      'Applications open on 1 March.',
      '',
      '###',
      '',
      '**About the Harbour Ports Authority:** The Authority runs the region’s four public ports. Learn more at ports.example.',
      '',
      '**Related:**',
      '',
      '- Apprenticeship guidance for employers (PDF)',
      '- Ports strategy: one year on',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('About the Harbour');
    expect(body).not.toContain('Ports strategy');
    expect(body).toContain('Applications open on 1 March.');
  });
});

describe('an italic caption with its credit in brackets, in the middle of a sentence', () => {
  it('is a figure, and the sentence around it is joined', () => {
    const a = articleOf([
      '# Council approves crane yard',
      '',
      '## Conditions',
      '',
      'The operator must first pay for a new substation and',
      '',
      "*An artist's impression of the yard from the ring road. (Quay Studio)*",
      '',
      'two miles of new cable to the grid.',
    ]);
    expect(a.figures).toEqual([
      expect.objectContaining({
        caption: "An artist's impression of the yard from the ring road.",
        credit: 'Quay Studio',
      }),
    ]);
    expect(bodyOf(a)).toContain('a new substation and two miles of new cable to the grid.');
  });

  it('not an italic sentence with a bracket of its own', () => {
    const a = articleOf(['# T', '', '*The vote was close (Labour)*', '', 'Six cranes arrived on Monday.']);
    expect(a.figures).toEqual([]);
  });
});

describe('bylines with jobs and the employer', () => {
  it.each([
    ['Posted by Ann Lee, Platform Lead, and Tom Ray, Research Engineer, Quayside AI', ['Ann Lee', 'Tom Ray']],
    ['By Ann Lee, Staff Writer, and Tom Ray', ['Ann Lee', 'Tom Ray']],
    ['By Ann Lee, Tom Ray', ['Ann Lee', 'Tom Ray']],
  ])('%s', (line, names) => {
    expect(parseBylineLine(line)?.byline.names).toEqual(names);
  });
});

describe('ads, sponsors and calls to read elsewhere', () => {
  it.each([
    'Report this ad',
    'Listen',
    'View this post in the browser',
    'Labels: Ports, Skills',
    'Newer Post Older Post Home',
    '2.4K Followers',
    'Read the full story →',
    'This issue is sponsored by Quayside Cloud. Rent cranes by the hour. Try it free',
    'Sponsored by Quayside Cloud',
  ])('“%s” is furniture', (line) => {
    expect(furnitureLine(line)).toBeDefined();
  });
  it.each([
    'Read the report carefully before you vote.',
    'Home is where the port is.',
    'The labels: all wrong.',
  ])('“%s” is not', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });
});
