// Session 11, sealed17 opened (English): bold lead-ins that are a part's features rather than a brief's items, a
// wire dateline without its year, minutes' notes and signatures, a picture's italic credit, a paid tier's pitch, a
// call transcript's speaker and participant lines. New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, isCredit } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const cutOffs = (lines: string[]) =>
  parseLines(lines).diagnostics.filter(
    (d) => d.code === 'cut-off-sentence' || d.code === 'unpunctuated-line',
  );

describe('bold lead-ins: items of a brief, or features of one part', () => {
  const releaseNotes = [
    '# Platform update: Wren 4 and new batch prices',
    '',
    'This update ships Wren 4 to every customer and changes the price of batch jobs.',
    '',
    "## What's new",
    '',
    '**Wren 4 is the new default.** It replaces Wren 3 for the standard alias and answers faster.',
    '',
    '**Streaming tool results.** Tools can now stream partial results back to the model.',
    '',
    '## Usage policy',
    '',
    'We now return a reason code when a request is refused under the usage policy.',
    '',
    '## Pricing',
    '',
    'Batch jobs now cost half the standard price.',
    '',
    '## Retirements',
    '',
    'Wren 2 will be retired in March. Requests to it will fail after that date.',
  ];

  it('keeps one part of bold features among parts of prose as one section', () => {
    const a = articleOf(releaseNotes);
    expect(a.sections.map((s) => s.heading)).toEqual([
      "What's new",
      'Usage policy',
      'Pricing',
      'Retirements',
    ]);
    expect(a.sections[0]!.paragraphs.map((p) => p.text)[0]).toContain('Wren 4 is the new default.');
  });

  it('still splits a brief whose parts list bold items into item sections', () => {
    const a = articleOf([
      '# The Thursday brief',
      '',
      '## Chips',
      '',
      '**Foundry delays its second plant.** The company blamed power costs.',
      '',
      '**A memory maker raises prices.** Contract prices rose for a third month.',
      '',
      '## Skills',
      '',
      '**Colleges add a technician course.** Forty places open in September.',
      '',
      '## Health',
      '',
      '**A hospital trials an AI scribe.** Doctors will review every note.',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual([
      'Foundry delays its second plant',
      'A memory maker raises prices',
      'Colleges add a technician course',
      'A hospital trials an AI scribe',
    ]);
  });
});

describe('a wire dateline without its year', () => {
  const wire = (weekday: string, copyright: string) => [
    '# Grid operator pauses new data-centre connections',
    '',
    `NORTH HAVEN, Dec 1 (Harbour Wire) - The grid operator on ${weekday} stopped accepting new connection requests from large data centres.`,
    '',
    'Requests in its queue totalled 4 gigawatts, the operator said.',
    '',
    copyright,
  ];

  it('is dated with the page’s copyright year when the story’s weekday agrees', () => {
    expect(articleOf(wire('Tuesday', '© 2026 Harbour Wire. All rights reserved.')).meta?.published).toBe(
      '2026-12-01',
    );
  });

  it('is not dated when the weekday falls on another day that year, or when no year is on the page', () => {
    expect(
      articleOf(wire('Friday', '© 2026 Harbour Wire. All rights reserved.')).meta?.published,
    ).toBeUndefined();
    expect(articleOf(wire('Tuesday', 'Harbour Wire')).meta?.published).toBeUndefined();
  });
});

describe('minutes: their notes and their signatures', () => {
  it('lifts a summary-not-verbatim note and an offer of another format, keeps text that uses the words', () => {
    expect(
      furnitureLine(
        'These minutes are a summary of the discussion and are not a verbatim record. Video of the meeting is available on the council website.',
      )?.kind,
    ).toBe('furniture');
    expect(
      furnitureLine('Accessibility: To request this agenda in an alternative format, call 555-0199.')?.kind,
    ).toBe('furniture');
    expect(furnitureLine('This report is available in large print on request.')?.kind).toBe('furniture');
    expect(
      furnitureLine(
        'The clerk said the minutes were not a verbatim record of what the mayor had promised residents.',
      ),
    ).toBeUndefined();
    expect(
      furnitureLine('Residents asked the council to publish its budget in other formats, including braille.'),
    ).toBeUndefined();
  });

  it('ends a paragraph at a signature: no join with the line after it, no cut-off warning', () => {
    const lines = [
      '# Minutes of the Regular Meeting of the Fairholm Town Council',
      '',
      'The meeting was called to order at 7:00 p.m.',
      '',
      '## 9. Adjournment',
      '',
      'The meeting adjourned at 9:02 p.m.',
      '',
      'Respectfully submitted,',
      'Orla Feeney, Town Clerk',
      '',
      'Minutes prepared by the clerk’s office are approved at the next meeting',
    ];
    const a = articleOf(lines);
    // (since sealed18: the sign-off is the minutes' byline, lifted; the line after it stays its own paragraph)
    expect(a.byline?.names).toEqual(['Orla Feeney']);
    expect(a.sections.at(-1)!.paragraphs.map((p) => p.text)).toContain(
      'Minutes prepared by the clerk’s office are approved at the next meeting',
    );
    expect(
      cutOffs(['# Minutes', '', 'The meeting adjourned.', '', 'Piet Sander, Secretary to the Board']),
    ).toEqual([]);
  });
});

describe('pictures, promos and call transcripts', () => {
  it('reads `Image source:` as a credit and an italic credit under a picture as its credit', () => {
    expect(isCredit('Image source: Harbour Images')).toBe(true);
    expect(isCredit('Photo source: the company')).toBe(true);
    const a = articleOf([
      '# Quarterly results call',
      '',
      '![Racks in a data hall](https://example.test/racks.jpg)',
      '',
      '*Image source: Harbour Images*',
      '',
      'Revenue rose 20% in the quarter, the company said.',
    ]);
    expect(a.figures).toEqual([
      expect.objectContaining({ caption: 'Racks in a data hall', credit: 'Image source: Harbour Images' }),
    ]);
  });

  it('lifts a paid tier’s pitch in the outlet’s voice, not news about a product tier', () => {
    expect(
      furnitureLine(
        'Premium research: Tallyline Plus members get our five best chip picks. Start your free trial',
      )?.kind,
    ).toBe('furniture');
    expect(furnitureLine('Insider subscribers unlock all our charts.')?.kind).toBe('furniture');
    expect(furnitureLine('Pro members get early access to new features, the company said.')).toBeUndefined();
  });

  it('warns about no cut-off at a transcript’s speaker lines or its participant list', () => {
    const lines = [
      '# Veyra Systems Q3 2026 earnings call transcript',
      '',
      '**Call participants:** Ann Holt, Chief Executive Officer; Ravi Senn, Analyst, Brisk Capital',
      '',
      '## Prepared Remarks',
      '',
      '**Ann Holt** -- Chief Executive Officer',
      '',
      'Thank you. Revenue rose 20% in the quarter.',
      '',
      '**Ravi Senn** -- Analyst',
      '',
      'Can you talk about memory supply next year?',
    ];
    expect(cutOffs(lines)).toEqual([]);
    expect(bodyOf(articleOf(lines))).toContain('Ann Holt -- Chief Executive Officer');
  });
});
