// Chinese page shapes first met on the opened `sealed4` corpus half, each on new text written for these tests
// (placeholder names and places): a CMS line with a row of page links after its fields, a writer's label with a
// slash in a CMS line, a byline with the editor and an organisation's picture credit after the writer, a chart's
// caption with its labelled credit after a space, a dispatch's closing dateline, a file to download, a related-links
// list after the editor's line, a caption under a picture whose alt is only a name, a credit under the byline, and a
// heading that cuts a sentence after a conjunction or a bare subject.
import { describe, expect, it } from 'vitest';
import {
  furnitureLine,
  parseBylineLine,
  splitCaptionCredit,
} from '../../../functions/core/article/furniture.ts';
import { headingCutEvidence } from '../../../functions/core/article/text.ts';
import { articleOf, bodyOf, paragraphsOf } from './articles.ts';

const parse = articleOf;
const paragraphs = paragraphsOf;
const body = bodyOf;

describe('a CMS line with a row of page links after its fields', () => {
  it.each([
    [
      '发布时间：2026-05-04 09:12　来源：青禾县农业农村局　【字体：大 中 小】【打印】',
      '青禾县农业农村局',
      '2026-05-04',
    ],
    ['来源：南溪日报 发布日期：2026年5月4日 【关闭】', '南溪日报', '2026-05-04'],
  ])('“%s” gives the source and the date', (line, source, published) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta: { source, published } });
  });

  it.each([
    '青禾县农业农村局召开了春耕会议。【打印】',
    '【字体：大 中 小】 今天青禾县召开春耕动员会，部署了全年工作。',
  ])('“%s” is not a CMS line', (line) => {
    expect(furnitureLine(line)?.kind).not.toBe('meta');
  });
});

describe('a writer with a slash for the colon among CMS fields', () => {
  it('gives the source without the writer, and the writer as the byline', () => {
    const found = furnitureLine('发布日期：2026-05-04　　来源：办公室　　文/丁小禾　　阅读：318');
    expect(found).toMatchObject({ kind: 'meta', meta: { source: '办公室', published: '2026-05-04' } });
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(['丁小禾']);
  });

  it('leaves a byline with no colon on it to the byline parser (文/图 某某)', () => {
    expect(furnitureLine('文/图 本报记者 丁小禾')?.kind).not.toBe('meta');
    expect(parseBylineLine('文/图 本报记者 丁小禾')?.byline.names).toEqual(['丁小禾']);
  });
});

describe('a byline with the editor and a picture desk after the writer', () => {
  it('names the writer only; the editor goes to the meta', () => {
    const found = parseBylineLine('文｜丁小禾　图｜青禾融媒　编辑｜石一鸣');
    expect(found?.byline.names).toEqual(['丁小禾']);
    expect(found?.meta.editor).toBe('石一鸣');
  });

  it('keeps a photographer named as a person', () => {
    expect(parseBylineLine('文｜丁小禾　图｜石一鸣')?.byline.names).toEqual(['丁小禾', '石一鸣']);
  });
});

describe('a caption with a labelled credit after a space', () => {
  it('splits `caption 制图：某某`', () => {
    expect(splitCaptionCredit('《规划》重点任务一览 制图：丁小禾')).toEqual({
      caption: '《规划》重点任务一览',
      credit: '制图：丁小禾',
    });
  });

  it.each(['青禾县召开春耕会，会议要求 图：略', '据介绍 比例：三成'])('does not split “%s”', (line) => {
    expect(splitCaptionCredit(line)).toBeUndefined();
  });

  it('makes the line under a picture its caption and credit', () => {
    const a = parse([
      '# 青禾县出台数字农业三年规划',
      '',
      '近日，青禾县印发数字农业三年规划，明确了未来三年的目标和任务，现将主要内容解读如下。',
      '',
      '![](https://example.org/tu1.png)',
      '《规划》重点任务一览 制图：丁小禾',
      '',
      '## 一、总体目标',
      '',
      '到2028年，全县数字农业覆盖率达到六成以上，培育一批示范基地。',
    ]);
    expect(a.figures).toContainEqual(
      expect.objectContaining({ caption: '《规划》重点任务一览', credit: '制图：丁小禾' }),
    );
    expect(body(a)).not.toContain('制图');
  });
});

