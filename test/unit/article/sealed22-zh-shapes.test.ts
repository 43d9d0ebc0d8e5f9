// Chinese page shapes first met on the opened `sealed22` corpus half, each on new text written for these tests
// (placeholder names, offices, apps and places): an official reply's information bar with its publishing date and
// issuer, and its document number under the title; a prompt to scan a code and follow an account; a broadcaster's
// script export (a newsroom system's trail after its owner's name, the script's fields with the air date, the title
// as a field); a support chat's session fields, its notice of internal use, and its turns under a bracketed sender
// and time; a lecture handout's lecturer with a title after the name and its notice of teaching use; a translated
// piece's writer with the original name in brackets beside the translator. Sentences of the same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

describe('an official reply’s and a record’s own lines', () => {
  it.each([
    // a document number under the title, bold or not
    '栖农提〔2026〕12号',
    '某府办函〔2025〕7号',
    '某卫建发[2026]103号',
    // a prompt to scan a code and follow
    '扫码关注“某某文化馆”微信公众号，第一时间获取展讯。',
    '扫描下方二维码添加客服微信',
    '长按识别二维码下载“某某健康”App，随时查看报告。',
    '微信扫码关注某某社区服务号',
    // a support chat's session fields
    '会话ID：QX20260305-0091　渠道：某某银行App-在线客服　开始时间：2026-03-05 10:12:44　访客IP：10.2.*.*',
    '工单号：GD-778120 | 接入渠道：微信小程序 | 接待客服：小安 | 会话时长：12分30秒',
    '对话编号：A7710　访客：游客8812　客服工号：0214',
    // notices of internal or teaching use
    '本记录仅供内部质检使用，请勿外传',
    '本课件仅供课堂讨论使用，案例均为教学虚构，不代表任何单位观点。',
    '本资料仅限培训学员参考，请勿转发',
    '此纪要仅供内部交流，严禁外传。',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it.each([
    '他提出的编号〔2026〕12号提案得到了答复。',
    '扫码关注的人越来越多，运营者开始思考如何变现。',
    '扫码支付已经成为年轻人最习惯的付款方式。',
    '会话ID由系统随机生成，用户无法修改。',
    '渠道下沉是今年的重点，客服团队也扩充到四十人。',
    '该场地仅供内部员工使用。',
    '请勿外传的文件被人拍照发到了网上，引发关注。',
    '这些案例均为真实发生的事件，经当事人同意后发表。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });

  it.each([
    [
      '索引号：QZ-2026-00871　　发布机构：某某市农业农村局　　公开日期：2026-05-21',
      '2026-05-21',
      '某某市农业农村局',
    ],
    [
      '索引号：11350-01/2026-0042 | 发布机构：某某区民政局 | 公开时间：2026年4月2日',
      '2026-04-02',
      '某某区民政局',
    ],
  ])('a government page’s bar “%s” dates the page and names its issuer', (raw, published, source) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.meta : undefined).toEqual({ published, source });
  });

  it.each([
    ['栏目：某某新闻　稿件类型：口播+VCR　时长：1\'48"　播出时间：2026-09-14 18:30', '2026-09-14'],
    ['节目：午间播报　稿件类型：消息　首播时间：2026年6月2日 12:05', '2026-06-02'],
  ])('a broadcaster’s script fields “%s” give the air date', (raw, published) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe(published);
  });

  it.each([
    '某某广播电视台新闻中心　稿件库 › 早间新闻 › 待审稿件',
    '某某日报社融媒体中心 稿件库 > 要闻 > 已签发',
  ])('a newsroom system’s trail after its owner “%s” is breadcrumbs', (raw) => {
    expect(furnitureLine(raw)?.what).toBe('breadcrumbs');
  });
});

describe('a byline with a title, a workplace or an original name beside the writer', () => {
  it.each([
    ['主讲：方知远　副教授（某某大学法学院）', ['方知远']],
    ['主讲人：韩序 讲师', ['韩序']],
    ['授课教师：白露 研究员（某某研究院）', ['白露']],
    ['作者：安娜·科瓦奇（Anna Kovacs）', ['安娜·科瓦奇']],
    ['作者：马丁·鲁索（Martin Rousseau）　翻译：钟意　校对：秦川', ['马丁·鲁索']],
    ['作者：卡洛斯·门德斯　译者：苏禾', ['卡洛斯·门德斯']],
  ])('“%s” names the writer only', (raw, names) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(names);
  });

  it.each(['主讲的内容很多，学生听得很认真。', '翻译：这句话的意思是“慢慢来”。'])(
    '“%s” names nobody',
    (raw) => {
      const found = furnitureLine(raw);
      expect(found?.kind === 'meta' ? found.byline : undefined).toBeUndefined();
    },
  );
});

