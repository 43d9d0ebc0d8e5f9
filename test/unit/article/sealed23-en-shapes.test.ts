// English page shapes first seen in sealed23 (session 15), tested on invented text: a printed page's footer in
// columns, a signer's letters after the name, the notices a health plan or a public meeting must print, an advice
// column's call for letters, a paywall's limit, a pull quote split by its speaker, a link aggregator's thread, a
// tracker's empty sidebar, a list item broken off, a subtitle file, a listing of records.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { readPage as read } from '../../helpers/page.ts';

const what = (line: string) => furnitureLine(line)?.what;

describe('notices a letter or an agenda must carry', () => {
  it.each([
    [
      'Brookfell Health Plan complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.',
      'disclaimer',
    ],
    [
      'Ostrander County Medical Group does not discriminate on the basis of race, color, national origin, age, disability or sex in its health programs.',
      'disclaimer',
    ],
    [
      'ATTENTION: If you speak another language, language assistance services, free of charge, are available to you. Call 1-800-555-0199.',
      'disclaimer',
    ],
    [
      'ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al 1-800-555-0199.',
      'disclaimer',
    ],
    [
      'Persons who need a disability-related accommodation to take part in this meeting should contact the Clerk at (555) 010-3321 two days ahead.',
      'disclaimer',
    ],
    [
      'In compliance with the Americans with Disabilities Act, the Board Room is wheelchair accessible.',
      'disclaimer',
    ],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'The hospital does not discriminate on the basis of race, the inspector said, but its software may.',
    'Advocates say the insurer complies with federal civil rights laws only on paper.',
    'Residents who need accommodation near the new campus say rents have doubled.',
  ])('not %s', (line) => expect(furnitureLine(line)?.what).not.toBe('disclaimer'));
});

