// Chinese page shapes first met on the opened `sealed3` corpus half, each on new text written for these tests
// (placeholder names and places): a social-media post's header and follow call, the pictures' credit after the
// writer in a byline, the print-edition line of a reprint, a newsletter's masthead with its issue number, the
// titles listed under a related-links header, a labelled field in a row of bracketed links, and a heading that
// cuts a subject from the amount it comes to.
import { describe, expect, it } from 'vitest';
import {
  furnitureLine,
  isLinkTitle,
  isRelatedLinksHeader,
  parseBylineLine,
} from '../../../functions/core/article/furniture.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { articleOf, bodyOf, paragraphsOf } from './articles.ts';

const parse = articleOf;
const paragraphs = paragraphsOf;
const body = bodyOf;

describe('a social-media post header: mark, account, date, time, place', () => {
  it.each([
    ['原创 青禾观察 2026年07月03日 21:15 江西', '2026-07-03'],
    ['原创 丁小禾 青禾观察 2026年7月3日 19:02 发表于四川', '2026-07-03'],
    ['南溪科创 2026-07-03 07:30', '2026-07-03'],
    ['转载 南溪科创 2026年7月3日', '2026-07-03'],
  ])('“%s” gives the published date', (line, date) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta: { published: date } });
  });

  it.each([
    '2026年7月3日，青禾镇召开了无人机植保现场会。',
    '青禾观察 2026年7月3日',
    '原创 青禾观察的作者在2026年7月3日 说了什么',
  ])('“%s” is not a post header', (line) => {
    expect(furnitureLine(line)?.what).not.toBe('post header');
  });

  it('keeps the header and the follow call out of the lead, unjoined', () => {
    const a = parse([
      '# 青禾周末：一周科技要闻',
      '',
      '原创 青禾观察 2026年07月03日 21:15 江西',
      '',
      '↑点击上方“青禾观察”关注我们',
      '',
      '本周要闻：南溪开通首条无人公交线、青禾大学发布农业大模型。',
      '',
      '## 南溪开通首条无人公交线',
      '',
      '南溪市首条无人驾驶公交线路本周开通，全程12公里，设站9座。',
    ]);
    expect(a.meta?.published).toBe('2026-07-03');
    expect(body(a)).not.toContain('原创');
    expect(body(a)).not.toContain('关注我们');
    expect(a.lead.paragraphs.map((p) => p.text)).toEqual([
      '本周要闻：南溪开通首条无人公交线、青禾大学发布农业大模型。',
    ]);
    expect(a.repairs.filter((r) => r.kind === 'joined-paragraphs')).toEqual([]);
  });
});

describe('a call to follow the account', () => {
  it.each(['↑点击上方“青禾观察”关注我们', '点击蓝字 关注我们', '点击上方名片，设为星标', '点这里，关注我们'])(
    '“%s” is a follow line',
    (line) => {
      expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'follow line' });
    },
  );

  it.each([
    '点击上方的按钮后，系统会自动关注异常数据。',
    '点击率上升的关键在于标题',
    '点击量较上月增长了三成',
  ])('“%s” is text', (line) => {
    expect(furnitureLine(line)?.what).not.toBe('follow line');
  });
});

describe('the pictures’ credit after the writer in a byline', () => {
  it.each([
    ['文／丁小禾 图／视觉中国', ['丁小禾']],
    ['文/丁小禾　图/资料图', ['丁小禾']],
    ['文/丁小禾 图片/受访单位供图', ['丁小禾']],
    ['文/丁小禾 图/于小川', ['丁小禾', '于小川']],
  ])('“%s” names %j', (line, names) => {
    expect(parseBylineLine(line)?.byline.names).toEqual(names);
  });

  it('lifts the whole line out of the lead', () => {
    const a = parse([
      '# 南溪职校开设无人机维修专业',
      '',
      '文/丁小禾　图/受访单位供图',
      '',
      '南溪职业技术学院今年秋季起开设无人机维修专业，首批招生80人。',
    ]);
    expect(a.byline?.names).toEqual(['丁小禾']);
    expect(body(a)).not.toContain('供图');
  });

  it('leaves a sentence about a picture credit in the body', () => {
    expect(parseBylineLine('文中图片由丁小禾提供，特此致谢。')).toBeUndefined();
  });
});

