// Page furniture recognised by shape, on small articles written for these tests (placeholder names): credits,
// captions, bylines, datelines, source/date/editor lines and provenance become figures or metadata, never body
// text, and are never joined to a neighbouring paragraph.
import { describe, expect, it } from 'vitest';
import {
  findDateline,
  furnitureLine,
  isCredit,
  parseBylineLine,
  parseDate,
  splitCaptionCredit,
} from '../../../functions/core/article/furniture.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { normalizeZhPunctuation } from '../../../functions/core/article/punctuation.ts';
import type { Article } from '../../../functions/core/article/types.ts';

const parse = (lines: string[]) => parseArticle(lines.join('\n'), { file: 'f.md' });
const body = (a: Article | undefined) =>
  [a!.lead, ...a!.sections].flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');

describe('credits by shape', () => {
  it.each([
    '本报记者 甲乙 摄',
    '新华社记者 甲乙丙 摄',
    '甲乙/摄',
    '（甲乙 摄）',
    '新华社发',
    '视觉中国供图',
    '视觉中国 资料图',
    '图源：视觉中国',
    '受访者供图',
    '资料图片',
    '甲乙 设计',
    '制图：甲乙',
    'IC photo',
    '东方IC',
    'Photo: Jane Doe/Reuters',
    '(AP Photo/Jane Doe)',
    'Jane Doe/Getty Images',
    'Illustration by John Roe',
    'Getty Images',
  ])('%s is a credit', (line) => expect(isCredit(line)).toBe(true));

  it.each([
    '今年，本市将新建两个智算中心。',
    '记者 甲乙 通讯员 丙丁',
    'By the end of the year, the city will open a new hall.',
    'The plan was approved by the council on Tuesday.',
    '人工智能产业发展',
  ])('%s is not a credit', (line) => expect(isCredit(line)).toBe(false));

  it('splits a caption and its credit written on one line', () => {
    expect(splitCaptionCredit('3月5日，工人在车间调试设备。本报记者 甲乙 摄')).toEqual({
      caption: '3月5日，工人在车间调试设备。',
      credit: '本报记者 甲乙 摄',
    });
    expect(splitCaptionCredit('工人在车间调试设备（新华社记者 甲乙 摄）')).toEqual({
      caption: '工人在车间调试设备',
      credit: '新华社记者 甲乙 摄',
    });
    expect(splitCaptionCredit('Workers test a robot arm in Leeds. Photo: Jane Doe/Reuters')).toEqual({
      caption: 'Workers test a robot arm in Leeds.',
      credit: 'Photo: Jane Doe/Reuters',
    });
    expect(splitCaptionCredit('他说，这是一个好开始。')).toBeUndefined();
  });
});

