// Web copy's own damage, found by parsing every opened article again with one change that an export or a paste
// makes (straight quotes for curly ones, no-break spaces, zero-width marks) and comparing: the parse must not move.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { normalizeZhPunctuation } from '../../../functions/core/article/punctuation.ts';

const paragraphs = (src: string) =>
  [parseArticle(src).article!.lead, ...parseArticle(src).article!.sections].flatMap((s) =>
    s.paragraphs.map((p) => p.text),
  );

describe('straight quotes in Chinese text', () => {
  it('makes a half-width comma full-width when a straight quote stands between it and the Chinese text', () => {
    expect(normalizeZhPunctuation('各地"一拥而上",导致机柜闲置。')).toBe('各地"一拥而上"，导致机柜闲置。');
    expect(normalizeZhPunctuation('模型会把阴影误判为病灶,"最后把关的是医生"。')).toBe(
      '模型会把阴影误判为病灶，"最后把关的是医生"。',
    );
    expect(normalizeZhPunctuation("它也会'看走眼',所以要复核。")).toBe("它也会'看走眼'，所以要复核。");
    // Latin text inside the quotes keeps its marks.
    expect(normalizeZhPunctuation('他回答"yes, sir"后离开。')).toBe('他回答"yes, sir"后离开。');
  });

  it('joins a sentence a heading cut inside a straight-quoted quotation', () => {
    const src = [
      '# 园区算力调度观察',
      '',
      '## 一',
      '',
      '园区负责人说。"过去大家比的是建机房、上',
      '',
      '## 调度平台上线',
      '',
      '机柜，现在比的是利用率。"',
      '',
      '平台上线半年，利用率提升到68%。',
    ].join('\n');
    expect(paragraphs(src)).toContain('园区负责人说。"过去大家比的是建机房、上机柜，现在比的是利用率。"');
  });

  it('does not join across a heading when the straight quotation closed before it', () => {
    const src = [
      '# 园区算力调度观察',
      '',
      '## 一',
      '',
      '园区负责人说："过去比的是建机房。"',
      '',
      '## 调度平台上线',
      '',
      '平台上线半年，"利用率"提升到68%。',
    ].join('\n');
    expect(paragraphs(src)).toContain('园区负责人说："过去比的是建机房。"');
  });
});

describe('full-width digits and Latin letters, half-width commas', () => {
  it('reads full-width digits and letters as GB/T 15834 writes them, so dates and amounts are read', () => {
    const a = parseArticle(
      [
        '# 园区上线ＧＰＵ调度平台',
        '',
        '２０２６年３月５日　来源：澜江日报',
        '',
        '平台上线半年，利用率提升到６８．５％。',
      ].join('\n'),
    ).article!;
    expect(a.title).toBe('园区上线GPU调度平台');
    expect(a.meta?.published).toBe('2026-03-05');
    expect([a.lead, ...a.sections].flatMap((s) => s.paragraphs.map((p) => p.text))).toContain(
      '平台上线半年，利用率提升到68.5％。',
    );
  });

  it('moves a heading that cuts a subject from its amount when the comma after is half-width', () => {
    const src = [
      '# 三校扩招',
      '',
      '## 一',
      '',
      '记者从三所学校了解到，三校今年新增相关专业招生计划',
      '',
      '## 专科增量最大',
      '',
      '共计860人,比去年增加近四成。',
    ].join('\n');
    expect(paragraphs(src)).toContain(
      '记者从三所学校了解到，三校今年新增相关专业招生计划共计860人，比去年增加近四成。',
    );
  });
});
