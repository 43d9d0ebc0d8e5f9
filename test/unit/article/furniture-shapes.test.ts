// Page furniture in shapes the corpus never showed (issue 11 §2), each on new text written for these tests
// (placeholder names): wire sign-offs, contributor and desk credits, update notes, writer bios,
// contact handles, "story continues" and "most read" lines, BBC-style `Image source,` credits, numeric and
// weekday date lines, `Name, Agency` bylines; zh bare datelines (晚报讯), （据新华社）, 来源 with a space,
// 图片来源于网络, author notes, disclaimers, follow-us calls, 上一篇/下一篇, 责任校对 and 新媒体编辑.
// And the other side: sentences that merely start with such a word stay body text.
import { describe, expect, it } from 'vitest';
import {
  furnitureLine,
  isCaptionShape,
  isCredit,
  parseBylineLine,
  splitCaptionCredit,
} from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

const parse = articleOf;
const body = bodyOf;
const lifted = (line: string) => Boolean(furnitureLine(line) || isCredit(line) || parseBylineLine(line));

describe('English furniture lines', () => {
  it.each([
    ['— Reuters', 'agency sign-off'],
    ['-- AP', 'agency sign-off'],
    ['Associated Press writer Jo Banner contributed to this report.', 'contributor line'],
    ['Kit Amsel contributed reporting from Lagos.', 'contributor line'],
    ['Writing by Ila Brandt; Editing by Ole Farrant', 'reporting credits'],
    ['Produced by Ila Brandt', 'desk credits'],
    ['This story has been updated.', 'update note'],
    ['This article was amended on 4 March 2026 to correct the name of a council.', 'update note'],
    ['Mara Lindqvist is a staff writer at The Gazette covering the coast.', 'author bio'],
    ['Ole Farrant is the Gazette’s transport correspondent.', 'author bio'],
    ['olef@gazette.example', 'contact line'],
    ['@olefarrant', 'contact line'],
    ['Follow Ole Farrant on X: @olefarrant', 'contact line'],
    ['Story continues below advertisement', 'share, sign-up or navigation line'],
    ['Article continues after this advertisement', 'share, sign-up or navigation line'],
    ['Continue reading', 'share, sign-up or navigation line'],
    ['Most read', 'share, sign-up or navigation line'],
    ['Read next', 'share, sign-up or navigation line'],
    ['Skip to main content', 'share, sign-up or navigation line'],
    ['More on this story', 'share, sign-up or navigation line'],
    ['Get our free weekly newsletter', 'share, sign-up or navigation line'],
    ['Gift this article', 'share, sign-up or navigation line'],
    ['Sponsored content', 'share, sign-up or navigation line'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'share, sign-up or navigation line'],
    [
      'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'copyright line',
    ],
    ['Updated: 03/04/2026 15:41', 'date line'],
  ])('“%s” is %s', (line, what) => {
    expect(furnitureLine(line)?.what).toBe(what);
  });

  it('reads the date of a weekday-first date line and keeps no date it cannot read', () => {
    expect(furnitureLine('Tue 3 Mar 2026 16.12 GMT')).toMatchObject({ meta: { published: '2026-03-03' } });
    expect(furnitureLine('Updated: 03/04/2026 15:41')).toEqual({ kind: 'furniture', what: 'date line' });
  });

  it('takes the desk’s editor from `Editing by`', () => {
    expect(furnitureLine('Writing by Ila Brandt; Editing by Ole Farrant')).toMatchObject({
      meta: { editor: 'Ole Farrant' },
    });
  });

  it.each(['Image source, Getty Images', 'Staff photo by Ila Brandt', 'File photo', 'Handout photo'])(
    '“%s” is a credit',
    (line) => {
      expect(isCredit(line)).toBe(true);
    },
  );

  it('reads a BBC-style caption label', () => {
    expect(isCaptionShape('Image caption, Ferries wait at the quay on Monday')).toBe(true);
  });

  it.each([
    ['Ila Brandt, Reuters', ['Ila Brandt'], 'Reuters'],
    ['Ila Brandt and Ole Farrant, Associated Press', ['Ila Brandt', 'Ole Farrant'], 'Associated Press'],
    ['Posted by Ila Brandt', ['Ila Brandt'], undefined],
  ])('“%s” is a byline', (line, names, source) => {
    const found = parseBylineLine(line);
    expect(found?.byline.names).toEqual(names);
    expect(found?.meta.source).toBe(source);
  });
});