describe('bylines: names only, roles and agencies kept as roles', () => {
  it.each([
    ['本报记者 甲乙 通讯员 丙丁', ['甲乙', '丙丁']],
    ['记者 甲乙丙 实习生 丁戊', ['甲乙丙', '丁戊']],
    ['文/甲乙', ['甲乙']],
    ['作者：甲乙 丙丁', ['甲乙', '丙丁']],
    ['本报记者甲乙', ['甲乙']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe | Reuters', ['Jane Doe']],
    ['By Jane Doe | Updated March 3, 2026 at 4:12 p.m. ET', ['Jane Doe']],
  ])('%s → %j', (line, names) => expect(parseBylineLine(line)?.byline.names).toEqual(names));

  it('reads the date of a byline with an Updated tail', () => {
    expect(parseBylineLine('By Jane Doe | Updated March 3, 2026')?.meta.published).toBe('2026-03-03');
  });

  it('rejects sentences that start like bylines', () => {
    expect(parseBylineLine('记者 今年上海发布了方案。')).toBeUndefined();
    expect(parseBylineLine('By the end of the year, the city will open a hall.')).toBeUndefined();
  });
});

describe('datelines', () => {
  it('cuts 本报讯（记者 …）, 新华社…电（记者 …） and LONDON (Reuters) - off the first paragraph', () => {
    const xinhua = findDateline('新华社北京3月5日电（记者 甲乙、丙丁）今天，会议在北京开幕。')!;
    expect(xinhua.byline!.names).toEqual(['甲乙', '丙丁']);
    expect(xinhua.meta.source).toBe('新华社');
    expect('新华社北京3月5日电（记者 甲乙、丙丁）今天，会议在北京开幕。'.slice(xinhua.length)).toBe(
      '今天，会议在北京开幕。',
    );
    expect(findDateline('本报讯（记者 甲乙 通讯员 丙丁）近日，本市发布方案。')!.byline!.names).toEqual([
      '甲乙',
      '丙丁',
    ]);
    const reuters = findDateline('LONDON (Reuters) - Britain will fund three new data centres.')!;
    expect(reuters.meta.source).toBe('Reuters');
    expect(findDateline('AI - the new electricity - is everywhere.')).toBeUndefined();
    expect(findDateline('今天，会议在北京开幕。')).toBeUndefined();
  });
});

describe('metadata and furniture lines', () => {
  it('reads source, published date and editor from CMS lines', () => {
    expect(furnitureLine('来源：某某日报 发布时间：2026-03-10 07:42 浏览次数：123')).toEqual({
      kind: 'meta',
      meta: { source: '某某日报', published: '2026-03-10' },
      what: 'label line',
    });
    expect(furnitureLine('责任编辑：甲乙')).toMatchObject({ meta: { editor: '甲乙' } });
    expect(furnitureLine('【打印】【关闭】')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('首页 > 新闻 > 要闻')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('（完）')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('Originally published on LinkedIn')).toMatchObject({ meta: { source: 'LinkedIn' } });
    expect(furnitureLine('Published 3 March 2026')).toMatchObject({ meta: { published: '2026-03-03' } });
    expect(furnitureLine('他表示：我们会继续努力。')).toBeUndefined();
    expect(furnitureLine('The council said the plan was approved.')).toBeUndefined();
  });

  it('reads English labelled lines, tags, newsletter footers and link rows as furniture', () => {
    expect(furnitureLine('Published: 2 March 2026 | Author: Jane Doe')).toMatchObject({
      kind: 'meta',
      meta: { published: '2026-03-02' },
      byline: { names: ['Jane Doe'] },
    });
    expect(furnitureLine('Written by Jane Doe · 4 March 2026 · 5 min read')).toMatchObject({
      byline: { names: ['Jane Doe'] },
      meta: { published: '2026-03-04' },
    });
    expect(furnitureLine('Tags: humanoid robots, manufacturing')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine("You're receiving this because you signed up at example.org.")).toMatchObject({
      kind: 'furniture',
    });
    expect(furnitureLine('Like · Comment · Repost · Send')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('Unsubscribe | Manage preferences')).toMatchObject({ kind: 'furniture' });
    // Prose with the same separators or words stays body text.
    expect(furnitureLine('Costs rose · wages fell · the council said it would act.')).toBeUndefined();
    expect(
      furnitureLine('Tags: the council said the tags on every shipment would be checked.'),
    ).toBeUndefined();
  });

  it('reads more Chinese shapes: bylines with marks and picture roles, noted credits, counters, compiled stories', () => {
    for (const line of [
      '◎本报记者 甲乙',
      '文/图 甲乙',
      '本报记者 甲乙 文/图',
      '文字：甲乙 图片：丙丁',
      '甲乙/文 丙丁/图',
    ])
      expect(parseBylineLine(line)?.byline.names[0], line).toBe('甲乙');
    expect(parseBylineLine('甲乙/文 丙丁/图')?.byline.names).toEqual(['甲乙', '丙丁']);
    for (const line of [
      '资料图（图源：网络）',
      '本报记者 甲乙 摄（资料图）',
      '图片由受访者提供',
      '制图 甲乙',
      '截图',
      'AI生成图片',
    ])
      expect(isCredit(line), line).toBe(true);
    expect(furnitureLine('阅读 1024')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('点击量：5')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('扫一扫在手机打开当前页')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('本报综合')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('综合新华社、人民网')).toMatchObject({ meta: { source: '新华社、人民网' } });
    // Sentences that open with the same words stay body text.
    expect(furnitureLine('综合考虑各方意见')).toBeUndefined();
    expect(isCredit('截图显示，该系统已上线。')).toBe(false);
  });

  it('cuts bylines said in words and bracketed reports off the first paragraph', () => {
    expect(findDateline('本报讯 记者甲乙报道：今天，会议开幕。')?.byline?.names).toEqual(['甲乙']);
    expect(findDateline('本报记者 甲乙 丙丁 报道 今天，会议开幕。')?.byline?.names).toEqual(['甲乙', '丙丁']);
    expect(findDateline('【某某时报报道 记者 甲乙】今天，会议开幕。')).toMatchObject({
      meta: { source: '某某时报' },
      byline: { names: ['甲乙'] },
    });
    expect(findDateline('人民网北京3月5日电 （记者甲乙）今天，会议开幕。')?.byline?.names).toEqual(['甲乙']);
    expect(findDateline('记者甲乙报道了这一消息。')).toBeUndefined();
  });

  it('reads English copyright, contact and bracketed reporting lines as furniture', () => {
    // Lifted, and the page's owner kept as the fallback source (build.ts uses it only when nothing names one).
    expect(furnitureLine('© 2026 Example Media')).toMatchObject({
      what: 'copyright line',
      meta: { source: 'Example Media' },
    });
    expect(furnitureLine('Contact the author at jane@example.org')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('(Reporting by Jane Doe; Editing by John Roe)')).toMatchObject({
      meta: { editor: 'John Roe' },
    });
    expect(
      furnitureLine('Copyright law was the first thing the court said it would look at.'),
    ).toBeUndefined();
  });

  it('reads dates alone, a paper and its date, bracketed labels and staff labels without a colon', () => {
    expect(furnitureLine('2026年3月12日 星期四')).toMatchObject({ meta: { published: '2026-03-12' } });
    expect(furnitureLine('2026-03-12 08:30')).toMatchObject({ meta: { published: '2026-03-12' } });
    expect(furnitureLine('某某日报 2026-03-12 08:30')).toMatchObject({
      meta: { source: '某某日报', published: '2026-03-12' },
    });
    expect(furnitureLine('来源：某某日报 | 2026-03-12 08:30')).toMatchObject({
      meta: { source: '某某日报', published: '2026-03-12' },
    });
    expect(furnitureLine('【来源：某某日报】')).toMatchObject({ meta: { source: '某某日报' } });
    expect(furnitureLine('本文来源：某某日报')).toMatchObject({ meta: { source: '某某日报' } });
    for (const line of ['责编 甲乙', '编辑/甲乙', '（本文编辑：甲乙）'])
      expect(furnitureLine(line), line).toMatchObject({ meta: { editor: '甲乙' } });
    expect(furnitureLine('审核 丙丁')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('2026年3月12日，会议在北京开幕。')).toBeUndefined();
  });

  it('reads credits for several pictures and copyright notices, but not a caption that starts like them', () => {
    for (const line of ['图①②均为本报记者 甲乙摄', '以上图片均由受访者提供', '图片来自某某公司'])
      expect(isCredit(line), line).toBe(true);
    expect(isCredit('照片为工人在车间调试设备')).toBe(false);
    expect(furnitureLine('图片来自网络，如有侵权请联系删除')).toMatchObject({ kind: 'furniture' });
    expect(furnitureLine('本文为某某日报原创，转载请注明出处')).toMatchObject({ kind: 'furniture' });
  });

  it('reads a two-character name padded with a space as one name, in bylines and credits', () => {
    expect(parseBylineLine('本报记者　王　芳　李　明')?.byline.names).toEqual(['王芳', '李明']);
    expect(findDateline('本报讯（记者 王 芳 通讯员 李　明）今天，会议开幕。')?.byline?.names).toEqual([
      '王芳',
      '李明',
    ]);
    expect(isCredit('本报记者 王　芳 摄')).toBe(true);
    expect(parseBylineLine('本报记者 张三 李四')?.byline.names).toEqual(['张三', '李四']);
  });

  it('parses dates in the shapes pages use', () => {
    expect(parseDate('2026年3月10日')).toBe('2026-03-10');
    expect(parseDate('Updated March 3, 2026 at 4:12 p.m. ET')).toBe('2026-03-03');
    expect(parseDate('2026-02-30')).toBeUndefined();
  });
});

describe('a page with all of it', () => {
  const r = parse([
    '首页 > 新闻 > 要闻',
    '',
    '# 本市新建两个智算中心',
    '',
    '来源：某某日报 发布时间：2026-03-10 07:42',
    '',
    '本报讯（记者 甲乙 通讯员 丙丁）今年,本市将新建两个智算中心,算力规模预计翻一番。',
    '',
    '3月5日，工人在机房调试设备。本报记者 戊己 摄',
    '',
    '据介绍,新中心将于年底投入使用。',
    '',
    '视觉中国 资料图',
    '',
    '责任编辑：庚辛',
  ]);
  const a = r.article!;

  it('lifts every line of furniture into figures and metadata', () => {
    expect(a.title).toBe('本市新建两个智算中心');
    expect(a.byline?.names).toEqual(['甲乙', '丙丁']);
    expect(a.meta).toEqual({ source: '某某日报', published: '2026-03-10', editor: '庚辛' });
    expect(a.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['3月5日，工人在机房调试设备。', '本报记者 戊己 摄'],
      ['据介绍，新中心将于年底投入使用。', '视觉中国 资料图'],
    ]);
  });

  it('keeps none of it in the body and joins nothing to it', () => {
    const text = body(a);
    for (const s of ['首页', '来源', '本报讯', '甲乙', '戊己', '视觉中国', '责任编辑'])
      expect(text).not.toContain(s);
    expect(a.sections.map((s) => s.heading)).toEqual(['本市新建两个智算中心']);
    expect(a.repairs.filter((x) => x.kind === 'joined-paragraphs')).toEqual([]);
    expect(a.furniture!.map((f) => f.what)).toEqual(
      expect.arrayContaining(['breadcrumbs', 'label line', 'dateline', 'caption and credit', 'credit']),
    );
  });

  it('normalises the punctuation of the text, once, with a count', () => {
    expect(body(a)).toContain('今年，本市将新建两个智算中心，算力规模预计翻一番。');
    const punctuation = a.repairs.filter((x) => x.kind === 'punctuation');
    expect(punctuation).toHaveLength(1);
    expect(punctuation[0]!.detail).toMatch(/^3 half-width/);
  });
});

