// Chinese page shapes first met on the opened `sealed6` corpus half, each on new text written for these tests
// (placeholder names and places): a post header naming its writer and account, a photographer's credit with a slash
// under a caption, a CMS's bracketed credits at the foot (供稿 撰稿 摄影 审核), a newsletter's table of contents with
// links back to it and its colophon, a line marked as an advertisement, and a report's issuing bodies and month.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine, zhDocumentEdge } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const parse = articleOf;
const body = bodyOf;

describe('a post header with the writer before the account', () => {
  it.each([
    ['原创 文/丁小禾 青禾观察 2026年07月03日 21:15 江西', ['丁小禾'], '青禾观察'],
    ['原创 石一鸣 南溪科创 2026-07-03 07:30 四川', ['石一鸣'], '南溪科创'],
    ['丁小禾 青禾观察 2026年7月3日 21:15', ['丁小禾'], '青禾观察'],
  ])('“%s” names the writer and the account', (line, names, source) => {
    const found = furnitureLine(line);
    expect(found).toMatchObject({ kind: 'meta', meta: { source }, what: 'post header' });
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(names);
  });

  it.each([
    // The writer field is the account again, a desk, or an abbreviation of a body: no person.
    '原创 南溪发布 南溪发布 2026年07月03日 18:02 江苏',
    '原创 青禾观察编辑部 青禾观察 2026-07-03 08:00 发表于上海',
    '原创 南溪二院 南溪医科大学第二医院 2026年07月03日 18:30 四川',
    '原创 青禾观察 2026年07月03日 21:15 江西',
  ])('“%s” names no writer', (line) => {
    const found = furnitureLine(line);
    expect(found).toMatchObject({ kind: 'meta', what: 'post header' });
    expect(found?.kind === 'meta' ? found.byline : undefined).toBeUndefined();
  });

  it('gives the article its byline and source, which any other line naming them overrides', () => {
    const a = parse([
      '# 青禾镇的无人机植保队',
      '',
      '原创 文/丁小禾 青禾观察 2026年07月03日 21:15 江西',
      '',
      '青禾镇的无人机植保队今年扩充到了12架，覆盖全镇八成以上的水稻田。',
      '',
      '## 飞手从哪里来',
      '',
      '植保队的飞手大多是返乡青年，经过两周培训后持证上岗。',
    ]);
    expect(a.byline?.names).toEqual(['丁小禾']);
    expect(a.meta).toMatchObject({ source: '青禾观察', published: '2026-07-03' });
    const b = parse([
      '# 青禾镇的无人机植保队',
      '',
      '原创 石一鸣 青禾观察 2026年07月03日 21:15 江西',
      '',
      '本报记者 丁小禾',
      '',
      '青禾镇的无人机植保队今年扩充到了12架，覆盖全镇八成以上的水稻田。',
      '',
      '来源：南溪日报',
    ]);
    expect(b.byline?.names).toEqual(['丁小禾']);
    expect(b.meta?.source).toBe('南溪日报');
  });
});

describe('a photographer’s credit with a slash (某某/摄)', () => {
  it('is a credit, not a byline', () => {
    expect(parseBylineLine('石一鸣/摄')).toBeUndefined();
    expect(parseBylineLine('石一鸣/图')).toBeUndefined();
    // With the writer beside it, the line is still a byline.
    expect(parseBylineLine('丁小禾/文 石一鸣/摄')?.byline.names).toEqual(['丁小禾', '石一鸣']);
  });

  it('under a caption at the top, credits the picture and leaves the byline to the post header', () => {
    const a = parse([
      '# 南溪港的自动化码头',
      '',
      '原创 丁小禾 南溪观察 2026年03月18日 07:30 浙江',
      '',
      '凌晨三点，南溪港的自动化码头依旧灯火通明，岸桥在远程操控下装卸集装箱。',
      '',
      '![](https://example.com/640.jpg)',
      '',
      '图为3月15日，无人集卡在堆场内转运集装箱。',
      '',
      '石一鸣/摄',
      '',
      '## 远程操控',
      '',
      '码头的岸桥司机如今坐在中控室里，一人可以同时看管三台岸桥。',
    ]);
    expect(a.byline?.names).toEqual(['丁小禾']);
    expect(a.figures).toContainEqual(
      expect.objectContaining({ caption: expect.stringContaining('无人集卡'), credit: '石一鸣/摄' }),
    );
    expect(body(a)).not.toContain('石一鸣');
  });
});

