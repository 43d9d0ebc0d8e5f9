// Body-structure shapes of real exports (issue 11 §2), each on new text written for these tests (placeholder
// names): interviews with bold speaker labels and Q:/问： turns, numbered subheadings that Markdown reads as a
// one-item list, blockquotes broken by a blank line, correction notices, a bold 记者手记 pseudo-heading after the
// story began, a zh heading cutting a sentence before its amount, and a dateline with place, region and date.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';

const parseAll = (lines: string[]) => parseArticle(lines.join('\n'), { file: 'f.md' });
const parse = (lines: string[]) => parseAll(lines).article as Article;
const paras = (a: Article) => [a.lead, ...a.sections].flatMap((s) => s.paragraphs.map((p) => p.text));
const headings = (a: Article) => a.sections.map((s) => s.heading);
const cutOffs = (lines: string[]) =>
  parseAll(lines)
    .diagnostics.filter((d) => d.code === 'cut-off-sentence')
    .map((d) => d.line);

describe('interviews', () => {
  it('bold speaker names taking turns are not brief items (en)', () => {
    const a = parse([
      '# A grid operator on data-centre demand',
      '',
      '**Lena Orr:** How much new demand are you seeing?',
      '',
      '**Piet Vos:** About a gigawatt of requests this year. Most of it is',
      '',
      'for sites near the river.',
      '',
      '**Lena Orr:** Can the grid cope?',
      '',
      '**Piet Vos:** Not without new lines.',
    ]);
    expect(headings(a)).toEqual(['A grid operator on data-centre demand']);
    expect(paras(a)).toEqual([
      'Lena Orr: How much new demand are you seeing?',
      'Piet Vos: About a gigawatt of requests this year. Most of it is for sites near the river.',
      'Lena Orr: Can the grid cope?',
      'Piet Vos: Not without new lines.',
    ]);
  });

  it('bold 记者：/Q: labels are turns, not items (zh and en)', () => {
    const zh = parse([
      '# 专访：县城为何自建算力中心',
      '',
      '**记者：**县里为什么要自建算力中心？',
      '',
      '**丙丁：**企业用不起外面的算力，自建比租用便宜三成。',
    ]);
    expect(headings(zh)).toEqual(['专访：县城为何自建算力中心']);
    const en = parse([
      '# Five questions for the data officer',
      '',
      '**Q:** What changed first?',
      '',
      '**A:** We stopped buying servers one department at a time.',
    ]);
    expect(headings(en)).toEqual(['Five questions for the data officer']);
  });

  it('bold lead-ins that name different stories stay brief items', () => {
    const a = parse([
      '# State roundup',
      '',
      '**Ohio:** Lawmakers passed a bill on election deepfakes.',
      '',
      '**Texas:** The governor signed a data centre power law.',
    ]);
    expect(headings(a)).toEqual(['Ohio', 'Texas']);
  });

  it.each([
    [
      'en',
      ['A: It is, though the power connection was', '', 'Q: What about privacy?', '', 'A: We publish it.'],
    ],
    ['zh', ['答：资金主要来自专项债和社会资本，', '', '问：下一步有什么打算？', '', '答：再建三个节点。']],
    ['bold', ['**Piet Vos:** The line to the new site was', '', '**Lena Orr:** When will it open?']],
  ])('the next turn never continues a cut answer (%s): warned, not joined', (_, turns) => {
    const lines = ['# Interview', '', 'An introduction to the interview that follows here.', '', ...turns];
    const a = parse(lines);
    expect(paras(a).some((p) => /(was|，)\s*(Q|问|Lena)/u.test(p))).toBe(false);
    expect(cutOffs(lines)).toEqual([5]);
  });
});

