// Shapes first met on the blind `fresh` corpus half (issue 11 §2), each on new text written for these tests
// (placeholder names): a date line under a byline, bar-separated CMS fields, an end mark run on after the last
// sentence, an editor line with 本期编辑, an agency credit with the photographer in brackets after a caption's
// full stop, and a zh heading that cuts a sentence inside a place frame (在……位置 | verb).
import { describe, expect, it } from 'vitest';
import { furnitureLine, splitCaptionCredit } from '../../../functions/core/article/furniture.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { articleOf, bodyOf } from './articles.ts';

const parse = articleOf;
const body = bodyOf;

describe('a date line right under the byline', () => {
  it.each([
    ['Published 4 May 2026', '2026-05-04'],
    ['April 30, 2026', '2026-04-30'],
  ])('“%s” is the published date, not the author’s title', (dateLine, date) => {
    const a = parse([
      '# Tollbridge council trials a bus timetable planner',
      '',
      'By Wren Adeyemi, Transport Reporter',
      dateLine,
      '',
      'The council in Tollbridge has started testing software that plans bus timetables from ticket data.',
    ]);
    expect(a.byline?.names).toEqual(['Wren Adeyemi']);
    expect(a.meta?.published).toBe(date);
    expect(body(a)).not.toContain(dateLine);
  });
});

describe('CMS fields separated by bars', () => {
  it('reads source, author and a trailing unlabelled date', () => {
    const line = furnitureLine('来源：北汀日报 | 作者：甲乙丙 | 2026-04-02 08:30');
    expect(line).toMatchObject({
      kind: 'meta',
      meta: { source: '北汀日报', published: '2026-04-02' },
      byline: { names: ['甲乙丙'] },
    });
  });

  it('gives the article its byline and metadata', () => {
    const a = parse([
      '# 北汀港启用智能调度系统',
      '',
      '来源：北汀日报 ｜ 作者：甲乙丙 ｜ 2026-04-02 08:30',
      '',
      '4月1日，北汀港新的集装箱调度系统正式上线，船舶平均等待时间缩短了两个小时。',
    ]);
    expect(a.byline?.names).toEqual(['甲乙丙']);
    expect(a.meta).toMatchObject({ source: '北汀日报', published: '2026-04-02' });
    expect(body(a)).not.toContain('来源');
  });
});

describe('the end of a zh story', () => {
  it('lifts （完） run on after the last sentence, and still reads the editor line after it', () => {
    const a = parse([
      '# 西坪镇建成首个村级数据站',
      '',
      '西坪镇的村级数据站本月投入使用，村民可以在站里办理社保查询等业务。',
      '',
      '镇里计划明年再建三个站点，覆盖全部行政村。（完）',
      '',
      '责任编辑：丁戊',
    ]);
    expect(body(a)).toContain('覆盖全部行政村。');
    expect(body(a)).not.toContain('（完）');
    expect(a.meta?.editor).toBe('丁戊');
  });

  it('reads （本期编辑：某某） as the editor, not body text', () => {
    const a = parse([
      '# 本周要闻',
      '',
      '## 产业',
      '',
      '东岭工业园新增两条自动化产线，预计年底投产。',
      '',
      '（本期编辑：庚辛）',
    ]);
    expect(a.meta?.editor).toBe('庚辛');
    expect(body(a)).not.toContain('本期编辑');
  });
});

describe('an agency credit with the photographer in brackets after the caption', () => {
  it('keeps 某某社发 with its bracket as the credit', () => {
    expect(splitCaptionCredit('图③：技术员在检查无人机的电池仓。中新社发（壬癸 摄）')).toEqual({
      caption: '图③：技术员在检查无人机的电池仓。',
      credit: '中新社发（壬癸 摄）',
    });
  });
});

describe('a zh heading that cuts a sentence inside a place frame', () => {
  const article = (before: string, after: string) =>
    parseArticle(
      [
        '# 南汀出台无人机送货管理办法',
        '',
        '## 怎么飞',
        '',
        `办法对航线作出规定。对于经过居民区的航线，要求运营企业${before}`,
        '',
        '## 谁来管',
        '',
        `${after}市交通局将会同公安部门开展联合检查。`,
      ].join('\n'),
      { file: 'f.md' },
    );

  it('joins the verb after the heading to the frame before it, and moves the heading to the sentence end', () => {
    const { article: a, diagnostics } = article('在航线的起降区域内', '设置醒目的警示标志，并安排专人值守。');
    expect(a!.sections.map((s) => s.heading)).toEqual(['怎么飞', '谁来管']);
    expect(a!.sections[0]!.paragraphs.at(-1)!.text).toContain(
      '在航线的起降区域内设置醒目的警示标志，并安排专人值守。',
    );
    expect(a!.sections[1]!.paragraphs[0]!.text).toBe('市交通局将会同公安部门开展联合检查。');
    expect(diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
  });

  it('does not join when the place frame follows a verb (放在……上 can end a clause) or the text after opens a quotation', () => {
    for (const [before, after] of [
      ['把设备放在楼顶上', '设置警示标志的工作由街道负责。'],
      ['在航线的起降区域内', '“起降区域的安全永远排在第一位。”'],
    ]) {
      const { article: a, diagnostics } = article(before!, after!);
      expect(a!.sections[1]!.paragraphs[0]!.text.startsWith(after!)).toBe(true);
      expect(diagnostics.some((d) => d.code === 'cut-off-sentence')).toBe(true);
    }
  });
});
