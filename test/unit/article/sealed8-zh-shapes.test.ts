// Chinese page shapes first met on the opened `sealed8` corpus half, each on new text written for these tests
// (placeholder names and places): a government information bar's labels spaced to one width, a page editor's and a
// table maker's lines, a portal's footer, an e-paper's page header and column tag, a jump to another page, a
// paywall's note, a note on the piece's pictures, a font-size bar, a caption with a glued credit under a picture.
import { describe, expect, it } from 'vitest';
import { furnitureLine, splitCaptionCredit, splitJump } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const parse = articleOf;
const body = bodyOf;

describe('a field label spaced out to the width of its column (索 引 号：, 标　　题：, 发 布 日 期：)', () => {
  it.each([
    ['索 引 号：20261107-0031　　主题分类：科学技术'],
    ['标　　题：青川市科技局关于公布首批智能工厂名单的通知'],
    ['文　　号：青科发〔2026〕12号　　成 文 日 期：2026年06月02日'],
  ])('“%s” is a label line', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', what: 'label line' });
  });

  it('reads the date under a spaced label', () => {
    expect(furnitureLine('发 布 日 期：2026-06-05')).toMatchObject({ meta: { published: '2026-06-05' } });
  });

  it('spaced letters that make no label stay text', () => {
    expect(furnitureLine('重 要 提 示：请于本周五前提交材料')).toBeUndefined();
  });

  it('lifts a whole information bar above the headline, and joins nothing into the lead', () => {
    const { article } = parseLines([
      '索 引 号：20261107-0031　　主题分类：科学技术',
      '发文机关：青川市科学技术局　　成文日期：2026年06月02日',
      '标　　题：青川市人民政府办公室关于印发青川市推进“人工智能+智能制造”三年行动方案（2026—2028年）的通知',
      '',
      '# 青川市人民政府办公室关于印发青川市推进“人工智能+智能制造”三年行动方案（2026—2028年）的通知',
      '',
      '各区科技主管部门，各有关企业：',
      '',
      '经企业申报、专家评审和公示，现将首批智能工厂名单予以公布。',
    ]);
    expect(body(article!)).not.toMatch(/索|标\s*题/u);
    expect(article!.repairs.filter((r) => r.kind === 'joined-paragraphs')).toEqual([]);
  });
});

describe('the page editor’s and the table maker’s lines (本版责编：, 制表：, 版式 某某)', () => {
  it.each([
    ['（本版责编：吕望舒）', '吕望舒'],
    ['本期责编：吕望舒', '吕望舒'],
    ['本版责编 吕望舒', '吕望舒'],
  ])('“%s” names the editor', (line, editor) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta: { editor } });
  });

  it.each([['制表：柯一川'], ['版式：柯一川　校对：钟晚'], ['制表 柯一川'], ['美编 柯一川']])(
    '“%s” is furniture',
    (line) => {
      expect(furnitureLine(line)).toBeDefined();
    },
  );

  it('under a table, the maker’s line leaves the body and the editor’s names the editor', () => {
    const a = parse([
      '# 青川算力中心上架率回升',
      '',
      '今年以来，青川算力中心的机柜上架率明显回升，智能算力占比继续提高。',
      '',
      '| 指标 | 2025年 | 2026年 |',
      '| --- | --- | --- |',
      '| 上架率 | 52% | 71% |',
      '',
      '制表：柯一川',
      '',
      '下一步，中心将继续扩容液冷机柜，并向高校开放部分算力。',
      '',
      '（本版责编：吕望舒）',
    ]);
    expect(a.meta?.editor).toBe('吕望舒');
    expect(body(a)).not.toMatch(/制表|责编/u);
  });
});

