// Chinese page shapes first met on the opened `sealed10` corpus half, each on new text written for these tests
// (placeholder names, schools and places): Taiwan and Hong Kong bylines (记者某某／台北报导 on its own line or in
// brackets opening the story, 中央社记者某某台北11日电, an outlet with digits before 记者), a newsletter's compiler line
// (某某研究院 产业研究部 编, 本刊编辑部 整理, 编译：某某), and a sentence cut by a heading before a subjectless total
// (…招生计划 / ## … / 共计860人，…).
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine, zhFiledFrom } from '../../../functions/core/article/furniture.ts';
import { headingCutEvidence } from '../../../functions/core/article/text.ts';
import { articleOf, bodyOf } from './articles.ts';

const STORY_T =
  '竹北市的科技園區今年第一季人力需求約一萬人，其中製程與設備工程師職缺就占四成，不少廠商坦言招不到人。';
const STORY_S =
  '青禾市的科技园区今年第一季人力需求约一万人，其中制程与设备工程师职缺就占四成，不少厂商坦言招不到人。';

describe('Taiwan and Hong Kong bylines (read in Simplified, 报導 as 报导)', () => {
  it.each([
    ['記者周雨岑／竹北報導', ['周雨岑']],
    ['記者周雨岑/竹北報導', ['周雨岑']],
    ['【記者周雨岑／台北報導】', ['周雨岑']],
    ['〔記者周雨岑／台北報導〕', ['周雨岑']],
    ['記者周雨岑、許家豪／綜合報導', ['周雨岑', '許家豪']],
    ['記者周雨岑 許家豪／台北報導', ['周雨岑', '許家豪']],
    ['記者周雨岑／台北報導、許家豪／高雄報導', ['周雨岑', '許家豪']],
    ['記者周雨岑／台北即時報導', ['周雨岑']],
    ['聯合報記者周雨岑／台北即時報導', ['周雨岑']],
    ['中央社記者周雨岑台北11日電', ['周雨岑']],
    ['（中央社記者周雨岑、許家豪台北11日電）', ['周雨岑', '許家豪']],
    ['香港01記者周雨岑', ['周雨岑']],
    ['記者周雨岑／台北報導　責任編輯：吳佩玲', ['周雨岑']],
    ['撰文／周雨岑　攝影／許家豪', ['周雨岑', '許家豪']],
    ['文、攝影／周雨岑', ['周雨岑']],
  ])('“%s” on its own line is the byline', (line, names) => {
    const a = articleOf(['# 半導體人才荒　產學聯手開設晶片學院', '', line, '', STORY_T]);
    expect(a.byline?.names).toEqual(names);
    expect(bodyOf(a)).toBe(STORY_T);
  });

  it('the same shapes in Simplified', () => {
    expect(parseBylineLine('记者周雨岑／新竹报导')?.byline.names).toEqual(['周雨岑']);
    expect(parseBylineLine('〔记者周雨岑／台北报道〕')?.byline.names).toEqual(['周雨岑']);
    expect(parseBylineLine('中央社记者周雨岑华盛顿10日专电')?.byline.names).toEqual(['周雨岑']);
    expect(parseBylineLine('撰文／周雨岑 摄影／许家豪')?.byline.names).toEqual(['周雨岑', '许家豪']);
  });

  it.each([
    ['〔記者周雨岑／台北報導〕', ['周雨岑'], undefined],
    ['【記者周雨岑、許家豪／綜合報導】', ['周雨岑', '許家豪'], undefined],
    ['（中央社記者周雨岑台北11日電）', ['周雨岑'], '中央社'],
    ['（中央社記者周雨岑華盛頓10日專電）', ['周雨岑'], '中央社'],
  ])('“%s” opening the first paragraph is lifted as its dateline', (opener, names, source) => {
    const a = articleOf(['# 半導體人才荒　產學聯手開設晶片學院', '', `${opener}${STORY_T}`, '', STORY_T]);
    expect(a.byline?.names).toEqual(names);
    expect(a.meta?.source).toBe(source);
    expect(bodyOf(a)).toBe(`${STORY_T}\n${STORY_T}`);
  });

  it('reads the names of the wire form: a place of two after a name of two, else of three', () => {
    expect(zhFiledFrom('中央社记者王芳台北11日电')?.people).toBe('记者王芳');
    expect(zhFiledFrom('中央社记者周雨岑台北11日电')).toEqual({ people: '记者周雨岑', outlet: '中央社' });
  });

  it.each([
    '记者节特别报道',
    '记者深入报道',
    '【记者手记】',
    '记者会上，周雨岑表示，学院首批招收三百人。',
    '【台北报导】',
    '记者调查／深度报道：芯片学院的第一年。',
  ])('“%s” is not a Taiwan byline', (line) => {
    expect(zhFiledFrom(line.replace(/^[【（]|[】）]$/gu, ''))).toBeUndefined();
  });

  it('a bracket that is no byline stays at the start of the story', () => {
    const a = articleOf(['# 青禾芯片学院首批招生', '', `【记者手记】${STORY_S}`, '', STORY_S]);
    expect(a.byline).toBeUndefined();
    expect(bodyOf(a)).toContain(`【记者手记】${STORY_S}`);
  });
});

