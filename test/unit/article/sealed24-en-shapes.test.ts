// English page shapes first seen in sealed24 (session 15), tested on invented text: a record's block of fields, an
// office's sign-off, a production's credits bar, a leaflet's message line, a guide's instructions, a picture dropped
// inside a paragraph, a sentence cut on a preposition, a social thread's header and opener.
import { describe, expect, it } from 'vitest';
import { furnitureLine, furnitureList, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { readPage as read } from '../../helpers/page.ts';

const what = (line: string) => furnitureLine(line)?.what;

describe('lines of notices, guides and leaflets', () => {
  it.each([
    ['Published responses have personal data removed. The applicant’s name is not published.', 'disclaimer'],
    ["The requester's identity is withheld.", 'disclaimer'],
    [
      'Visitors: press the stop number on your handset, or scan the code beside each case. Total running time about 20 minutes.',
      'guide instructions',
    ],
    ['End of tour. Please return your audio guide to the front desk.', 'guide instructions'],
    ['This audio guide was produced with the support of the Lantern Heritage Fund.', 'credits'],
    ['Find us on Instagram: @orchardlane_allotments', 'share, sign-up or navigation line'],
    ['Please recycle this newsletter when you have read it.', 'share, sign-up or navigation line'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'The study was funded by a grant from the Ashby Trust, the authors said.',
    'Documents released to the committee were redacted by the ministry.',
    'Visitors pressed the council to keep the museum open on Sundays.',
    'Please recycle the old servers responsibly, the report urges councils.',
  ])('not %s', (line) => expect(furnitureLine(line)).toBeUndefined());
  it.each([
    ['Posts you may like', 'related links'],
    ['Who to follow', 'related links'],
    ['Related updates', 'related links'],
  ])('%s heads a list of the page', (line, header) => expect(furnitureList(line)?.header).toBe(header));
  it('a live page keeps its latest updates', () =>
    expect(furnitureList('Latest updates')?.header).not.toBe('related links'));
});

describe('bylines of productions and leaflets', () => {
  it('a credits bar names its writer and its date', () => {
    const found = parseBylineLine(
      'Written by Hester Quayle · Narrated by Omar Lindqvist · Script v2, approved 9 March 2026',
    );
    expect(found?.byline.names).toEqual(['Hester Quayle']);
    expect(found?.meta.published).toBe('2026-03-09');
  });
  it('a bar that is not credits is no byline', () =>
    expect(parseBylineLine('Written by Hester Quayle · Most read · Sign in')).toBeUndefined());
  it('a message from a candidate', () =>
    expect(
      parseBylineLine('A message from Priya Oduya, your Green candidate for Mill Ward')?.byline.names,
    ).toEqual(['Priya Oduya']));
  it('a message from a body names nobody', () =>
    expect(parseBylineLine('A message from the Board of Governors')).toBeUndefined());
});

describe('whole pages', () => {
  it("a record's block of fields leaves, and the response date is the page's", () => {
    const { a, body, lifted } = read([
      '# FOI-2026-0733: Chatbots in council tax enquiries',
      '',
      '**Reference:** FOI-2026-0733',
      '**Date received:** 2 March 2026',
      '**Date of response:** 27 March 2026',
      '**Service area:** Customer Services',
      '**Outcome:** Information disclosed in full',
      '',
      '## Your request',
      '',
      'You asked whether the council uses a chatbot to answer council tax questions.',
    ]);
    expect(lifted).toContain('Service area: Customer Services');
    expect(body.join(' ')).not.toMatch(/Outcome/);
    expect(a.meta?.published).toBe('2026-03-27');
  });

  it('an office signing a letter leaves with its valediction and names no byline', () => {
    const { a, body } = read([
      '# Your request for information',
      '',
      'We have answered each part of your request below and attached the assessment.',
      '',
      'If you are unhappy with this response you can ask for an internal review.',
      '',
      'Yours sincerely,',
      '',
      'Information Governance Team',
      'Larchmont Borough Council',
    ]);
    expect(body.join(' ')).not.toMatch(/Yours sincerely|Governance Team/);
    expect(a.byline).toBeUndefined();
  });

  it('a picture dropped inside a sentence leaves with its caption, and the sentence is joined', () => {
    const { a, body } = read([
      '# Robots inspect the Harbour line',
      '',
      'The software flags anything that looks like a fault, and a',
      '![](crawler.jpg)',
      '*One of the inspection robots during a test at our Elmford depot. Harbour Rail*',
      'human inspector checks every flag before a repair is ordered.',
      '',
      'Trains return on Monday.',
    ]);
    expect(a.figures?.[0]).toMatchObject({
      caption: 'One of the inspection robots during a test at our Elmford depot',
      credit: 'Harbour Rail',
    });
    expect(body).toContain(
      'The software flags anything that looks like a fault, and a human inspector checks every flag before a repair is ordered.',
    );
  });

  it('a paragraph cut after "from" is joined to the name that goes on', () => {
    const { body } = read([
      '# Gears win the shield',
      '',
      'The match went to penalties after a 2–2 draw in front of a full hall.',
      '',
      'The decisive kick came from',
      '',
      'Sprocket, whose low shot beat the keeper after two saves.',
    ]);
    expect(body).toContain(
      'The decisive kick came from Sprocket, whose low shot beat the keeper after two saves.',
    );
  });

  it("a social thread's author over a handle is the byline; its opener is the title", () => {
    const { a } = read([
      'Marta Quill',
      '@mquill.bsky.social',
      'Follow',
      '',
      'THREAD: What a month of delivery robots on our street taught us 🧵',
      '',
      'We had two of them on the pavement for a month. Here is what the council report will not say. 1/6',
      '',
      'They were slow at crossings and fast everywhere else. 2/6',
    ]);
    expect(a.byline?.names).toEqual(['Marta Quill']);
    expect(a.title).toBe('What a month of delivery robots on our street taught us');
  });
});