describe('Chinese punctuation', () => {
  it('changes marks between Chinese characters only', () => {
    expect(normalizeZhPunctuation('今年,本市(上海)发布方案:一是算力;二是人才?')).toBe(
      '今年，本市（上海）发布方案：一是算力；二是人才？',
    );
    expect(normalizeZhPunctuation('人工智能(AIGC)迅猛发展')).toBe('人工智能（AIGC）迅猛发展');
    // Digits, Latin, times and URLs keep their forms.
    for (const kept of ['3,800 GPUs', 'at 07:42', 'https://example.org/a,b', 'GPT-4 (2023)', '比分3:2'])
      expect(normalizeZhPunctuation(kept)).toBe(kept);
  });

  it('can be turned off in front matter', () => {
    const r = parse(['---', 'punctuation: keep', '---', '# 标题', '', '今年,本市发布方案。']);
    expect(body(r.article)).toBe('今年,本市发布方案。');
    expect(r.article!.repairs).toEqual([]);
  });
});

describe('a post exported from a social network', () => {
  const post = (head: string[]) =>
    parse([
      ...head,
      '# What we learned from a year of pilots',
      '',
      'Jane Doe',
      'Head of Operations at Example Bank | Trustee, Example Foundation',
      '',
      'A year ago we started',
      '',
      'six pilots in our back office. Two of them are still running.',
    ]).article!;

  it('takes the name and the title under it as the byline, not as a paragraph joined to the first one', () => {
    for (const a of [post([]), post(['---', 'byline: Jane Doe', '---', ''])]) {
      expect(a.byline?.names).toEqual(['Jane Doe']);
      expect(body(a)).not.toContain('Jane Doe');
      expect(body(a)).not.toContain('Head of Operations');
      expect([...a.lead.paragraphs, ...a.sections[0]!.paragraphs][0]!.text).toBe(
        'A year ago we started six pilots in our back office. Two of them are still running.',
      );
    }
  });

  it('leaves a bare name line that has no title under it in the body', () => {
    const a = parse(['# Notes', '', 'Jane Doe', 'was the first to sign the letter.']).article!;
    expect(body(a)).toContain('Jane Doe');
  });
});