describe('more English page furniture', () => {
  it.each([
    ['Share via Email', 'share, sign-up or navigation line'],
    ['Click to share on Twitter (Opens in new window)', 'share, sign-up or navigation line'],
    ['Facebook Twitter LinkedIn Email', 'share links'],
    ['Enjoying this article? Subscribe for full access.', 'share, sign-up or navigation line'],
    ['Have a tip? Email us at tips@gazette.example', 'share, sign-up or navigation line'],
    ['You might also like', 'share, sign-up or navigation line'],
    ['Comments are closed.', 'share, sign-up or navigation line'],
    ['See more: Council votes on the ferry budget', 'share, sign-up or navigation line'],
    ['Reprints & permissions', 'share, sign-up or navigation line'],
    ['Updated an hour ago', 'date line'],
    ['3 hours ago', 'date line'],
    ['This article was produced in partnership with the Harbour Trust.', 'provenance'],
    ['Republished with permission.', 'provenance'],
    ['Ila Brandt reported from Porthaven; Ole Farrant from Lisbon.', 'reporter location'],
  ])('“%s” is %s', (line, what) => {
    expect(furnitureLine(line)?.what).toBe(what);
  });

  it('reads the date of a slash-separated stamp', () => {
    expect(furnitureLine('March 3, 2026 / 3:41 PM / Updated an hour ago')).toMatchObject({
      meta: { published: '2026-03-03' },
    });
  });

  it.each([
    'REUTERS/Ila Brandt/File Photo',
    'Pic: Ila Brandt',
    'Image via Ila Brandt',
    'Ila Brandt for The Harbour Times',
    'Getty Images for Gazette Media',
    'Featured image: Ila Brandt',
    'Photo provided by the council',
    'Provided photo',
  ])('“%s” is a credit', (line) => {
    expect(isCredit(line)).toBe(true);
  });

  it.each([
    ['Ferries wait at the quay on Monday | Photo: Ila Brandt', 'Photo: Ila Brandt'],
    ['Ferries wait at the quay on Monday — Photo: Ila Brandt', 'Photo: Ila Brandt'],
  ])('splits “%s” into caption and credit', (line, credit) => {
    expect(splitCaptionCredit(line)).toEqual({ caption: 'Ferries wait at the quay on Monday', credit });
  });

  it.each([
    ['By Ila Brandt For The Gazette', ['Ila Brandt'], undefined],
    ['By Ila Brandt on March 3, 2026', ['Ila Brandt'], '2026-03-03'],
    ['By Ila Brandt Mar 3, 2026', ['Ila Brandt'], '2026-03-03'],
    ['By Ila Brandt / The Gazette', ['Ila Brandt'], undefined],
    ['By Ila Brandt @ilabrandt', ['Ila Brandt'], undefined],
    ['By Ila Brandt in Porthaven', ['Ila Brandt'], undefined],
    ['Author: Ila Brandt', ['Ila Brandt'], undefined],
    ['Ila Brandt — Staff writer', ['Ila Brandt'], undefined],
  ])('“%s” is a byline', (line, names, published) => {
    const found = parseBylineLine(line);
    expect(found?.byline.names).toEqual(names);
    expect(found?.meta.published).toBe(published);
  });

  it('keeps a sentence shaped like a bio in the body, and lifts the bio in the foot', () => {
    const a = parse([
      '# Porthaven elects a new harbour master',
      '',
      'Ila Brandt is a former editor of the Porthaven Courier and ran for the post on a ferry platform.',
      '',
      'She won 61% of the vote on Sunday, the council said.',
      '',
      'Ole Farrant is a staff writer at The Gazette covering the coast.',
      '',
      'Share via Email',
      '',
      'Tags: Porthaven, ferries',
    ]);
    expect(body(a).split('\n')).toEqual([
      'Ila Brandt is a former editor of the Porthaven Courier and ran for the post on a ferry platform.',
      'She won 61% of the vote on Sunday, the council said.',
    ]);
  });

  it('keeps a bio-shaped line that is not in the foot', () => {
    const a = parse([
      '# Porthaven elects a new harbour master',
      '',
      'Ila Brandt is the harbour’s first female editor of the tide tables.',
      '',
      'She won 61% of the vote on Sunday, the council said.',
      '',
      'Turnout was the highest in a decade, at 48%.',
      '',
      'The new master takes office in May, after the spring ferry season.',
    ]);
    expect(body(a)).toContain('Ila Brandt is the harbour’s first female editor of the tide tables.');
  });
});

