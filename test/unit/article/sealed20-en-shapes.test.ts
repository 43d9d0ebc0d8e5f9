// English page shapes first seen in sealed20 (session 13), tested on invented text: a script's cues and end mark, the
// way back to a site's lists, a feedback prompt naming its page, a kind-of-piece kicker before a bar, a letter's
// sign-off, a note in square brackets, a report's running header set in columns.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { readPage as read } from '../../helpers/page.ts';

describe('a broadcast script', () => {
  it.each([
    '[PRESENTER TWO — ON MIC]',
    '[MUSIC UP, THEN UNDER]',
    '(MORE)',
    "(CONT'D)",
    '*** END OF BULLETIN ***',
    '=== END OF TRANSCRIPT ===',
  ])('%s is the script’s, not the story’s', (line) => expect(furnitureLine(line)?.kind).toBe('furniture'));
  it.each([
    '[Editor’s note: this story was updated on Monday.]',
    '(More details will follow.)',
    '[1]',
    'The end of an era',
  ])('%s is not a cue', (line) => expect(furnitureLine(line)?.what ?? '').not.toMatch(/script cue|end mark/));
});

describe('the way back to a list of the site’s pages', () => {
  it.each([
    '← Back to release notes',
    'Back to the course catalogue',
    'Return to search results',
    'Back to the events page',
  ])('%s', (line) => expect(furnitureLine(line)?.what).toBe('share, sign-up or navigation line'));
  it.each(['Back to the drawing board', 'Back to school for robots', 'Return to sender'])('not %s', (line) =>
    expect(furnitureLine(line)).toBeUndefined(),
  );
});

describe('a feedback prompt naming its page', () => {
  it.each([
    'Was this incident report helpful?',
    'Is this help article useful? 👍 👎',
    'Was this guide helpful? Yes | No',
  ])('%s', (line) => expect(furnitureLine(line)?.what).toBe('feedback prompt'));
  it('but not a question about something else', () =>
    expect(furnitureLine('Is this approach really useful?')).toBeUndefined());
  it('but not a question the story asks', () =>
    expect(
      furnitureLine('Was this investment in robots really helpful to the workers it replaced?'),
    ).toBeUndefined());
});

describe('a kicker before a bar', () => {
  it('names the kind of piece, not a writer', () => {
    expect(parseBylineLine('Opinion | 4 May 2026 | From the editorial board')?.byline).toBeUndefined();
  });
  it('while a full name before the bar still is one', () => {
    expect(parseBylineLine('Nadia Pell | Reuters')?.byline?.names).toEqual(['Nadia Pell']);
  });
});

describe('a letter’s sign-off', () => {
  const statement = [
    '# Statement on the hospital trust’s scheduling software',
    '',
    'The Radiographers’ Guild has asked the trust to pause the software until staff have seen its evaluation.',
    '',
    'We will meet the trust’s board next week and report back to members.',
    '',
    'Yours sincerely,',
    '',
    'Tamsin Oduya',
    'Chair, Radiographers’ Guild',
    '',
    'Follow the Guild on social media for updates.',
  ];

  it('gives the signer as the byline and lifts the valediction, the name and the office', () => {
    const { a, body } = read(statement);
    expect(a.byline?.names).toEqual(['Tamsin Oduya']);
    expect(body.join('\n')).not.toMatch(/Yours sincerely|Tamsin Oduya|Chair, Radiographers/);
    expect(body.join('\n')).toContain('report back to members.');
  });

  it('only with a name under the valediction, and at the end of the text', () => {
    const noName = statement.map((l) => (l === 'Tamsin Oduya' ? 'the guild’s executive' : l));
    expect(read(noName).body.join('\n')).toContain('Yours sincerely,');
    const early = [
      '# A letter',
      '',
      'Best,',
      'Tamsin Oduya',
      ...'one two three four five six seven eight nine'.split(' ').flatMap((w) => ['', `Paragraph ${w}.`]),
    ];
    expect(read(early).a.byline).toBeUndefined();
    // A name far below the valediction is not its signer.
    const far = statement.map((l) => (l === 'Tamsin Oduya' ? '\n\n\nTamsin Oduya' : l));
    expect(read(far).body.join('\n')).toContain('Yours sincerely,');
  });
});

