// Chinese page shapes first met on the opened `sealed7` corpus half, each on new text written for these tests
// (placeholder names and places): a writer's desk before the name, buttons before a labelled field, a post header
// with the editor, a government page's information bar and its numbered points, a lone advertisement label,
// a call to press a page's button, a video player's lines over a TV station's story, a contact line, a bare count
// cut off by a heading, a colon before a heading, a new speaker after a cut-off sentence, a credit under a picture.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const parse = articleOf;
const body = bodyOf;

describe('a writer’s desk or office before the name', () => {
  it.each([
    ['作者：宣传部 周小舟', ['周小舟']],
    ['作者：信息中心 吴一凡 陈二禾', ['吴一凡', '陈二禾']],
    ['文/党委办公室 郑晓岚', ['郑晓岚']],
  ])('“%s” names the people only', (line, names) => {
    expect(parseBylineLine(line)?.byline.names).toEqual(names);
  });

  it('alone is no byline; a name alone stays one', () => {
    expect(parseBylineLine('作者：医务处')).toBeUndefined();
    expect(parseBylineLine('作者：郑晓岚')?.byline.names).toEqual(['郑晓岚']);
  });

  it('in a CMS row gives the article the name only', () => {
    const a = parse([
      '# 南溪二院开设智能导诊服务台',
      '',
      '发布时间：2026-05-10 09:00　　来源：院办　　作者：护理部 郑晓岚　　浏览次数：318',
      '',
      '本月起，南溪二院门诊大厅新设智能导诊服务台，患者说出症状即可获得挂号建议。',
    ]);
    expect(a.byline?.names).toEqual(['郑晓岚']);
  });
});

describe('buttons before a labelled field at the foot (【纠错】 责任编辑：某某)', () => {
  it('names the editor', () => {
    expect(furnitureLine('【纠错】 责任编辑：欧阳青')).toMatchObject({
      kind: 'meta',
      meta: { editor: '欧阳青' },
    });
    expect(furnitureLine('【打印】【纠错】 编辑：石一鸣')).toMatchObject({
      kind: 'meta',
      meta: { editor: '石一鸣' },
    });
  });

  it('after the end mark, gives the article its editor', () => {
    const a = parse([
      '# 南溪港自动化码头二期投用',
      '',
      '新华社南溪5月3日电（记者 丁小禾）3日，南溪港自动化码头二期投入使用，新增岸桥8台。',
      '',
      '码头运营方表示，二期投用后港区年吞吐能力将提升三成。（完）',
      '',
      '【纠错】 责任编辑：欧阳青',
    ]);
    expect(a.meta?.editor).toBe('欧阳青');
    expect(body(a)).not.toContain('纠错');
  });
});

describe('a post header with the issue’s editor after its date', () => {
  it('reads the account, the date and the editor', () => {
    const found = furnitureLine('青禾观察 2026-08-02 07:00 本期编辑：石一鸣');
    expect(found).toMatchObject({
      kind: 'meta',
      what: 'post header',
      meta: { source: '青禾观察', published: '2026-08-02', editor: '石一鸣' },
    });
  });

  it('gives the article its editor', () => {
    const a = parse([
      '# 青禾早报：两款国产GPU发布',
      '',
      '青禾观察 2026-08-02 07:00 本期编辑：石一鸣',
      '',
      '各位读者早上好，以下是今天值得关注的产业消息。',
    ]);
    expect(a.meta).toMatchObject({ editor: '石一鸣', published: '2026-08-02' });
    expect(body(a)).not.toContain('本期编辑');
  });
});

