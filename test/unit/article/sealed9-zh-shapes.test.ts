// Chinese page shapes first met on the opened `sealed9` corpus half, each on new text written for these tests
// (placeholder names, companies and places): a listed company's announcement (its code and number header, its
// closing formula and the board's sign-off), an association's bulletin (its running issue count, its imprint, its
// distribution list and print run), a post's credits row with the writer as 文字, an editor's field in a bracket with
// a space before its close, a video player's note after its play glyph, and a sentence cut by a heading before an
// amount in Chinese numerals (…减少了约 / ## … / 四成，…).
import { describe, expect, it } from 'vitest';
import { furnitureLine, zhDocumentEdge } from '../../../functions/core/article/furniture.ts';
import { headingCutEvidence } from '../../../functions/core/article/text.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const joins = (lines: string[]) =>
  parseLines(lines).article!.repairs.filter((r) => r.kind === 'joined-paragraphs');

describe('a listed company’s announcement header (证券代码：… 证券简称：… 公告编号：…)', () => {
  it.each([
    ['证券代码：300917　　证券简称：青禾智能　　公告编号：2026-042'],
    ['股票代码：601177　股票简称：远帆股份　编号：临2026-008'.replace('编号', '公告编号')],
    ['债券代码：113650　　债券简称：青禾转债'],
    ['A股代码：601988　A股简称：北川银行　公告编号：临2026-019'],
    ['证券代码：688205 证券简称：科岭微 公告编号：2026-003'],
    ['公告编号：2026-011'],
    ['证券代码：600731　证券简称：北川机电　编号：临2026-008'],
  ])('“%s” is a field line', (line) => {
    expect(furnitureLine(line)?.kind).toBe('meta');
  });

  it('编号 with no code beside it is no header', () => {
    expect(furnitureLine('编号：临2026-008')).toBeUndefined();
  });

  it('a sentence that names the code stays text', () => {
    expect(furnitureLine('公司证券代码为300917，上市以来首次披露此类投资项目。')).toBeUndefined();
    expect(furnitureLine('证券代码：300917的公司本周发布了一则对外投资公告。')).toBeUndefined();
  });

  it('lifts the header, the closing formula and the board’s sign-off, and joins nothing into the lead', () => {
    const lines = [
      '证券代码：300917　　证券简称：青禾智能　　公告编号：2026-042',
      '',
      '# 青禾智能科技股份有限公司关于设立人工智能研究院的公告',
      '',
      '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。',
      '',
      '## 一、事项概述',
      '',
      '为加快大模型在工业质检场景的落地，公司拟以自有资金5,000万元设立全资子公司青禾人工智能研究院有限公司。',
      '',
      '本次设立子公司事项已经公司第二届董事会第九次会议审议通过，无需提交股东大会审议。',
      '',
      '## 二、风险提示',
      '',
      '研究院设立后在人才引进和技术研发方面存在不确定性，敬请广大投资者注意投资风险。',
      '',
      '特此公告。',
      '',
      '青禾智能科技股份有限公司董事会',
      '',
      '2026年4月2日',
    ];
    const article = articleOf(lines);
    const text = bodyOf(article);
    expect(text).not.toMatch(/证券代码|公告编号|特此公告|董事会$/mu);
    expect(text).toMatch(/敬请广大投资者注意投资风险。$/u);
    expect(joins(lines)).toEqual([]);
  });
});

describe('an official document’s closing formula and its sign-off', () => {
  it.each([['特此公告。'], ['特此通知。'], ['特此函告'], ['特此批复。'], ['特此说明！']])(
    '“%s” closes the document',
    (line) => {
      expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'end mark' });
    },
  );

  it('a sentence opening on 特此 stays text', () => {
    expect(furnitureLine('特此向参与项目的全体工程师致以谢意。')).toBeUndefined();
  });

  it.each([
    ['远帆股份有限公司董事会'],
    ['远帆股份有限公司监事会'],
    ['西岭智能制造产业联盟秘书处'],
    ['远帆股份有限公司董事会　2026年4月2日'],
    ['二〇二六年四月二日'],
    ['西岭市软件行业协会 2026年4月2日'],
  ])('“%s” is a document’s sign-off at its edge', (line) => {
    expect(zhDocumentEdge(line)).toBe(true);
  });

  it.each([['公司董事会将持续关注项目进展。'], ['董事会'], ['远帆股份有限公司']])(
    '“%s” is no sign-off',
    (line) => {
      expect(zhDocumentEdge(line)).toBe(false);
    },
  );

  it('lifts a board and its date at the foot when no closing formula stands over them', () => {
    const article = articleOf([
      '# 远帆股份有限公司关于获得政府补助的公告',
      '',
      '公司全资子公司近日收到西岭市工业和信息化局拨付的智能制造专项补助资金1,200万元。',
      '',
      '上述补助将计入当期损益，最终会计处理以审计机构年度审计确认后的结果为准。',
      '',
      '远帆股份有限公司董事会',
      '',
      '2026年4月2日',
    ]);
    expect(bodyOf(article)).not.toMatch(/董事会$/mu);
  });
});