describe('a CMS’s bracketed credits at the foot (供稿 撰稿 摄影 审核)', () => {
  it('is a label line naming the writer', () => {
    const found = furnitureLine('（供稿：材料学院　撰稿：丁小禾　摄影：石一鸣　审核：欧阳青）');
    expect(found).toMatchObject({ kind: 'meta' });
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(['丁小禾']);
  });

  it('leaves a photographer’s field alone to the credit reader', () => {
    expect(furnitureLine('摄影：石一鸣')).toBeUndefined();
  });

  it('is lifted, and the sentence cut off before it stays apart and is warned about', () => {
    const r = parseLines([
      '# 我校材料实验平台启用',
      '',
      '3月25日，南溪大学材料实验平台启用仪式在北校区举行，百余名师生参加。',
      '',
      '据悉，学校还将联合多家企业，推动实验平台向',
      '',
      '（供稿：材料学院　撰稿：丁小禾　摄影：石一鸣　审核：欧阳青）',
      '',
      '编辑：石一鸣',
    ]);
    const a = r.article!;
    expect(a.byline?.names).toEqual(['丁小禾']);
    expect(body(a)).not.toContain('供稿');
    expect(body(a)).toContain('推动实验平台向');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'cut-off-sentence', line: 5 }));
  });
});

describe('a newsletter’s table of contents, its links back, and its colophon', () => {
  const issue = [
    '# 南溪科技周报（第12期）',
    '',
    '**本期目录**',
    '',
    '- 政策观察：青禾出台数据券办法；南溪发布机器人产业规划',
    '- 前沿进展：植物表型识别模型开源',
    '',
    '## 政策观察',
    '',
    '### 青禾出台数据券办法',
    '',
    '青禾市近日印发数据券办法，每年安排5000万元支持中小企业购买数据服务。',
    '',
    '[↑返回目录](#本期目录)',
    '',
    '### 南溪发布机器人产业规划',
    '',
    '南溪市发布机器人产业三年规划，提出到2028年产业规模突破300亿元。',
    '',
    '[↑返回目录](#本期目录)',
    '',
    '## 前沿进展',
    '',
    '### 植物表型识别模型开源',
    '',
    '青禾农业大学团队开源了一个识别作物表型的视觉模型，识别准确率达到94%。',
    '',
    '---',
    '',
    '本刊由南溪科技情报所编辑，仅供内部参考。如需订阅或退订，请回复本邮件。',
  ];

  it('keeps the contents, the back links and the colophon out of the body', () => {
    const a = parse(issue);
    const text = body(a);
    for (const gone of [
      '本期目录',
      '数据券办法；',
      '植物表型识别模型开源',
      '返回目录',
      '仅供内部参考',
      '退订',
    ])
      expect(text).not.toContain(gone);
    expect(a.sections.map((s) => s.heading)).toEqual([
      '青禾出台数据券办法',
      '南溪发布机器人产业规划',
      '植物表型识别模型开源',
    ]);
  });

  it('leaves a one-line overview with sentences in the lead', () => {
    const a = parse([
      '# 南溪科技周报（第12期）',
      '',
      '本期导读：青禾出台数据券办法、南溪发布机器人产业规划。以下为本周要闻。',
      '',
      '## 青禾出台数据券办法',
      '',
      '青禾市近日印发数据券办法，每年安排5000万元支持中小企业购买数据服务。',
    ]);
    expect(a.lead.paragraphs.map((p) => p.text)).toEqual([
      '本期导读：青禾出台数据券办法、南溪发布机器人产业规划。以下为本周要闻。',
    ]);
  });

  it('ends the contents at the story’s first sentence', () => {
    const a = parse([
      '# 南溪科技周报（第12期）',
      '',
      '目录',
      '',
      '青禾出台数据券办法',
      '',
      '青禾市近日印发数据券办法，每年安排5000万元支持中小企业购买数据服务。',
    ]);
    expect(body(a)).toContain('青禾市近日印发数据券办法');
  });

  it.each([
    '↑返回目录',
    '返回顶部↑',
    '本周报由南溪科技情报所编写，仅供内部参考。',
    '如需订阅或退订，请回复本邮件。',
    '觉得有用？转发给需要的朋友吧',
    '欢迎分享给身边的同事',
  ])('“%s” is furniture', (line) => {
    expect(furnitureLine(line)?.kind).toBe('furniture');
  });

  it.each([
    '订阅用户已超过一万人。',
    '如需订阅，用户可在营业厅办理，但该服务每月收费20元，不少用户表示价格偏高。',
    '本报告由南溪科技情报所编写，报告显示，全市机器人企业已超过200家。',
    '返回目录页后，用户可以继续浏览其他章节。',
    '觉得有用，他转发给了需要的朋友。',
  ])('“%s” is not furniture', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });
});

