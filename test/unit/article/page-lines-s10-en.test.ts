// Session 10, English page lines beyond the corpus: a leaflet's and a report's reference lines, a letters page's
// rules, a wire's refile note, a release page's controls, an obituary's tribute link, a comment box, an alert e-mail.
// Written for the probe, not taken from any article; each family's sentences of text stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';

describe('English page lines (session 10 probe)', () => {
  it('lifts reference lines, rules, notes and controls', () => {
    for (const line of [
      'Leaflet code: RAD-031',
      'Patient information reference: PIL 2210',
      'Next review date: June 2028',
      'Ref: HR/2026/044',
      'Version 3.2',
      'Page 2 of 5',
      'If you would like this leaflet in large print or another language, please ask a member of staff.',
      'Letters should be no longer than 250 words.',
      '(This story has been refiled to add a missing word in paragraph 2)',
      'Full Changelog: v1.4.0...v1.5.0',
      'Source code (tar.gz)',
      'To leave a tribute, visit tributes.example/quint',
      'Comments are pre-moderated and may take a while to appear.',
      'Report this comment',
      'Google Alert - hospital robots',
      'Flag as irrelevant',
      'You received this email because you asked for alerts on this topic.',
    ])
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
  });

  it('reads a publication date line as the date', () => {
    expect(furnitureLine('Publication date: 4 May 2026')).toMatchObject({
      meta: { published: '2026-05-04' },
    });
  });

  it('keeps sentences that open with the same words', () => {
    for (const text of [
      'Version 2 of the model was trained on twice the data.',
      'Page after page of the report blames the vendor.',
      'Letters from patients were read aloud at the hearing.',
      'Reference checks are now automated at the agency.',
      'Comments from the public closed on Friday.',
      'If you need this leaflet explained, ask the nurse.',
      'Review date for the pilot was set for June.',
      'To send a tribute to her former students, the family set up a fund.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });
});