describe('numbered subheadings', () => {
  it('`3. Publish the errors` alone between paragraphs keeps its number and is a subheading', () => {
    const a = parse([
      '# Lessons from a chatbot pilot',
      '',
      'The city ran a chatbot for six months.',
      '',
      '2. Keep a human in the loop',
      '',
      'Every answer about eviction went to a caseworker.',
      '',
      '3. Publish the errors',
      '',
      'The city posted a monthly list of wrong answers.',
    ]);
    const section = a.sections[0]!.paragraphs;
    expect(section.filter((p) => p.kind === 'subheading').map((p) => p.text)).toEqual([
      '2. Keep a human in the loop',
      '3. Publish the errors',
    ]);
  });

  it('a list after a colon, or an item that is a sentence, stays a list', () => {
    const a = parse([
      '# Rules',
      '',
      'The rules require one thing:',
      '',
      '1. Name a member of staff',
      '',
      'More text follows here.',
      '',
      '2. Each school must review its tools once a year.',
    ]);
    expect(a.sections[0]!.paragraphs.filter((p) => p.kind === 'list-item').map((p) => p.text)).toEqual([
      'Name a member of staff',
      'Each school must review its tools once a year.',
    ]);
  });
});

describe('blockquotes', () => {
  it('a blockquote broken by a blank line is joined; the text after a quote is not', () => {
    const a = parse([
      '# Council vote',
      '',
      'The council met on Tuesday.',
      '',
      '> The council said the plan was',
      '',
      '> too expensive to run.',
      '',
      '> Every speaker at the meeting',
      '',
      'Residents asked for a second vote.',
    ]);
    const quotes = a.sections[0]!.paragraphs.filter((p) => p.kind === 'quote').map((p) => p.text);
    expect(quotes).toEqual([
      'The council said the plan was too expensive to run.',
      'Every speaker at the meeting',
    ]);
    expect(paras(a)).toContain('Residents asked for a second vote.');
  });
});

describe('correction notices', () => {
  it.each([
    'Correction: An earlier version of this article misstated the number of schools. It is 412.',
    'An earlier version of this story gave the wrong date for the vote.',
    '更正：本报4月2日第3版一文中，“三个码头”应为“两个码头”。特此更正。',
  ])('“%s” is a note, not section text', (notice) => {
    const a = parse([
      '# Port opens new scheduling system',
      '',
      'The port opened a new system on Monday.',
      '',
      notice,
    ]);
    expect(paras(a)).not.toContain(notice);
    expect(a.note?.map((n) => n.text)).toEqual([notice]);
  });

  it('a sentence that mentions a correction is still text', () => {
    const text = 'Corrections to the voter roll were made in March, officials said.';
    expect(paras(parse(['# Roll', '', text]))).toContain(text);
  });
});

describe('a bold 记者手记 after the story began', () => {
  it('is a subheading, not the byline', () => {
    const a = parse([
      '# 北汀市出台数据中心新规',
      '',
      '近日，北汀市出台数据中心管理新规，要求新建数据中心的能效指标达到国内领先水平。',
      '',
      '**记者手记**',
      '',
      '记者在采访中了解到，不少企业已经开始改造。',
    ]);
    expect(a.byline).toBeUndefined();
    expect(a.sections[0]!.paragraphs.map((p) => p.kind ?? '-')).toEqual(['-', 'subheading', '-']);
  });
});

describe('a zh heading that cuts a sentence before its amount', () => {
  const lines = (after: string) => [
    '# 北汀大学发布开源模型',
    '',
    '该模型在中文阅读理解测试中的得分为',
    '',
    '## 技术路线',
    '',
    after,
  ];

  it('`得分为` | `85.3分，…` is joined and the heading moved', () => {
    const a = parse(lines('85.3分，高于同规模模型。团队采用了混合专家架构。'));
    expect(a.lead.paragraphs.map((p) => p.text)).toEqual([
      '该模型在中文阅读理解测试中的得分为85.3分，高于同规模模型。',
    ]);
    expect(a.sections[0]!.paragraphs[0]!.text).toBe('团队采用了混合专家架构。');
  });

  it('a section opening on a year is a new sentence: warned, not joined', () => {
    const l = lines('2024年，北汀大学成立了人工智能研究院。');
    expect(parse(l).sections[0]!.paragraphs[0]!.text).toBe('2024年，北汀大学成立了人工智能研究院。');
    expect(cutOffs(l)).toEqual([3]);
  });
});

