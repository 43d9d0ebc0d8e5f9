// Shapes the opened sealed2 half showed (issue 11 §2), each on new text written for these tests (placeholder
// names): a dateline naming a wire the parser does not know, credits for several kinds of picture on one line,
// a "can be reached at" contact line, a provenance line with "the" before the name, zh back-issue links and a
// "compiled by" note, and a zh heading that cuts a sentence after a modal (仍会 | 出错).
import { describe, expect, it } from 'vitest';
import { findDateline, furnitureLine, isCredit } from '../../../functions/core/article/furniture.ts';
import { bodyOf, parseLines } from './articles.ts';

const parse = parseLines;
const body = bodyOf;

describe('a dated dateline with a wire the parser does not know', () => {
  it('takes the bracketed name as the source and leaves the sentence', () => {
    const found = findDateline(
      'PORT ELWYN, Oct 4 (Tidewater Wire) — The harbour board will lease two cranes.',
    );
    expect(found?.meta.source).toBe('Tidewater Wire');
    expect(found?.raw).toBe('PORT ELWYN, Oct 4 (Tidewater Wire) —');
  });

  it('keeps an undated bracket that is not a known agency in the text', () => {
    expect(findDateline('PORT ELWYN (Opinion) — I think the cranes are late.')).toBeUndefined();
    expect(findDateline('PORT ELWYN, Oct 4 (a quiet week) — The board met.')).toBeUndefined();
  });

  it('lifts it out of the first paragraph of a whole story', () => {
    const { article } = parse([
      '# Harbour board leases two cranes',
      '',
      'PORT ELWYN, Oct 4 (Tidewater Wire) — The harbour board will lease two cranes for the winter season.',
      '',
      'The lease runs for six months.',
    ]);
    expect(article!.meta?.source).toBe('Tidewater Wire');
    expect(body(article!)).not.toContain('Tidewater');
    expect(body(article!)).toContain('The harbour board will lease two cranes');
  });
});

describe('credits for several kinds of picture', () => {
  it.each([
    'Photo captions and images by Rhea Tolland',
    'Photos and captions by Rhea Tolland',
    'Images, graphics and captions by Rhea Tolland',
    'Photography by Rhea Tolland',
  ])('“%s” is a credit', (line) => {
    expect(isCredit(line)).toBe(true);
  });

  it.each([
    'Caption: dock workers load the first crane',
    'Captions were added to every picture by the archive team last year.',
  ])('“%s” is not a credit', (line) => {
    expect(isCredit(line)).toBe(false);
  });
});

describe('contact and provenance lines at the foot', () => {
  it.each([
    'Rhea Tolland can be reached at r.tolland@harbourpost.example.',
    'Ivo Marsh may be contacted on 0161 555 0100',
  ])('“%s” is a contact line', (line) => {
    expect(furnitureLine(line)?.what).toBe('contact line');
  });

  it('keeps a sentence about being reachable in the body', () => {
    expect(furnitureLine('The harbour master said the cranes can be reached at low tide.')).toBeUndefined();
  });

  it('drops the sentence’s “the” before a source, and keeps a name’s “The”', () => {
    expect(furnitureLine('Originally published on the Elwyn Harbour blog.')).toMatchObject({
      meta: { source: 'Elwyn Harbour blog' },
    });
    expect(furnitureLine('This article first appeared in The Elwyn Ledger.')).toMatchObject({
      meta: { source: 'The Elwyn Ledger' },
    });
  });
});

describe('zh newsletter foot lines', () => {
  it.each([
    ['往期回顾：第18期｜第17期', 'share or print links'],
    ['往期推荐', 'share or print links'],
    ['（本简报由港务局办公室整理）', 'compiled by'],
    ['本文由本报记者综合整理', 'compiled by'],
  ])('“%s” is %s', (line, what) => {
    expect(furnitureLine(line)?.what).toBe(what);
  });

  it.each(['由港务局牵头整理', '该规划由市港务局牵头编制。', '往期回顾显示，吞吐量逐年上升。'])(
    '“%s” stays body text',
    (line) => {
      expect(furnitureLine(line)).toBeUndefined();
    },
  );
});

describe('a zh heading that cuts a sentence after a modal or an adverb', () => {
  const article = (before: string, after: string) =>
    parse([
      '# 港口启用智能调度系统',
      '',
      '## 怎么调度',
      '',
      `系统根据船期自动安排泊位，遇到大雾天气${before}`,
      '',
      '## 效果如何',
      '',
      after,
    ]);

  it.each([
    ['仍会', '延误，需要调度员人工确认。'],
    ['也能', '提前两小时发出预警。'],
    ['已经', '连续三个月没有出现压港。'],
  ])('joins “%s” to the verb after the heading', (before, after) => {
    const { article: a, diagnostics } = article(before, after);
    expect(a!.sections.map((s) => s.heading)).toEqual(['怎么调度', '效果如何']);
    expect(a!.sections[0]!.paragraphs.at(-1)!.text).toContain(`${before}${after.split('，')[0]}`);
    expect(diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
  });

  it('does not join a paragraph that ends on a noun sharing the characters (社会 | 需要)', () => {
    const { article: a } = article('的社会', '此外，港口还将增开夜班，提高装卸效率，缓解旺季压力。');
    expect(a!.sections[1]!.paragraphs[0]!.text.startsWith('此外，')).toBe(true);
  });
});
