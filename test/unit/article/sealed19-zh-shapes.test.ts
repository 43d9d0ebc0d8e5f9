// Chinese page shapes first met on the opened `sealed19` corpus half, each on new text written for these tests
// (placeholder names, offices, courts and sites): a CMS field line whose date comes last and unlabelled after the
// fields, set apart by spaces (来源：… 作者：… …　2026-10-14 08:20); the office that put a notice up (发布者：教务处 |
// 发布时间：…) as its source when no 来源 is given; a trading notice's bracketed bar with its 信息时间 and the same
// date under other labels (公告日期, 公布时间); a notice's numbered part (七、…, （三）…) after a cut-off line, never the
// rest of its sentence; and a court report that tells its story in a lead before its bracketed heads (【案情回顾】 …),
// which stay inside its one section. Sentences of the same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { opensSentence } from '../../../functions/core/article/text.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const metaOf = (raw: string) => {
  const found = furnitureLine(raw);
  return found?.kind === 'meta' ? found : undefined;
};

describe('a CMS field line with its date last, unlabelled and set apart by spaces', () => {
  it.each([
    ['来源：桐江区人民法院　作者：韦一帆 周若岚　2026-10-14 08:20', '2026-10-14', ['韦一帆', '周若岚']],
    ['稿源：北岭检察院　　作者：邱晓　　2026/03/09', '2026-03-09', ['邱晓']],
    ['来源：东坪晚报　作者：白羽　2026年3月6日 星期五 05:30', '2026-03-06', ['白羽']],
    ['来源：南屿市司法局 作者：沈青 2026-07-02 16:45:10', '2026-07-02', ['沈青']],
    ['来源：柳港法院网　编辑：孔迪　2026.08.19', '2026-08-19', undefined],
  ])('“%s” gives the date and the writers', (raw, date, names) => {
    const found = metaOf(raw);
    expect(found?.meta.published).toBe(date);
    expect(found?.byline?.names).toEqual(names);
  });

  it('a labelled date is read as before', () => {
    expect(metaOf('来源：柳港日报　发布时间： 2026-10-14 08:20')?.meta.published).toBe('2026-10-14');
    expect(metaOf('来源：柳港日报 2026-10-14')?.meta).toEqual({
      source: '柳港日报',
      published: '2026-10-14',
    });
  });

  it('a sentence with a date in it stays text', () => {
    expect(furnitureLine('来源于群众举报的线索显示，案件发生在 2026-10-14 08:20。')).toBeUndefined();
    expect(furnitureLine('作者韦一帆介绍，判决书已于 2026-10-14 送达双方。')).toBeUndefined();
  });

  it('reads the byline and the date from the top of a court’s page', () => {
    const a = articleOf([
      '# 桐江区法院审结一起人工智能配音侵权案',
      '',
      '来源：桐江区人民法院　作者：韦一帆 周若岚　2026-10-14 08:20',
      '',
      '10月14日，桐江区人民法院公开宣判一起涉人工智能配音的侵权纠纷，判令被告赔偿原告8万元。',
    ]);
    expect(a.byline?.names).toEqual(['韦一帆', '周若岚']);
    expect(a.meta).toEqual({ source: '桐江区人民法院', published: '2026-10-14' });
    expect(bodyOf(a)).not.toContain('2026-10-14 08:20');
  });
});

describe('the office that put a notice up (发布者：教务处 | 发布时间：…)', () => {
  it.each([
    ['发布者：教务处 | 发布时间：2026-10-12 | 点击：318', '教务处'],
    ['发布人：科研部　发布时间：2026-09-01', '科研部'],
    ['上传者：学院办公室　发布日期：2026-05-02　浏览次数：91', '学院办公室'],
    ['发布者：研究生院招生办公室 | 发布时间：2026-11-03', '研究生院招生办公室'],
  ])('“%s” is the notice’s source', (raw, source) => {
    expect(metaOf(raw)?.meta.source).toBe(source);
  });

  it('a person posting the page is no source', () => {
    const found = metaOf('发布者：陈雨 | 发布时间：2026-10-12 | 点击：318');
    expect(found?.meta).toEqual({ published: '2026-10-12' });
  });

  it('a 来源 given beside it is the source', () => {
    expect(metaOf('来源：青岚学院新闻网 | 发布者：宣传部 | 发布时间：2026-10-12')?.meta.source).toBe(
      '青岚学院新闻网',
    );
  });

  it('a press conference’s speakers alone give no source', () => {
    expect(furnitureLine('发布人：市科技局副局长 周平')?.kind === 'meta' ? 'meta' : 'other').not.toBe('meta');
  });

  it('a sentence about the office stays text', () => {
    expect(furnitureLine('发布者为教务处，发布时间定在每学期第一周。')).toBeUndefined();
  });
});