describe('a government page’s information bar and a notice’s numbered points', () => {
  const notice = [
    '首页 > 政务公开 > 通知公告',
    '',
    '索引号：00345678-9/2026-00112 | 发文字号：南科发〔2026〕8号 | 来源：南溪市科学技术局 | 发布日期：2026-04-21',
    '',
    '# 关于开展2026年度人工智能应用示范项目申报工作的通知',
    '',
    '各区科技主管部门，各有关单位：',
    '',
    '为推动人工智能技术在重点行业落地，现就2026年度示范项目申报工作通知如下。',
    '',
    '## 一、申报方向',
    '',
    '**（一）智能制造。**支持工厂开展质检、排产、设备预测性维护等场景应用。',
    '',
    '**（二）智慧医疗。**支持医疗机构开展辅助诊断、病历质控等场景应用。',
    '',
    '## 二、申报要求',
    '',
    '申报单位应在本市注册，具有独立法人资格，近三年无不良信用记录。',
  ];

  it('lifts the bar and reads its source and date', () => {
    expect(
      furnitureLine('索引号：00345678-9/2026-00112 | 来源：南溪市科学技术局 | 发布日期：2026-04-21'),
    ).toMatchObject({ kind: 'meta', meta: { source: '南溪市科学技术局', published: '2026-04-21' } });
    const a = parse(notice);
    expect(a.meta).toMatchObject({ source: '南溪市科学技术局', published: '2026-04-21' });
    expect(body(a)).not.toContain('索引号');
  });

  it('takes the issuing body as the source only when no 来源 is given', () => {
    expect(
      furnitureLine('索引号：00345678-9/2026-00112 | 发布机构：南溪市科学技术局 | 成文日期：2026-04-18'),
    ).toMatchObject({ kind: 'meta', meta: { source: '南溪市科学技术局' } });
    expect(
      furnitureLine('发布机构：南溪市人民政府办公室 | 来源：南溪市科学技术局 | 发布日期：2026-04-21'),
    ).toMatchObject({ kind: 'meta', meta: { source: '南溪市科学技术局' } });
  });

  it('keeps （一）（二） inside their part: the parts are the sections', () => {
    const a = parse(notice);
    expect(a.sections.map((s) => s.heading)).toEqual(['一、申报方向', '二、申报要求']);
    expect(a.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '（一）智能制造。支持工厂开展质检、排产、设备预测性维护等场景应用。',
      '（二）智慧医疗。支持医疗机构开展辅助诊断、病历质控等场景应用。',
    ]);
    // A brief's bold items under an unnumbered part stay items.
    const brief = parse([
      '# 南溪科技简报',
      '',
      '## 政策',
      '',
      '**（一）市科技局启动示范项目申报。**申报截止时间为5月30日。',
      '',
      '**（二）南溪发布算力券细则。**企业最高可申领100万元算力券。',
    ]);
    expect(brief.sections.map((s) => s.heading)).toEqual([
      '（一）市科技局启动示范项目申报',
      '（二）南溪发布算力券细则',
    ]);
  });
});

describe('a lone advertisement label and a call to press a page’s button', () => {
  it.each(['广告', '- 推广 -', '—— 赞助内容 ——'])('“%s” is an advertisement', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'advertisement' });
  });

  it.each(['点击“阅读原文”，查看往期早报', '戳左下角“阅读原文”了解更多', '点击下方“阅读原文”立即报名。'])(
    '“%s” is the page’s',
    (line) => {
      expect(furnitureLine(line)).toMatchObject({ kind: 'furniture' });
    },
  );

  it('are lifted from a brief; a sentence about reading stays text', () => {
    expect(furnitureLine('点击率最高的是关于阅读原文献的讲座。')).toBeUndefined();
    const a = parse([
      '# 青禾早报',
      '',
      '## 国内',
      '',
      '### 南溪机器人产业园开园',
      '',
      '南溪机器人产业园昨日开园，首批入驻企业26家。',
      '',
      '广告',
      '',
      '### 两所高校新设具身智能专业',
      '',
      '南溪大学和南溪理工学院今年起招收具身智能专业本科生。',
      '',
      '点击“阅读原文”，查看往期早报',
    ]);
    expect(body(a)).not.toMatch(/广告|阅读原文/u);
  });
});

