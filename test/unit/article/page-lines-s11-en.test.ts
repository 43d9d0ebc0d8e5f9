// Session 11, English page lines probed beyond the corpus, by the kind of page that prints them: minutes, call
// transcripts, podcasts, judgments, release notes, reviews, obituaries, live pages, newsletters, press releases,
// newsrooms, government notices, job ads, event listings, social posts, recipes, papers, scores and weather.
// Our own variants of each family (new wording, names, numbers), set in the middle of a story's section, the hardest
// place; each family's sentences of text stay text.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/article/parse.ts';

/** The story's text with the line set between two paragraphs of its second section. */
function bodyWith(line: string): string {
  const md = [
    '# Valley firm opens a second plant',
    '',
    'By Ada Quint',
    '',
    'The firm will open a second plant in the valley next year, its managers said on Tuesday.',
    '',
    '## The plan',
    '',
    'The first hall will be ready in the autumn, the company said.',
    '',
    line,
    '',
    'The second hall depends on a new road, planners said.',
    '',
    '## What comes next',
    '',
    'The board will vote on the budget in June.',
  ].join('\n');
  const article = parseArticle(md, { file: 'p.md' }).article;
  return article
    ? [article.lead, ...article.sections].flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    : '';
}

const FURNITURE: Record<string, string[]> = {
  minutes: [
    'Recorded by: Dana Whitcombe, Deputy Clerk',
    'Vote: 6–1',
    'Chair: Cllr Rosalind Achterberg',

    'Minutes of the Special Meeting of the Orrin Parish Board | Monday, 2 March 2026 | 6:30 p.m.',
    'Regrets: Trustee M. Halloran, Trustee P. Dube',
    'Next regular meeting: Thursday, 9 April 2026, 7 p.m., Parish Hall',
    'Roll call — 5 present, 2 absent',
    '🎥 Watch the hearing on Orrin Public Access TV — Archive',
  ],
  'call transcript': [
    '[Operator Instructions]',
    'Duration: 61 minutes',
    'Market cap: $4.2B | P/E 21.3',
    'Listen to the webcast replay',

    'Q3 2026 Earnings Call Transcript | Maribel Foods (NYSE: MBF)',
    'MBF −1.27% ▼ $44.05',
    'This transcript was produced automatically and may contain mistakes; check the filings for the official figures.',
    'Unlock the full transcript with Ticker Plus — 7-day free trial',
    'More MBF transcripts → Q2 2026 | Q1 2026',
  ],
  podcast: [
    'Guests: Mara Lind, Tomas Beck',
    'Support the show on Patreon',

    '🎙️ Listen on Spotify · Pocket Casts · YouTube Music',
    '00:00 Welcome | 12:30 The harvest | 48:02 Your letters',
    'Season 5, Episode 12',
  ],
  judgment: [
    'IN THE COURT OF APPEAL (CIVIL DIVISION)',
    '- and -',
    'Counsel: Mr P. Osei for the respondent',
    'Judgment reserved',

    'Case No: CV-2026-00418',
    'Before: THE RIGHT HONOURABLE LORD JUSTICE PELHAM',
    'Coram: Ostrander CJ, Mwangi and Lindqvist JJA',
    'Unapproved judgment (subject to final corrections)',
    'Hearing date: 11 June 2026',
  ],
  'release page': [
    '@quillmaker made their first contribution in #4412',
    'SHA256: 9f86d081884c7d659a2feaa0c55ad015',
    'Pre-release',
    '📦 Assets 3',
    'pip install tidewater==2.4.1',
    'yarn add @quill/forms@0.9.3',
  ],
  review: [
    '4.5 out of 5 stars',
    'Best for: commuters on a budget',
    'Where to watch: Streamly',

    'Our rating: 4/5',
    '★★★☆☆ 3.2 from 88 ratings',
    'Pros: Quiet motor, easy to clean | Cons: Heavy lid',
    'Written and directed by Sena Abara · 2h 11m · Rated R · In cinemas April 3',
    'Specs: 13-inch display • 16GB RAM • 512GB SSD',
    '412 people found this review helpful',
  ],
  obituary: [
    'Guest Book (31 entries)',

    'Born: 14 May 1941 — Died: 2 February 2026',
    'Funeral service: Saturday, 7 March, 11 a.m., St Brigid’s Church, 4 Mill Road',
    'Send flowers to the family → Delivered today',
    'Obituary Details ▾',
    'A live stream of the funeral will be shown here from 10:45 a.m.',
  ],
  'live page': [
    'Show 8 new updates',
    'Updated at 16.05 BST',
    'Auto-update: On',

    'Live · Updated 14 minutes ago',
    'Breaking: Results expected before midnight',
    'Ruth Adeyemi (now) and Sam Kowal (earlier)',
    '📌 Pinned post',
  ],
  newsletter: [
    'Paid subscribers only',
    'Read time: 7 minutes',

    'You’re reading Field Notes, a free fortnightly newsletter by Ola Brandt.',
    'Our mailing address is: Brandt Media · 9 Quay Street · Dunmore, ON K2P 1A1',
  ],
  'press release': [
    'NEWS PROVIDED BY Halden Foods',
    'Ticker: HLDN',

    'About Norvale Robotics',
    'DENVER, June 2, 2026 /Wireline News/ --',
    'Photo - https://media.wireline.example/img/99120/norvale.jpg',
    '(NYSE: NRV)',
  ],
  newsroom: [
    'Press Kit',
    'Back to News',

    'Find a Specialist',
    'This website is intended for members of the media. Patients should call our main line.',
  ],
  'government notice': [
    'This consultation is now closed',
    'Document type: Guidance',

    'Submissions close: 5 pm on 12 May 2026',
    'On this page',
    'ISBN 978-1-5286-4410-9',
    'Was this page helpful? Yes | No | Report a problem with this page',
    'Request an alternative format of this report',
  ],
  'job ad': [
    'Posted 2 days ago · 88 applicants',
    'Easy Apply',
    'Report this job',

    'Pay range: £38,000 – £44,000 per year',
    'Parlow Freight is an equal opportunity employer and welcomes applications from everyone.',
    'Employment type: Contract | Location: Hybrid, Leeds',
  ],
  'event listing': [
    'Venue: Old Corn Exchange, Tamsworth',
    'Time: 9:30–16:00 BST',
    'Organised by Corvel Institute',
    'Sold out',

    '🗓 14–15 October 2026 · 📍 Riverside Hall, Tamsworth',
    'Early-bird tickets from $99',
    'Doors 7 pm · All ages · Free entry',
  ],
  'social post': [
    'Liked by Ana Roe and 211 others',
    'Show this thread',
    '🔥 940',
    'Written by Jonas Abe — 3.4K Followers · Editor at Slow Tech',
    '...see more',
  ],
  recipe: [
    'This post may contain affiliate links.',
    'As an Amazon Associate I earn from qualifying purchases.',
    'Did you make this recipe? Tag @pantrylab on Instagram',

    'Cuisine: Thai / Course: Main / Servings: 4',
    '★★★★☆ 4.3 from 57 votes',
    'Nutritional information is an estimate only.',
    'Our editors independently test every product we recommend.',
  ],
  paper: [
    'Corresponding author: okafor@ellesmoor.example',
    'Competing interests: none declared',

    'DOI: 10.4321/abc.2026.117',
    'Open Access · CC BY-NC 4.0',
    '¹ School of Earth Sciences, Harwell University; ² Centre for Coastal Research',
    'Supplementary Data ▸',
  ],
  'scores and weather': [
    'Kick-off 19:45',
    'Attendance: 9,310',
    'Wind: 18 mph SW',
    'Tonight: Clear, low -2°C',

    'HT | Dunmore Town 0–0 Ashby United',
    'Fixtures & Results ›',
    'Amber warning for snow and ice until 09:00',
    'Live: Westland v Corra, 1st Test, Day 2 — Corra 154/3 (51.4 ov)',
    'Forecast data provided by Aerocast',
  ],
};

