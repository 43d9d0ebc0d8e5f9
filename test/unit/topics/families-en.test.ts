// English term families added in session 4 (issue 11 §3), after the fresh half showed themes told through concrete
// things rather than the category word. Every section here was written for this test from the topics' descriptions
// (not from an evaluation article) and relies on the new families: with the session-3 lexicon none gets its theme.
// Then the sense guards of the new shared words, and the article-subject rule of classifyArticle.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import {
  articleSubject,
  classifyArticle,
  classifySection,
  findTerms,
  THRESHOLDS,
} from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';

let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

const section = (heading: string, texts: string[]) => ({
  id: 's1',
  heading,
  line: 1,
  paragraphs: texts.map((text, index) => ({ index, line: index + 2, text })),
});

const families: [string, string, string[]][] = [
  [
    'models',
    'How it was taught',
    [
      'The lab shaped the system with reinforcement learning from human feedback, then asked it to lay out a chain of thought before each reply.',
      'On puzzles it had never seen, in a zero-shot setting, it beat last year’s version by eleven points.',
    ],
  ],
  [
    'models',
    'Fewer made-up answers',
    [
      'The assistant still states invented facts with confidence, a habit the authors call confabulation.',
      'Its successor checks every claim against its sources and cuts fabricated answers by half, according to a preprint.',
    ],
  ],
  [
    'industry',
    'Money in, shares out',
    [
      'Halden Labs closed a pre-seed round in the spring, and its founders say they will go public within five years.',
      'Its order book, it says, is full until next summer.',
    ],
  ],
  [
    'industry',
    'The picket line',
    [
      'Warehouse staff walked out on Monday after the union rejected a pay deal; the strike is the first at the site in ten years.',
      'Management says collective bargaining will resume next week.',
    ],
  ],
  [
    'industry',
    'Results day',
    [
      'The lender’s annual results, out on Tuesday, showed net income down a third and operating income flat.',
      'Its order book for loans to builders is the thinnest in a decade.',
    ],
  ],
  [
    'talent',
    'After work',
    [
      'Three evenings a week, forty adults come to night classes at the town’s polytechnic to master wiring and plumbing.',
      'Most learners keep their day jobs; a work placement with a local firm follows in the spring.',
    ],
  ],
  [
    'governance',
    'Scraped faces',
    [
      'The photo app built its face-matching feature by scraping millions of pictures from public websites, and used profiling to guess its users’ ages.',
      'Campaigners want age verification on such apps and a right to erasure for anyone whose pictures were taken.',
    ],
  ],
  [
    'governance',
    'Who owns the songs',
    [
      'The record labels accuse the start-up of infringement of their intellectual property.',
      'A judicial review of the licensing office’s decision is due in June.',
    ],
  ],
  [
    'robotics',
    'Teaching by showing',
    [
      'Engineers now give the new unit a task by learning from demonstration rather than with a teach pendant: a worker guides it through the motion once.',
      'Its servos and six degrees of freedom let it reach behind boxes.',
    ],
  ],
  [
    'robotics',
    'Sixty new hands',
    [
      'Sixty mobile machines now move parcels across the sorting hall, and a palletiser stacks them at the dock.',
      'The operator plans to double the number by the end of the year.',
    ],
  ],
  [
    'policy',
    'The zone’s rules',
    [
      'Firms in the new pilot zone pay a lower levy on imported equipment.',
      'Labs there get cheaper land, as in the special economic zone next door, and firms backed by the state council pay no import duty.',
    ],
  ],
  [
    'industry',
    'Running out of cash',
    [
      'The scooter-sharing firm laid off a third of its people in May, as its burn rate outran the money left.',
      'By August its cash flow had been negative for a year, and its lawyers were preparing for bankruptcy.',
    ],
  ],
  [
    'policy',
    'Who pays for the trial',
    [
      'The region will subsidise the first 200 installations through a call for proposals that opens in April.',
      'Applicants need match funding from a private partner for every euro they ask for.',
    ],
  ],
];

describe('English families told through concrete things', () => {
  it.each(families)('%s: “%s”', (topic, heading, texts) => {
    expect(classifySection(section(heading, texts), 'en', taxonomy).map((m) => m.topic)).toContain(topic);
  });
});

