// Session 9, sealed10 opened (English): a press release's standing text under bold lines, its issuer in bold; a live
// page's post stamps and its outlet line; a byline with the writer's address under it or their faculty after it; the
// site's other pieces of a kind, its job advert, an opinion page's disclaimer and a podcast's outro and header.
// New text, written for these tests.
import { describe, expect, it } from 'vitest';
import {
  furnitureLine,
  furnitureList,
  isCredit,
  parseBylineLine,
} from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, paragraphsOf } from './articles.ts';

const release = (extra: string[]) => [
  '# Orrin Labs Opens a Robot Repair School',
  '',
  '*Two colleges join the programme; the first class starts in June*',
  '',
  'NEWS PROVIDED BY',
  '',
  '**Orrin Labs Inc.**',
  '',
  'Apr 02, 2026, 09:00 ET',
  '',
  'DUNMORE, Pa., April 2, 2026 /PRNewswire/ -- Orrin Labs Inc., a maker of warehouse robots, today announced a school that will train 400 repair technicians a year.',
  '',
  'The programme lasts twelve weeks and is free for the first cohort, the company said.',
  '',
  'Enrolment opens today at orrinlabs.example/school.',
  '',
  ...extra,
  'Media contact:',
  'Jo Park',
  'press@orrinlabs.example',
  '',
  'SOURCE Orrin Labs Inc.',
];

describe('a press release', () => {
  it('lifts the standing text under its bold About and Forward-Looking lines, and its bold issuer', () => {
    const a = articleOf(
      release([
        '**About Orrin Labs**',
        '',
        'Orrin Labs Inc. builds mobile robots for warehouses. Founded in 2015, it has customers in 12 countries.',
        '',
        '**Forward-Looking Statements**',
        '',
        'This press release contains forward-looking statements. Actual results may differ materially.',
        '',
      ]),
    );
    const body = bodyOf(a);
    expect(body).toContain('The programme lasts twelve weeks');
    expect(body).toContain('Enrolment opens today at orrinlabs.example/school.');
    for (const gone of [
      'About Orrin Labs',
      'Founded in 2015',
      'Forward-Looking Statements',
      'forward-looking statements',
    ])
      expect(body).not.toContain(gone);
    // The issuer in bold under `NEWS PROVIDED BY` is the source, not a paragraph.
    expect(paragraphsOf(a)).not.toContain('Orrin Labs Inc.');
    expect(a.figures).toEqual([]);
    expect(a.meta?.source).toBe('Orrin Labs Inc.');
  });

  it('keeps an About part in a story that is no release, and a `## About` heading as a section', () => {
    const story = articleOf([
      '# A lab that teaches robots to ask for help',
      '',
      'By Jane Roe',
      '',
      'Students at the university built software that lets a robot stop and ask a worker for help.',
      '',
      '**About the project**',
      '',
      'The project began in 2024 with a grant of 40,000 crowns from the city council.',
    ]);
    expect(bodyOf(story)).toContain('The project began in 2024');
    const headed = articleOf(
      release(['## About Orrin Labs', '', 'Orrin Labs Inc. builds mobile robots.', '']),
    );
    expect(headed.sections.map((s) => s.heading)).toContain('About Orrin Labs');
  });

  it('does not take a sentence ending on a web address for a credit', () => {
    expect(isCredit('Applications open today at keelworks.example/academy.')).toBe(false);
    expect(isCredit('Registration is open at events.example/summit')).toBe(false);
    expect(isCredit('Jo Park/Reuters')).toBe(true);
  });
});

