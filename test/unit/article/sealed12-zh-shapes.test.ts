// Chinese page shapes first met on the opened `sealed12` corpus half, each on new text written for these tests
// (placeholder names, companies and places): a news page's bar that opens with its channel and carries the date
// between its fields, a financial outlet's bracketed stamp (【某某财经讯】), a member promo ending in a link arrow
// after a paywall line, and a breadcrumb trail that starts from the paper itself.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const joins = (lines: string[]) =>
  parseLines(lines).article!.repairs.filter((r) => r.kind === 'joined-paragraphs');

describe('a news page’s bar: channel | date | 来源：… | 作者：…', () => {
  it.each([
    ['财经快讯 | 2026-04-09 08:15 | 来源：北川财经 | 作者：秦远', '北川财经', '2026-04-09', ['秦远']],
    ['財經快訊 | 2026-04-09 08:15 | 來源：北川財經 | 作者：秦遠', '北川財經', '2026-04-09', ['秦遠']],
    ['要闻 | 2026/03/02 | 来源：南屿日报', '南屿日报', '2026-03-02', undefined],
  ])('“%s” gives the source, the date and the writer', (line, source, published, names) => {
    const a = articleOf([
      '# 标题',
      '',
      line,
      '',
      '【北川财经讯】4月9日，公司发布公告称，拟投资建设新产线。',
      '',
      '第二段文字。',
    ]);
    expect(a.meta?.source).toBe(source);
    expect(a.meta?.published).toBe(published);
    if (names) expect(a.byline?.names).toEqual(names);
    expect(bodyOf(a)).not.toContain('来源');
    expect(bodyOf(a)).not.toContain('來源');
    expect(bodyOf(a)).not.toContain('讯】');
  });

  it('joins nothing into the lead', () => {
    expect(
      joins([
        '# 标题',
        '',
        '财经快讯 | 2026-04-09 08:15 | 来源：北川财经 | 作者：秦远',
        '',
        '【北川财经讯】4月9日晚间，公司发布公告。',
      ]),
    ).toEqual([]);
  });

  it('a bar of topic words without fields stays as it was', () => {
    expect(furnitureLine('科技新闻 | 数据中心 | 算力')?.kind).not.toBe('meta');
  });

  it('a bracket that is not a stamp stays text', () => {
    const a = articleOf(['# 标题', '', '【重要新闻】今天公司发布了新产品。', '', '第二段文字。']);
    expect(bodyOf(a)).toContain('【重要新闻】');
  });
});

describe('a member promo with a link arrow after a paywall line', () => {
  it.each([['开通北川财经会员，畅享全部深度内容 >>'], ['加入会员，尊享更多独家报道 »']])(
    '“%s” is a paywall note',
    (line) => {
      expect(furnitureLine(line)?.kind).toBe('furniture');
    },
  );

  it('is never joined to the sentence cut before the paywall, which is reported cut off', () => {
    const lines = [
      '# 标题',
      '',
      '第一段文字，说明情况。',
      '',
      '截至发稿，公司股价报收于86.40元，较预案公布前',
      '',
      '**登录后阅读全文**',
      '',
      '开通北川财经会员，畅享全部深度内容 >>',
    ];
    const r = parseLines(lines);
    expect(joins(lines)).toEqual([]);
    expect(bodyOf(r.article!)).not.toContain('会员');
    expect(r.diagnostics.some((d) => d.code === 'cut-off-sentence' && d.line === 5)).toBe(true);
  });

  it('the Traditional promo is lifted the same way', () => {
    const a = articleOf([
      '# 標題',
      '',
      '第一段文字，說明情況。',
      '',
      '**登錄後閱讀全文**',
      '',
      '開通北川財經會員，暢享全部深度內容 >>',
    ]);
    expect(bodyOf(a)).not.toContain('會員');
  });

  it('a line ending in an arrow is never joined into a cut sentence', () => {
    const lines = ['# 标题', '', '第一段文字，股价较预案公布前', '', '点击进入专题页面，查看更多 >>'];
    expect(joins(lines)).toEqual([]);
  });

  it('a perk without membership named is no paywall, and a plain continuation still joins', () => {
    expect(furnitureLine('畅享全部深度内容')).toBeUndefined();
    expect(
      joins(['# 标题', '', '第一段文字，公司股价较预案公布前', '', '上涨了百分之二十，收于高位。']),
    ).toHaveLength(1);
  });
});

describe('a breadcrumb trail from the paper itself', () => {
  it.each([
    ['南屿日報 > 港聞 > 醫療', '南屿日報'],
    ['南屿日报 > 港闻 > 科技', '南屿日报'],
  ])('“%s” names the outlet', (line, source) => {
    const a = articleOf([line, '', '# 標題', '', '第一段文字，說明情況。這是醫院的新聞。']);
    expect(a.meta?.source).toBe(source);
    expect(bodyOf(a)).not.toContain('>');
  });

  it('a trail from the home page names none', () => {
    const a = articleOf(['首页 > 新闻 > 要闻', '', '# 标题', '', '第一段文字，说明情况。']);
    expect(a.meta?.source).toBeUndefined();
  });
});