describe('the print-edition line of a reprint', () => {
  it.each([
    ['《青禾晚报》（2026年04月09日 第05版）', { source: '青禾晚报', published: '2026-04-09' }],
    ['原载《河西日报》2026-03-02 A3版', { source: '河西日报', published: '2026-03-02' }],
    ['（本文刊于《南溪周刊》第12版）', { source: '南溪周刊' }],
  ])('“%s” is the source and its date', (line, meta) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta });
  });

  it.each([
    '《青禾晚报》报道称，当地新建了三座充电站。',
    '他在《河西日报》工作了二十年',
    '《人工智能简史》2026年版',
    '《青禾晚报》',
  ])('“%s” is text', (line) => {
    expect(furnitureLine(line)?.what).not.toBe('print edition line');
  });

  it('is lifted from the foot and never joined to the last sentence', () => {
    const a = parse([
      '# 河西县推广智能灌溉',
      '',
      '河西县今年在12个乡镇推广智能灌溉设备，每亩地平均节水三成。',
      '',
      '“省下的水，就是省下的钱。”种植户于大川说。',
      '',
      '《河西日报》（2026年03月02日 第07版）',
    ]);
    expect(a.meta).toMatchObject({ source: '河西日报', published: '2026-03-02' });
    expect(body(a)).not.toContain('河西日报》');
  });
});

describe('a newsletter masthead with its issue number', () => {
  it.each([
    '青禾科技周报 | 第41期',
    '第8期·南溪AI简报',
    '河西产业周刊 2026年第3期',
    'Qinghe AI Weekly｜第12期',
  ])('“%s” is an issue line', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'issue line' });
  });

  it.each(['第41期周报显示，本月新增企业12家。', '本期周报共收录12条消息', '周报第一期的读者不到百人'])(
    '“%s” is text',
    (line) => {
      expect(furnitureLine(line)).toBeUndefined();
    },
  );

  it('stays the title when it is the first line of a page without a # title', () => {
    const a = parse([
      '青禾科技周报 | 第41期',
      '',
      '本期看点：南溪开通首条无人公交线。',
      '',
      '## 南溪开通首条无人公交线',
      '',
      '南溪市首条无人驾驶公交线路本周开通，全程12公里。',
    ]);
    expect(a.title).toBe('青禾科技周报 | 第41期');
  });
});

describe('titles listed under a related-links header', () => {
  it.each(['往期回顾：', '延伸阅读', '【相关报道】', '▌推荐文章', '你可能还想看', '往期精选：'])(
    '“%s” is a related-links header',
    (line) => {
      expect(isRelatedLinksHeader(line)).toBe(true);
    },
  );

  it.each(['相关部门负责人表示，将加快审批。', '往期的经验表明', '推荐算法的透明度'])(
    '“%s” is not',
    (line) => {
      expect(isRelatedLinksHeader(line)).toBe(false);
    },
  );

  it.each([
    ['南溪试点无人配送｜居民怎么看', true],
    ['智能体会抢走客服的饭碗吗？业内人士这样回答', true],
    ['数说：一季度新增算力项目', true],
    ['南溪今年将新建5座充电站。', false],
    ['据介绍，项目分三期建设，总投资8亿元，明年完工', false],
    ['其中包括：', false],
  ])('“%s” reads as a link title: %s', (line, title) => {
    expect(isLinkTitle(line)).toBe(title);
  });

  const story = (foot: string[]) =>
    parse([
      '# 青禾大学发布农业大模型',
      '',
      '## 会看病虫害的模型',
      '',
      '青禾大学农学院本周发布一款农业大模型，可以根据叶片照片识别40多种病虫害。',
      '',
      ...foot,
    ]);

  it('lifts a list of headlines after the header, and the editor line after them still gives the editor', () => {
    const a = story([
      '延伸阅读：',
      '- 南溪试点无人配送｜居民怎么看',
      '- 智能体会抢走客服的饭碗吗？业内人士这样回答',
      '',
      '责任编辑：于小川',
    ]);
    expect(paragraphs(a)).toEqual([
      '青禾大学农学院本周发布一款农业大模型，可以根据叶片照片识别40多种病虫害。',
    ]);
    expect(a.meta?.editor).toBe('于小川');
  });

  it('lifts headline lines in the same block as the header, and under a bold header', () => {
    for (const foot of [
      ['往期精选：', '数说：一季度新增算力项目', '南溪试点无人配送｜居民怎么看'],
      ['**推荐文章**', '', '数说：一季度新增算力项目', '', '南溪试点无人配送｜居民怎么看'],
    ]) {
      const a = story(foot);
      expect(body(a)).not.toContain('数说');
      expect(body(a)).not.toContain('无人配送');
    }
  });

  it('stops at a sentence, a bold subheading or a heading: the story goes on there', () => {
    const a = story([
      '相关阅读：',
      '- 数说：一季度新增算力项目',
      '',
      '**记者手记**',
      '',
      '- 田间试验',
      '- 农户回访',
      '',
      '模型的准确率还要在更多地块上检验。',
    ]);
    expect(body(a)).not.toContain('数说');
    expect(body(a)).toContain('记者手记');
    expect(body(a)).toContain('田间试验');
    expect(body(a)).toContain('模型的准确率还要在更多地块上检验。');
    const b = story(['相关阅读：', '南溪今年将新建5座充电站。', '- 田间试验']);
    expect(body(b)).toContain('南溪今年将新建5座充电站。');
    expect(body(b)).toContain('田间试验');
  });

  it('leaves a short list in the body alone when no related-links header is above it', () => {
    const a = story(['合作单位包括：', '', '- 青禾大学', '- 南溪职业学院']);
    expect(body(a)).toContain('青禾大学');
    expect(body(a)).toContain('南溪职业学院');
  });
});