describe('a portal’s footer (主办：… 网站标识码：… 某ICP备…号, 网站地图 | 联系我们)', () => {
  it.each([
    ['主办：青川市人民政府办公室　　网站标识码：3301000012　　浙ICP备12345678号-2'],
    ['京ICP备20260001号　京公网安备 11010502012345号'],
    ['版权所有 © 青川市人民政府　　苏ICP备00000001号'],
    ['网站地图 | 联系我们 | 隐私政策 | 无障碍浏览'],
    ['政府网站标识码：3301000012'],
    ['技术支持：青川数科有限公司　建议使用1920×1080分辨率浏览'],
  ])('“%s” is a site footer', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'site footer' });
  });

  it('who runs the site, at the foot of the page, leaves the body', () => {
    const a = parse([
      '# 青川发布人形机器人应用场景清单',
      '',
      '青川市近日发布首批人形机器人应用场景清单，涵盖物流分拣、商场导览等12类场景。',
      '',
      '【打印本页】　【关闭窗口】',
      '',
      '主办单位：青川市人民政府办公室　　承办单位：青川市信息中心',
      '技术支持：青川数科有限公司',
    ]);
    expect(body(a)).not.toMatch(/主办|承办|技术支持/u);
  });

  it('an event’s organisers in the middle of a notice stay its text', () => {
    const a = parse([
      '# 第三届青川具身智能挑战赛开始报名',
      '',
      '第三届青川具身智能挑战赛即日起开始报名，面向高校和企业团队开放。',
      '',
      '主办单位：青川市科学技术协会　　承办单位：青川职业技术学院',
      '',
      '比赛设搬运、装配和巡检三个赛道，决赛将于9月在青川会展中心举行。',
    ]);
    expect(body(a)).toContain('主办单位：青川市科学技术协会');
  });

  it('an English copyright notice on a Chinese portal is a copyright line', () => {
    expect(furnitureLine('Copyright © 2026 青川市人民政府 All Rights Reserved')).toMatchObject({
      kind: 'furniture',
      what: 'copyright line',
    });
  });

  it('a sentence that names the organisers or a filing number stays text', () => {
    expect(
      furnitureLine('本次大会主办单位为青川市科协，承办单位为青川职业技术学院，共有40支队伍参赛。'),
    ).toBeUndefined();
    expect(furnitureLine('该平台已取得浙ICP备12345678号，并完成生成式服务备案。')).toBeUndefined();
  });
});

describe('an e-paper’s page header and a column’s tag between bars', () => {
  it('reads the paper and the date of a page header', () => {
    expect(furnitureLine('青川晚报　2026年6月3日　星期三　　第A05版：科技·数码')).toMatchObject({
      kind: 'meta',
      what: 'page header',
      meta: { source: '青川晚报', published: '2026-06-03' },
    });
    expect(furnitureLine('A05 ｜科技·数码｜ 2026-06-03')).toMatchObject({ what: 'page header' });
    expect(furnitureLine('青川晚报数字报 2026-06-03 A05：深度')).toMatchObject({
      what: 'page header',
      meta: { source: '青川晚报数字报', published: '2026-06-03' },
    });
  });

  it.each([['｜深度·观察｜'], ['| 数码 |']])('“%s” is a column tag', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'column tag' });
  });

  it('a date, a count and words with spaces are no page header', () => {
    expect(furnitureLine('2026年6月3日 12 家企业签约入园')).toBeUndefined();
  });

  it('the next page’s header in the middle of a sentence is lifted, and the sentence joined', () => {
    const a = parse([
      '# 专访｜模型备案之后',
      '',
      '**记者：**中小企业的合规成本怎么降？',
      '',
      '**许知远：**可以由政府牵头建设公共测评工具，',
      '',
      '07 ｜深度·观察｜ 2026.06.03',
      '',
      '让中小企业不必每家都从零做起。',
    ]);
    expect(body(a)).not.toContain('深度');
    expect(body(a)).toContain('公共测评工具，让中小企业不必每家都从零做起。');
  });
});

describe('a jump to or from another page (（下转第7版）, （上接第1版）)', () => {
  it.each([['（下转第7版）'], ['（上接第一版）'], ['(转A3版)'], ['（转下页）'], ['下转第7版']])(
    '“%s” alone is a jump line',
    (line) => {
      expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'jump line' });
    },
  );

  it('splits a jump run on to the end or the start of the text', () => {
    expect(splitJump('学院计划明年再开两门交叉课程（下转第7版）')).toEqual({
      text: '学院计划明年再开两门交叉课程',
      jump: '（下转第7版）',
    });
    expect(splitJump('（上接第1版）课程由法学院和计算机学院合开。')).toEqual({
      text: '课程由法学院和计算机学院合开。',
      jump: '（上接第1版）',
    });
    expect(splitJump('企业转正后（满三个月）可申请补贴。')).toBeUndefined();
  });

  it('leaves the text and drops the mark', () => {
    const a = parse([
      '# 交叉课程受欢迎',
      '',
      '青川大学去年开设“人工智能与法律”课程，选课学生来自六个学院。',
      '',
      '学院计划明年再开两门交叉课程（下转第7版）',
    ]);
    expect(body(a)).toContain('学院计划明年再开两门交叉课程');
    expect(body(a)).not.toContain('下转');
  });
});