describe('Chinese furniture lines', () => {
  it.each([
    ['晚报讯', 'dateline'],
    ['本报北京3月5日电', 'dateline'],
    ['（据新华社）', 'provenance'],
    ['据央视新闻客户端报道', 'provenance'],
    ['来源 北汀日报', 'source line'],
    ['（作者系北汀大学交通学院教授）', 'author note'],
    ['作者单位：北汀大学', 'author note'],
    ['免责声明：本文仅代表作者观点，不代表本站立场。', 'disclaimer'],
    ['欢迎关注北汀日报微信公众号', 'follow line'],
    ['更多精彩内容请关注北汀发布', 'follow line'],
    ['上一篇：北汀港开通新航线', 'share or print links'],
    ['下一篇：北汀机场扩建', 'share or print links'],
    ['推荐阅读', 'share or print links'],
    ['点击阅读原文', 'share or print links'],
    ['分享至', 'share or print links'],
    ['打印本页', 'share or print links'],
    ['返回顶部', 'share or print links'],
    ['本文系北汀日报原创，转载请注明出处', 'copyright line'],
  ])('“%s” is %s', (line, what) => {
    expect(furnitureLine(line)?.what).toBe(what);
  });

  it('names the source of a dateline and a 据… line', () => {
    expect(furnitureLine('新华社北京3月5日电')).toMatchObject({ meta: { source: '新华社' } });
    expect(furnitureLine('（据新华社）')).toMatchObject({ meta: { source: '新华社' } });
    expect(furnitureLine('来源 北汀日报')).toMatchObject({ meta: { source: '北汀日报' } });
  });

  it('reads more editor and review labels', () => {
    expect(furnitureLine('新媒体编辑：赵强')).toMatchObject({ meta: { editor: '赵强' } });
    expect(furnitureLine('责任校对：李明')).toBeDefined();
  });

  it.each(['图片来源于网络', '图片来源 视觉中国', '网络图片'])('“%s” is a credit', (line) => {
    expect(isCredit(line)).toBe(true);
  });
});

describe('punctuation and spacing variants', () => {
  it.each([
    'Photo：Ila Brandt',
    'Photo – Ila Brandt',
    '图 / 王芳',
    '摄影 / 王芳',
    '图文 / 王芳',
    '海报设计：王芳',
  ])('“%s” is a credit', (line) => {
    expect(isCredit(line)).toBe(true);
  });

  it.each([
    ['编辑 | 王芳', { editor: '王芳' }],
    ['新媒体编辑 王芳', { editor: '王芳' }],
    ['来源 | 北汀日报', { source: '北汀日报' }],
    ['（来源：北汀日报，作者：王芳）', { source: '北汀日报' }],
  ])('“%s” is metadata', (line, meta) => {
    expect(furnitureLine(line)).toMatchObject({ kind: 'meta', meta });
  });

  it.each(['审核 | 赵强', '校对 | 李明'])('“%s” is a review line', (line) => {
    expect(furnitureLine(line)?.what).toBe('review line');
  });

  it.each([
    ['文 / 王芳 图 / 李明', ['王芳', '李明']],
    ['北汀日报全媒体记者 王芳 通讯员 李明', ['王芳', '李明']],
  ])('“%s” is a byline', (line, names) => {
    expect(parseBylineLine(line)?.byline.names).toEqual(names);
  });
});