describe('a newsletter’s compiler line (某某研究院 产业研究部 编)', () => {
  it.each([
    '青禾人工智能研究院 产业研究部 编',
    '本刊编辑部 整理',
    '本刊编辑部整理',
    '产业研究部编',
    '青禾日报编辑部 编',
    '青禾大学人工智能研究中心 编',
    '政策研究室 汇编',
    '青禾日报社 供稿',
    '青禾科技集团 编',
    '编译：本刊编辑部',
  ])('“%s” is lifted and names no one', (line) => {
    expect(furnitureLine(line)).toEqual({ kind: 'furniture', what: 'compiled by' });
    const a = articleOf(['# 智能产业周报｜第12期', '', line, '2026年6月15日', '', STORY_S]);
    expect(bodyOf(a)).toBe(STORY_S);
    expect(a.byline).toBeUndefined();
  });

  it('in Traditional characters too', () => {
    const a = articleOf(['# 智能產業週報｜第12期', '', '青禾人工智慧研究院 產業研究部 編', '', STORY_T]);
    expect(bodyOf(a)).toBe(STORY_T);
  });

  it.each([
    ['编译：周雨岑', ['周雨岑']],
    ['整理／周雨岑 许家豪', ['周雨岑', '许家豪']],
  ])('“%s”: people after the compiling label are the byline', (line, names) => {
    const a = articleOf(['# 智能产业周报｜第12期', '', line, '', STORY_S]);
    expect(a.byline?.names).toEqual(names);
    expect(bodyOf(a)).toBe(STORY_S);
  });

  it.each([
    '这套教材由他主编',
    '全书共分十二编',
    '目前已完成初稿的整理',
    '资料由办公室整理',
    '他负责编辑',
    '会议纪要由办公室 整理',
  ])('“%s”, a clause ending in a compiling verb, is no compiler line', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });
});

describe('a heading cutting a sentence before a subjectless total (…招生计划 / ## … / 共计860人，…)', () => {
  const cut = (before: string, heading: string, after: string) =>
    articleOf(['# 高校扩招新专业', '', before, '', `## ${heading}`, '', after, '', STORY_S]);

  it.each([
    ['三校今年新增相关专业招生计划', '共计860人，比去年增加近四成。'],
    ['全市今年新建充电桩', '合计约三万个，比去年翻了一番。'],
    ['全省各地报送的项目', '总计120项，涉及资金50亿元。'],
    ['本次培训的学员', '一共三百余人，分四期进行。'],
    ['三校今年新增相关专业招生计划', '共860人，比去年增加近四成。'],
  ])('“%s” + “%s” is one sentence, the heading after it', (before, after) => {
    expect(headingCutEvidence(before, after, 'zh', '课堂搬进车间')).toMatch(/total/);
    const a = cut(before, '课堂搬进车间', after);
    expect(a.lead.paragraphs[0]!.text).toBe(`${before}${after}`);
    expect(a.sections[0]!.heading).toBe('课堂搬进车间');
    expect(a.repairs.some((r) => r.kind === 'moved-heading')).toBe(true);
  });

  it('in Traditional characters too', () => {
    const a = cut('三校今年新增相關專業招生計畫', '課堂搬進車間', '共計860人，比去年增加近四成。');
    expect(a.lead.paragraphs[0]!.text).toBe('三校今年新增相關專業招生計畫共計860人，比去年增加近四成。');
  });

  it.each([
    ['三校今年新增相关专业招生计划。', '共计860人，比去年增加近四成。'],
    ['记者从三所学校了解到情况', '共同推进产教融合，是今年的重点。'],
    ['记者从三所学校了解到情况', '共有三所学校参与，比去年增加一所。'],
    ['三校今年新增相关专业招生计划', '共计划招收860人，比去年增加近四成。'],
  ])('“%s” / “%s”: no total evidence, the heading stays', (before, after) => {
    expect(headingCutEvidence(before, after, 'zh', '课堂搬进车间') ?? '').not.toMatch(/total/);
  });

  it('a heading after a finished sentence stays where it is', () => {
    const a = cut('三校今年新增相关专业招生计划。', '课堂搬进车间', '共计860人，比去年增加近四成。');
    expect(a.repairs.some((r) => r.kind === 'moved-heading')).toBe(false);
    expect(a.sections[0]!.paragraphs[0]!.text).toBe('共计860人，比去年增加近四成。');
  });
});