describe('a video player’s lines over a TV station’s story', () => {
  it.each([
    '视频加载中，请稍候...',
    '正在加载中…',
    '您的浏览器不支持video标签',
    '视频播放失败，请刷新重试',
    '播放 暂停 全屏',
    '00:00 / 02:16',
    '0:00 / 1:05:12',
  ])('“%s” is the player’s', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'video player' });
  });

  it('are lifted, so the station’s dateline opens the story and names the reporters', () => {
    const a = parse([
      '# 南溪首条无人驾驶公交线路开通',
      '',
      '2026-07-08 19:05:11　来源：南溪广播电视台　编辑：欧阳青',
      '',
      '视频加载中，请稍候...',
      '',
      '00:00 / 01:48',
      '',
      '南溪台消息（记者 丁小禾 石一鸣）7月8日，南溪首条无人驾驶公交线路在高新区开通，全程9.6公里。',
      '',
      '线路运营方表示，试运营期间车上配备安全员，市民可免费乘坐。',
    ]);
    expect(a.byline?.names).toEqual(['丁小禾', '石一鸣']);
    expect(body(a)).not.toMatch(/加载中|01:48|南溪台消息/u);
    expect(a.sections[0]!.paragraphs[0]!.text).toMatch(/^7月8日，/u);
  });

  it('the station’s own dateline (本台消息, 本网讯) names the reporters too', () => {
    for (const opening of ['本台消息（记者 丁小禾 石一鸣）', '本网讯（记者 丁小禾 石一鸣）：']) {
      const a = parse([
        '# 南溪首条无人驾驶公交线路开通',
        '',
        `${opening}7月8日，南溪首条无人驾驶公交线路在高新区开通，全程9.6公里。`,
        '',
        '线路运营方表示，试运营期间车上配备安全员，市民可免费乘坐。',
      ]);
      expect(a.byline?.names).toEqual(['丁小禾', '石一鸣']);
      expect(a.sections[0]!.paragraphs[0]!.text).toMatch(/^7月8日，/u);
    }
  });
});

describe('a contact line', () => {
  it.each([
    '联系人：丁小禾　电话：0731-88120000',
    '咨询电话：0731-88120000　邮箱：hi@example.cn',
    '联系人：石一鸣 手机：13800000000 地址：南溪市高新区创业路8号',
  ])('“%s” is furniture', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'contact line' });
  });

  it('is lifted from the foot of an item', () => {
    const a = parse([
      '# 南溪人工智能协会周报',
      '',
      '## 活动预告',
      '',
      '### 具身智能沙龙6月12日举行',
      '',
      '协会将于6月12日举办具身智能沙龙，会员单位可免费报名。',
      '',
      '联系人：丁小禾　电话：0731-88120000',
    ]);
    expect(body(a)).not.toContain('联系人');
  });
});

describe('a heading that cuts a bare count from what it counts', () => {
  it('joins the count to the sentence before the heading', () => {
    const a = parse([
      '# 南溪机器人产业观察',
      '',
      '## 一 整机',
      '',
      '目前南溪已有机器人整机企业',
      '',
      '## 二 零部件',
      '',
      '12家、配套企业40余家，形成了较完整的产业链。',
      '',
      '零部件企业的短板仍在减速器。',
    ]);
    expect(body(a)).toContain('目前南溪已有机器人整机企业12家、配套企业40余家，形成了较完整的产业链。');
    expect(a.sections.map((s) => s.heading)).toEqual(['一 整机', '二 零部件']);
    // A count that says what it counts opens a sentence of its own.
    const counted = parse([
      '# 南溪机器人产业观察',
      '',
      '## 一 整机',
      '',
      '目前南溪已有机器人整机企业',
      '',
      '## 二 零部件',
      '',
      '12家企业参加了零部件对接会。',
    ]);
    expect(body(counted)).not.toContain('整机企业12家');
  });
});

