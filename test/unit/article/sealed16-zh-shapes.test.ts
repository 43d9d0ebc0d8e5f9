// Chinese page shapes first met on the opened `sealed16` corpus half, each on new text written for these tests
// (placeholder names, companies, towns and sites): an exchange's investor Q&A platform and a job board saying who put
// the text up beside a clause that disclaims it (以上内容由某某回复，平台不对其…作任何保证); a Taiwan page's control row
// with full-width spaces (字級　分享　列印); a notice's closing date beside its publishing date (截止日期：…); a
// credit with the day the picture was taken, the year in the Republic's calendar (記者 某某攝 115年3月5日); a
// Taiwan wire's desk note run on after the last sentence (（編輯：某某）1150305). Sentences of the same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, isCredit, splitCaptionCredit } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf } from './articles.ts';

const line = (raw: string) => furnitureLine(simplifiedInPlace(raw));

describe('a hosted page’s provenance beside its disclaimer', () => {
  it('is the platform’s, not the text', () => {
    for (const raw of [
      '以上内容由上市公司回复，平台不对其真实性、准确性作任何保证。',
      '以上回复由挂牌公司提供，本平台不对其内容的真实性、完整性承担任何责任。',
      '（本站发布的招聘信息由用人单位提供,求职者请注意甄别。）',
      '本网刊登的职位信息均由招聘单位发布，应聘者请仔细核实。',
      '以上內容由上市公司回覆，平台不對其真實性、準確性作任何保證。',
    ])
      expect(line(raw)?.what, raw).toBe('disclaimer');
  });

  it('keeps the provenance alone, and sentences about it, as text', () => {
    for (const raw of [
      '以上内容由上市公司回复。',
      '本站发布的招聘信息由用人单位提供。',
      '公司表示，以上内容由上市公司回复，相关数据以年报为准。',
      '平台表示将对信息的真实性进行核查，并公布处理结果。',
    ])
      expect(line(raw), raw).toBeUndefined();
  });

  it('lifts it from the foot of an investor Q&A', () => {
    const a = articleOf([
      '# 远帆电子：关于储能订单等问题的答复',
      '',
      '投资者：请问公司储能电池今年的订单情况如何？',
      '',
      '远帆电子：您好，公司储能业务订单饱满，具体数据请以定期报告为准。谢谢！',
      '',
      '以上内容由上市公司回复，平台不对其真实性、准确性作任何保证。',
    ]);
    expect(bodyOf(a)).not.toContain('平台不对其');
    expect(bodyOf(a)).toContain('储能业务订单饱满');
  });
});

describe('a control row with full-width spaces', () => {
  it('is the page’s buttons', () => {
    for (const raw of ['字級　分享　列印', '字级　分享　打印', '分享　列印　轉寄', '分享到　收藏'])
      expect(line(raw)?.kind, raw).toBe('furniture');
  });

  it('keeps a line that only mentions sharing as text', () => {
    for (const raw of ['分享经济　成为新动能', '分享快乐　列印成书']) expect(line(raw), raw).toBeUndefined();
  });
});

describe('a notice’s closing date beside its publishing date', () => {
  it('reads the published date and keeps the deadline out of the meta', () => {
    const f = line('发布单位：某某大学人事处　　发布日期：2026-10-08　　截止日期：2026-12-31');
    expect(f?.kind).toBe('meta');
    expect(f?.kind === 'meta' ? f.meta.published : undefined).toBe('2026-10-08');
    for (const raw of [
      '截止日期：2026-12-31',
      '报名截止时间：2026年12月31日',
      '发布日期：2026-10-08　有效期至：2026-11-30',
    ])
      expect(line(raw)?.kind, raw).toBe('meta');
  });

  it('lifts the line from the top of a job notice', () => {
    const a = articleOf([
      '# 某某实验室2027年博士后招聘启事',
      '',
      '发布单位：某某实验室人事处　　发布日期：2026-10-08　　截止日期：2026-12-31',
      '',
      '某某实验室现面向海内外公开招聘博士后研究人员，欢迎符合条件的人员报名。',
    ]);
    expect(a.meta?.published).toBe('2026-10-08');
    expect(bodyOf(a)).not.toContain('截止日期');
  });
});

describe('a credit with the day the picture was taken', () => {
  it('is a credit, the year in the Republic’s calendar or the common one', () => {
    for (const raw of [
      '記者 林小雨攝 115年3月5日',
      '（記者 林小雨攝 115年3月5日）',
      '记者 林小雨 摄 2026年3月5日',
      '中央社記者王大明攝 114年12月1日',
    ])
      expect(isCredit(simplifiedInPlace(raw)), raw).toBe(true);
  });

  it('keeps a sentence ending in a date as text', () => {
    for (const raw of ['記者 林小雨報導 115年3月5日', '活動將持續到 115年3月5日', '園區開幕 2026年3月5日'])
      expect(isCredit(simplifiedInPlace(raw)), raw).toBe(false);
  });

  it('splits it from the caption in brackets', () => {
    const s = splitCaptionCredit(
      simplifiedInPlace('某某公司總經理王大明（右）5日在廠區展示新型關節模組。（記者 林小雨攝 115年3月5日）'),
    );
    expect(s?.credit).toBe('记者 林小雨摄 115年3月5日');
    expect(s?.caption).toContain('展示新型关节模组。');
  });

  it('reads the figure under the picture', () => {
    const a = articleOf([
      '# 工具機廠轉型 關節模組明年量產',
      '',
      '![](https://img.example.tw/news/joint.jpg)',
      '',
      '某某公司總經理王大明（右）5日在廠區展示新型關節模組。（記者 林小雨攝 115年3月5日）',
      '',
      '（記者林小雨台中5日電）某某公司今天宣布，將在台中擴建產線，專門生產機器人使用的關節模組，預計明年量產。',
    ]);
    expect(a.figures[0]?.credit).toBe('記者 林小雨攝 115年3月5日');
    expect(bodyOf(a)).not.toContain('展示新型');
  });
});

describe('a Taiwan wire’s desk note run on after the last sentence', () => {
  it('names the editor and leaves the sentence', () => {
    const a = articleOf([
      '# 某某精機擴產 機器人零件明年出貨',
      '',
      '（記者林小雨台中5日電）某某精機今天宣布，將投資新台幣10億元擴建產線，專門生產機器人使用的關節模組。',
      '',
      '市府表示，將協助業者申請相關補助。某某精機今天股價上漲3.2%，收在新台幣52.5元。（編輯：張小華）1150305',
    ]);
    expect(a.meta?.editor).toBe('張小華');
    expect(bodyOf(a)).not.toContain('1150305');
    expect(bodyOf(a)).not.toContain('編輯');
    expect(bodyOf(a)).toContain('收在新台幣52.5元。');
  });

  it('keeps a bracket that is not a desk note in the text', () => {
    const a = articleOf([
      '# 某某精機擴產 機器人零件明年出貨',
      '',
      '（記者林小雨台中5日電）某某精機今天宣布，將投資新台幣10億元擴建產線，專門生產機器人使用的關節模組。',
      '',
      '市府表示，將協助業者申請相關補助。（詳見附表）',
    ]);
    expect(bodyOf(a)).toContain('（詳見附表）');
  });
});
