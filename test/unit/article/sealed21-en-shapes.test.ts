// English page shapes first seen in sealed21 (session 14), tested on invented text: what mail clients, chat exports and
// editing tools add to what people wrote; a record's row of fields with its date stamp; a bold run its sentence goes on
// from; a corrections page's titled items; a page's documents; a slide deck's presenter; a tracker's opener; an
// advertisement under its label; a footer's row of links.
import { describe, expect, it } from 'vitest';
import { furnitureLine, furnitureList, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { readPage as read } from '../../helpers/page.ts';

const what = (line: string) => furnitureLine(line)?.what;
/** The metadata and byline a line gives, when it gives any. */
const metaOf = (line: string) => {
  const found = furnitureLine(line);
  return found?.kind === 'meta' ? found : undefined;
};

describe('what a mail client adds', () => {
  it.each([
    ['Sent from my iPhone', 'mail signature'],
    ['Sent from Outlook for Android', 'mail signature'],
    ['Get Outlook for iOS', 'mail signature'],
    [
      '[EXTERNAL] This email came from outside Dunmore Trust. Do not click links unless you recognise the sender.',
      'mail banner',
    ],
    ['CAUTION: This message originated from outside the organisation.', 'mail banner'],
    [
      'This message and any attachments may contain confidential information. If you are not the intended recipient, delete it.',
      'mail disclaimer',
    ],
    ['CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient.', 'mail disclaimer'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'Sent from the front line, her letters describe the robot trials.',
    'This message is clear: the council wants more data centres.',
    'Caution: the figures are provisional and may be revised.',
  ])('not %s', (line) => expect(furnitureLine(line)).toBeUndefined());
});

describe('what a chat export adds', () => {
  it.each([
    [':tada: 3', 'reactions'],
    [':+1: 12   :heart: 2', 'reactions'],
    ['🔥 5 👀 1', 'reactions'],
    ['*Jon Aldis has joined the channel.*', 'chat notice'],
    ['Mira Sen left the group', 'chat notice'],
    ['↳ 7 replies · Last reply 3:14 PM', 'thread summary'],
    ['Only the last 10,000 messages are kept. Upgrade to view older messages.', 'upgrade prompt'],
    ['📎 budget-2027-draft.xlsx', 'attached file'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'The vote was 3 to 2.',
    'Two engineers joined the team in March.',
    'Ask the vendor to upgrade to the newer cards next year.',
    'The file named budget-2027-draft.xlsx went missing in the move.',
  ])('not %s', (line) => expect(what(line) ?? '').not.toMatch(/reactions|chat notice|upgrade|attached/));
  it('a copyright year is no reaction (© is a pictograph in Unicode)', () =>
    expect(what('© 2026')).toBe('copyright line'));
});

describe("an editing tool's leftovers and a document's marking", () => {
  it.each([
    ['[Click to add title]', 'editor placeholder'],
    ['Click here to enter text.', 'editor placeholder'],
    ['Write Preview', 'editor placeholder'],
    ['OFFICIAL-SENSITIVE', 'protective marking'],
    ['COMMERCIAL IN CONFIDENCE · Not for onward circulation', 'protective marking'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'Official figures show a rise in robot sales.',
    'CONFIDENTIAL: THE BOARD MET TWICE.',
    'Restricted access to the lab ended in June.',
  ])('not %s', (line) => expect(what(line) ?? '').not.toBe('protective marking'));
  it('two of the page’s lines on one, set with a dash', () =>
    expect(furnitureLine('Slide 4 of 12 — [Click to add text]')?.kind).toBe('furniture'));
});

describe('a page’s documents', () => {
  it.each([
    'Tender pack (PDF, 2.1 MB)',
    'Appendix C – Site plan (PDF, 3 MB)',
    'Attachment: minutes-final.docx (88 KB)',
  ])('%s is a file', (line) => expect(what(line)).toBe('attached file'));
  it('a sentence that cites a report is not', () =>
    expect(furnitureLine('The council said the study was flawed. Read it here (PDF, 1 MB)')?.what).not.toBe(
      'attached file',
    ));
  it('a documents heading over files lifts the part', () => {
    const { a, body } = read([
      '# Cloud hosting contract awarded',
      '',
      'The city picked a regional host for its transit models after a six-week tender.',
      '',
      '## Documents',
      '',
      '- Invitation to tender (PDF, 800 KB)',
      '- Clarifications round 1 (DOCX, 52 KB)',
    ]);
    expect(a.sections.map((s) => s.heading)).not.toContain('Documents');
    expect(body.join(' ')).not.toContain('Invitation to tender');
  });
  it('the header alone is not a list of documents', () => expect(furnitureList('Documents')).toBeDefined());
});

describe("a record's row of fields with its date stamp", () => {
  it.each([
    ['Guide price £2m · Ref NW-88 · Listed 3 February 2027', '2027-02-03'],
    ['Record R-2291 | First posted: 2027-01-09 | Status: Open', '2027-01-09'],
    ['Published 5 March 2027 · 4 answers · Not edited', '2027-03-05'],
    ['Cardiology network · Quarterly review · 18 March 2027', '2027-03-18'],
  ])('%s', (line, day) => expect(metaOf(line)?.meta.published).toBe(day));
  it.each(['Posted by Lena Ortiz on May 2, 2027 · 4 min read', 'Version 2.4.0 · 1 Feb 2027'])(
    'not %s (a byline, a release)',
    (line) => expect(furnitureLine(line)?.what ?? '').not.toBe('date line'),
  );
});

describe('a bold run its sentence goes on from', () => {
  it('is not an item title', () => {
    const { a, body } = read([
      '# Written answers: robotics',
      '',
      '## Robotics: Ports',
      '',
      '**Question 77**, tabled on 2 May 2027',
      '',
      'To ask the minister what support ports receive for automated cranes.',
      '',
      '**Answered by the Minister for Trade**, on 9 May 2027',
      '',
      'Two ports received grants this year.',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Robotics: Ports']);
    expect(body).toContain('Question 77, tabled on 2 May 2027');
  });
});

describe('a corrections page', () => {
  it('keeps a clarification titled in bold as an item, not as the page’s note', () => {
    const { a, note } = read([
      '# Corrections',
      '',
      '## Week of 3 May 2027',
      '',
      '**Chip plant jobs.** A story on May 1 gave the wrong number of jobs at the Ostry plant; it is 400, not 4,000.',
      '',
      '**Clarification: robot taxis.** A May 2 story said the taxis had no safety drivers. Two of the ten still do.',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Chip plant jobs', 'Clarification: robot taxis']);
    expect(note).toEqual([]);
  });
  it('a correction labelled in bold alone is still the note', () => {
    const { note } = read([
      '# Robot taxis return',
      '',
      'The taxis are back on the road after a month.',
      '',
      '**Correction:** An earlier version gave the wrong month.',
    ]);
    expect(note).toHaveLength(1);
  });
});

describe('bylines from a slide deck and a tracker', () => {
  it('a presenter with the job after a comma, over the date line', () => {
    const { a, body } = read([
      '# Robots in the ward: a year on',
      '',
      'Prof Amara Quell, Director of Nursing Informatics',
      'Ostry Health Trust · Board seminar · 12 April 2027',
      '',
      'The trust put four delivery robots on two wards last spring.',
    ]);
    expect(a.byline?.names).toEqual(['Amara Quell']);
    expect(a.meta?.published).toBe('2027-04-12');
    expect(body.join(' ')).not.toContain('Director of Nursing');
  });
  it('a first paragraph naming someone and their job is text', () => {
    const { a } = read([
      '# Robots in the ward',
      '',
      'Amara Quell, who directs nursing informatics, said the robots saved hours.',
    ]);
    expect(a.byline).toBeUndefined();
  });
  it.each([
    ['Lena Ortiz (lortiz) opened this issue on Mar 2, 2027 · 4 comments', ['Lena Ortiz'], '2027-03-02'],
    ['kbright opened this pull request on 4 March 2027', undefined, '2027-03-04'],
  ])('%s', (line, names, day) => {
    const found = metaOf(line);
    expect(found?.byline?.names).toEqual(names);
    expect(found?.meta.published).toBe(day);
  });
});

describe('an advertisement under its label', () => {
  it('is lifted when it ends on its call to act', () => {
    const { body } = read([
      '# Four robotics jobs this week',
      '',
      'Every week we choose four openings from the listings.',
      '',
      '*Advertisement*',
      '',
      '**Master SQL in a month** — evening classes in the city centre. [Book now]',
      '',
      'The second job is at a warehouse.',
    ]);
    expect(body.join(' ')).not.toContain('Master SQL');
    expect(body).toContain('The second job is at a warehouse.');
  });
  it('a paragraph after the label that reads as the story stays', () => {
    const { body } = read([
      '# Robot lawnmowers',
      '',
      'Sponsored',
      '',
      'The council trialled the mowers in three parks over the summer.',
    ]);
    expect(body).toContain('The council trialled the mowers in three parks over the summer.');
  });
});

describe('rows of the page’s links', () => {
  it.each([
    '[Print] [Share this page] [Save to list]',
    'Apply as a supplier | Subscribe to tender alerts | Accessibility | Cookies',
  ])('%s', (line) => expect(furnitureLine(line)?.kind).toBe('furniture'));
  it.each([
    'Ports bought cranes | Staff were retrained | Robots arrived late',
    '[Reuters] [Associated Wire]',
  ])('not %s', (line) =>
    expect(furnitureLine(line)?.what ?? '').not.toBe('share, sign-up or navigation line'),
  );
  it.each(['Related questions', 'Similar properties', 'Other vacancies'])(
    '%s heads a list of links',
    (line) => expect(furnitureList(line)?.header).toBe('related links'),
  );
});

describe('prompts at the foot', () => {
  it.each([
    'Questions about this tender? Contact the procurement team at bids@ostry.example.',
    'Spotted a mistake? Tell us at corrections@ledger.example.',
    'Disclaimer: A listing here is not an endorsement by the register.',
    'These particulars are for guidance only and do not form part of any contract.',
  ])('%s', (line) => expect(furnitureLine(line)?.kind).toBe('furniture'));
});

// (sealed22) A community site's lines around its posts, a record index's own fields, a transcript's end in words, a
// service's and a charity's word on themselves, a table's one-cell row, a capital that starts a sentence.
describe('a Q&A site, a wiki talk page, a code review, a patent index', () => {
  it.each([
    ['Share Edit Improve this answer Follow', 'post actions'],
    ['answered Mar 3 at 8:05', 'post time'],
    ['asked 2 hours ago', 'post time'],
    ['Asked 5 days ago · Modified yesterday · Viewed 340 times', 'post time'],
    ['Sorted by: Date modified (newest first)', 'Q&A site line'],
    ['12.1k ● 3 ● 40', 'Q&A site line'],
    ['From Velopedia, the free encyclopedia', 'wiki page line'],
    ['WikiProject Medicine (Rated B-class, High-importance)', 'wiki page line'],
    ['This page was last edited on 2 March 2027, at 14:10 (UTC).', 'wiki page line'],
    ['Some checks were not successful · 1 failing check', 'code review line'],
    ['Assignees: @rkahn · Milestone: v2.1', 'code review line'],
    ['This branch is out-of-date with the base branch', 'code review line'],
    ['Legal status: Granted', 'record field'],
    ['Show all 24 claims', 'record field'],
  ])('%s', (line, kind) => expect(what(line)).toBe(kind));
  it.each([
    'Labels: robotics, hospitals',
    'The students asked Mar 3 at the meeting whether robots would grade them.',
    'She answered yesterday that the cap would stay.',
  ])('not %s', (line) => expect(what(line) ?? '').not.toMatch(/post time|code review|Q&A|wiki|record field/));
  it('a table’s one-cell row left as text is read as its cell', () =>
    expect(what('| WikiProject Ports (Rated Start-class, Low-importance) |')).toBe('wiki page line'));
});

describe('a transcript’s end, a service and a charity on themselves', () => {
  it.each(['Transcript ends.', 'End of recording', 'The episode ends.'])('%s', (line) =>
    expect(what(line)).toBe('end mark'),
  );
  it.each([
    'Tender Finder is provided for information only.',
    'Hearing Futures is a registered charity in Scotland (SC012345).',
  ])('%s', (line) => expect(what(line)).toBe('disclaimer'));
  it('a sentence about a charity is text', () =>
    expect(
      furnitureLine('The trust, a registered charity since 1990, funds hearing tests.'),
    ).toBeUndefined());
});

describe('a capital that starts a sentence', () => {
  it('a paragraph cut inside a clause is not joined to one that opens on a word the text writes in lower case', () => {
    const { body } = read([
      '# Hearing checks in schools',
      '',
      'Every school in the pilot tested every pupil in year one, and each referral is',
      '',
      'Every result is checked by an audiologist before parents hear of it.',
    ]);
    expect(body).toHaveLength(2);
  });
  it('but a name after the cut is still joined', () => {
    const { body } = read([
      '# Hearing checks in schools',
      '',
      'The results from the nine schools were checked in spring by',
      '',
      'Tarnmouth Children’s Hospital, whose audiologists saw every referral.',
    ]);
    expect(body).toHaveLength(1);
  });
});

describe('a byline named for its kind of piece, a show’s line', () => {
  it.each([
    ['Appeal by Rhea Solberg, Fundraising Lead · 2 March 2027', ['Rhea Solberg']],
    ['Field notes by Tomas Ek', ['Tomas Ek']],
  ])('%s', (line, names) => expect(parseBylineLine(line)?.byline.names).toEqual(names));
  it('a piece by an office names no one', () =>
    expect(parseBylineLine('Report by the Audit Office')).toBeUndefined());
  it('the show’s name is the source', () =>
    expect(metaOf('The Current Draw · Episode 41 · 9 March 2027')?.meta).toEqual({
      source: 'The Current Draw',
      published: '2027-03-09',
    }));
  it('a person’s name before the episode is not', () =>
    expect(metaOf('Jane Roe · Episode 4 · 3 May 2027')?.meta.source).toBeUndefined());
});

describe('a site’s header bar on the page’s first line', () => {
  it('names the site', () => {
    const { a } = read([
      'Ostry & Vale Estates | Industrial | Land | Offices | Research',
      '',
      '# Powered land for sale near Tolwick',
      '',
      'A level site of 30 acres with a grid connection is for sale.',
    ]);
    expect(a.meta?.source).toBe('Ostry & Vale Estates');
  });
  it.each([
    'News | Business | Tech | Health | Opinion',
    'Skip to content | Home | About | Contact',
    'Robots | Drones | Sensors | Chips',
  ])('not %s', (line) => {
    const { a } = read([line, '', '# Robots at work', '', 'The factory bought six robots this year.']);
    expect(a.meta?.source).toBeUndefined();
  });
});