describe('sentences that start like furniture stay body text', () => {
  it.each([
    'Related cases have been reported in three other towns.',
    'Read more about the plan on the council website, officials said.',
    'Subscribe numbers rose after the launch.',
    'Photo booths are back in fashion at weddings across the region.',
    'Credit unions have lent more this year than ever before.',
    'Jane Roe is a reporter at The Gazette who broke the story, her editor said.',
    'Source code for the planner is published online.',
    'Jo Banner reported from Lagos that the talks had stalled.',
    'Dozens of residents contributed research to the study.',
    'Votes for The Greens rose in every ward.',
    'Harbour Support Grows for The Ferry Plan in every ward',
    'The council said the story was updated by residents who had moved away.',
    '来源于北汀统计局的数据显示，今年一季度出口增长5%。',
    '作者系统地梳理了十年的数据。',
    '声明发布后，股价上涨了3%。',
    '据新华社报道，北汀港今年吞吐量增长5%。',
    '关注度最高的仍是北汀港的夜间作业。',
  ])('“%s”', (line) => {
    expect(lifted(line)).toBe(false);
  });
});

describe('whole articles', () => {
  it('lifts an English wire story’s foot and keeps its sentences', () => {
    const a = parse([
      '# Harbour town tests a tide warning app',
      '',
      'By Mara Lindqvist, Staff Writer',
      '',
      'PORTHAVEN, Maine (AP) — Fishermen in Porthaven are testing a phone app that warns them of unusual tides.',
      '',
      'Photo booths at the harbour festival also showed the forecasts, organisers said.',
      '',
      'Story continues below advertisement',
      '',
      '"It has already saved us a trip," said one skipper.',
      '',
      '— AP',
      '',
      'Associated Press writer Jo Banner contributed to this report.',
      '',
      'This story has been updated.',
      '',
      'Correction: An earlier version of this story misstated the name of the college.',
      '',
      'Mara Lindqvist is a staff writer at The Gazette covering the coast.',
    ]);
    expect(a.byline?.names).toEqual(['Mara Lindqvist']);
    expect(a.meta?.source).toBe('AP');
    expect(body(a).split('\n')).toEqual([
      'Fishermen in Porthaven are testing a phone app that warns them of unusual tides.',
      'Photo booths at the harbour festival also showed the forecasts, organisers said.',
      '"It has already saved us a trip," said one skipper.',
    ]);
  });

  it('lifts a Chinese CMS page’s furniture and keeps its sentences', () => {
    const a = parse([
      '# 北汀港启用智能调度系统',
      '',
      '来源 北汀日报',
      '',
      '晚报讯',
      '',
      '记者 王芳 通讯员 李明',
      '',
      '4月1日，北汀港新的集装箱调度系统正式上线，船舶平均等待时间缩短了两个小时。',
      '',
      '图为北汀港新码头。图片来源于网络',
      '',
      '来源于北汀统计局的数据显示，今年一季度港口吞吐量增长5%。',
      '',
      '作者系统地梳理了十年的调度数据，发现夜间作业效率最低。',
      '',
      '（作者系北汀大学交通学院教授）',
      '',
      '免责声明：本文仅代表作者观点，不代表本站立场。',
      '',
      '欢迎关注北汀日报微信公众号',
      '',
      '上一篇：北汀港开通新航线',
      '',
      '新媒体编辑：赵强',
    ]);
    expect(a.byline?.names).toEqual(['王芳', '李明']);
    expect(a.meta).toMatchObject({ source: '北汀日报', editor: '赵强' });
    expect(a.figures).toEqual([
      expect.objectContaining({ caption: '图为北汀港新码头。', credit: '图片来源于网络' }),
    ]);
    expect(body(a).split('\n')).toEqual([
      '4月1日，北汀港新的集装箱调度系统正式上线，船舶平均等待时间缩短了两个小时。',
      '来源于北汀统计局的数据显示，今年一季度港口吞吐量增长5%。',
      '作者系统地梳理了十年的调度数据，发现夜间作业效率最低。',
    ]);
  });
});