describe('a labelled field in a row of bracketed links', () => {
  it.each([
    ['【纠错】 【责任编辑：丁一】', { editor: '丁一' }],
    ['【打印】【责任编辑：于小川】【关闭】', { editor: '于小川' }],
  ])('“%s” gives %j', (line, meta) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta });
  });

  it('a row of links alone is page links with no metadata', () => {
    expect(furnitureLine('【打印】【关闭】')).toEqual({ kind: 'furniture', what: 'page links' });
  });
});

describe('a zh heading that cuts a subject from the amount it comes to', () => {
  const article = (before: string, after: string) =>
    parseArticle(
      [
        '# 南溪热线引入智能分派',
        '',
        '## 工单从哪来',
        '',
        `刘主任：最早是前年开始试的。${before}`,
        '',
        '## 分派怎么做',
        '',
        `${after}后来我们上线了智能分派系统。`,
      ].join('\n'),
      { file: 'f.md' },
    );

  it('joins the amount after the heading to the subject before it', () => {
    const { article: a, diagnostics } = article('那时每天收到的投诉工单', '超过三百件，人工根本分不过来。');
    expect(a!.sections[0]!.paragraphs.at(-1)!.text).toContain(
      '那时每天收到的投诉工单超过三百件，人工根本分不过来。',
    );
    expect(a!.sections[1]!.paragraphs[0]!.text).toBe('后来我们上线了智能分派系统。');
    expect(diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
  });

  it('does not join a clause that has its verb, nor an amount that opens a sentence of its own', () => {
    for (const [before, after] of [
      ['我们整理了全年的投诉工单', '超过三百件，人工根本分不过来。'],
      ['那时每天收到的投诉工单', '超过三百名志愿者报名参加了培训。'],
      ['那时每天收到的投诉工单', '三百件工单里，有一半是重复的。'],
    ]) {
      const { article: a, diagnostics } = article(before!, after!);
      expect(a!.sections[1]!.paragraphs[0]!.text.startsWith(after!)).toBe(true);
      expect(diagnostics.some((d) => d.code === 'cut-off-sentence')).toBe(true);
    }
  });
});

describe('variants of the same shapes', () => {
  it.each([
    ['▼相关阅读▼', true],
    ['— 往期回顾 —', true],
    ['【延伸阅读】', true],
    ['相关阅读显示，多数读者只看标题', false],
  ])('“%s” is a related-links header: %s', (line, header) => {
    expect(isRelatedLinksHeader(line)).toBe(header);
  });

  it.each([
    ['▶ 南溪试点无人配送｜居民怎么看', true],
    ['1、数说：一季度新增算力项目', true],
    ['② 智能体会抢走客服的饭碗吗？', true],
    ['1、项目分三期建设。', false],
  ])('“%s” reads as a link title: %s', (line, title) => {
    expect(isLinkTitle(line)).toBe(title);
  });

  it.each(['【青禾科技周报】第41期', '2026年第3期', '第十二期'])('“%s” is an issue line', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'issue line' });
  });

  it.each(['第十二期工程明年开工', '第3期培训班结业了'])('“%s” is not an issue line', (line) => {
    expect(furnitureLine(line)?.what).not.toBe('issue line');
  });

  it('reads a print-edition line with the date before the paper', () => {
    expect(furnitureLine('（原载2026年5月12日《河西日报》第3版）')).toMatchObject({
      kind: 'meta',
      meta: { source: '河西日报', published: '2026-05-12' },
    });
  });

  it('drops a picture credit said with 提供 after the writer', () => {
    expect(parseBylineLine('文/丁小禾 图/青禾大学提供')?.byline.names).toEqual(['丁小禾']);
  });

  it.each(['喜欢就点个在看', '点赞、在看、转发', '记得点个“赞”再走'])('“%s” is a follow line', (line) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'follow line' });
  });

  it.each(['我想为他们点个赞', '点赞数比上月多了一倍'])('“%s” is text', (line) => {
    expect(furnitureLine(line)?.what).not.toBe('follow line');
  });
});