describe('furniture at the foot of a story', () => {
  it.each(['（本报南溪5月4日电）', '（记者 丁小禾 青禾5月4日电）'])('“%s” is an end mark', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'end mark' });
  });

  it.each(['附件：青禾县数字农业三年规划（2026—2028年）.pdf', '附件2：申报表.docx'])(
    '“%s” is an attachment',
    (line) => {
      expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'attachment' });
    },
  );

  it.each(['（本报南溪5月4日电 记者说，春耕已全面展开。）', '附件中列出了青禾县的申报条件和材料清单。'])(
    '“%s” is text',
    (line) => {
      expect(furnitureLine(line)).toBeUndefined();
    },
  );

  it('lifts the related links listed after the editor’s line', () => {
    const a = parse([
      '# 青禾县医院上线远程会诊平台',
      '',
      '青禾县医院本周上线远程会诊平台，基层患者可在乡镇卫生院接受市级专家会诊。',
      '',
      '平台运行一个月来，已完成会诊二百余例，平均等待时间缩短一半。',
      '',
      '责任编辑：石一鸣',
      '',
      '相关阅读：',
      '- 南溪市：年内实现乡镇远程会诊全覆盖',
      '- 远程会诊一年能帮多少基层患者?',
    ]);
    expect(body(a)).not.toContain('南溪市');
    expect(body(a)).not.toContain('远程会诊一年');
    expect(body(a)).toContain('平台运行一个月来');
  });
});

describe('pictures: a caption under a picture named by its alt, a credit under the byline', () => {
  const page = (caption: string) =>
    parse([
      '# 丁小禾：让乡村学校用上好课程',
      '',
      '本报记者 石一鸣',
      '',
      '受访者供图',
      '',
      '![丁小禾](https://example.org/dxh.jpg)',
      '',
      caption,
      '',
      '5月4日，青禾县政协委员丁小禾接受了本报记者专访，谈了她对乡村教育的三点建议。',
    ]);

  it('takes the short sentence that names the person as the caption, with the credit above', () => {
    const a = page('青禾县政协委员丁小禾在座谈会上发言。');
    expect(a.figures).toContainEqual(
      expect.objectContaining({ caption: '青禾县政协委员丁小禾在座谈会上发言', credit: '受访者供图' }),
    );
    expect(body(a)).not.toContain('座谈会上发言');
    expect(a.byline?.names).toEqual(['石一鸣']);
  });

  it('leaves a sentence that does not name the picture’s subject in the story', () => {
    const a = page('乡村学校的课程建设，是今年两会的热点话题之一。');
    expect(body(a)).toContain('乡村学校的课程建设');
  });
});

describe('a heading that cuts a sentence', () => {
  it.each([
    ['每位老师至少完成30学时的培训，其中', '一半以上是实践课。'],
    ['运行半年来，系统', '共处理工单一万余件，满意率达到九成。'],
  ])('“%s” | “%s” is one sentence', (before, after) => {
    expect(headingCutEvidence(before, after, 'zh')).toBeDefined();
  });

  it.each([
    ['运行半年来，系统运行平稳。', '共处理工单一万余件。'],
    ['会议由丁小禾主持，石一鸣', '共同推进乡村教育，是今年的重点。'],
    ['这是会议的主要内容', '我们还将继续推进。'],
  ])('“%s” | “%s” is not', (before, after) => {
    expect(headingCutEvidence(before, after, 'zh')).toBeUndefined();
  });

  it('joins the two halves across the heading', () => {
    const a = parse([
      '# 青禾县医院上线智能分诊系统',
      '',
      '青禾县医院本月上线智能分诊系统，患者到院后可先由系统初步分诊，再由护士复核。',
      '',
      '“系统负责‘分’，护士负责‘核’。”信息科负责人说。运行半年来，系统',
      '',
      '## 基层患者少跑腿',
      '',
      '共处理分诊一万余人次，其中转诊至专科门诊的比例下降了两成。',
    ]);
    expect(paragraphs(a)).toContainEqual(expect.stringContaining('运行半年来，系统共处理分诊一万余人次'));
  });
});
