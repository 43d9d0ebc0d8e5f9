// sealed11's Chinese structure failures, as families: a finance page's disclaimer cut at its commas, a paper's name
// with a date that carries the weekday (and a header's date before its byline field), a Hong Kong or Taiwan paper's
// bracketed 专讯/讯 stamp opening the story with the reporter named in brackets, in words or at the foot, and a
// finance page's quote widget line. New text, written for these tests; Traditional lines are read the way the parser
// reads a Traditional page, through the Simplified reading.
import { describe, expect, it } from 'vitest';
import { findDateline, furnitureLine } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf } from './articles.ts';

const line = (raw: string) => furnitureLine(simplifiedInPlace(raw));
const HK_STORY = [
  '長者院舍人手緊張，護理員每日要多次協助體弱長者上落床。研究團隊花了三年研發一部護理機械人。',
  '',
  '團隊正向創新科技署申請資助，希望把成本降至20萬元以下，並計劃與本地製造商合作。',
  '',
];

describe('a finance page’s disclaimer, every clause its own', () => {
  it('lifts the notice cut at its commas (据此操作，风险自担) and its other clauses', () => {
    for (const raw of [
      '风险提示：本文内容仅供参考，不构成任何投资建议。投资者据此操作，风险自担。',
      '風險提示：本文內容僅供參考，不構成任何投資建議。投資者據此操作，風險自擔。',
      '风险提示：本文所提及的观点仅代表个人意见，所涉标的不作推荐，据此买卖，风险自负。',
      '免责声明：文中观点仅代表作者个人看法，不构成投资建议，投资者据此操作，风险自担。',
      '提示：本文内容仅供参考，投资者据此操作，盈亏自负。',
      '股市有风险，投资需谨慎。据此操作，风险自担。',
      '本文所涉个股不作推荐，仅供参考。',
    ]) {
      expect(line(raw)?.what, raw).toBe('disclaimer');
    }
  });

  it('keeps sentences that use the words', () => {
    for (const raw of [
      '分析师认为，投资者据此操作，风险自担。',
      '监管部门据此调查，风险自担的原则不变。',
      '这些公司的风险自担能力较弱。',
      '该基金经理表示，所涉标的均不作推荐，投资者应自行判断。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });

  it('lifts it from the middle of a finance story’s foot, before its related links', () => {
    const a = articleOf([
      '# 某公司拟定增募资12亿元',
      '',
      '某公司20日晚间公告，拟向特定对象发行股票募集资金不超过12亿元。',
      '',
      '风险提示：本文内容仅供参考，不构成任何投资建议。投资者据此操作，风险自担。',
      '',
      '相关阅读：',
      '',
      '·机器人板块午后拉升 多只零部件概念股涨停',
      '',
      '责任编辑：某某',
    ]);
    expect(bodyOf(a)).not.toContain('风险自担');
  });
});

describe('a paper’s name and its date, and a header’s date before its byline', () => {
  it('reads the paper from its name and date with the weekday, the time or the print page', () => {
    expect(line('明澄報　2026年3月18日 星期三　06:00')).toMatchObject({
      meta: { source: '明澄报', published: '2026-03-18' },
    });
    expect(line('某某日报 2026年03月18日 第05版')).toMatchObject({
      meta: { source: '某某日报', published: '2026-03-18' },
    });
    // An e-paper header names the edition: the source is the paper.
    expect(line('江淮日報數字報　2026年03月18日　星期三')).toMatchObject({
      meta: { source: '江淮日报', published: '2026-03-18' },
    });
  });

  it('reads the byline after a date with the weekday (and a bar), bracketed or not', () => {
    for (const raw of [
      '2026年3月6日 星期五 05:30 ｜ 撰文：區子軒',
      '2026年3月6日（星期五）05:30 ｜ 記者：區子軒',
      '2026年3月6日 星期五 05:30 撰文：區子軒',
      '撰文：區子軒 ｜ 2026年3月6日 星期五 05:30',
    ]) {
      expect(line(raw), raw).toMatchObject({
        meta: { published: '2026-03-06' },
        byline: { names: ['区子轩'] },
      });
    }
    expect(line('2026-03-06 周五 10:00 作者：张三')).toMatchObject({ byline: { names: ['张三'] } });
  });

  it('keeps a sentence with a date and a weekday', () => {
    expect(line('2026年3月6日 星期五，撰文者區子軒到場。')).toBeUndefined();
  });
});

describe('a paper’s bracketed stamp opening the story', () => {
  it('reads the paper, and a reporter in brackets or in words after the stamp', () => {
    const read = (raw: string) => findDateline(simplifiedInPlace(raw));
    expect(read('【南灣日報專訊】長者院舍人手緊張。')).toMatchObject({
      meta: { source: '南湾日报' },
      length: 8,
    });
    expect(read('（南灣日報訊）長者院舍人手緊張。')).toMatchObject({ meta: { source: '南湾日报' } });
    expect(read('【灣岸晚報3月6日專訊】長者院舍人手緊張。')).toMatchObject({ meta: { source: '湾岸晚报' } });
    expect(read('【本報專訊】長者院舍人手緊張。')).toMatchObject({ meta: {}, length: 6 });
    expect(read('【南灣日報訊】（記者 區子軒）長者院舍人手緊張。')).toMatchObject({
      meta: { source: '南湾日报' },
      byline: { names: ['区子轩'] },
    });
    expect(read('【星島日報專訊】記者區子軒報道：長者院舍人手緊張。')).toMatchObject({
      meta: { source: '星岛日报' },
      byline: { names: ['区子轩'] },
    });
  });

  it('keeps a bracketed kicker, a bracket of whose report (据…), a reporter’s notes in the text', () => {
    for (const raw of [
      '【港聞】長者院舍人手緊張。',
      '（據新華社電）長者院舍人手緊張。',
      '（記者手記）長者院舍人手緊張。',
    ]) {
      expect(findDateline(simplifiedInPlace(raw))?.meta.source, raw).toBeUndefined();
    }
  });

  it('lifts the stamp alone on its line with its paper', () => {
    expect(line('【南灣日報專訊】')).toMatchObject({ what: 'dateline', meta: { source: '南湾日报' } });
    expect(line('【本報專訊】')).toMatchObject({ kind: 'furniture', what: 'dateline' });
    expect(line('【港聞】')?.what).toBe('page links');
  });

  it('reads the whole story: the stamp out of the text, the reporter at the foot', () => {
    for (const foot of ['撰文：區子軒', '（記者 區子軒）', '記者區子軒', '■記者 區子軒', '本報記者 區子軒']) {
      const a = articleOf([
        '# 理大團隊研發護理機械人',
        '',
        `【南灣日報專訊】${HK_STORY[0]}`,
        '',
        ...HK_STORY.slice(2),
        foot,
      ]);
      expect(a.byline?.names, foot).toEqual(['區子軒']);
      expect(a.meta?.source, foot).toBe('南灣日報');
      expect(bodyOf(a), foot).not.toMatch(/專訊|區子軒/u);
    }
  });

  it('reads no foot byline from a reporter’s line with the story’s text after it', () => {
    const a = articleOf([
      '# 理大團隊研發護理機械人',
      '',
      ...HK_STORY,
      '記者區子軒',
      '',
      '團隊表示會繼續研究。',
    ]);
    expect(a.byline).toBeUndefined();
  });

  it('keeps a last line about a press conference or a reporter’s notes as text', () => {
    for (const foot of ['記者會上，他表示會再研究。', '記者手記']) {
      const a = articleOf(['# 理大團隊研發護理機械人', '', '【南灣日報專訊】', '', ...HK_STORY, foot]);
      expect(a.byline, foot).toBeUndefined();
      expect(bodyOf(a), foot).toContain(foot);
    }
  });
});

describe('a finance page’s quote widget', () => {
  it('lifts a name, a code, a price and a change (A-share, Hong Kong, US; Simplified and Traditional)', () => {
    for (const raw of [
      '星衡科技（688417）　14.62　+6.87%',
      '腾讯控股(00700.HK) 385.20 -1.23%',
      '騰訊控股（00700）　385.2　▲1.2%',
      '688417.SH 星衡科技 最新价：14.62 涨跌幅：+6.87%',
      '星衡科技 SH688417 14.62元 +0.94 +6.87%',
      '星衡科技(688417.SH)  14.62  +0.94  +6.87%',
      '小米集团-W（01810.HK）　52.30　+3.15%',
      '英伟达（NVDA.O） 118.20 -2.31%',
      '星衡科技（688417） 現價：14.62 漲跌幅：+6.87%',
    ]) {
      expect(line(raw)?.what, raw).toBe('stock quote');
    }
  });

  it('keeps sentences about the price, a name with its code alone, a year and figures', () => {
    for (const raw of [
      '星衡科技（688417）今日收涨6.87%，报14.62元。',
      '星衡科技（688417）',
      '星衡科技（688417） 14.62',
      '南岭县 2026 12.5 +6.87%',
      '截至收盘，星衡科技股价上涨6.87%，报14.62元。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });
});