const TEXT: string[] = [
  'The board voted 4–1 to adopt the minutes after members questioned one of the figures.',
  'Apologies were offered to residents who waited two hours for the item to be heard.',
  'The finance chief told analysts the results call would move to a later hour next quarter.',
  'On the latest episode, the hosts argue about whether season two was better.',
  'The judge said the hearing dates had been fixed long before the claim was amended.',
  'Teams who install the release with pip will see the new warning first.',
  'Our rating of the phone fell after the update made the battery worse.',
  'Halloran, who was born in 1941 near the river, died in February.',
  'The live stream drew 4,000 viewers, the organisers said.',
  'You are reading this because a friend forwarded it, she joked in her first issue.',
  'About 300 people attended, Norvale said in a statement.',
  'Tickets from the first night sold for twice their face value online.',
  'The salary for the post was raised twice before anyone applied.',
  'Her post drew 940 reactions within a day of being shared.',
  'Nutrition information on the packet was wrong, the regulator found.',
  'The paper, published under an open licence, was downloaded 2,000 times.',
  'Dunmore Town drew 0–0 with Ashby United in front of a small crowd.',
  'A yellow warning for wind was issued on Tuesday, forecasters said.',
  'Attendance at the match was 12,408, the club said.',
  'Wind 40 mph gusts felled trees across the county.',
  'Organised by volunteers, the fair raised £3,000 for the hospice.',
  'Referee Paul Roe sent off two players in the second half.',
  'Sold out within hours, the tour added a second night in Leeds.',
  'Goals from Smith and Jones gave Rovers the win.',
  'Counsel for the council said the notice had been published in time.',
  'Duration of the outage was about 40 minutes, engineers said.',
  'Corra were 201/4 (66.1 ov) when rain stopped play on the second day.',
  'Latest: the council voted to close the pool.',
  'Breaking: the bridge will stay shut until Friday.',
  'Present: a smaller crowd than last year, organisers admitted.',
];

describe('English page lines (session 11 probe)', () => {
  for (const [family, lines] of Object.entries(FURNITURE))
    it(`lifts the ${family} lines out of the story`, () => {
      for (const line of lines) expect(bodyWith(line), line).not.toContain(line.slice(0, 14));
    });

  it('lifts a list of who took part under its header, and keeps a transcript speaker’s line in the story', () => {
    const listed = bodyWith(
      [
        'Call participants:',
        'Osric Lund — Chief Financial Officer',
        'Dr. Wenna Hale, Analyst, Tallis Bank',
      ].join('\n'),
    );
    expect(listed).not.toContain('Osric Lund');
    expect(listed).not.toContain('Wenna Hale');
    expect(
      bodyWith(['Speakers', 'Prof. Lena Ortiz, Head of Research, Corvel Institute'].join('\n')),
    ).not.toContain('Lena Ortiz');
    expect(bodyWith('Osric Lund — Chief Financial Officer')).toContain(
      'Osric Lund — Chief Financial Officer',
    );
  });

  it('keeps sentences that use the same words', () => {
    for (const text of TEXT) expect(bodyWith(text), text).toContain(text);
  });
});
