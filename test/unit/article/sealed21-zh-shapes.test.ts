// Chinese page shapes first met on the opened `sealed21` corpus half, each on new text written for these tests
// (placeholder names, offices, apps and places): a login wall set between dashes, with the locked part's first line
// cut under it; a portal footer whose ICP mark is printed apart from its province letter; a newsletter's bar of issue
// date, issuer and editor; a Taiwan page's caption with its lender's credit in brackets; a signature line under a
// resolution; a list item broken after its comma; a cloud document's creator line, its drafting note and its
// reactions; a chat log's export header, its system messages and its excerpt note; a work report's writer, its
// issuing body's footer with the page number and a sentence broken across that page; a transcript's credits bar, its
// end mark and a turn cut off at its end. Sentences of the same words stay text.
import { describe, expect, it } from 'vitest';
import { edgeFurniture, furnitureLine, isCredit } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const cutWarnings = (lines: string[]) =>
  parseLines(lines)
    .diagnostics.filter((d) => d.code === 'cut-off-sentence')
    .map((d) => d.line);

describe('an exported document’s or chat’s own lines', () => {
  it.each([
    // a cloud document's creator line with its stamps
    '周雨桐 创建于 2026-05-08 09:30 · 最后修改于 2026-05-09 18:02 · 阅读 112',
    'qiao_an 创建于 2026年4月3日 11:20',
    // reactions under it
    '👍 4　　💬 评论（2）',
    '❤️ 12　评论（5）',
    '🎉 3 👀 1',
    // a chat log's export header
    '导出时间：2026-04-02 08:11　共 312 条消息',
    '导出时间：2026年4月2日 08:11 | 由“群聊备份小工具”生成',
    // its system messages
    '“老韩”撤回了一条消息',
    '你撤回了一条消息',
    '阿杰 邀请 小鹿、老周 加入了群聊',
    '小鹿 拍了拍 老周',
    '你撤回了一条消息 重新编辑',
    '—— 以下是新消息 ——',
    '导出于 2026-04-02 08:11',
    // its note that it is a part of the log
    '—————— 以上为节选，完整记录请联系管理员 ——————',
    '以上为部分聊天记录，完整版见附件',
    // a minutes' or a transcript's drafting note
    '本纪要由会议助手自动生成，经主持人审核，如有错漏请在评论区指出。',
    '本字幕由语音识别生成，如有错误欢迎留言反馈',
    // end marks set between dashes
    '——　本稿完　——',
    '——全文完——',
    '—— 完 ——',
    // a login wall set between dashes
    '——以下内容需登录后阅读——',
    '——以下内容需登录后查看——',
    // a portal footer with its province letter apart from ICP
    '主办：某某市统计局　网站标识码：4401000012　备案号：Y ICP备12345678号',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it.each([
    ['周雨桐 创建于 2026-05-08 09:30 · 最后修改于 2026-05-09 18:02 · 阅读 112', '周雨桐', '2026-05-08'],
    ['周雨桐 · 2026-05-08 09:30 创建', '周雨桐', '2026-05-08'],
    ['创建者：周雨桐　创建时间：2026-05-08 09:30', '周雨桐', '2026-05-08'],
    ['项目评审组组长（签字）：方启文', '方启文', undefined],
    ['课题负责人（签名）：李慕', '李慕', undefined],
    ['评审委员会主席签字：韩知远', '韩知远', undefined],
    ['文字整理：苏晚　｜　原音频时长 45:10　｜　未经本人审阅', '苏晚', undefined],
    ['述职人：韩悦（某某区发展改革局 综合科科长）', '韩悦', undefined],
  ])('“%s” names who wrote or signed it', (raw, name, date) => {
    const found = furnitureLine(raw);
    expect(found?.kind).toBe('meta');
    if (found?.kind !== 'meta') return;
    expect(found.byline?.names).toEqual([name]);
    expect(found.meta.published).toBe(date);
  });

  it('a newsletter’s bar of issue date, issuer and editor gives the date and the editor', () => {
    const found = furnitureLine('出版日期：2026年5月1日｜出版：某某学会秘书处｜编辑：卢青');
    expect(found?.kind === 'meta' ? found.meta : undefined).toEqual({
      published: '2026-05-01',
      editor: '卢青',
    });
  });

  it('a lender’s credit in brackets is a credit; the same words in a sentence are not', () => {
    expect(isCredit('（受訪者提供）')).toBe(true);
    expect(isCredit('（某某服務中心提供）')).toBe(true);
    expect(isCredit('受访者提供')).toBe(false);
    expect(isCredit('（数据由统计局提供）')).toBe(false);
  });

  it.each([
    '周雨桐创建于2019年的公司，如今已有两百名员工。',
    '他撤回了一条消息后，群里安静了很久。',
    '以上为节选，下面我们继续讨论。',
    '本纪要由智能工具生成的说法并不准确。',
    '答辩委员会主席方启文在会上指出，论文仍需完善。',
    '以下内容需登录后阅读的规定引发了读者不满。',
    '导出时间过长的问题，下个版本会修复。',
    '评论（2）中提到的算力缺口，平台组已经回应。',
    '字幕整理工作由志愿者完成，共花了三天。',
    '全文完成后，我们会发给各位审阅。',
    '评审委员会主席韩知远签字后，结果即生效。',
    '导出于何处，目前还不清楚。',
    '创建者周雨桐说，这份文档会每周更新。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a yearbook entry behind a login wall', () => {
  const entry = (cut: string) => [
    '# 智能制造',
    '',
    '2025年，栖桐市智能制造产业营业收入比上年增长15.2%，新增智能工厂12家。',
    '',
    '全年培训产业工人3200人次，其中机器人运维人员860人次。',
    '',
    '（撰稿：邵晴　审稿：何远）',
    '',
    '——以下内容需登录后阅读——',
    '',
    '【附】2025年栖桐市智能制造大事记',
    '',
    cut,
    '',
    '登录 | 注册 | 机构用户IP登录',
  ];

  it('lifts the wall and warns where the text shown under it is cut', () => {
    const lines = entry('3月8日　栖桐智能工厂联盟成立。首批加入的');
    expect(bodyOf(articleOf(lines))).not.toContain('登录后阅读');
    expect(cutWarnings(lines)).toContain(13);
  });

  it('no warning when the text shown under the wall ends its sentence', () => {
    expect(cutWarnings(entry('3月8日　栖桐智能工厂联盟成立。'))).not.toContain(13);
  });
});

describe('a list item broken after its comma', () => {
  it('is joined with the short paragraph that closes it', () => {
    const body = bodyOf(
      articleOf([
        '# 评审意见',
        '',
        '### 修改建议',
        '',
        '1. 实验部分只用了一个数据集，建议增加外部验证；',
        '2. 第四章的超参数设置未作说明，建议补充，',
        '',
        '以便读者复核结果。',
      ]),
    );
    expect(body).toContain('建议补充，以便读者复核结果。');
  });

  it('a paragraph that opens a sentence of its own stays apart', () => {
    const body = bodyOf(
      articleOf([
        '# 评审意见',
        '',
        '### 修改建议',
        '',
        '1. 实验部分只用了一个数据集，建议增加外部验证，',
        '',
        '此外，评审组认为论文结构合理。',
      ]),
    );
    expect(body).not.toContain('外部验证，此外');
  });
});

describe('a work report exported from a word processor', () => {
  const report = [
    '# 2026年度工作总结',
    '',
    '述职人：韩悦（某某区发展改革局 综合科科长）',
    '',
    '一、主要工作',
    '',
    '全年牵头推进园区算力平台建设，协调落实电价优惠和用地指标，推动三家企业签订算力',
    '',
    '某某区发展改革局　　　　　　　　　　　　— 2 —',
    '',
    '租赁协议，全年新增入驻企业18家。',
    '',
    '二、下一步打算',
    '',
    '明年将继续完善平台运营机制，扩大服务企业范围。',
    '',
    '某某区发展改革局　　　　　　　　　　　　— 3 —',
  ];

  it('names its writer, lifts its page footers and joins the sentence across the page', () => {
    const a = articleOf(report);
    expect(a.byline?.names).toEqual(['韩悦']);
    const body = bodyOf(a);
    expect(body).not.toContain('— 2 —');
    expect(body).not.toContain('— 3 —');
    expect(body).toContain('签订算力租赁协议');
  });
});

describe('a live transcript', () => {
  it('reads its credits bar, drops its end mark and warns at the turn cut off at its end', () => {
    const lines = [
      '# 【字幕整理】某某科技新品发布会',
      '',
      '字幕整理：苏晚　｜　原视频时长 00:48:12　｜　语音识别＋人工校对',
      '',
      '## 00:00 开场',
      '',
      '[00:00:10] 主持人：欢迎各位来到发布会现场。',
      '',
      '[00:00:25] 林澈：今天我们发布第三代巡检机器人，续航提升到八个小时。',
      '',
      '[00:30:40] 林澈：大家最关心交付。首批设备面向电厂客户，交付的话',
      '',
      '[00:31:02] 林澈：我们计划在明年',
      '',
      '[00:31:05] 【信号中断】',
      '',
      '——　本稿完　——',
    ];
    const r = parseLines(lines);
    const a = r.article!;
    expect(a.byline?.names).toEqual(['苏晚']);
    expect(bodyOf(a)).not.toContain('本稿完');
    expect(bodyOf(a)).toContain('我们计划在明年');
    expect(cutWarnings(lines)).toContain(13);
  });

  it('a turn under its time code is never the page’s edge, cut off or not; the feed’s own mark is', () => {
    expect(edgeFurniture('[00:31:02] 林澈：我们计划在明年')).toBe(false);
    expect(edgeFurniture('【00:31:02】主持人：下面进入提问')).toBe(false);
    expect(edgeFurniture('[00:31:05] 【信号中断】')).toBe(true);
  });
});

describe('a signature under a resolution', () => {
  it('is the byline, not the text', () => {
    const a = articleOf([
      '# 硕士学位论文答辩委员会决议',
      '',
      '答辩委员会经无记名投票，一致同意通过该同学的硕士学位论文答辩。',
      '',
      '答辩委员会主席（签字）：方启文',
      '2026年6月2日',
    ]);
    expect(a.byline?.names).toEqual(['方启文']);
    expect(bodyOf(a)).not.toContain('签字');
  });
});

describe('a cloud document and a chat log', () => {
  it('the document’s creator is its byline and its note and reactions leave the text', () => {
    const a = articleOf([
      '# 周会纪要',
      '',
      '周雨桐 创建于 2026-05-08 09:30 · 最后修改于 2026-05-09 18:02 · 阅读 112',
      '',
      '> 本纪要由会议助手自动生成，经主持人审核，如有错漏请在评论区指出。',
      '',
      '## 一、进展',
      '',
      '训练集群的利用率本周提高到七成，排队时间缩短了一半。',
      '',
      '👍 6　　💬 评论（3）',
    ]);
    expect(a.byline?.names).toEqual(['周雨桐']);
    expect(a.meta?.published).toBe('2026-05-08');
    const body = bodyOf(a);
    for (const gone of ['创建于', '会议助手', '👍', '评论（3）']) expect(body).not.toContain(gone);
  });

  it('a chat log’s header, system messages and excerpt note leave the text', () => {
    const body = bodyOf(
      articleOf([
        '# “某某康复机器人项目群”聊天记录（节选）',
        '',
        '导出时间：2026-04-02 08:11　共 312 条消息　由“群聊备份小工具”生成',
        '',
        '**老韩** 09:02',
        '样机昨天在康复科试用了一整天，病人反馈还不错。',
        '',
        '“老韩”撤回了一条消息',
        '',
        '**小鹿** 09:10',
        '好的，我把试用记录整理好发群里。',
        '',
        '—————— 以上为节选，完整记录请联系管理员 ——————',
      ]),
    );
    expect(body).toContain('病人反馈还不错');
    for (const gone of ['导出时间', '撤回了一条消息', '以上为节选']) expect(body).not.toContain(gone);
  });
});

describe('an alumni newsletter in Traditional script', () => {
  it('reads the editor from its bar and the caption and credit under its picture', () => {
    const a = articleOf([
      '# 某某大學校友通訊　第12期',
      '',
      '發行日期：2026年5月1日｜發行：某某大學校友會｜編輯：卢青',
      '',
      '## 母校動態',
      '',
      '### 圖書館啟用智慧借還系統',
      '',
      '圖書館於四月啟用智慧借還系統，學生可自助辦理借還。',
      '',
      '![啟用儀式](https://example.org/a.jpg)',
      '',
      '智慧借還系統啟用，右二為館長。（校友會提供）',
    ]);
    expect(a.meta?.editor).toBe('卢青');
    expect(a.figures.some((f) => f.credit === '校友會提供')).toBe(true);
    expect(bodyOf(a)).not.toContain('校友會提供');
  });
});

describe('a chat log’s messages', () => {
  const chat = [
    '# “某某康复机器人项目群”聊天记录',
    '',
    '**老韩** 09:00',
    '各位早，康复科的试用结果出来了。',
    '',
    '**小鹿** 09:01',
    '收到，辛苦。',
    '',
    '**老韩** 09:02',
    '样机在康复科试了一天，病人反馈说比上一版轻多了，护士觉得穿戴还可以更快',
    '',
    '**小鹿** 09:10',
    '好的，我把试用记录整理好发群里。',
  ];

  it('a message without a full stop is whole: never joined to the next sender’s, nor warned about', () => {
    const r = parseLines(chat);
    expect(bodyOf(r.article!)).toContain('还可以更快');
    expect(bodyOf(r.article!)).not.toMatch(/还可以更快[^\n]*小鹿/u);
    expect(r.diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
  });
});