describe('a zh caption and its credit on one line', () => {
  it.each([
    ['3月5日，工人在北汀港码头作业 | 图源：视觉中国', '3月5日，工人在北汀港码头作业', '图源：视觉中国'],
    ['3月5日，工人在北汀港码头作业。来源：视觉中国', '3月5日，工人在北汀港码头作业。', '来源：视觉中国'],
  ])('splits “%s”', (line, caption, credit) => {
    expect(splitCaptionCredit(line)).toEqual({ caption, credit });
  });

  it('keeps 来源：新华社 alone on its line as the source, not a credit', () => {
    expect(furnitureLine('来源：新华社')).toMatchObject({ meta: { source: '新华社' } });
    expect(isCredit('来源：新华社')).toBe(false);
  });
});

describe('breadcrumbs and a byline under an editor’s note', () => {
  it.each([
    'Home / World / Asia',
    'Home > Sport > Sailing',
    'Homepage | Science | Oceans',
    '首页 / 财经 / 公司',
    '当前位置：首页 / 教育',
  ])('lifts the breadcrumb trail %s', (line) => {
    expect(furnitureLine(line)).toMatchObject({ what: 'breadcrumbs' });
  });

  it.each([
    'Home / away results decided the league.',
    'Homeowners / renters split on the levy',
    'News / analysis: what the vote means',
  ])('keeps a line that only starts like a trail as text: %s', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });

  it('takes the byline that follows an editor’s note, not as body text', () => {
    const a = parse([
      '# 码头夜班的新同事',
      '',
      '编者按：本报今起推出“夜班”系列报道，记录城市里夜间工作的人们。',
      '',
      '本报记者 周一帆 见习记者 邓小禾',
      '',
      '凌晨两点，港区三号泊位依旧灯火通明，几台搬运车在堆场里来回穿行。',
    ]);
    expect(a.byline?.names).toEqual(['周一帆', '邓小禾']);
    expect(body(a)).not.toContain('本报记者');
    expect(a.note?.map((p) => p.text)).toEqual([
      '编者按：本报今起推出“夜班”系列报道，记录城市里夜间工作的人们。',
    ]);
  });

  it('takes the byline that follows an English editor’s note', () => {
    const a = parse([
      '# The night shift at the quay',
      '',
      "Editor's note: This is the first of a series on people who work while the city sleeps.",
      '',
      'By Ana Pryce',
      '',
      'At two in the morning the container yard is still lit, and carriers move between the stacks.',
    ]);
    expect(a.byline?.names).toEqual(['Ana Pryce']);
    expect(body(a)).not.toContain('By Ana Pryce');
  });
});

describe('interview bylines and a writer’s line in the foot', () => {
  it.each([
    ['Interview by Tova Lind', ['Tova Lind']],
    ['Interviewed by Tova Lind and Amos Reyes', ['Tova Lind', 'Amos Reyes']],
    ['Text by Amos Reyes', ['Amos Reyes']],
  ])('reads %s as the byline', (line, names) => {
    expect(parseBylineLine(line)?.byline.names).toEqual(names);
  });

  it('lifts `Name writes about …` at the foot, and keeps it in the body when the story goes on', () => {
    const foot = parse([
      '# Orchard sensors',
      '',
      'By Tova Lind',
      '',
      'Growers on the ridge put moisture sensors under every tenth tree this spring.',
      '',
      'Tova Lind writes about farming and the countryside.',
    ]);
    expect(body(foot)).not.toContain('writes about');
    const inBody = parse([
      '# Orchard sensors',
      '',
      'Amos Reyes writes about farming for the co-op newsletter.',
      '',
      'His column this week is about moisture sensors under every tenth tree.',
    ]);
    expect(body(inBody)).toContain('Amos Reyes writes about farming');
  });

  it('keeps a sentence about someone writing as text', () => {
    expect(furnitureLine('Ms Lind writes about the harvest in her diary.')).toBeUndefined();
    expect(furnitureLine('Tova Lind writes that the harvest was late.')).toBeUndefined();
  });
});
