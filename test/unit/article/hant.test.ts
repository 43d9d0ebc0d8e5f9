// Traditional Chinese pages: read through OpenCC as Simplified so the Chinese rules and the taxonomy's terms apply,
// and given back in the page's own characters. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import { readAsSimplified, simplifiedInPlace } from '../../../functions/core/hans.ts';
import { tokenize } from '../../../functions/core/topics/segment.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a page in Traditional characters', () => {
  const a = articleOf([
    '# 封裝廠搶不到工程師',
    '',
    '文／陳品妤',
    '',
    '清川大學學生在無塵室內實習。（記者陳品妤攝）',
    '',
    '人工智慧伺服器需求持續升溫，封裝廠最缺的不是機台，而是懂製程的工程師。',
    '',
    '【廣告】加入我們的LINE官方帳號，每天早上收到科技早報',
    '',
    '※本文經授權轉載自《竹科產業週報》，原標題為〈封裝產能滿載〉',
  ]);

  it('lifts its furniture by the same rules and keeps its own characters', () => {
    expect(a.title).toBe('封裝廠搶不到工程師');
    expect(a.byline?.names).toEqual(['陳品妤']);
    expect(a.meta?.source).toBe('竹科產業週報');
    expect(bodyOf(a)).toBe('人工智慧伺服器需求持續升溫，封裝廠最缺的不是機台，而是懂製程的工程師。');
    expect(a.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['清川大學學生在無塵室內實習。', '記者陳品妤攝'],
    ]);
  });

  it('leaves a Simplified page alone', () => {
    expect(
      readAsSimplified('# 园区新添机器人\n\n园区今年新添二十台协作机器人，主要用于零部件分拣和包装环节。'),
    ).toBeUndefined();
  });

  it('lets the classifier read Traditional text in the taxonomy’s Simplified terms, offsets unchanged', () => {
    expect(simplifiedInPlace('人才缺口與工程師')).toBe('人才缺口与工程师');
    expect(tokenize('半導體人才', 'zh').join('')).toBe('半导体人才');
  });
});
