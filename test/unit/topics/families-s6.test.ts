// Term families and sense guards added in session 6 (docs/themes.md, "Session 6"), after the English theme misses
// of the opened halves were read for their kind. Every text here was written for this test, not taken from an
// evaluation article. The first list gets its theme only from the session-6 words (each fails with the taxonomy
// before): export controls told without the word policy (an export licence, countries of concern, the Commerce
// Department, an entity list), a law told through its fines per violation and the disclosure it requires, a
// warehouse robot told through picking and an arm that grasps, and the memory beside an AI processor. The second
// holds other senses the guards keep out: a broadcaster's or a chip designer's licence, a firm's disclosure of
// earnings, picking a candidate, a person's or a chatbot's memory.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, termTopics } = vocabulary();

const told: [string, string, string[]][] = [
  [
    'policy',
    'Quieter shipments east',
    [
      'From March, Velmont Devices needs an export licence for every shipment of its inference cards to eleven countries of concern.',
      'The Commerce Department says it will add names to the entity list each quarter, and Velmont expects the first answers in six weeks.',
    ],
  ],
  [
    'governance',
    'Kiosks that must say what they are',
    [
      'Under the measure passed on Tuesday, a shop whose kiosk chatbot does not tell shoppers it is a bot faces a $2,000 fine for each violation.',
      'The disclosure must appear before the first reply, and repeat violations double the sum, says Corin Ashby, who drafted the text for the chamber.',
    ],
  ],
  [
    'robotics',
    'A faster night shift at Tessel Freight',
    [
      "Tessel Freight's new picking model lets a single arm grasp parcels it has never seen, and the warehouse now clears its evening backlog by nine.",
    ],
  ],
  [
    'compute',
    'Twice the price, and a waiting list',
    [
      'The fast memory stacked beside each accelerator now costs twice what it did a year ago, and memory makers in Oskeby say the waiting list runs to next spring.',
    ],
  ],
];

describe('session-6 families: sections whose theme is told only through the new words', () => {
  for (const [topic, heading, paragraphs] of told) {
    it(`${topic}: ${heading}`, () => {
      expect(themes('en', heading, paragraphs)).toContain(topic);
    });
  }
});

describe('session-6 words: their sense and the guards', () => {
  it('an export licence and a licence near shipments are policy words', () => {
    expect(termTopics('en', 'Each shipment now needs a licence.')).toContain('policy');
    expect(termTopics('en', 'The firm applied for an export licence.')).toContain('policy');
    expect(termTopics('en', 'Rules on export controls tightened again.')).toContain('policy');
  });

  it('a broadcasting, software or chip-design licence is not policy', () => {
    expect(
      termTopics('en', 'The radio station renewed its broadcasting licence for ten years.'),
    ).not.toContain('policy');
    expect(termTopics('en', 'Dorrel Semi licensed its chip designs to two phone makers.')).not.toContain(
      'policy',
    );
    expect(termTopics('en', 'Each seat of the editing software needs a licence.')).not.toContain('policy');
  });

  it('a violation counts for governance, violence does not', () => {
    expect(termTopics('en', 'Each violation costs the operator dearly.')).toContain('governance');
    expect(termTopics('en', 'The film was criticised for its violent scenes.')).not.toContain('governance');
  });

  it("a firm's disclosure of earnings is no AI disclosure rule", () => {
    expect(
      termTopics('en', "Harwick Foods' disclosure of quarterly earnings lifted its shares."),
    ).not.toContain('governance');
    expect(termTopics('en', 'The law adds a disclosure duty for every chatbot.')).toContain('governance');
  });

  it("a person's or a chatbot's memory is not compute", () => {
    expect(termTopics('en', 'Ilse Varga has a memory for faces that her colleagues envy.')).not.toContain(
      'compute',
    );
    expect(
      termTopics('en', "The assistant's memory of earlier chats can now be switched off."),
    ).not.toContain('compute');
    expect(termTopics('en', 'Memory prices for server makers rose again.')).toContain('compute');
  });

  it('picking a candidate is no robot picking', () => {
    expect(termTopics('en', 'The committee is picking a new chair from three candidates.')).not.toContain(
      'robotics',
    );
    expect(termTopics('en', 'Picking at the warehouse is now done by two robotic cells.')).toContain(
      'robotics',
    );
  });
});