describe('a broadcaster’s script export', () => {
  const script = [
    '某某广播电视台新闻中心　稿件库 › 午间新闻 › 已审稿件',
    '',
    '栏目：某某新闻　稿件类型：口播+VCR　时长：1\'50"　播出时间：2026-09-14 12:10',
    '',
    '标题：无人配送车驶进老旧小区　一个月送了多少件',
    '',
    '记者：程远 何夏　摄像：曲直',
    '',
    '【导语】',
    '',
    '从本月起，五辆无人配送车开进了某某区的三个老旧小区。居民们用得怎么样？',
    '',
    '【正文】',
    '',
    '上午十点，第一辆配送车停在小区门口，居民扫码取件，整个过程不到一分钟。',
    '',
    '责任编辑：齐安　审核：吕方',
  ];

  it('takes the title from its field, the date from the air time and lifts the trail', () => {
    const a = articleOf(script);
    expect(a.title).toBe('无人配送车驶进老旧小区　一个月送了多少件');
    expect(a.meta?.published).toBe('2026-09-14');
    expect(a.byline?.names).toEqual(['程远', '何夏']);
    expect(bodyOf(a)).not.toContain('稿件库');
    expect(bodyOf(a)).toContain('第一辆配送车');
  });
});

describe('an official reply', () => {
  it('is dated by its information bar, not by the date it was signed, and lifts its document number', () => {
    const a = articleOf([
      '# 关于市人大某届某次会议第0098号建议的答复',
      '',
      '索引号：QZ-2026-00871　　发布机构：某某市农业农村局　　公开日期：2026-08-03',
      '',
      '**栖农建〔2026〕19号**',
      '',
      '何立新代表：',
      '',
      '您提出的关于发展智慧农业的建议收悉，现答复如下。',
      '',
      '## 一、关于建设农业数据平台',
      '',
      '全市农业数据平台已于今年上线，接入合作社112家。',
      '',
      '某某市农业农村局',
      '',
      '2026年7月22日',
    ]);
    expect(a.meta).toMatchObject({ published: '2026-08-03', source: '某某市农业农村局' });
    expect(bodyOf(a)).not.toContain('〔2026〕');
  });
});

describe('a support chat log', () => {
  it('lifts the session fields and the notice, and never joins one turn to the next', () => {
    const body = bodyOf(
      articleOf([
        '# 会话记录 QX20260305-0091：用户咨询账单分期',
        '',
        '会话ID：QX20260305-0091　渠道：某某银行App-在线客服　开始时间：2026-03-05 10:12:44',
        '',
        '本记录仅供内部质检使用，请勿外传',
        '',
        '【用户】10:12:50',
        '你好,我上个月的账单能不能分期,我看App里没找到入口',
        '',
        '【用户】10:13:05',
        '分期要手续费吗',
        '',
        '【人工客服 工号0214】10:14:30',
        '您好，账单分期入口在“我的—账单—分期”，手续费按期数计算。',
        '',
        '【用户】10:15:02',
        '好的,谢谢',
        '',
        '【人工客服 工号0214】10:15:10',
        '不客气，祝您生活愉快。',
      ]),
    );
    expect(body).not.toContain('会话ID');
    expect(body).not.toContain('仅供内部质检');
    expect(body).not.toMatch(/没找到入口【用户】/u);
    expect(body).not.toMatch(/谢谢【人工客服/u);
  });
});

