// Chinese page shapes first met on the opened `sealed18` corpus half, each on new text written for these tests
// (placeholder names, offices, outlets and sites): a message board's letter record (| 信件编号 | … |) and the rating
// widget under the reply (满意度评价：○满意 ○不满意 【提交评价】); a Taiwan page's font-size and share rows (字級：小 中 大
// 分享：Facebook LINE X); a hospital CMS bar with its click counter (点击次数) and an office in the writer's field
// (作者：党委宣传部); a broker's research report — its analysts line by line, the licence number, the running notice with
// the page counter (请务必阅读正文之后的免责声明部分 2 / 6) inside a broken sentence, the analysts' qualification
// statement; an e-paper's list of the page's other stories (本版新闻); a dateline's short outlet name (某某社) when the
// page names the outlet in full (某某通訊社). Sentences of the same words stay text.
import { describe, expect, it } from 'vitest';
import { zhShortOutlet } from '../../../functions/core/article/furniture/zh-page.ts';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf, paragraphsOf } from './articles.ts';

const line = (raw: string) => furnitureLine(simplifiedInPlace(raw));

describe('a message board’s letter record and its rating widget', () => {
  it('lifts the record rows and the widget, and keeps the letter and the reply', () => {
    const a = articleOf([
      '青岚县人民政府网站 > 政民互动 > 县长信箱 > 信件详情',
      '',
      '# 关于老旧小区加装电梯补贴的咨询',
      '',
      '| 信件编号 | QL2026091100427 |',
      '|---|---|',
      '| 留言人 | 居民 |',
      '| 办理部门 | 青岚县住建局 |',
      '| 信件状态 | 已回复 |',
      '',
      '## 留言内容',
      '',
      '县长您好！我家所在的小区建于上世纪九十年代，想问加装电梯有没有补贴，评价标准是什么？',
      '',
      '## 答复内容',
      '',
      '您好！根据我县既有住宅加装电梯实施办法，每台电梯补贴15万元，居民对施工满意后再行验收。',
      '',
      '满意度评价：○非常满意　○满意　○不满意　　【提交】',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('QL2026091100427');
    expect(body).not.toContain('青岚县住建局');
    expect(body).not.toContain('○');
    expect(body).not.toContain('【提交】');
    expect(body).toContain('评价标准是什么');
    expect(body).toContain('居民对施工满意后再行验收');
  });

  it('reads the widget and the record rows by their shape', () => {
    for (const raw of [
      '满意度评价：○满意　○基本满意　○不满意　　【提交评价】',
      '评价：●满意 ○一般 ○不满意',
      '您对本次答复是否满意：○很满意　○满意　○不满意',
      '【提交评价】',
      '信件编号：QL2026091100427',
      '留言状态：已办结',
    ])
      expect(line(raw)?.kind, raw).toBe('furniture');
  });

  it('keeps a service guide’s hours and a handling office named in a line of text', () => {
    for (const raw of ['办理时间：每周一至周五上午', '受理单位：各街道便民服务中心窗口'])
      expect(line(raw)?.kind === 'furniture', raw).toBe(false);
  });

  it('keeps sentences about satisfaction and ratings as text', () => {
    for (const raw of [
      '满意度评价结果将在下月公布。',
      '评价：这次答复非常及时，我们很满意。',
      '群众满意度达到96.3%，基本满意的占3%。',
    ])
      expect(line(raw), raw).toBeUndefined();
  });

  it('keeps a data table’s rows', () => {
    const a = articleOf(['# 各区加装电梯进度', '', '| 区 | 已完工 |', '|---|---|', '| 东城区 | 42台 |']);
    expect(bodyOf(a)).toContain('东城区');
  });
});

describe('a font-size row and a share row with their networks', () => {
  it('is the page’s, in Traditional or Simplified characters', () => {
    for (const raw of [
      '字級：小 中 大　　列印　　分享：Facebook　LINE　X',
      '字級：小 中 大　　分享：Facebook',
      '字号：大 中 小　　分享到：微信　微博　QQ空间',
      '分享：Facebook　LINE　Threads',
      '字體：小 中 大　　轉寄　　列印',
    ])
      expect(line(raw)?.kind, raw).toBe('furniture');
  });

  it('keeps sentences that name the networks as text', () => {
    for (const raw of [
      '分享：他把在Facebook和LINE上的经验讲给学生听。',
      '字级调整功能将于明年上线，分享按钮也会改版。',
      '分享：Facebook 今天宣布关闭该功能。',
    ])
      expect(line(raw), raw).toBeUndefined();
  });
});

describe('a hospital CMS bar with its counter and an office as the writer', () => {
  it('reads the source and date, lifts the bar, and takes the byline from the correspondents', () => {
    const a = articleOf([
      '青岚市中心医院　　当前位置：首页 > 医院新闻',
      '',
      '# 我院心内科完成首例无导线起搏器植入',
      '',
      '发布日期：2026-10-09　　来源：心内科　　作者：宣传科　　点击次数：387',
      '',
      '通讯员 邵禾青 韦一帆',
      '',
      '10月8日，我院心内科团队为一名86岁患者成功植入无导线起搏器，手术用时40分钟。',
    ]);
    expect(a.meta?.source).toBe('心内科');
    expect(a.meta?.published).toBe('2026-10-09');
    expect(a.byline?.names).toEqual(['邵禾青', '韦一帆']);
    const body = bodyOf(a);
    expect(body).not.toContain('点击次数');
    expect(body).not.toContain('宣传科');
  });

  it('reads other counters the same way, and keeps a sentence about clicks', () => {
    expect(line('发布时间：2026-10-09　作者：院办公室　阅读次数：52')?.kind).toBe('meta');
    expect(line('点击次数：文章发布后三天内超过一万次。')).toBeUndefined();
  });
});

describe('a broker’s research report and its page furniture', () => {
  const report = [
    '证券研究报告｜公司点评',
    '',
    '电子｜2026年10月12日',
    '',
    '# 算力芯片：订单饱满，产能爬坡超预期',
    '',
    '分析师：罗青禾　执业证书编号：S1230525070001',
    '研究助理：季晚舟',
    '',
    '## 一、订单：数据中心客户集中放量',
    '',
    '三季度公司新签订单同比增长七成，主要来自两家云厂商的训练集群。随着封装测试环节的良率',
    '',
    '请务必阅读正文之后的免责声明部分　　3 / 8',
    '',
    '持续改善，我们预计全年毛利率有望回升至四成以上。',
    '',
    '## 风险提示',
    '',
    '下游资本开支放缓；先进封装产能不及预期。',
    '',
    '请务必阅读正文之后的免责声明部分　　8 / 8',
    '',
    '**分析师声明**：本报告署名分析师具有中国证券业协会授予的证券投资咨询执业资格并注册为证券分析师，独立、客观地出具本报告。',
  ];

  it('reads the analysts line by line and lifts the licence, the notice, the counters and the statement', () => {
    const a = articleOf(report);
    expect(a.byline?.names).toEqual(['罗青禾', '季晚舟']);
    const body = bodyOf(a);
    for (const gone of ['S1230525070001', '请务必阅读', '3 / 8', '8 / 8', '执业资格'])
      expect(body, gone).not.toContain(gone);
  });

  it('joins the sentence the page break cut', () => {
    const a = articleOf(report);
    expect(paragraphsOf(a)).toContain(
      '三季度公司新签订单同比增长七成，主要来自两家云厂商的训练集群。随着封装测试环节的良率持续改善，我们预计全年毛利率有望回升至四成以上。',
    );
  });

  it('reads the footer in other forms, and the licence line alone', () => {
    for (const raw of [
      '请务必阅读正文之后的免责声明部分',
      '敬请参阅最后一页特别声明',
      '请务必阅读正文之后的免责声明部分　第3页 共8页',
      '3 / 8　请务必阅读报告末尾的重要声明',
      '执业证书编号：S1230525070001',
      '分析师承诺：作者具有中国证券业协会授予的证券投资咨询执业资格。',
    ])
      expect(line(raw)?.kind, raw).toBe('furniture');
    expect(line('首席分析师：罗青禾　SAC执业证书编号：S1230525070001')?.kind).toBe('meta');
  });

  it('keeps sentences about analysts, notices and ratios as text', () => {
    for (const raw of [
      '分析师：今年行业整体向好，但估值已不便宜。',
      '请务必阅读说明书后再购买。',
      '请务必阅读正文之后的免责声明部分　　9 / 8',
      '多位分析师认为，执业资格考试的通过率将进一步下降。',
    ])
      expect(line(raw)?.kind === 'furniture' || line(raw)?.kind === 'meta', raw).toBe(false);
  });
});

describe('an e-paper’s list of the page’s other stories', () => {
  it('lifts the header and its titles, and keeps the story', () => {
    const a = articleOf([
      '# 无人机植保走进丘陵茶园',
      '',
      '本报记者 乔知夏',
      '',
      '清晨六点，三架植保无人机在青岚县的茶园上空来回作业，一上午就完成了两百亩的喷洒。',
      '',
      '责任编辑：柏舟',
      '',
      '本版其他新闻',
      '- 县农技站开展秋季病虫害监测',
      '- 茶农合作社试点数字化溯源',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('病虫害监测');
    expect(body).not.toContain('数字化溯源');
    expect(body).toContain('两百亩');
  });

  it('reads only the page’s own headers', () => {
    for (const raw of ['本版新闻', '本版其他新闻', '同版文章', '当版要闻'])
      expect(line(raw)?.kind, raw).toBe('furniture');
    expect(line('本版新闻由编辑部统一审核。')).toBeUndefined();
  });
});

describe('a dateline’s short outlet name and the full name on the page', () => {
  it('takes the full name as the source', () => {
    const a = articleOf([
      '北嶼通訊社 ｜ 首頁 ＞ 生活 ＞ 交通',
      '',
      '# 環島鐵路明年導入AI調度 誤點率盼降三成',
      '',
      '（北嶼社記者魏可欣台中5日電）交通部今天宣布，環島鐵路明年起分段導入人工智慧調度系統，目標是把誤點率降低三成。',
    ]);
    expect(a.meta?.source).toBe('北嶼通訊社');
  });

  it('matches a short name to its full name by shape', () => {
    expect(zhShortOutlet('北屿社', '北屿通讯社')).toBe(true);
    expect(zhShortOutlet('新华社', '新华通讯社')).toBe(true);
    expect(zhShortOutlet('北屿社', '南屿通讯社')).toBe(false);
    expect(zhShortOutlet('北屿报', '北屿通讯社')).toBe(false);
    expect(zhShortOutlet('北屿通讯社', '北屿通讯社')).toBe(false);
  });
});