describe('an English dateline with place, region and date', () => {
  it('is cut off the first sentence', () => {
    const a = parse([
      '# Hospital trials AI triage',
      '',
      'MANCHESTER, England, March 3 (AP) — A hospital has begun using software to sort patients.',
    ]);
    expect(paras(a)[0]).toBe('A hospital has begun using software to sort patients.');
    expect(a.meta?.source).toBe('AP');
  });
});

describe('sidebars and fact boxes', () => {
  const box = [
    '# Morning brief',
    '',
    'Chip stocks rose on Tuesday after a strong earnings report.',
    '',
    '## By the numbers',
    '',
    '**3.9%** ten-year yield',
    '',
    '**$41bn** chip sales last quarter',
  ];

  it('bold figures are the box’s lines: not brief items, not numbered subheadings, not warned', () => {
    const { article, diagnostics } = parseAll(box);
    expect(headings(article as Article)).toEqual(['By the numbers']);
    expect((article as Article).sections[0]!.paragraphs.map((p) => [p.kind ?? '-', p.text])).toEqual([
      ['-', '3.9% ten-year yield'],
      ['-', '$41bn chip sales last quarter'],
    ]);
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it.each([
    ['zh', ['表1 一季度主要指标', '', '| 指标 | 数值 |', '| --- | --- |', '| 算力规模 | 12 EFLOPS |']],
    ['en', ['Table 1: Key dates', '', '| Month | Step |', '|---|---|', '| September | Rules take effect |']],
  ])('a short label over a table is not a cut-off sentence (%s)', (_, lines) => {
    const all = ['# Box', '', 'A first paragraph of the article, ending as it should.', '', ...lines];
    expect(cutOffs(all)).toEqual([]);
  });

  it('a short line that stops on an open word before a table is still cut off', () => {
    const all = [
      '# Box',
      '',
      'A first paragraph.',
      '',
      'The vote was moved to',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
    ];
    expect(cutOffs(all)).toEqual([5]);
  });
});

describe('a paragraph that opens a sentence of its own is never the rest of the one before', () => {
  it.each([
    ['en', 'The system will be tested on three routes starting in', 'The council said results would follow.'],
    ['zh', '受益企业主要集中在软件和智能制造领域', '此外，数据局还将扩大政策覆盖面。'],
    ['zh date', '该系统已在三个码头试运行半年之久', '4月1日，系统在全港正式上线。'],
  ])('%s: warned as cut off, not joined', (_, before, after) => {
    const lines = [
      '# T',
      '',
      'A first paragraph that ends as it should, with a full stop.',
      '',
      before,
      '',
      after,
    ];
    const a = parse(lines);
    expect(paras(a)).toEqual(['A first paragraph that ends as it should, with a full stop.', before, after]);
    expect(cutOffs(lines)).toEqual([5]);
  });

  it('a lowercase continuation is still joined', () => {
    const a = parse([
      '# T',
      '',
      'The system will be tested on three routes starting in',
      '',
      'the spring, officials said.',
    ]);
    expect(paras(a)).toEqual([
      'The system will be tested on three routes starting in the spring, officials said.',
    ]);
  });
});

describe('a standfirst without a full stop above the dateline', () => {
  it.each([
    [
      'zh',
      '算力券政策实施一年来已有300多家中小企业受益',
      '本报讯（记者 甲乙丙）记者从数据局获悉，补贴累计发放1.2亿元。',
    ],
    [
      'en',
      'A new plan would cut journey times by a third',
      'TOLLBRIDGE (AP) — The council voted on Tuesday to adopt it.',
    ],
  ])(
    '%s: the dateline is lifted from the second paragraph, the dek is not joined to it, no warning',
    (_, dek, first) => {
      const { article, diagnostics } = parseAll(['# Title line', '', dek, '', first]);
      const ps = paras(article as Article);
      expect(ps[0]).toBe(dek);
      expect(ps[1]).not.toMatch(/本报讯|TOLLBRIDGE/);
      expect(diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
    },
  );
});

describe('wire-style notes and Q./A. labels', () => {
  it('`EDITOR’S NOTE —` is a note', () => {
    const note = 'EDITOR’S NOTE — This story is part of a series on public services.';
    const a = parse(['# Buses', '', note, '', 'The council voted on Tuesday.']);
    expect(a.note?.map((n) => n.text)).toEqual([note]);
  });

  it('`Q.` opens a turn: a cut answer before it is warned, not joined', () => {
    const lines = [
      '# Buses',
      '',
      'An interview with the council leader follows.',
      '',
      'A. We tested it on three',
      '',
      'Q. Why three routes?',
    ];
    expect(paras(parse(lines))).toHaveLength(3);
    expect(cutOffs(lines)).toEqual([5]);
  });
});

describe('paragraphs of a Chinese page export without blank lines', () => {
  it('each line opening with a full-width indent is a paragraph; an unindented line continues the one before', () => {
    const a = parse([
      '# 北汀港智能调度系统上线',
      '',
      '　　4月1日，北汀港新的集装箱调度系统正式上线。',
      '　　“以前一条船要等好几个小时。”码头调度员说。',
      '　　据介绍，该系统由本地企业研发，',
      '已在三个码头试运行半年。',
    ]);
    expect(paras(a)).toEqual([
      '4月1日，北汀港新的集装箱调度系统正式上线。',
      '“以前一条船要等好几个小时。”码头调度员说。',
      '据介绍，该系统由本地企业研发，已在三个码头试运行半年。',
    ]);
    expect(a.sections[0]!.paragraphs.map((p) => p.line)).toEqual([3, 4, 5]);
  });

  it('a `<br>` left by the CMS is a line break, not text', () => {
    const a = parse(['# Port', '', 'The port handled 3 million boxes.<br>It plans to grow.']);
    expect(paras(a)).toEqual(['The port handled 3 million boxes. It plans to grow.']);
  });
});

describe('a bold question with its answer in the same paragraph', () => {
  it('`**问：…？**答：…` are turns, not items', () => {
    const a = parse([
      '# 对话县长：算力怎么用',
      '',
      '**问：建设资金从哪里来？**答：主要是地方专项债和社会资本。',
      '',
      '**问：下一步有什么打算？**答：再建三个节点。',
    ]);
    expect(headings(a)).toEqual(['对话县长：算力怎么用']);
    expect(paras(a)).toHaveLength(2);
  });
});

it('a date after 截至 is the rest of the sentence: joined', () => {
  const a = parse(['# T', '', '数据显示，截至', '', '4月1日，全市已发放算力券1.2亿元。']);
  expect(paras(a)).toEqual(['数据显示，截至4月1日，全市已发放算力券1.2亿元。']);
});

describe('a zh paragraph cut before a time phrase that opens the next sentence', () => {
  it('warns and does not join `…下周起` with `今年上半年，…`', () => {
    const { article, diagnostics } = parseArticle(
      [
        '# 港区换上新吊机',
        '',
        '## 运营',
        '',
        '港区管理方表示，新吊机将分批投用，夜班人手从下周起',
        '',
        '今年上半年，港区集装箱吞吐量同比增长百分之六。',
      ].join('\n'),
      { file: 'f.md' },
    );
    const texts = article!.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(texts).toEqual([
      '港区管理方表示，新吊机将分批投用，夜班人手从下周起',
      '今年上半年，港区集装箱吞吐量同比增长百分之六。',
    ]);
    expect(diagnostics.some((d) => d.code === 'cut-off-sentence' && d.line === 5)).toBe(true);
  });
});
