// Session 10, sealed15 opened (English): a letters page's submission line and its most-read list, a paywall's offer, a
// docs site's feedback and edit links, a judgment's header lines and its press-summary note, a court's masthead, a
// print edition's note naming the paper, a law firm's author list, footnotes citing a law, and a wire paragraph cut
// before a name and its verb. New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a letters page, a paywall and a docs site (sealed15)', () => {
  it('lifts the submission line, the most-read list, the paywall’s offer and the docs site’s links', () => {
    const a = articleOf([
      '# Letters: the tutoring pilot',
      '',
      '### Ask the teachers first',
      '',
      'The pilot was announced before a single teacher was asked what it should do.',
      '',
      '— Ruth Ambler, Harlow Road',
      '',
      'Write to us: letters@ledger.example. Please include your full name, address and a phone number; we print name and town only.',
      '',
      'Most read in Opinion',
      '',
      '1. Why the council should pause the deal',
      '2. My son’s homework helper is a machine',
    ]);
    const body = bodyOf(a);
    for (const gone of ['Write to us', 'full name', 'Most read', 'pause the deal'])
      expect(body, gone).not.toContain(gone);
    expect(body).toContain('before a single teacher was asked');
    for (const line of [
      'Subscribe to keep reading. You’ve read your 3 free articles this month. Get unlimited access to the Ledger from 2 crowns a week.',
      'Have your say: email letters@ledger.example.',
      'Was this page helpful? 👍 Yes 👎 No',
      'Edit this page on GitHub',
      'Suggest an edit',
    ])
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
    expect(
      furnitureLine('Get unlimited access to the archive, the council said, was never promised.'),
    ).toBeUndefined();
  });
});

describe('a court’s press summary, an obituary and a client alert (sealed15)', () => {
  it('takes the court’s masthead as the source and lifts the bench, the court below and the summary’s note', () => {
    const a = articleOf([
      'High Court of Orlund',
      '',
      '# Roe v Harbour Freight Ltd',
      '',
      'On appeal from the Employment Tribunal [2025] ORET 12',
      '',
      'Judges: Lord Justice Vale, Lady Justice Marr',
      '',
      '## Background',
      '',
      'Harbour Freight used software to set pick rates for its warehouse staff.',
      '',
      'NOTE: This summary is provided to help in understanding the Court’s decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.',
    ]);
    expect(a.meta?.source).toBe('High Court of Orlund');
    const body = bodyOf(a);
    for (const gone of ['On appeal', 'Judges:', 'This summary', 'authoritative'])
      expect(body, gone).not.toContain(gone);
  });

  it('reads the paper from a print edition’s note and a law firm’s author list', () => {
    expect(
      furnitureLine(
        'A version of this article appears in print on May 2, 2026, Section A, Page 4 of the Harbour Ledger.',
      ),
    ).toMatchObject({ kind: 'meta', meta: { source: 'Harbour Ledger' } });
    expect(parseBylineLine('Authors: Ada Quint, Partner · Lio Marr, Senior Associate')?.byline.names).toEqual(
      ['Ada Quint', 'Lio Marr'],
    );
  });

  it('lifts a footnote citing a law, and keeps a note that explains', () => {
    expect(furnitureLine('[1] Data Act 2024, s. 12(3).')?.kind).toBe('furniture');
    expect(furnitureLine('[2] Ibid., art. 7.')?.kind).toBe('furniture');
    expect(
      furnitureLine('[3] Based on the ward’s own logs, which staff reviewed after the complaint.'),
    ).toBeUndefined();
  });
});

describe('a wire paragraph cut before a name (sealed15)', () => {
  it('does not join a cut sentence to a paragraph opening with a name used bare before and its verb', () => {
    const a = articleOf([
      '# Chip packager delays plant',
      '',
      'An analyst cut his price target on Velmar to 90 crowns, but kept a "buy" rating, saying the',
      '',
      'Velmar employs about 2,000 people. The company said no jobs were at risk.',
    ]);
    const paras = [a.lead, ...a.sections].flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(paras).toContain('Velmar employs about 2,000 people. The company said no jobs were at risk.');
  });
});

describe('a letter’s sign-off (sealed15)', () => {
  it('does not warn that a letter’s sign-off line ends mid-sentence', () => {
    const src = [
      '# Letters',
      '',
      '### Ask the teachers first',
      '',
      'The pilot was announced before a single teacher was asked what it should do.',
      '',
      '— Ruth Ambler, Harlow Road, Kestrel Bay',
      '',
      '### The data centre will drink our river',
      '',
      'The council should publish the water figures before it votes.',
    ].join('\n');
    const { diagnostics } = parseArticle(src);
    expect(diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
    const cut = parseArticle(
      src.replace('— Ruth Ambler, Harlow Road, Kestrel Bay', 'The pilot will cost the district'),
    ).diagnostics;
    expect(cut.some((d) => d.code === 'cut-off-sentence')).toBe(true);
  });
});
