// Session 10, sealed13 opened (English): a show's chapters, buttons, member pleas and credits; a wire's desk credits
// in brackets; the letters of a dateline for an outlet named in full; a public body's or a market's masthead; a
// distribution service's line under an announcement. New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a podcast’s show notes (sealed13)', () => {
  const notes = [
    '# Ep. 12: The clinic that lets its triage model say “not sure”',
    '',
    'Posted March 3, 2026 · 38 min',
    '',
    '[Play episode] [Download] [Full transcript]',
    '',
    'This week we visit a rural clinic where a triage model hands every borderline case to a nurse.',
    '',
    '## Chapters',
    '',
    '**(00:00) Intro.** A waiting room at dawn and a queue of forty patients.',
    '',
    '**(06:30) The nurse’s veto.** How staff overrule the model, and how often they do it.',
    '',
    '**[21:15] What the audit found.** Missed sepsis cases fell, the clinic says, though the audit was not a trial.',
    '',
    '## Credits',
    '',
    'Produced by Lior Ashby. Music by Tin Harbour. Artwork: Wren Okafor.',
    '',
    'Clinic Hours is listener-supported. Become a member for ad-free episodes and bonus interviews.',
    '',
    'Support the podcast: become a paying supporter for early access to every episode.',
    '',
    'Clinic Hours is an independent production. Music by Tin Harbour. Transcript © 2026 Clinic Hours.',
  ];

  it('keeps time-coded chapters in one section instead of making each a story', () => {
    const a = articleOf(notes);
    expect(a.sections.map((s) => s.heading)).toEqual(['Chapters', 'Credits']);
    expect(bodyOf(a)).toContain('How staff overrule the model');
  });

  it('keeps a show’s credits as text, not a picture’s caption, and lifts buttons, member pleas and the outro', () => {
    const a = articleOf(notes);
    expect(a.figures).toEqual([]);
    const body = bodyOf(a);
    expect(body).toContain('Produced by Lior Ashby. Music by Tin Harbour. Artwork: Wren Okafor.');
    for (const gone of [
      '[Play episode]',
      'listener-supported',
      'early access',
      'independent production',
      '©',
    ])
      expect(body, gone).not.toContain(gone);
  });

  it('still reads a member’s plea inside a sentence of the story as text', () => {
    for (const text of [
      'Patients who become a member of the clinic’s panel are paid for their time.',
      'The Harbour Clinic is listener-supported, its director joked, because the radio station pays for the van.',
      'This information is valuable to the nurses who read it.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });
});

describe('a wire story and an announcement (sealed13)', () => {
  it('reads the editor from desk credits in brackets, without the bracket', () => {
    const a = articleOf([
      '# Chipmaker orders double',
      '',
      'By Lena Roe',
      '',
      'HARLOW, May 7 (Meridian Wire) - A chipmaker said on Thursday that orders for its accelerators had doubled.',
      '',
      'Shares rose 9% in early trade.',
      '',
      '(Editing by Tomas Vale)',
    ]);
    expect(a.meta?.editor).toBe('Tomas Vale');
  });

  it('gives the outlet’s full name for the letters in its dateline', () => {
    const a = articleOf([
      '# Assembly passes audit law',
      '',
      'By Ada Roe',
      '',
      'ORLUND, Vessia (NPW) — The assembly on Tuesday passed a law requiring audits of hiring software.',
      '',
      'The law takes effect next year.',
      '',
      'Copyright 2026 Northern Press Wire. All rights reserved.',
    ]);
    expect(a.meta?.source).toBe('Northern Press Wire');
  });

  it('takes a public body’s masthead or a market’s page bar as the source', () => {
    const council = articleOf([
      'Hollin Vale Borough Council',
      '',
      'Skip to main content | Accessibility | Contact us',
      '',
      '# Minutes: Digital Services Committee, 3 March 2026',
      '',
      'Members discussed the use of AI transcription in council meetings.',
    ]);
    expect(council.meta?.source).toBe('Hollin Vale Borough Council');
    const market = articleOf([
      'Carrow Stock Exchange | Regulatory News',
      '',
      '# Ostrel plc: Acquisition of Weld Robotics Ltd',
      '',
      'Ostrel plc announces that it has agreed to acquire Weld Robotics Ltd for £40 million.',
      '',
      'This announcement is distributed by CSX News, the news service of the Carrow Stock Exchange.',
    ]);
    expect(market.meta?.source).toBe('Carrow Stock Exchange');
    expect(bodyOf(market)).not.toContain('distributed by');
  });

  it('does not take a section label above the headline for the source', () => {
    const a = articleOf([
      'Artificial Intelligence',
      '',
      '# Regulator orders audit of hiring software',
      '',
      'The regulator on Monday ordered three banks to submit their hiring software for audit.',
    ]);
    expect(a.meta?.source).toBeUndefined();
  });
});

describe('page lines beyond the corpus (session 10 English probe)', () => {
  it('lifts calls to action, event adverts, guest-book prompts and information-only disclaimers', () => {
    for (const line of [
      'Book an appointment',
      'Find a specialist',
      'Download the case study',
      'Request a demo',
      'Load more updates',
      'Pinned post',
      'Sign our guestbook',
      'Listen to today’s episode',
      'Thank you for signing up!',
      'View this email in your browser',
      'Type your email... Subscribe',
      'This post is public so feel free to share it.',
      'Event: Robots on the shop floor, 12 May — Save your seat',
      'Please leave your condolences for the family in the guest book below.',
      'The information on this page is provided for educational purposes only and is not medical advice.',
    ])
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
  });

  it('keeps sentences that start with the same words as text', () => {
    for (const text of [
      'Subscribers to the service pay $12 a month.',
      'Relatedly, the council approved a second pilot.',
      'Learn more about the model, the nurses said, and you trust it less.',
      'Find a doctor who will read the scan at night and you have found a rare thing.',
      'Pinned to the wall of the lab is the first robot’s circuit board.',
      'Register now opened for the autumn cohort on Monday, the college said.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });
});