describe('a notice’s bracketed bar with its information time (【信息时间：2026-06-03】)', () => {
  it.each([
    ['【信息时间：2026-06-03】【阅读次数：】【我要打印】【关闭】', '2026-06-03'],
    ['【信息时间：2026年6月3日】【打印】【关闭】', '2026-06-03'],
    ['信息发布时间：2026-04-11　浏览次数：57', '2026-04-11'],
    ['公告日期：2026-04-01　浏览次数：55', '2026-04-01'],
    ['【公布时间：2026-09-30】【字体：大 中 小】', '2026-09-30'],
  ])('“%s” gives the date', (raw, date) => {
    expect(metaOf(raw)?.meta.published).toBe(date);
  });

  it('a sentence with the same words stays text', () => {
    expect(furnitureLine('信息时间：公告发布后三个工作日内完成报名。')).toBeUndefined();
    expect(furnitureLine('公告日期确定后，采购人将另行通知各供应商。')).toBeUndefined();
  });
});

describe('a notice’s numbered part never continues the sentence before it', () => {
  const notice = (cut: string, part: string) =>
    parseLines([
      '# 柳港市算力券申领结果公告',
      '',
      '一、项目名称：柳港市算力券发放项目',
      '',
      '二、其他事项',
      '',
      `本次共有46家企业获得算力券，按合同金额的20%抵扣租用费用，${cut}`,
      '',
      part,
      '',
      '1. 联系人：方工',
    ]);

  it.each([
    ['单个企业每年最高', '三、凡对本次公告内容提出询问，请按以下方式联系。'],
    ['每家企业累计不超过', '（三）对本公告有异议的，请于公告期内提出。'],
    ['其中科研团队的额度为', '十、联系方式如下。'],
  ])('“…%s” + “%s” is not joined, and the cut is warned', (cut, part) => {
    const r = notice(cut, part);
    expect(r.article!.repairs.filter((x) => x.kind === 'joined-paragraphs')).toEqual([]);
    expect(bodyOf(r.article!).split('\n')).toContain(part);
    const warned = r.diagnostics.filter((d) => d.code === 'cut-off-sentence');
    expect(warned.map((d) => d.line)).toContain(7);
  });

  it('a line that continues the sentence is still joined', () => {
    const r = notice('研究院与本地企业共建', '联合实验室，每年为企业提供两个月的实践机会。');
    expect(r.article!.repairs.filter((x) => x.kind === 'joined-paragraphs')).toHaveLength(1);
  });

  it('a number split after 第 or a numeral is the rest of the sentence', () => {
    expect(opensSentence('一、二等奖的团队将获得算力补贴。', 'zh', '本次评选获得第')).toBeUndefined();
    expect(opensSentence('十、二十个工作日内完成。', 'zh', '审核分别在')).toBeUndefined();
    expect(opensSentence('三、凡对本次公告内容提出询问，请联系。', 'zh', '单个企业每年最高')).toBeDefined();
  });
});

describe('bracketed case heads in a court report and in a case release', () => {
  it('a report that tells its story in a lead first keeps them inside its one section', () => {
    const a = articleOf([
      '# 用AI合成明星声音卖课 法院判了',
      '',
      '**说案论法**',
      '',
      '近日，柳港市中级人民法院审结一起利用人工智能合成他人声音宣传课程的人格权纠纷案，判决被告赔礼道歉并赔偿3万元。',
      '',
      '**【案情回顾】**',
      '',
      '原告周某是一名播音员。被告某培训机构使用合成软件模仿周某的声音录制招生广告。',
      '',
      '**【法院判决】**',
      '',
      '法院认为，合成声音能被公众识别为周某本人，被告未经许可使用，构成侵权。',
      '',
      '**【法官提醒】**',
      '',
      '经营者使用合成声音前，应当取得声音权利人的同意。',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['用AI合成明星声音卖课 法院判了']);
    expect(bodyOf(a)).toContain('【案情回顾】');
  });

  it('a release that opens on its first head is made of its parts', () => {
    const a = articleOf([
      '# 利用AI伪造他人肖像构成侵权——柳港中院发布典型案例（之二）',
      '',
      '**【基本案情】**',
      '',
      '原告方某系模特。被告某网店使用换脸软件，将方某的面容合成到商品宣传视频中。',
      '',
      '**【裁判结果】**',
      '',
      '法院判决被告停止侵权，赔偿原告经济损失2万元。',
      '',
      '**【典型意义】**',
      '',
      '本案明确了利用人工智能技术伪造他人肖像的侵权责任。',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['【基本案情】', '【裁判结果】', '【典型意义】']);
  });
});