describe('a mobile paper’s edition of bracketed items', () => {
  const edition = [
    '# 某某手机报 2026年6月9日 星期二 第1188期',
    '',
    '某某日报社主办　某某数字传媒公司承办　本期责编：孔令仪',
    '',
    '## 要闻',
    '',
    '【全市首个智算中心投入运营】6月8日，某某智算中心正式投运，首期提供算力500P，企业可按需租用。',
    '',
    '【人工智能专项补贴开始申报】市科技局发布通知，单个项目最高补助300万元，截止时间为7月31日。',
    '',
    '## 本地',
    '',
    '【社区医院上线AI随访】某某区五家社区医院上线智能随访系统，慢病患者每周可收到用药提醒。患者可通过',
    '',
    '【中职学校开设机器人运维班】某某职业中专今年秋季首开机器人运维班，计划招收学生40名，学生二年级起进入企业实习。',
    '',
    '## 提醒',
    '',
    '【谨防“AI客服”退款骗局】市反诈中心提示，近期有骗子冒充电商客服，以退款为由诱导转账，请务必通过官方渠道核实。',
    '',
    '资费：3元/月（不含通信费）　退订请回复TD　客服热线：12345',
  ];

  it('makes each bracketed headline an item under its part, dated by the masthead, with its editor', () => {
    const a = articleOf(edition);
    expect(a.sections.map((s) => [s.heading, s.group])).toEqual([
      ['全市首个智算中心投入运营', '要闻'],
      ['人工智能专项补贴开始申报', '要闻'],
      ['社区医院上线AI随访', '本地'],
      ['中职学校开设机器人运维班', '本地'],
      ['谨防“AI客服”退款骗局', '提醒'],
    ]);
    expect(a.meta).toMatchObject({ published: '2026-06-09', editor: '孔令仪' });
    const body = bodyOf(a);
    expect(body).not.toContain('主办');
    expect(body).not.toContain('退订');
    // the item cut off at its end is never joined to the next item
    expect(body).not.toContain('可通过某某职业中专');
  });

  it('one bracketed phrase opening a story is emphasis, not an item', () => {
    const a = articleOf([
      '# 某某市发布智能制造行动方案',
      '',
      '【政策速递】某某市近日发布智能制造三年行动方案，提出到2028年建成智能工厂50家。',
      '',
      '方案明确，市财政每年安排专项资金2亿元，支持企业开展智能化改造。',
    ]);
    expect(a.sections.map((s) => s.heading)).not.toContain('政策速递');
  });

  it.each([
    ['某某手机报 2026年6月9日 星期二 第1188期', '2026-06-09'],
    ['某某早知道 2026年1月5日 第312期', '2026-01-05'],
  ])('“%s” as a title dates the edition', (title, published) => {
    const a = articleOf([
      `# ${title}`,
      '',
      '今天的第一条消息来自市政府常务会议，会议研究了算力基础设施建设。',
    ]);
    expect(a.meta?.published).toBe(published);
  });

  it('a headline with a date in it does not date the page', () => {
    const a = articleOf([
      '# 2026年6月9日，某某市的一场算力大会',
      '',
      '会议在市会展中心举行，来自各地的三百名代表参加。',
    ]);
    expect(a.meta?.published).toBeUndefined();
  });

  it.each(['资费：5元/月　回复0000退订', '退订请回复TD', '某某晚报社主办　某某传媒公司承办　本期编辑：罗衣'])(
    '“%s” is the edition’s',
    (raw) => {
      expect(furnitureLine(raw)).toBeDefined();
    },
  );

  it.each(['他回复TD退订后，仍然收到了短信。', '本市主办 一场展会'])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('more of the same families', () => {
  it.each([
    // a handout's running header
    '课程代码 ECO2210 ｜ 2026—2027学年春季学期 ｜ 仅供选课学生课堂使用，请勿外传',
    '课程编号：CS2041　2025-2026学年第二学期',
    '课程代码：AI101 | 学分：2 | 授课班级：计科2301',
    // notices of use under other words
    '仅供学习交流，不得用于商业用途',
    '本讲义仅供课堂教学使用，未经许可不得转载。',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it.each([
    '第3讲 数据治理',
    '2026—2027学年秋季学期 我们开设了新课',
    '未经许可不得转载的规定，很多网站并不遵守。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });

  it.each([
    ['主讲嘉宾：方一鸣（某某大学教授）', ['方一鸣']],
    ['报告人：江晚', ['江晚']],
    ['作者：[美]约翰·史密斯（John Smith）　译者：柏舟', ['约翰·史密斯']],
    ['文/[英] 艾伦·格雷　译/周舟', ['艾伦·格雷']],
  ])('“%s” names the writer only', (raw, names) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(names);
  });

  it('a translated piece’s provenance names the outlet, not its issue and the original title', () => {
    const found = furnitureLine('原载：《南港评论》2026年第3期　原题：Coming Home');
    expect(found?.kind === 'meta' ? found.meta.source : undefined).toBe('《南港评论》');
  });

  it('a chat’s turns under a sender in square brackets are never joined', () => {
    const body = bodyOf(
      articleOf([
        '# 客服记录',
        '',
        '[用户] 09:02:11',
        '我想改一下收货地址,订单已经发货了吗',
        '',
        '[客服 小北] 09:02:40',
        '您好，订单还未发货，可以修改。',
      ]),
    );
    expect(body).not.toMatch(/发货了吗\[客服/u);
  });
});

describe('a book’s record, a contact footer in brackets and a script’s cues', () => {
  it.each([
    '韦千帆 著 | 索书号：TP181/92 | 馆藏地：三楼借阅区',
    '[法] 吕克·贝尔 著，温言 译 | 索书号：F49/310 | 馆藏地：二楼社科借阅区',
    '某某市科学技术协会 编 | 索书号：N49/77 | 馆藏地：一楼少儿阅览室',
    '秦岭 主编 | 某某大学出版社 | ISBN：978-7-000-00000-1',
    '（联系单位：某某市农业农村局科教处；联系人：孟川；联系电话：0000-1234 5678）',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it.each(['他写的书很受欢迎 | 索书号：TP1', '这本书由三位作者合著，索书号在扉页上。'])(
    '“%s” stays text',
    (raw) => {
      expect(furnitureLine(raw)).toBeUndefined();
    },
  );

  it('a script’s cue naming who speaks is never a cut-off sentence nor joined to the text around it', () => {
    const { article, diagnostics } = parseLines([
      '# 无人机巡检走进电网',
      '',
      '【正文】',
      '',
      '清晨六点，三架无人机从变电站起飞，沿着输电线路开始巡检。',
      '',
      '【同期声】某某供电公司运检部主任　沈青',
      '',
      '“过去人工巡一条线要两天，现在半天就够了。”',
      '',
      '【出镜记者】陆遥',
      '',
      '“无人机能看得更细，但判断隐患，还要靠老师傅的经验。”',
    ]);
    expect(diagnostics.filter((d) => d.code === 'cut-off-sentence').map((d) => d.line)).not.toContain(7);
    const body = bodyOf(article!);
    expect(body).toContain('【同期声】某某供电公司运检部主任　沈青');
    expect(body).not.toContain('巡检。【出镜');
  });
});