describe('a line marked as an advertisement', () => {
  it.each([
    '【推广】第五届南溪机器人展5月8日开幕，扫码即可报名',
    '【广告】青禾云算力限时八折',
    '[赞助] 本期由南溪云提供支持',
  ])('“%s” is furniture', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'advertisement' });
  });

  it.each(['【合作】青禾大学与南溪机器人公司签约共建实验室。', '推广应用国产算力，是今年的重点任务之一。'])(
    '“%s” is not an advertisement',
    (line) => {
      expect(furnitureLine(line)?.what).not.toBe('advertisement');
    },
  );

  it('is lifted from between a brief’s items', () => {
    const a = parse([
      '# 青禾园区周刊｜第8期',
      '',
      '## 政策速递',
      '',
      '### 青禾出台数据券办法',
      '',
      '青禾市近日印发数据券办法，每年安排5000万元支持中小企业购买数据服务。',
      '',
      '【推广】第五届南溪机器人展5月8日开幕，扫码即可报名',
      '',
      '### 南溪发布机器人产业规划',
      '',
      '南溪市发布机器人产业三年规划，提出到2028年产业规模突破300亿元。',
    ]);
    expect(body(a)).not.toContain('推广');
  });
});

describe('a report’s issuing bodies and its month at the top', () => {
  it.each([
    '南溪医科大学附属医院 信息中心　科教处',
    '青禾市工业和信息化局 规划处',
    '2026年3月',
    '二〇二六年三月',
  ])('“%s” is a document line', (line) => {
    expect(zhDocumentEdge(line)).toBe(true);
  });

  it.each([
    '信息中心',
    '南溪医科大学附属医院信息中心联合科教处',
    '2026年3月，南溪医院上线了辅助诊断系统',
    '2026年3月5日',
  ])('“%s” is not', (line) => {
    expect(zhDocumentEdge(line)).toBe(false);
  });

  it('lifts them above the report’s first part', () => {
    const a = parse([
      '# 南溪医科大学附属医院2025年度信息化工作报告',
      '',
      '南溪医科大学附属医院 信息中心　科教处',
      '',
      '2026年3月',
      '',
      '## 一、总体情况',
      '',
      '2025年，我院共有18个科室使用辅助诊断系统，全年调用量较上年增长五成。',
    ]);
    expect(body(a)).not.toContain('信息中心');
    expect(body(a)).not.toContain('2026年3月');
  });

  it('keeps a timeline’s month labels as text', () => {
    const a = parse([
      '# 南溪机器人公司大事记',
      '',
      '2025年3月',
      '',
      '公司在南溪高新区注册成立。',
      '',
      '2025年9月',
      '',
      '首款协作机器人下线。',
    ]);
    expect(body(a)).toContain('2025年3月');
    expect(body(a)).toContain('2025年9月');
  });
});
