// Session 10, sealed14 opened (English): a page's sentences of furniture run together on one line, a live page's
// team byline and its date with the time it last changed, a newsletter host's avatar and share buttons, a press
// office's byline, a show's notes byline with its length, a sponsor's read, an outro after `if you enjoyed` and a
// line of other episodes. New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('furniture sentences run together (sealed14)', () => {
  it('lifts a line when every sentence of it is furniture', () => {
    for (const line of [
      'You have 2 free articles left this month. Subscribe for unlimited access to The Foundry Review.',
      'This story is for subscribers. Already a subscriber? Log in',
    ])
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
  });

  it('keeps a line when one sentence of it is the story’s', () => {
    for (const text of [
      'Share prices fell 4% on Tuesday. Subscribe to our newsletter.',
      'You have 2 free articles left this month. The college says the course will stay compulsory.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
  });
});

describe('a live page, a newsletter post, a press office and a show (sealed14)', () => {
  it('reads a team byline with its writers, and the date before the time it last changed', () => {
    const a = articleOf([
      'Politics > Parliament',
      '',
      '# Live: MPs question AI labs over testing',
      '',
      'From our politics team: Mara Quill and Teo Hask',
      '',
      'Tuesday 9 March 2027, last updated 5:12 p.m.',
      '',
      'The committee questioned three developers for two hours.',
    ]);
    expect(a.byline?.names).toEqual(['Mara Quill', 'Teo Hask']);
    expect(a.meta?.published).toBe('2027-03-09');
    expect(bodyOf(a)).not.toContain('politics team');
  });

  it('lifts a post’s avatar text and a share button named for the publication', () => {
    expect(furnitureLine('Dana Roe’s avatar')?.kind).toBe('furniture');
    expect(furnitureLine('Share The Night Desk')?.kind).toBe('furniture');
    expect(furnitureLine('Share prices fell.')).toBeUndefined();
  });

  it('reads a press office’s byline and a show’s notes byline with its length', () => {
    expect(parseBylineLine('Ada Quint, University News Office')?.byline.names).toEqual(['Ada Quint']);
    expect(parseBylineLine('Ada Quint, Hospital Communications Team')?.byline.names).toEqual(['Ada Quint']);
    expect(parseBylineLine('Show notes by Lio Marr · 4 June 2026 · 52 min')?.byline.names).toEqual([
      'Lio Marr',
    ]);
    expect(parseBylineLine('Patients, University Hospital')).toBeUndefined();
  });

  it('lifts a sponsor’s read, an outro after “if you enjoyed” and a line of other episodes', () => {
    for (const line of [
      'This episode is supported by Nimbus Clinic Cloud. Nimbus keeps patient records in sync across sites — try it free at nimbus.example/podcast.',
      'If you liked this episode, please leave us a review — it helps other listeners find the show.',
      'More episodes: Ep. 40: The night pharmacist · Ep. 39: A rural stroke network',
    ])
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
    expect(
      furnitureLine('More episodes of the series will follow in spring, the producers said.'),
    ).toBeUndefined();
  });
});