describe('a paragraph ending on a colon before a heading', () => {
  it('is joined to the text after the heading when that is what it introduces', () => {
    const a = parse([
      '# 南溪职院学子获全国机器人竞赛二等奖',
      '',
      '## 三小时调通一条产线',
      '',
      '比赛要求选手在三小时内完成产线联调。我校三名队员各有分工：',
      '',
      '## 把赛题带进课堂',
      '',
      '一人编写程序，一人调试视觉系统，一人负责接线。最终队伍以第二名完赛。',
      '',
      '学院把赛题拆成了课堂项目。',
    ]);
    expect(body(a)).toContain('我校三名队员各有分工：一人编写程序，一人调试视觉系统，一人负责接线。');
    expect(a.sections.map((s) => s.heading)).toEqual(['三小时调通一条产线', '把赛题带进课堂']);
    // Not when the heading is the first item of the list, or the text after is about the heading.
    const numbered = parse([
      '# 南溪算力券细则解读',
      '',
      '细则明确了三方面内容：',
      '',
      '## 一、申领对象',
      '',
      '在本市注册的中小企业，年营收不超过两亿元。',
    ]);
    expect(body(numbered)).not.toContain('内容：在本市');
    const restated = parse([
      '# 南溪算力券细则解读',
      '',
      '## 背景',
      '',
      '细则明确了三方面内容：',
      '',
      '## 申领对象',
      '',
      '申领对象为在本市注册的中小企业，年营收不超过两亿元。',
    ]);
    expect(body(restated)).not.toContain('内容：申领对象');
    const subject = parse([
      '# 南溪算力券细则解读',
      '',
      '## 背景',
      '',
      '市科技局负责人这样解释：',
      '',
      '## 下一步',
      '',
      '该局计划明年扩大发放范围，并简化申领流程。',
    ]);
    expect(body(subject)).not.toContain('解释：该局');
  });
});

describe('a new speaker after a sentence the export cut off', () => {
  it('is not joined to it, and the cut is warned about', () => {
    const r = parseLines([
      '# 南溪芯片企业发布端侧推理芯片',
      '',
      '南溪芯算5月6日发布首款端侧推理芯片，采用12纳米工艺。该芯片待机功耗',
      '',
      '公司首席技术官丁小禾表示，芯片将首先用于智能门锁和扫地机器人。',
    ]);
    expect(body(r.article!)).not.toContain('功耗公司');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'cut-off-sentence', line: 3 }));
    // A speaker's name after their role is still joined (运营方负责人 | 某某说); after a comma it is one sentence.
    const named = parse([
      '# 南溪智算中心投运',
      '',
      '南溪智算中心今天投运，中心运营方负责人',
      '',
      '石一鸣说，首批算力已被订满。',
    ]);
    expect(body(named)).toContain('运营方负责人石一鸣说');
    const comma = parse([
      '# 南溪智算中心投运',
      '',
      '南溪智算中心今天投运，',
      '',
      '中心负责人石一鸣表示，首批算力已被订满。',
    ]);
    expect(body(comma)).toContain('投运，中心负责人石一鸣表示');
    // A speaker the break cut elsewhere (该公司 | 负责人, 副 | 院长, 多位 | 专家学者) is joined back.
    for (const [before, after, joined] of [
      ['记者从南溪芯算获悉，该公司', '负责人表示，芯片已量产。', '该公司负责人表示'],
      ['记者从南溪二院获悉，该院副', '院长丁小禾表示，系统已上线。', '副院长丁小禾表示'],
      ['会上，多位', '专家学者表示，算力需求仍在增长。', '多位专家学者表示'],
    ]) {
      const a = parse(['# 南溪智算中心投运', '', before!, '', after!]);
      expect(body(a)).toContain(joined);
    }
  });
});

describe('a Chinese credit right under a picture', () => {
  it('is the picture’s, not a credit for the paragraph above it', () => {
    const a = parse([
      '# 南溪机器人产业园开园',
      '',
      '南溪机器人产业园今天开园，首批入驻企业26家。',
      '',
      '园区还引进了配套企业40余家，初步形成产业链。',
      '',
      '![](https://img.example.cn/a.jpg)',
      '',
      '图片来源：受访者供图',
      '',
      '园区负责人表示，今年将再引进10家整机企业。',
    ]);
    expect(body(a)).toContain('园区还引进了配套企业40余家');
    expect(a.figures).toEqual([expect.objectContaining({ caption: '', credit: '图片来源：受访者供图' })]);
  });
});
