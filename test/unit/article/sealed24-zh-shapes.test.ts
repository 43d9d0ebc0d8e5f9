// Chinese page shapes first met on the opened `sealed24` corpus half, each on new text written for these tests
// (placeholder names, journals, groups, offices and places), with probe lines of the same families beyond what the
// half shows: a group chat's tool lines (a sign-up chain's and a poll's counts and buttons, where a post came from,
// read receipts, a notice's label, the tool's tag over the post); an office app's report fields (who submitted it,
// its department, who it went to, its form); a journal's record page (its issue line as the source, its writers with
// their affiliations' numbers, their numbered affiliations, its record fields, its buttons and counters, its
// paywall's cut); an office's sign-off; a Traditional page's way back and print links; a scan-and-follow prompt with a
// comma; a script's version note. Sentences using the same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

const lifted = (raw: string) => furnitureLine(raw) !== undefined;

describe('a group chat’s tool lines', () => {
  it.each([
    '接龙人数：26',
    '接龙人数:9',
    '已接龙 14 人',
    '投票人数：53',
    '共 31 人参与',
    '点击参与接龙',
    '参与接龙',
    '我要接龙',
    '点击查看投票结果',
    '— 来自“松柏苑业主交流群（三）”',
    '来自 梧桐小学三年级二班家长群',
    '已读 27人 · 未读 5人',
    '18人已读',
    '4人未读',
    '全部已读',
    '【群公告】',
    '@所有人',
    '#投票',
  ])('“%s” is the chat’s', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it.each([
    '接龙人数比上次多了一倍，物业临时加了椅子。',
    '请大家在群里接龙报名，截止到周五中午。',
    '这条消息来自社区工作人员，大家放心。',
    '已读不回的家长，老师会再打电话确认。',
    '群公告里说的停水时间改到了周三。',
    '投票结果下周一公布，得票最多的方案会交给业委会。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });

  it('a chain’s tag over the post is not its title: the line after it is', () => {
    const a = articleOf([
      '#接龙',
      '',
      '松柏苑社区老年大学春季手机摄影课报名(第2期)',
      '',
      '时间:4月11日(周六)上午9:00-11:00',
      '',
      '说明:本期名额30人,报满即止。请按格式接龙:姓名+楼栋。',
      '',
      '1. 贺明远 3栋',
      '2. 韦素芬 7栋',
      '',
      '接龙人数:2',
      '',
      '点击参与接龙',
      '',
      '— 来自“松柏苑业主交流群(三)”',
    ]);
    expect(a.title).toBe('松柏苑社区老年大学春季手机摄影课报名（第2期）');
    const body = bodyOf(a);
    expect(body).not.toContain('#接龙');
    expect(body).not.toContain('接龙人数');
    expect(body).not.toContain('点击参与接龙');
    expect(body).not.toContain('来自“松柏苑业主交流群');
    expect(body).toContain('请按格式接龙');
  });
});

describe('an office app’s report fields', () => {
  it.each([
    ['提交人：韩知远', ['韩知远']],
    ['汇报人：冯晓棠　抄送：人力资源部', ['冯晓棠']],
    ['填报人：岑路', ['岑路']],
    ['脚本撰写：祁安　审核：市场部', ['祁安']],
  ])('“%s” names the report’s writer', (raw, names) => {
    const found = furnitureLine(raw);
    expect(found?.kind).toBe('meta');
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(names);
  });

  it.each([
    '模板：周报（研发中心）v3',
    '部门：云港数据中心／网络部／值班一组',
    '发送给：钟主任、网络部（群）',
    '审批人：许副总',
    '抄送人：财务部、行政部',
    '当前审批人：宁经理',
  ])('“%s” is the app’s record', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it.each([
    '模板用久了，大家写日报越来越像填空。',
    '审批人要在三个工作日内给出意见，否则流程自动退回。',
    '提交人对结果有异议的，可以在七日内申请复核。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });

  it('a daily report’s field block and read receipts leave the body; the submitter is the byline', () => {
    const a = articleOf([
      '# 韩知远的周报（2026-04-10）',
      '',
      '提交人：韩知远',
      '部门：云港数据中心／网络部',
      '提交时间：2026-04-10 18:05',
      '发送给：钟主任',
      '模板：周报v3',
      '',
      '### 本周完成工作',
      '',
      '核心交换机完成双机热备切换演练，业务中断不到两秒，演练记录已归档。',
      '',
      '---',
      '',
      '已读 9人 · 未读 2人',
    ]);
    expect(a.byline?.names).toEqual(['韩知远']);
    const body = bodyOf(a);
    for (const gone of ['提交人', '部门：', '发送给', '模板：', '已读 9人']) expect(body).not.toContain(gone);
    expect(body).toContain('核心交换机完成双机热备切换演练');
  });
});

describe('a journal’s record page', () => {
  it.each([
    '*通信作者：祝明澜，E-mail: zml@example.edu',
    '通讯作者：温若愚',
    '基金项目：国家自然科学基金（82000000）；某省卫生健康委科研项目（2025-112）',
    '收稿日期：2025-08-03　修回日期：2025-10-21',
    '**中图分类号：** TP391.4　**文献标志码：** A　**文章编号：** 1000-0000(2026)03-0045-07',
    '文献标识码：A',
    'DOI：10.12345/j.issn.1000-0000.2026.03.006　文章编号：1000-0000(2026)03-0045-07',
    '作者单位：某某大学信息学院，某市 430000',
    '关键词：遥感影像；语义分割；小样本学习',
    '引用本文：祝明澜，温若愚. 面向小样本的遥感影像语义分割方法[J]. 某某测绘学报，2026，40(3): 45-51.',
    '【下载PDF】　【导出引用】　阅读量：2,415　下载量：388',
    '【HTML全文】【PDF下载】 浏览量：905',
    '……（登录后阅读全文）【机构登录】【个人登录】',
    '登录后查看全文',
    '1. 某某大学信息学院，某市 430000；2. 某某测绘研究院，某市 430071',
  ])('“%s” is the journal page’s', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it('the last of a paper’s dates is its published date', () => {
    const found = furnitureLine('收稿日期：2025-08-03　修回日期：2025-10-21　网络出版日期：2026-01-15');
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe('2026-01-15');
  });

  it.each([
    ['《某某测绘学报》 2026, 40(3): 45-51　DOI: 10.12345/chxb.2026.03.006', '某某测绘学报'],
    ['《某某农业大学学报》2025年第4期', '某某农业大学学报'],
  ])('the issue line “%s” names the journal as the source', (raw, source) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.meta.source : undefined).toBe(source);
  });

  it('the writers with their affiliations’ numbers are the byline', () => {
    const found = furnitureLine('祝明澜<sup>1</sup>，温若愚<sup>2</sup>，司马青<sup>1*</sup>');
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(['祝明澜', '温若愚', '司马青']);
  });

  it.each([
    '关键词的选择直接影响检索结果，作者应慎重。',
    '通信作者往往承担论文的主要责任。',
    '该刊的阅读量在去年翻了一番，下载量也明显上升。',
    '请登录后阅读全文，再决定是否引用。这一做法遭到了不少读者批评。',
    '《某某测绘学报》2026年起改为月刊，审稿周期缩短到两个月。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('an office’s sign-off and a Traditional page’s way back', () => {
  it('an office’s 敬啟 line and the way back leave the body of a Traditional page', () => {
    const a = articleOf([
      '# 松原市立圖書館暑期閱讀活動開放報名',
      '',
      '松原市立圖書館今年暑假舉辦「與機器人共讀」活動，邀請國小學童在館員陪同下，和館內的導覽機器人一起完成閱讀任務。',
      '',
      '活動名額有限，請家長於七月五日前上網報名，額滿為止。',
      '',
      '松原市立圖書館　推廣服務課　敬啟',
      '',
      '友善列印　回首頁',
      '',
      '回上一頁',
    ]);
    const body = bodyOf(a);
    expect(body).toContain('活動名額有限');
    for (const gone of ['敬啟', '敬启', '回上一', '回首', '列印']) expect(body).not.toContain(gone);
  });

  it.each([
    '某某市教育局办公室　谨启',
    '全体同仁　敬上',
    '某某协会秘书处敬启',
    '返回列表',
    '回到顶部',
    '列印本页',
    '微信扫一扫，关注某某学院公众号',
  ])('“%s” is the page’s', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it.each([
    '他敬上一杯茶，说了句谢谢，转身离开。',
    '回首页的路上，她一直在想那封信。',
    '各位家长，请于周五前回复，学校谨启。如有疑问请致电班主任。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a script’s version note', () => {
  it.each(['本脚本为第3版，最后修改：4月2日 09:10 祁安', '本稿为第2稿', '本方案为第5版'])(
    '“%s” is the file’s record',
    (raw) => {
      expect(lifted(raw)).toBe(true);
    },
  );

  it('a sentence about versions stays text', () => {
    expect(furnitureLine('本脚本为第3版，比上一版删去了所有夸大功效的说法。')).toBeUndefined();
  });
});

describe('a file’s handling note opening a line', () => {
  it.each(['内部资料，请勿外传。', '（内部文件，严禁转发）', '仅供内部参考，请勿截图。'])(
    '“%s” alone is the file’s',
    (raw) => {
      expect(lifted(raw)).toBe(true);
    },
  );

  it('the note leaves the line; the instruction after it stays', () => {
    const a = articleOf([
      '# 某某家电“小暖”取暖器 双十二专场直播脚本',
      '',
      '脚本撰写：祁安　审核：市场部',
      '',
      '> 内部资料，严禁转发。标★的话术必须照读，不得改动。',
      '',
      '## 一、开场',
      '',
      '主播：欢迎来到直播间！今天给大家带来一款适合老人房间的取暖器。',
    ]);
    expect(a.byline?.names).toEqual(['祁安']);
    const body = bodyOf(a);
    expect(body).not.toContain('严禁转发');
    expect(body).toContain('标★的话术必须照读');
  });

  it.each(['内部资料显示，这款产品去年的退货率不到百分之一。', '这些内部文件，记者无法一一核实。'])(
    '“%s” stays text',
    (raw) => {
      const a = articleOf(['# 某某公司年报解读', '', raw, '', '公司方面未对此置评。']);
      expect(bodyOf(a)).toContain(raw);
    },
  );
});

describe('a punctuated list’s item cut inside its clause', () => {
  const report = (cut: string, rest: string) =>
    articleOf([
      '# 岑路的日报（2026-04-09）',
      '',
      '### 今日完成工作',
      '',
      '1. 完成二号楼空调末端的巡检，更换滤网12片。',
      `2. ${cut}`,
      '',
      rest,
      '',
      '### 明日计划',
      '',
      '1. 跟进三号楼冷机维保。',
    ]);

  it('goes on in the paragraph after it', () => {
    const body = bodyOf(report('配合弱电组做了机房断电演练，核心网络', '切换用时不到3秒，符合预案要求。'));
    expect(body).toContain('配合弱电组做了机房断电演练，核心网络切换用时不到3秒，符合预案要求。');
  });

  it('an item that closes its sentence keeps the paragraph after it apart', () => {
    const body = bodyOf(report('配合弱电组做了机房断电演练。', '切换用时不到3秒，符合预案要求。'));
    expect(body).not.toContain('演练。切换');
  });

  it('a list of unpunctuated items keeps the paragraph after it apart', () => {
    const a = articleOf([
      '# 课程安排',
      '',
      '## 课程内容',
      '',
      '1. 用手机查公交，设置提醒',
      '2. 识别诈骗电话，保护账户',
      '',
      '欢迎大家带上手机来听。',
    ]);
    expect(bodyOf(a)).not.toContain('账户欢迎');
  });
});

describe('more of the same families: a poll’s record, a closing formula alone, a notice’s closing with its office', () => {
  it.each(['单选 · 匿名投票', '多选｜实名', '投票截止：4月20日 18:00', '谨上', '敬启'])(
    '“%s” is the page’s',
    (raw) => {
      expect(lifted(raw)).toBe(true);
    },
  );

  it('特此通知 with the office and the date on its line is the notice’s date', () => {
    const found = furnitureLine('特此通知　某某街道办事处　2026年4月2日');
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe('2026-04-02');
  });

  it.each([
    '单选题比多选题简单得多，大家不用紧张。',
    '投票截止前，还有不少居民在犹豫。',
    '特此通知大家，明天停水。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});