describe("a page's calls and meters", () => {
  it.each([
    ['Have a question for Tobias? Email dilemmas@northfieldpost.example.', 'call to action'],
    ['Got a dilemma? Write to Ask Ada at the address below.', 'call to action'],
    [
      "You've reached your limit of free articles this month. Subscribe to keep reading.",
      'share, sign-up or navigation line',
    ],
    ['You have hit your free article limit.', 'share, sign-up or navigation line'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'Have a question for the mayor? Residents will get the chance on Thursday, when she holds a town hall.',
    'The union has reached its limit of patience with the robot trial.',
  ])('not %s', (line) => expect(furnitureLine(line)).toBeUndefined());
});

describe("a link aggregator's and a tracker's lines", () => {
  it.each([
    ['kestrel_99 5 hours ago | next [–]', 'post time'],
    ['m.orlov 2 days ago | parent | prev | next [–]', 'post time'],
    ['quill_n 1 hour ago [-]', 'post time'],
    ['add comment', 'post actions'],
    ['Projects: None yet', 'code review line'],
    ['Development: No branches or pull requests', 'code review line'],
    ['Milestone: No milestone', 'code review line'],
    ['00:02:41,120 --> 00:02:44,900', 'subtitle timing'],
    ['01:12.500 --> 01:15.000 line:90%', 'subtitle timing'],
    ['[3] qp:2611.04417 [pdf, html]', 'links or counters'],
    ['arXiv:2611.00312 (cross-list from cs.CV) [pdf, ps, other]', 'links or counters'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'Five hours ago the council voted to pause the trial.',
    'Development: the team plans a second site next year.',
    'Posted March 6, 2026',
  ])('not a thread line: %s', (line) => {
    const found = furnitureLine(line);
    expect(found?.what === 'post time' || found?.what === 'code review line').toBe(false);
  });
  it('a posted date with its year is the page date', () => {
    const found = furnitureLine('Posted April 14, 2026');
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe('2026-04-14');
  });
});

describe('whole pages', () => {
  it('a footer in columns with its page count leaves, and the sentence it cut is joined', () => {
    const { body, lifted } = read([
      '# Changes to your plan',
      '',
      'From May the plan will review every scan request with a software tool, and a nurse will read each request',
      '',
      'Page 1 of 2                                   BHP-NOT-2026-11',
      '',
      'the tool cannot approve on its own.',
      '',
      'We will tell you before anything else changes.',
      '',
      'Page 2 of 2                                   BHP-NOT-2026-11',
    ]);
    expect(lifted).toContain('Page 1 of 2                                   BHP-NOT-2026-11');
    expect(body.some((t) => t.includes('read each request the tool cannot approve'))).toBe(true);
  });

  it("a letter's signer with letters after the name is the byline; a body's name signing is not", () => {
    const letter = read([
      '# A change to prior approvals',
      '',
      'Dear Member,',
      '',
      'We are writing to tell you about a change to how requests are reviewed from June.',
      '',
      'A clinician will still decide every request that the tool does not approve.',
      '',
      'Sincerely,',
      '',
      'Anselm Fairweather-Obi, MD, MPH',
      'Chief Medical Officer',
    ]);
    expect(letter.a.byline?.names).toEqual(['Anselm Fairweather-Obi']);
    const notice = read([
      '# Notice of public hearing on a data-centre tariff',
      '',
      'The Commission will hear the application of Wexley Power on June 3, 2026.',
      '',
      'Written comments may be sent to the Commission until June 1, 2026.',
      '',
      'WEXLEY STATE UTILITIES COMMISSION',
      '',
      'Published in The Harn Valley Ledger May 1, 2026',
    ]);
    expect(notice.a.byline).toBeUndefined();
  });

  it('a pull quote whose sentences the story gives around its speaker leaves', () => {
    const { body, lifted } = read([
      '# The loom and the model',
      '',
      'Most designs are discarded after a first look by the studio team in the morning.',
      '',
      '> "The robot is quick. Judgement is still slow."',
      '',
      '"The robot is quick," says the studio head. "Judgement is still slow. That is where we spend our days."',
      '',
      'The studio now makes samples in four days.',
    ]);
    expect(lifted).toContain('"The robot is quick. Judgement is still slow."');
    expect(body.some((t) => t.startsWith('"The robot is quick," says'))).toBe(true);
  });

  it("a forum's replies indented as code are text, their headers lifted", () => {
    const { a, body, lifted } = read([
      '# Harbour robots pulled after a year (examplerobots.com)',
      '',
      '88 points by dockhand 4 hours ago | hide | past | favorite | 31 comments',
      '',
      'kestrel_99 3 hours ago | next [–]',
      '',
      'The robots were good at one job and nothing else. Every new task took weeks of tuning.',
      '',
      '    m.orlov 2 hours ago | parent | next [–]',
      '',
      '    That is the whole pitch in one line, and the software still knows only three motions.',
    ]);
    expect(a.title).toBe('Harbour robots pulled after a year');
    expect(lifted).toContain('m.orlov 2 hours ago | parent | next [–]');
    expect(body).toContain(
      'That is the whole pitch in one line, and the software still knows only three motions.',
    );
  });

  it('a reply indented however deep is read once, as text', () => {
    const { body } = read([
      '# Harbour robots pulled after a year',
      '',
      'The robots were good at one job and nothing else.',
      '',
      `${' '.repeat(40000)}That is the whole pitch in one line, and the software knows three motions.`,
    ]);
    expect(body).toContain('That is the whole pitch in one line, and the software knows three motions.');
  });

  it('indented code stays code', () => {
    const { a } = read([
      '# How to start the server',
      '',
      'Run the server with a small cache first, then raise it.',
      '',
      '    $ serve --max-seqs 256 --cache 0.9',
      '    const client = new Client({ url });',
      '',
      'Then open the metrics page.',
    ]);
    const kinds = [a.lead, ...a.sections].flatMap((s) => s.paragraphs.map((p) => p.kind));
    expect(kinds).toContain('code');
  });

  it('a list item broken off before a lowercase paragraph is joined', () => {
    const { body } = read([
      '# Scheduler starves long prompts',
      '',
      'Steps to reproduce:',
      '',
      '1. Start the server with the default settings on a long-context model.',
      '2. Stop the load generator. The long requests are admitted within a second, once the queue',
      '',
      'empties.',
      '',
      'The short requests were never slowed.',
    ]);
    expect(body.some((t) => t.endsWith('once the queue empties.'))).toBe(true);
  });

  it("a subtitle file's timings leave and its cues join into sentences", () => {
    const { body, lifted } = read([
      '# Night shift at the scanner',
      '',
      '1',
      '00:00:00,000 --> 00:00:03,100',
      'Just before midnight at Orrin Bay Hospital,',
      '',
      '2',
      '00:00:03,100 --> 00:00:06,400',
      'the night scans are read by a program first.',
      '',
      '3',
      '00:00:06,400 --> 00:00:09,000',
      'A doctor still signs every result.',
    ]);
    expect(lifted).toContain('00:00:03,100 --> 00:00:06,400');
    expect(body.join(' ')).not.toMatch(/-->/);
    expect(body).toContain(
      'Just before midnight at Orrin Bay Hospital, the night scans are read by a program first.',
    );
  });

  it("a listing's records are item sections under their part", () => {
    const { a } = read([
      '# Robotics — new submissions for Tue, 3 Nov 2026',
      '',
      '## New submissions (showing 2 of 2 entries)',
      '',
      '[1] qp:2611.00101 [pdf, html]',
      '',
      '**Title: Folding Towels from Ten Demonstrations**',
      '',
      'Authors: Ilse Marrow, Tomas Vey',
      '',
      'We teach a two-armed robot to fold towels from ten human demonstrations recorded at home.',
      '',
      '[2] qp:2611.00144 [pdf]',
      '',
      '**Title: Cheaper Attention on Small Chips**',
      '',
      'Authors: Ren Oduya',
      '',
      'We cut the energy per token of attention on low-power accelerators by a third.',
    ]);
    expect(a.sections.map((s) => [s.heading, s.group])).toEqual([
      ['Folding Towels from Ten Demonstrations', 'New submissions (showing 2 of 2 entries)'],
      ['Cheaper Attention on Small Chips', 'New submissions (showing 2 of 2 entries)'],
    ]);
  });
});