describe('links to other stories at the foot, without a header', () => {
  const story = (foot: string[]) =>
    parse([
      '# 青禾大学发布农业大模型',
      '',
      '青禾大学农学院本周发布一款农业大模型，可以根据叶片照片识别40多种病虫害。',
      '',
      ...foot,
    ]);

  it('lifts two or more whole-link headlines with only furniture after them', () => {
    for (const foot of [
      [
        '[南溪试点无人配送｜居民怎么看](https://news.example.cn/a)',
        '[数说：一季度新增算力项目](https://news.example.cn/b)',
        '',
        '责任编辑：于小川',
      ],
      [
        '- [南溪试点无人配送｜居民怎么看](https://news.example.cn/a)',
        '- [数说：一季度新增算力项目](https://news.example.cn/b)',
      ],
    ]) {
      const a = story(foot);
      expect(paragraphs(a)).toEqual([
        '青禾大学农学院本周发布一款农业大模型，可以根据叶片照片识别40多种病虫害。',
      ]);
    }
    expect(
      story([
        '[数说：一季度新增算力项目](https://news.example.cn/b)',
        '[南溪试点无人配送](https://news.example.cn/a)',
        '',
        '责任编辑：于小川',
      ]).meta?.editor,
    ).toBe('于小川');
  });

  it('keeps one link, links followed by text, and plain headline-like lines', () => {
    expect(body(story(['[数说：一季度新增算力项目](https://news.example.cn/b)']))).toContain('数说');
    const a = story([
      '[南溪试点无人配送｜居民怎么看](https://news.example.cn/a)',
      '[数说：一季度新增算力项目](https://news.example.cn/b)',
      '',
      '模型的准确率还要在更多地块上检验。',
    ]);
    expect(body(a)).toContain('数说');
    expect(body(story(['- 南溪试点无人配送', '- 数说：一季度新增算力项目']))).toContain('数说');
  });
});

describe('staff labels with a slash for the colon', () => {
  it.each([
    ['编辑/丁一 校对/于小川', { editor: '丁一' }],
    ['责编｜于小川 审核｜丁一', { editor: '于小川' }],
  ])('“%s” gives %j', (line, meta) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta });
  });

  it.each(['丁一/于小川', '南溪/青禾两地联合开展试点'])('“%s” is not a staff line', (line) => {
    expect(furnitureLine(line)?.kind).not.toBe('meta');
  });
});

describe('a zh heading that cuts a modal from its verb', () => {
  const article = (before: string, after: string) =>
    parseArticle(
      [
        '# 南溪港试用自动理货系统',
        '',
        '## 怎么理货',
        '',
        `系统用摄像头识别集装箱箱号，准确率已超过九成，遇到箱体污损时${before}`,
        '',
        '## 谁来复核',
        '',
        `${after}理货员每天抽查两百个箱号。`,
      ].join('\n'),
      { file: 'f.md' },
    );

  it('joins the verb after the heading to the modal before it', () => {
    const { article: a, diagnostics } = article('还会', '认错，需要理货员再看一遍。');
    expect(a!.sections[0]!.paragraphs.at(-1)!.text).toContain('遇到箱体污损时还会认错，需要理货员再看一遍。');
    expect(a!.sections[1]!.paragraphs[0]!.text).toBe('理货员每天抽查两百个箱号。');
    expect(diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
  });

  it('does not join a text after that opens with a subject, an opener or a quotation', () => {
    for (const after of [
      '我们安排了专人复核。',
      '此外，码头增加了夜班。',
      '“系统只是帮手，签字的还得是人。”',
    ]) {
      const { article: a, diagnostics } = article('还会', after);
      expect(a!.sections[1]!.paragraphs[0]!.text.startsWith(after)).toBe(true);
      expect(diagnostics.some((d) => d.code === 'cut-off-sentence')).toBe(true);
    }
  });
});