describe('a live page', () => {
  it('lifts the stamp over each post, in the forms live pages print it', () => {
    for (const stamp of [
      '17:40 BST',
      '*09:05 GMT*',
      '10:32 a.m. ET',
      '4 p.m.',
      '9.15am',
      '12:05 GMT, 3 March 2026',
      'Posted at 09:14',
      '1h ago',
      'Just now',
      '【17:40】',
      '14时05分',
    ])
      expect(furnitureLine(stamp), stamp).toMatchObject({ what: 'post time' });
    // A programme's line or a sentence with a time in it is the story's.
    for (const text of [
      '9:30 Lunch',
      '9:30 Keynote by the minister',
      '17:40 BST Sources say the vote is close',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
    // Said in words, it stays the page's date line.
    expect(furnitureLine('25 minutes ago')).toMatchObject({ what: 'date line' });
    // The page's own `Updated …` stamp still dates it.
    expect(furnitureLine('Updated 17:52 BST, Wed 22 April 2026')).toMatchObject({
      meta: { published: '2026-04-22' },
    });
  });

  it('reads the outlet and its section as the source, not as a byline', () => {
    for (const line of [
      'Veland Broadcasting Corporation · Politics',
      'The Orla Herald | Business',
      'Kestrel Radio · Science & Tech',
    ]) {
      expect(parseBylineLine(line), line).toBeUndefined();
      expect(furnitureLine(line), line).toMatchObject({ what: 'publication line' });
    }
    expect(furnitureLine('Kestrel Radio · Science & Tech')).toMatchObject({
      kind: 'meta',
      meta: { source: 'Kestrel Radio' },
    });
    expect(parseBylineLine('Jane Roe · Politics')?.byline.names).toEqual(['Jane Roe']);
  });

  it('keeps the posts apart and their text whole', () => {
    const a = articleOf([
      '# Council votes on AI audits – live',
      '',
      '## Vote passes',
      '',
      '*17:40 BST*',
      '',
      'The council passed the audit rules by 31 votes to 12.',
      '',
      '## Debate opens',
      '',
      '*13:05 BST*',
      '',
      'Councillors began debating the audit rules this afternoon.',
    ]);
    expect(bodyOf(a)).not.toContain('BST');
    expect(a.sections.map((s) => s.paragraphs.length)).toEqual([1, 1]);
  });
});

describe('bylines', () => {
  it('reads a bare name with the writer’s address under it as the byline', () => {
    const a = articleOf([
      '# Plant to add 200 jobs building robots',
      '',
      'Dana Whit',
      'dwhit@ledger.example',
      '',
      'Published: Mar. 10, 2026',
      '',
      'A robot maker will add a second production line and hire about 200 people, the company said Monday.',
    ]);
    expect(a.byline?.names).toEqual(['Dana Whit']);
    expect(bodyOf(a)).not.toContain('dwhit@');
  });

  it('takes where the writer works after a comma for no one', () => {
    expect(
      parseBylineLine('Story by Priya Nand, Faculty of Engineering Communications')?.byline.names,
    ).toEqual(['Priya Nand']);
    expect(parseBylineLine('By Sam Lee and Ann Roe, School of Medicine')?.byline.names).toEqual([
      'Sam Lee',
      'Ann Roe',
    ]);
    expect(parseBylineLine('By Jane Roe of the Gazette')?.byline.names).toEqual(['Jane Roe']);
  });
});

describe('the site’s own lines', () => {
  it('lifts a list of the site’s other pieces of a kind under its header', () => {
    for (const header of [
      'More explainers',
      'Latest analysis',
      'Keep reading',
      'Editor’s picks',
      'More in Health',
    ])
      expect(furnitureList(header), header).toMatchObject({ header: 'related links' });
    expect(furnitureList('More robots are coming')).toBeUndefined();
    const a = articleOf([
      '# Compute vouchers, explained',
      '',
      'The department will pay for part of the compute that small firms rent.',
      '',
      '**More explainers**',
      '',
      '- What the safety act bans',
      '- How the data centre map was drawn',
    ]);
    expect(bodyOf(a)).not.toContain('More explainers');
    expect(bodyOf(a)).not.toContain('safety act bans');
  });

  it('lifts the site’s job advert, an opinion page’s disclaimer and a podcast’s outro', () => {
    expect(
      furnitureLine(
        "We're hiring. Lumen is looking for research engineers who like making models smaller. See open roles →",
      ),
    ).toMatchObject({ what: 'job advert' });
    expect(furnitureLine('Join our team →')).toMatchObject({ what: 'job advert' });
    expect(furnitureLine("We're hiring 200 people this year, the chief executive said.")).toBeUndefined();
    expect(furnitureLine('The firm will view open roles as a sign of growth.')).toBeUndefined();
    expect(furnitureLine("The views expressed in this article are the author's own.")).toMatchObject({
      what: 'disclaimer',
    });
    expect(
      furnitureLine('Opinions expressed are those of the author and do not necessarily reflect ours.'),
    ).toMatchObject({ what: 'disclaimer' });
    expect(furnitureLine('The views expressed by patients were mixed.')).toBeUndefined();
    expect(
      furnitureLine('Enjoyed the show? Rate and review us wherever you get your podcasts, and subscribe.'),
    ).toMatchObject({ what: 'podcast outro' });
  });

  it('dates a podcast by its header with the season and episode in it', () => {
    expect(furnitureLine('The Ward Round · Season 4 · 6 March 2026 · 48 min')).toMatchObject({
      meta: { published: '2026-03-06' },
    });
    expect(furnitureLine('Night Shift · S2 E14 · 9 May 2026')).toMatchObject({
      meta: { published: '2026-05-09' },
    });
  });
});

describe('a release’s bold About lines with abbreviations in them', () => {
  it('lifts `About St. Aldric Health` and `About Orrin Labs Inc.` as standing text', () => {
    const a = articleOf(
      release([
        '**About Orrin Labs Inc.**',
        '',
        'Orrin Labs Inc. builds mobile robots for warehouses.',
        '',
        '**About St. Aldric Health**',
        '',
        'St. Aldric Health runs three hospitals in the valley.',
        '',
      ]),
    );
    expect(bodyOf(a)).not.toContain('builds mobile robots');
    expect(bodyOf(a)).not.toContain('runs three hospitals');
  });
});

describe('page lines probed beyond the corpus (wire and newspaper sites)', () => {
  it('lifts the desk’s contributors, a wire’s update notes and whom to write to', () => {
    for (const [line, what] of [
      ['AP writers Sam Lee in Denver and Ann Roe in Boston contributed.', 'contributor line'],
      ['— With assistance from Sam Lee', 'contributor line'],
      ['(Adds details in paragraph 5)', 'update note'],
      ['(Updates with CEO comments in third paragraph)', 'update note'],
      ['To contact the reporter on this story: Jane Roe in London at jroe@wire.example', 'contact line'],
      ['Write to Jane Roe at jane.roe@ledger.example', 'contact line'],
      ['Email Jane Roe', 'contact line'],
      ['This article is more than 2 years old', 'share, sign-up or navigation line'],
      ['Your browser does not support the video tag.', 'share, sign-up or navigation line'],
      ['Skip advertisement', 'share, sign-up or navigation line'],
      ['Word count: 1,204', 'share, sign-up or navigation line'],
      ['Jane Roe covers technology for The Ledger.', 'author bio'],
    ])
      expect(furnitureLine(line!), line).toMatchObject({ what });
    expect(isCredit('Illustration: The Ledger; Getty Images')).toBe(true);
    expect(isCredit('Reuters Graphics')).toBe(true);
  });

  it('keeps sentences of the same words', () => {
    for (const text of [
      'Reporters from three papers contributed.',
      'Writers and artists contributed to the exhibition.',
      'With assistance from the state, the firm built a new plant.',
      '(Adds a note of caution, the minister said.)',
      'Email remains the main channel for complaints.',
      'Jane Roe covers the cost of training herself.',
      'Supported by the ministry, the programme trains 400 people.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });
});

describe('page lines probed beyond the corpus (blog, newsletter, government and press sites)', () => {
  it('lifts a platform’s own lines, sound cues, a release’s end mark and date, and a press office’s numbers', () => {
    for (const line of [
      'Like this:',
      'Leave a Reply Cancel reply',
      'Your email address will not be published. Required fields are marked *',
      '12 thoughts on “Robots at work”',
      'Discussion about this post',
      'Type your email...',
      "Jane Roe's Newsletter is a reader-supported publication.",
      'Published in Towards AI',
      'Help Status About Careers Blog Privacy Terms Text to speech Teams',
      'Privacy ∙ Terms ∙ Collection notice',
      'Part of: Artificial intelligence',
      'Page last reviewed: 3 March 2026',
      '[MUSIC PLAYING]',
      '[Applause]',
      'Show transcript',
      'Tel: 020 7946 0000',
      'Contact: Jane Roe, 555-0142',
      'For more information, visit acme.example.',
      'Advertiser content from Acme',
      'This content was paid for by Acme and produced by Studio X.',
      '-30-',
    ])
      expect(furnitureLine(line), line).toBeDefined();
    expect(furnitureLine('Release date: 3 March 2026')).toMatchObject({ meta: { published: '2026-03-03' } });
    expect(furnitureList('Media Inquiries')).toMatchObject({ header: 'contact block' });
    expect(furnitureList('Contact')).toBeUndefined();
    expect(parseBylineLine('Jane Roe • 2nd • Head of AI at Acme')?.byline.names).toEqual(['Jane Roe']);
  });

  it('keeps sentences and short rows that only share the words', () => {
    for (const text of [
      'Contact: the union says talks will resume on 3 May 2026',
      'Phone: the new model has 12 cameras',
      "For more information, visit the council's website and read the report.",
      'Help the workers about their careers',
      'Home About Contact',
      'Published in 2024, the report found gaps.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });

  it('lifts a release’s notes to editors as standing text', () => {
    const a = articleOf(
      release(['**Notes to editors**', '', 'The school is part of the national skills programme.', '']),
    );
    expect(bodyOf(a)).not.toContain('national skills programme');
  });
});

describe('a page’s controls and embeds inside the story, probed beyond the corpus', () => {
  it('lifts gallery and player controls, embedded posts’ frames, paywall prompts and machine-made notes', () => {
    for (const line of [
      'Click to enlarge',
      'Image 1 of 5',
      '1 / 5',
      'Loading chart...',
      'Next image',
      'View this post on Instagram',
      'A post shared by Acme Robotics (@acmerobotics)',
      '— Jane Roe (@jroe) March 3, 2026',
      'pic.twitter.com/abc123',
      'This is a preview of subscription content.',
      'To continue reading, subscribe.',
      'Audio is AI-generated.',
      'This article was generated with the help of AI and reviewed by an editor.',
      'Go deeper: Robots at the port',
    ])
      expect(furnitureLine(line), line).toBeDefined();
    for (const text of [
      'Close to 200 people attended.',
      'Expand the programme to every region, the report says.',
      '1 / 5 of the workforce',
      'Loading the trucks takes two hours.',
      'Go deeper into the data, and the pattern is clear.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });
});

describe('English bylines probed beyond the corpus', () => {
  it('reads the names past a dash, a job, an address, an editor, a `with` and an outlet’s letters', () => {
    const cases: [string, string[]][] = [
      ['By Jane Roe - Staff Writer', ['Jane Roe']],
      ['By Jane Roe with Sam Lee', ['Jane Roe', 'Sam Lee']],
      ['Written by Jane Roe. Edited by Sam Lee.', ['Jane Roe']],
      ['By Jane Roe | jroe@ledger.example', ['Jane Roe']],
      ['Jane Roe — Reuters', ['Jane Roe']],
      ['By Jane Roe, CNBC', ['Jane Roe']],
      ['Guest post by Jane Roe', ['Jane Roe']],
      ['Contributed by Jane Roe', ['Jane Roe']],
      ['Words and pictures by Jane Roe', ['Jane Roe']],
      ['Text: Jane Roe', ['Jane Roe']],
      ['Story: Jane Roe', ['Jane Roe']],
      ['Jane Roe, Guest Contributor', ['Jane Roe']],
      ['Jane Roe · Mar 3 · 5 min read', ['Jane Roe']],
    ];
    for (const [line, names] of cases) expect(parseBylineLine(line)?.byline.names, line).toEqual(names);
    expect(parseBylineLine('By Jane Roe — March 3, 2026')?.meta.published).toBe('2026-03-03');
    expect(parseBylineLine('Written by Jane Roe. Edited by Sam Lee.')?.meta.editor).toBe('Sam Lee');
    expect(parseBylineLine('Jane Roe — Reuters')?.meta.source).toBe('Reuters');
    expect(parseBylineLine('By Jane Roe, MD')?.byline.names).toEqual(['Jane Roe']);
    expect(parseBylineLine('By Jane Roe and Sam Lee, BBC')?.byline.names).toEqual(['Jane Roe', 'Sam Lee']);
  });

  it('reads the writer after a kicker, and keeps a kicker over a headline a label', () => {
    expect(furnitureLine('Analysis | Jane Roe')).toMatchObject({ byline: { names: ['Jane Roe'] } });
    expect(furnitureLine('OPINION | Jane Roe')).toMatchObject({ byline: { names: ['Jane Roe'] } });
    expect(furnitureLine('Analysis | Robots at work')).toMatchObject({ what: 'section label' });
    const a = articleOf([
      '# Why the audit bill matters',
      '',
      'Analysis | Jane Roe',
      '',
      'The bill asks every council to register its automated systems and name an official for each.',
    ]);
    expect(a.byline?.names).toEqual(['Jane Roe']);
    expect(bodyOf(a)).not.toContain('Analysis');
  });
});
