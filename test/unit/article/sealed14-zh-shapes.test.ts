// Chinese page shapes first met on the opened `sealed14` corpus half, each on new text written for these tests
// (placeholder names, schools and outlets): a campus or government page's links to the previous and next items of
// its list under the notice (上一条：… / 下一条：…), and a Hong Kong paper's paywall note in mid-story that keeps the
// rest for subscribers and names the offer (此內容只限訂戶閱讀。立即訂閱，首月只需$10。). Sentences that start with the
// same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf } from './articles.ts';

const line = (raw: string) => furnitureLine(simplifiedInPlace(raw));

describe('the previous and next items of a campus or government list', () => {
  it('lifts 上一条/下一条/上一篇/下一则 with the neighbour’s title, bracketed or after a colon', () => {
    for (const raw of [
      '上一条：关于开展2027年度实验室安全检查的通知',
      '下一条：关于举办青年教师授课比赛的通知',
      '上一篇：学院召开新学期教学工作会',
      '下一篇：没有了',
      '【上一篇】附属医院开设记忆门诊',
      '下一則：理學院舉辦開放日',
      '上一篇：关于调整作息时间的通知　下一篇：关于组织消防演练的通知',
    ]) {
      expect(line(raw), raw).toBeDefined();
    }
  });

  it('keeps sentences that begin with the same words', () => {
    for (const raw of [
      '上一条政策出台后，不少企业反映申报流程复杂。',
      '下一篇论文将重点讨论模型的可解释性。',
      '上一条：我们先看看数据。然后再谈结论。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });

  it('lifts them at the foot of a notice, under its print and close links', () => {
    const a = articleOf([
      '# 关于开设“智能制造”辅修课程的通知',
      '',
      '各学院：',
      '',
      '为培养复合型人才，学校决定于2027年秋季学期开设“智能制造”辅修课程，现将有关事项通知如下。',
      '',
      '## 一、报名条件',
      '',
      '全日制在校本科二年级学生，学业成绩良好，无违纪记录。',
      '',
      '## 二、其他事项',
      '',
      '请各学院认真做好宣传动员工作。咨询电话：010-6000xxxx。',
      '',
      '教务部',
      '',
      '2027年4月8日',
      '',
      '【打印本页】　【关闭窗口】',
      '',
      '上一条：关于开展2027年度实验室安全检查的通知',
      '下一条：关于举办青年教师授课比赛的通知',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('上一条');
    expect(body).not.toContain('下一条');
    expect(body).toContain('请各学院认真做好宣传动员工作');
  });
});

describe('a paywall note that keeps the rest for subscribers and names the offer', () => {
  it('lifts it in Traditional and Simplified, with or without the price', () => {
    for (const raw of [
      '此內容只限訂戶閱讀。立即訂閱，首月只需$10。',
      '本文僅供訂戶閱讀。立即訂閱，首三個月每月只需$48。',
      '此内容仅限会员阅读。立即开通会员，首月仅需6元。',
      '本文為會員專屬內容，請登入會員後繼續閱讀。',
      '已是訂戶？請登入',
    ]) {
      expect(line(raw)?.what, raw).toBe('paywall note');
    }
  });

  it('keeps sentences about subscribers and offers', () => {
    for (const raw of [
      '此內容只限訂戶閱讀的做法，引起不少讀者不滿。',
      '立即訂閱的讀者可獲贈電子書一本。',
      '首三個月只需$10的優惠吸引了大批新用戶。',
      '訂戶可於網上平台查閱歷年報道。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });

  it('lifts it from the middle of a Hong Kong story and keeps the story around it', () => {
    const a = articleOf([
      '# 大學擴招數據科學碩士　業界：最缺落地人才',
      '',
      '【灣岸日報專訊】三所大學昨日宣布，下學年合共增加600個數據科學修課式碩士學額，並與本地企業合辦實習。',
      '',
      '校方表示，新課程將加入金融及物流個案，讓學生畢業後即可投入工作。',
      '',
      '此內容只限訂戶閱讀。立即訂閱，首月只需$12。',
      '',
      '**業界：留人比搶人難**',
      '',
      '科技企業協會主席表示，會員企業最缺的是懂得把模型落地的工程師。',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('訂戶');
    expect(body).toContain('會員企業最缺的是懂得把模型落地的工程師');
    expect(body).toContain('讓學生畢業後即可投入工作');
  });
});
