// English page shapes first seen in sealed25 (session 16), tested on invented text: writing credited after what was
// written, a label before the byline in one bar, a capitals label before a paywall line, a Q&A page's answer form, a
// calendar invitation (its subject, definition-list fields, notices and iCalendar text), chevron trails, and the
// standing notices any page may carry (sponsor lines, election imprints, handling banners, endorsements).
import { describe, expect, it } from 'vitest';
import { furnitureLine, furnitureList, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { readPage as read } from '../../helpers/page.ts';

const what = (line: string) => furnitureLine(line)?.what;

describe('writing credited by its verb', () => {
  it('reads an update by its writer without asking about the same line again (it recursed until the stack ran out)', () => {
    expect(() => furnitureLine('Last updated March 3, 2026 by Jane Roe')).not.toThrow();
    expect(() => parseBylineLine('Last updated March 3, 2026 by Jane Roe')).not.toThrow();
  });

  it.each([
    ['Report written by Orla Fenwick, Field Officer, Kestrel Trust', ['Orla Fenwick']],
    ['Minutes prepared by Sam Ladipo, Clerk', ['Sam Ladipo']],
    ['Newsletter compiled by Jo Marsh and Abel Tern', ['Jo Marsh', 'Abel Tern']],
    ['Compiled by Ruth Ames, press officer', ['Ruth Ames']],
  ])('%s', (line, names) => expect(parseBylineLine(line)?.byline.names).toEqual(names));
  it('the day between the verb and the names dates the piece', () => {
    const found = parseBylineLine(
      'Posted 14 May 2026 by Ivo Carran, Head Gardener, and Dr Lise Moor, Curator',
    );
    expect(found?.byline.names).toEqual(['Ivo Carran', 'Lise Moor']);
    expect(found?.meta.published).toBe('2026-05-14');
  });
  it('a blog’s label before the byline in one bar', () => {
    const found = parseBylineLine("Wardens' diary · Posted on March 3, 2026 by Nell Brodie");
    expect(found?.byline.names).toEqual(['Nell Brodie']);
    expect(found?.meta.published).toBe('2026-03-03');
  });
  it('a date line that names its writer keeps the names', () => {
    const line = furnitureLine('Posted on March 3, 2026 by Nell Brodie');
    expect(line?.kind === 'meta' && line.byline?.names).toEqual(['Nell Brodie']);
  });
  it.each(['It was written by Sam Ladipo', 'The plan was prepared by the council over two years.'])(
    'not %s',
    (line) => expect(parseBylineLine(line)).toBeUndefined(),
  );
  it('a bar holding a sentence names no one', () =>
    expect(
      parseBylineLine('MEMBERS ONLY · You have one free story left this week. Join for £2 a month.'),
    ).toBeUndefined());
});

describe('lines of pages', () => {
  it.each([
    [
      'MEMBERS ONLY · You have 1 free article left this month. Subscribe for £2 a month.',
      'share, sign-up or navigation line',
    ],
    ['Post Your Answer', 'answer form'],
    [
      'Orbit Press › Catalogue › Machine Learning for Clinicians (2nd edition) › Reviews › J. Okafor',
      'breadcrumbs',
    ],
    ['Newsletter sponsored by Harrow & Dune Accountants.', 'sponsor line'],
    ['Supported by the Millbrook Community Fund', 'sponsor line'],
    ['Promoted by T. Vance on behalf of the Green Party, 4 Mill Lane, Corby.', 'imprint'],
    ['CONFIDENTIAL — Board papers. Not for circulation beyond members.', 'handling note'],
    ['Endorsed by: Robotics Society · Debating Union', 'endorsements'],
    ['4.6 ★ (1,204 ratings)', 'rating widget'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'The research was supported by the Millbrook Community Fund.',
    'Confidential sources told the paper the plan had stalled.',
    'He went home › then he slept › and dreamt of a long road.',
    'When: we met, it rained and nobody came.',
    'Your answer will shape the next plan, the mayor told residents.',
  ])('not %s', (line) => expect(furnitureLine(line)).toBeUndefined());
  it('a Q&A site’s other questions head a list of the page', () =>
    expect(furnitureList('Hot Network Questions')?.header).toBe('related links'));
});

describe('a Q&A page', () => {
  it('keeps the answer’s parts as sections above the site’s answer form', () => {
    const { a, body, lifted } = read([
      '# How many GPUs do I need to serve a 13B model?',
      '',
      'I have a small team and want to serve a chat model to about 200 users.',
      '',
      '### Short version',
      '',
      'One 48 GB card serves a 13B model in 8-bit for that load.',
      '',
      '### The details',
      '',
      'Latency grows with concurrent users; batch requests to keep the card busy.',
      '',
      '## Your Answer',
      '',
      'Post Your Answer',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Short version', 'The details']);
    expect(body).not.toContain('Post Your Answer');
    expect(lifted).toContain('Your Answer');
  });
});

describe('a page’s own offer', () => {
  const page = read([
    '# Otters return to the east pool',
    '',
    'The two otters moved back to the east pool on Monday after the works finished.',
    '',
    '**Sponsor an otter** from £40 a year and get a certificate and news of your animal. Sponsor now →',
    '',
    'Keepers will watch how the pair settle over the next fortnight.',
  ]);
  it('is lifted from between the story’s paragraphs', () => {
    expect(page.lifted.some((l) => l.endsWith('Sponsor now →'))).toBe(true);
    expect(page.body.join('\n')).not.toContain('Sponsor now');
    expect(page.body).toContain('Keepers will watch how the pair settle over the next fortnight.');
  });
  it('a bold lead-in with a price in the story stays', () =>
    expect(
      read(['# T', '', '**Prices rose** to £40 a ticket, and the club → the league in one step.', '']).body,
    ).toHaveLength(1));
});

describe('a calendar invitation', () => {
  const invite = read([
    '# Invitation: Triage model review @ Tue 3 Mar 2026 10:00 - 11:00 (GMT) (ops@ward.example)',
    '',
    'When',
    ': Tuesday 3 March 2026 ⋅ 10:00 – 11:00 (Greenwich Mean Time)',
    '',
    'Join online',
    ': meet.example/abc-defg-hij · Join by phone +44 20 7946 0000',
    '',
    'Organiser',
    ': Hal Renner (h.renner@ward.example)',
    '',
    'Hello all,',
    '',
    'We will decide whether the triage model moves out of silent mode on two wards. Please read the summary first.',
    '',
    'Thanks,',
    'Hal',
    '',
    'Invitation from Google Calendar',
    '',
    'Forwarding this invitation could allow any recipient to send a response to the organiser. Learn more',
    '',
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'DTSTART;TZID=Europe/London:20260303T100000',
    'SUMMARY:Triage model review',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  it('is titled by the event', () => expect(invite.a.title).toBe('Triage model review'));
  it('lifts the fields, the notices and the calendar data', () => {
    for (const line of [
      'When: Tuesday 3 March 2026 ⋅ 10:00 – 11:00 (Greenwich Mean Time)',
      'Organiser: Hal Renner (h.renner@ward.example)',
      'Invitation from Google Calendar',
      'BEGIN:VCALENDAR',
      'SUMMARY:Triage model review',
    ])
      expect(invite.lifted).toContain(line);
    expect(invite.body.join('\n')).not.toMatch(/Join by phone|VCALENDAR|DTSTART|Forwarding this invitation/);
  });
  it('keeps the organiser’s note', () =>
    expect(invite.body.some((p) => p.startsWith('We will decide whether the triage model'))).toBe(true));
  it('a definition list in prose keeps its lines on their own file lines', () => {
    const { article: a } = parseArticle(['# T', '', 'Where', ': Room 4', '', 'Text after it.'].join('\n'), {
      file: 't.md',
      pageLines: null,
    });
    const after = [a!.lead, ...a!.sections]
      .flatMap((s) => s.paragraphs)
      .find((p) => p.text === 'Text after it.');
    expect(after?.line).toBe(6);
  });
});