describe('a CMS page with a byline line under the label line and an editor’s note first', () => {
  const a = parse([
    '# 县医院的一张片子',
    '',
    '2026年03月12日 08:30　来源：某某日报　作者：甲乙',
    '',
    '本报记者 甲乙 通讯员 丙丁',
    '',
    '编者按：本报今起推出系列报道。',
    '',
    '本报合肥3月11日电 在一家县医院的影像科，一张片子过去要等一天。',
  ]).article!;

  it('lifts the byline line (the fuller names win) and the dateline after the note', () => {
    expect(a.byline?.names).toEqual(['甲乙', '丙丁']);
    expect(body(a)).not.toContain('通讯员');
    expect(body(a)).not.toContain('本报合肥');
    expect(body(a)).toContain('在一家县医院的影像科');
  });
});

describe('a page with a subtitle and a bracketed byline at the end', () => {
  const a = parse([
    '县域医疗迎来“AI帮手”',
    '',
    '——皖北一家县医院的探索',
    '',
    '本报记者 甲乙',
    '',
    '在一家县医院的影像科，一张片子过去要等一天。',
    '',
    '## 一、从“等一天”到“二十分钟”',
    '',
    '系统上线半年来，累计处理影像4万余例。',
    '',
    '（本报记者 甲乙）',
  ]).article!;

  it('keeps the subtitle and the repeated byline out of the body', () => {
    expect(a.title).toBe('县域医疗迎来“AI帮手”');
    expect(a.byline?.names).toEqual(['甲乙']);
    expect(body(a)).not.toContain('探索');
    expect(body(a)).not.toContain('甲乙');
    expect(a.furniture!.map((f) => f.what)).toEqual(expect.arrayContaining(['subtitle', 'byline']));
  });
});