describe('a paywall’s note where the free part ends', () => {
  it.each([
    ['——以上为免费内容，订阅青川研究会员阅读全文——'],
    ['剩余80%内容，付费后即可查看'],
    ['开通VIP会员，解锁全文'],
    ['本文为付费内容，登录后阅读全文'],
    ['以下为会员专享内容'],
    ['试读已结束，订阅后继续阅读'],
    ['点击购买，解锁全文'],
  ])('“%s” is a paywall note', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'paywall note' });
  });

  it('a sentence about subscriptions stays text', () => {
    expect(furnitureLine('订阅用户可阅读全文，平台上线一年来付费用户已超过十万。')).toBeUndefined();
    expect(furnitureLine('成为会员')).toBeUndefined();
  });

  it('leaves the body of a newsletter cut at the paywall', () => {
    const a = parse([
      '# 青川治理周报',
      '',
      '## 欧洲议会讨论推迟部分条款',
      '',
      '欧洲议会本周就推迟部分高风险条款展开辩论，支持者认为企业尚未准备好合规工具。',
      '',
      '**——以上为免费内容，订阅青川研究会员阅读全文——**',
    ]);
    expect(body(a)).not.toContain('订阅');
  });
});

describe('a note on the piece’s pictures (图片除署名外均来自…, 部分图片来源于网络，如有侵权请联系删除)', () => {
  it.each([
    ['本文由青川观察编辑部整理，图片除署名外均来自主办方。'],
    ['部分图片来源于网络，如有侵权请联系删除'],
    ['图片除署名外均由本报记者摄'],
  ])('“%s” is a picture rights note', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'picture rights note' });
  });

  it('a sentence about the pictures stays text', () => {
    expect(furnitureLine('文中图片由研究团队提供，显示了模型标注的病灶位置。')).toBeUndefined();
  });

  it('under the story, leaves the body and takes no paragraph for a caption', () => {
    const a = parse([
      '# 青川大会开幕',
      '',
      '第五届青川人工智能大会今天开幕，200余家企业参展。',
      '',
      '*本文由青川观察编辑部整理，图片除署名外均来自主办方。*',
    ]);
    expect(body(a)).toContain('200余家企业参展');
    expect(body(a)).not.toContain('署名');
    expect(a.figures).toEqual([]);
  });
});

describe('a portal’s font-size bar (【字体：大 中 小】)', () => {
  it.each([
    ['【字体：大 中 小】　打印'],
    ['字号：[大] [中] [小] | 打印 | 关闭'],
    ['【字体：特大 大 中 小】【打印本页】【关闭窗口】'],
  ])('“%s” is page links', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'page links' });
  });

  it('leaves the body when exported with its links', () => {
    const a = parse([
      '# 青川出台具身智能若干措施',
      '',
      '发布时间：2026-06-01 10:00　　来源：青川市工业和信息化局',
      '',
      '【字体：[大](#) [中](#) [小](#)】　[打印](#)',
      '',
      '近日，青川市印发促进具身智能产业发展的若干措施，现解读如下。',
    ]);
    expect(body(a)).not.toContain('字体');
  });
});

describe('a caption with a credit glued to its holder (… 受访者供图)', () => {
  it('splits at the space before the credit', () => {
    expect(splitCaptionCredit('许知远在检查机器人关节的装配精度 受访者供图')).toEqual({
      caption: '许知远在检查机器人关节的装配精度',
      credit: '受访者供图',
    });
  });

  it('under a picture with an empty alt text, is that picture’s caption and credit', () => {
    const a = parse([
      '# 县医院里的AI阅片',
      '',
      '县医院放射科去年引入智能阅片系统，医生每天复核系统标出的可疑病灶。',
      '',
      '![图片](https://img.example.cn/2026/0603/a.jpg)',
      '',
      '许知远在复核系统标出的病灶位置 受访者供图',
      '',
      '## 从会看到敢用',
      '',
      '医院规定，系统结果只作参考，不得直接写入诊断报告。',
    ]);
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ caption: '许知远在复核系统标出的病灶位置', credit: '受访者供图' });
    expect(body(a)).not.toContain('受访者供图');
  });
});