describe('a note in square brackets', () => {
  it('closes its sentence: never joined to the paragraph after it', () => {
    const { body } = read([
      '# Data centres planned across the valley',
      '',
      '[This map is interactive. Pinch or scroll to zoom into each site.]',
      '',
      'Of the twelve sites with planning permission, nine are for machine-learning halls.',
    ]);
    expect(body).toContain(
      'Of the twelve sites with planning permission, nine are for machine-learning halls.',
    );
  });
});

describe('a report’s running header set in columns', () => {
  it('is lifted on every page even when its run of spaces makes it longer than a header', () => {
    const header = `NORTHFOLD CARE NETWORK${' '.repeat(30)}Annual Digital Safety Review 2025`;
    const { body, a } = read([
      '# Annual Digital Safety Review 2025',
      '',
      header,
      '',
      'The network used six tools in clinical care this year.',
      '',
      header,
      '',
      'Two were withdrawn after audits.',
    ]);
    expect(body).toEqual([
      'The network used six tools in clinical care this year.',
      'Two were withdrawn after audits.',
    ]);
    expect(a.furniture?.filter((f) => f.what === 'page header or footer')).toHaveLength(2);
  });
});

describe('a printed page’s footnote between a sentence and its rest on the next page', () => {
  it('is passed over: the sentence is joined, the footnote follows the paragraph', () => {
    const { a, body } = read([
      '# Annual audit of triage tools',
      '',
      'Over the year the tool read every film, and in the monthly audit it flagged',
      '',
      '² An audit sample is drawn at random each month.',
      '',
      'as urgent twelve films that a radiologist later reported as normal.',
    ]);
    expect(body).toEqual([
      'Over the year the tool read every film, and in the monthly audit it flagged as urgent twelve films that a radiologist later reported as normal.',
      '² An audit sample is drawn at random each month.',
    ]);
    expect(a.repairs.find((r) => r.kind === 'joined-paragraphs')?.detail).toMatch(
      /across the footnote at line 5/,
    );
  });

  it('but not when the text after it opens a sentence of its own', () => {
    const { body } = read([
      '# Annual audit of triage tools',
      '',
      'Over the year the tool read every film, and in the monthly audit it flagged',
      '',
      '² An audit sample is drawn at random each month.',
      '',
      'The other tools are smaller.',
    ]);
    expect(body).toHaveLength(3);
  });
});

describe('a report’s cover', () => {
  const cover = [
    '# Digital Safety Review 2025',
    '',
    'Prepared by Dr Maren Ilves, Chief Medical Officer, and Jonas Teague, Head of Assurance',
    '',
    'Presented to the Trust Board, 12 March 2026',
    '',
    'The trust used six tools in clinical care this year.',
  ];
  it('names its writers and its date', () => {
    const { a, body } = read(cover);
    expect(a.byline?.names).toEqual(['Maren Ilves', 'Jonas Teague']);
    expect(a.meta?.published).toBe('2026-03-12');
    expect(body).toEqual(['The trust used six tools in clinical care this year.']);
  });
  it('but not a sentence about what was laid before someone', () => {
    expect(furnitureLine('presented to a committee that met twice, 19 February 2026')).toBeUndefined();
  });
  it('but a sentence about a presentation is the story’s', () => {
    expect(
      furnitureLine('Presented to the board in March, the plan was approved after a long debate.'),
    ).toBeUndefined();
  });
});

describe('a page’s toggles, counters and timings', () => {
  it.each([
    '... read more',
    '… more',
    'View details',
    'Show less',
    'Leave a comment (12)',
    'Join the conversation (1.2k comments)',
    'TRT: 1:10',
    '€9,400 raised of €20,000 · 211 donors · 14 days left',
  ])('%s is the page’s', (line) => expect(furnitureLine(line)?.kind).toBe('furniture'));
  it.each([
    'Show less mercy to the machines, the union said.',
    'Duration: the pilot will run for two years.',
    'The fund raised €9,400 from 211 donors in 14 days.',
  ])('%s is the story’s', (line) => expect(furnitureLine(line)).toBeUndefined());
});