describe('the new shared words in their other senses', () => {
  const topicsOf = (text: string, term: string) =>
    findTerms(text, 'en', taxonomy)
      .filter((h) => h.term === term)
      .flatMap((h) => [...h.topics.keys()]);
  it.each([
    [
      'union',
      'Ministers of the European Union met in Brussels; the union will publish its position on Friday.',
    ],
    ['union', 'Customers of the credit union were told the branch will close.'],
    ['round', 'The finance ministers will meet for a third round of talks in Geneva.'],
    ['strike', 'A lightning strike cut power to the town for an hour.'],
    ['shares', 'The share of answers with an error fell by half.'],
  ])('%s: “%s” is not industry', (term, text) => {
    expect(topicsOf(text, term)).not.toContain('industry');
  });
  it('profiling is not a high-profile case, and scraping needs data around it', () => {
    expect(topicsOf('A high-profile case came to court.', 'profiling')).toEqual([]);
    expect(topicsOf('Workers were scraping paint off the old hull.', 'scraping')).toEqual([]);
  });
  it('the same words do count in their industry and governance senses', () => {
    expect(topicsOf('The union said workers would vote on the offer.', 'union')).toContain('industry');
    expect(topicsOf('It raised a new round from its backers.', 'round')).toContain('industry');
    expect(topicsOf('Nurses went on strike over pay.', 'strike')).toContain('industry');
    expect(topicsOf('The firm was fined for scraping personal data.', 'scraping')).toContain('governance');
  });
});

describe('forms the stemmer does not fold into an existing term', () => {
  const topicsOf = (text: string) => findTerms(text, 'en', taxonomy).flatMap((h) => [...h.topics.keys()]);
  it.each([
    ['policy', 'The city subsidised the first buses.'],
    ['policy', 'Washington will subsidize the plant.'],
    ['robotics', 'Two roboticists built the hand.'],
    ['compute', 'Three datacentres will share the site.'],
    ['models', 'The team finetuned it on court records.'],
    ['talent', 'She taught welding for twenty years.'],
    ['industry', 'The group acquired the studio in May.'],
    ['industry', 'Europe slid into recession.'],
  ])('%s: “%s”', (topic, text) => {
    expect(topicsOf(text)).toContain(topic);
  });
  it('acquiring a skill is not a deal, and a recess is not a recession', () => {
    expect(topicsOf('Pupils acquire new skills in the lab.')).not.toContain('industry');
    expect(topicsOf('Parliament returns from its summer recess.')).not.toContain('industry');
  });
});

describe('the article’s subject', () => {
  // A section that takes up the title's theme on two distinct terms, with no paragraph dwelling on it: each
  // paragraph holds one robotics word of weight 2.
  const body = [
    '## The first month',
    '',
    'Each carrier finds its way along the quay with lidar, and the control room watches from the harbour office.',
    '',
    'The port says the trucks will be fully driverless by the autumn if the trial goes well.',
  ].join('\n');
  const article = (title: string, lead: string) =>
    parseArticle(`# ${title}\n\n${lead}\n\n${body}\n`, { file: 'subject.md' }).article!;
  const robots = article(
    'Elmsby port tries robot carriers on its container quay',
    'The port of Elmsby has started a year-long trial of robot carriers and autonomous cranes on its container quay.',
  );
  const fees = article(
    'Elmsby port cuts its fees for shipping lines',
    'The port of Elmsby will charge shipping lines a tenth less from July, to win back traffic from its rivals.',
  );
  const s1 = (themes: ReturnType<typeof classifyArticle>) =>
    themes.find((s) => s.sectionId === 's1')!.themes.map((m) => m.topic);

  it('is what the title names and the lead is tagged with', () => {
    expect([...articleSubject(robots, taxonomy)]).toContain('robotics');
    expect([...articleSubject(fees, taxonomy)]).not.toContain('robotics');
  });
  it('is tagged in a section that takes it up on two terms, though no paragraph dwells on it', () => {
    expect(s1(classifyArticle(robots, taxonomy))).toContain('robotics');
  });
  it('is not tagged on the same words when the article is about something else, or with the rule off', () => {
    expect(s1(classifyArticle(fees, taxonomy))).not.toContain('robotics');
    expect(s1(classifyArticle(robots, taxonomy, { ...THRESHOLDS, subject: false }))).not.toContain(
      'robotics',
    );
  });
});