describe('an association bulletin’s issue line, imprint, distribution and print run', () => {
  it.each([
    ['2026年第5期（总第41期）'],
    ['第五期（总第三十二期）'],
    ['总第41期'],
    ['（总第41期）'],
    ['二〇二六年第二期（总第18期）'],
  ])('“%s” is an issue line', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'issue line' });
  });

  it('a sentence counting sessions stays text', () => {
    expect(furnitureLine('这是联盟成立以来举办的第5期培训班，总第41期的学员已全部结业。')).toBeUndefined();
  });

  it.each([
    ['西岭软件行业协会秘书处编印　　2026年4月8日', '2026-04-08'],
    ['西岭市人民政府办公室　2026年4月8日印发', '2026-04-08'],
  ])('“%s” is the imprint, dated', (line, published) => {
    expect(furnitureLine(line)).toMatchObject({ what: 'bulletin imprint', meta: { published } });
  });

  it.each([
    ['报：市科技局，市工业和信息化局'],
    ['送：协会会长、副会长单位'],
    ['发：各会员企业'],
    ['抄送：市发展改革委、市财政局。'],
    ['主送：各区人民政府，市政府各部门'],
    ['报：市科技局　送：理事单位　发：各会员企业'],
    ['（共印80份）'],
    ['共印制60份'],
    ['内部资料　注意保存'],
    ['（内部资料，请勿外传）'],
    ['（此件公开发布）'],
  ])('“%s” is the distribution', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'distribution line' });
  });

  it.each([
    ['报名：请于4月10日前将回执发送至协会邮箱。'],
    ['发布会上，企业代表说：“我们会继续投入研发。”'],
    ['会议共印发材料80份，全部发放给参会企业。'],
    ['内部资料显示，项目一期已完成设备安装。'],
  ])('“%s” is no distribution line', (line) => {
    expect(furnitureLine(line)?.what).not.toBe('distribution line');
  });

  it('lifts the whole bulletin frame and joins nothing in its foot', () => {
    const lines = [
      '# 西岭软件行业协会工作简报',
      '',
      '2026年第5期（总第41期）',
      '',
      '西岭软件行业协会秘书处编印　　2026年4月8日',
      '',
      '## 一、协会动态',
      '',
      '4月3日，协会组织二十余家会员企业赴西岭数据产业园调研，实地了解园区算力调度平台的建设进展。',
      '',
      '## 二、会员风采',
      '',
      '会员企业星桥软件发布面向中小制造企业的设备预测性维护系统，已在三家机加工企业试点运行。',
      '',
      '---',
      '',
      '报：市科技局，市工业和信息化局',
      '',
      '送：协会会长、副会长单位',
      '',
      '发：各会员企业',
      '',
      '（共印80份）',
    ];
    const article = articleOf(lines);
    const text = bodyOf(article);
    expect(text).not.toMatch(/总第|编印|^报：|^送：|^发：|共印/mu);
    expect(article.meta?.published).toBe('2026-04-08');
    expect(joins(lines)).toEqual([]);
  });
});

describe('editor lines in a post’s credits row and in a bracket', () => {
  it.each([
    ['文字：林芷 | 编辑：宋澄 | 审核：韦川', '宋澄'],
    ['文字：林芷　编辑：宋澄　审核：韦川', '宋澄'],
    ['【纠错】　【责任编辑:宋澄言 】', '宋澄言'],
    ['【纠错】【责任编辑：欧阳澄言】', '欧阳澄言'],
    ['【纠错】【责任编辑：宋澄】', '宋澄'],
    ['[责任编辑：宋澄]', '宋澄'],
    ['（责任编辑：宋澄）', '宋澄'],
    ['文字丨林芷　编辑丨宋澄', '宋澄'],
    ['图文编辑：宋澄', '宋澄'],
    ['本期编辑：宋澄　审核：韦川　签发：林芷', '宋澄'],
  ])('“%s” names the editor', (line, editor) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta: { editor } });
  });

  it('文字 names the writer in the same row', () => {
    expect(furnitureLine('文字：林芷 | 编辑：宋澄')).toMatchObject({ byline: { names: ['林芷'] } });
  });

  it('a sentence about text and editing stays text', () => {
    expect(furnitureLine('文字：这是一段需要编辑重新核对的说明，请读者留意。')).toBeUndefined();
  });
});

describe('a video player’s note after its play glyph', () => {
  it.each([['▶ 视频加载中...'], ['►视频加载中，请稍候'], ['▶️ 视频加载中']])(
    '“%s” is the player’s',
    (line) => {
      expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'video player' });
    },
  );

  it('a sentence after the glyph stays text', () => {
    expect(furnitureLine('▶ 视频中，工程师正在检查液冷管路的接头。')).toBeUndefined();
  });
});

describe('a sentence cut by a heading before an amount in Chinese numerals', () => {
  it.each([
    ['运维环节的人工巡检次数减少了约', '三成，节省下来的人手转去做数据标注。'],
    ['园区企业的订单量已增长到去年的近', '两倍，多数来自海外客户。'],
    ['能耗比改造前降低了逾', '三个百分点，全年节约电费数百万元。'],
  ])('“%s” | “%s” is one sentence', (before, after) => {
    expect(headingCutEvidence(before, after, 'zh')).toBeDefined();
  });

  it('joins the paragraphs across the heading', () => {
    const lines = [
      '# 西岭港引入自动导引车',
      '',
      '西岭港去年起在集装箱堆场投用自动导引车，夜间作业不再需要大批司机值守。',
      '',
      '港口运营部负责人介绍，投用以来，堆场内部转运环节的人工工时减少了约',
      '',
      '## 调度系统自主研发',
      '',
      '四成，原来负责夜班转运的司机已转岗到设备监控岗位。',
      '',
      '调度系统由港口信息中心与本地高校联合开发，可同时调度八十余台车辆。',
    ];
    expect(bodyOf(articleOf(lines))).toMatch(/减少了约四成，/u);
  });

  it.each([
    ['双方代表在会上正式签约', '三成以上的订单将在本地完成交付。'],
    ['人工工时减少了约四成。', '两倍于去年的订单量让车间满负荷运转。'],
    ['调查结果显示', '一是企业用工成本上升，二是招工难度加大。'],
  ])('“%s” | “%s” is no cut sentence by this rule', (before, after) => {
    expect(headingCutEvidence(before, after, 'zh') ?? '').not.toMatch(/amount/u);
  });
});
