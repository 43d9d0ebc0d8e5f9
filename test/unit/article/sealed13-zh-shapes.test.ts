// Chinese page shapes first met on the opened `sealed13` corpus half, each on new text written for these tests
// (placeholder names, companies and places): a Traditional page whose Simplified reading merges several characters
// into one (系/係/繫, 发/發/髮) and must be given back in the page's own, a forum thread's post and reply headers, a
// campus CMS bar naming who put the page up, an announcement's plain `一、…` parts, and a writer's label of two
// roles (采访/整理：…).
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

const joins = (lines: string[]) =>
  parseLines(lines).article!.repairs.filter((r) => r.kind === 'joined-paragraphs');

describe('a Traditional page keeps its own characters where one Simplified character stands for several', () => {
  const a = articleOf([
    '# 北灣診所引入排班系統　護士：終於唔使手寫',
    '',
    '北灣診所上月起以電腦系統編排護士更表，行政主任表示，系統會按病人數目自動調配人手，並與區內其他診所聯繫。',
    '',
    '護士在診所櫃檯查看系統排出的更表。',
    '何朗軒 攝',
    '',
    '護士長葉美玲說，新系統與舊制度最大的關係在於透明，「以前成日有人投訴唔公平，而家個個都睇到，真係好咗好多。」',
    '',
    '她又笑言，以前排班排到頭髮都白了，現在終於可以準時放工，診所亦計劃明年發展網上預約。',
  ]);

  it('gives 系統 back as 系統 in the caption and the text, and the quote’s 係 as 係', () => {
    expect(a.figures.map((f) => f.caption)).toEqual(['護士在診所櫃檯查看系統排出的更表。']);
    const body = bodyOf(a);
    expect(body).toContain('電腦系統編排');
    expect(body).toContain('真係好咗好多');
    expect(body).toContain('診所聯繫');
    expect(body).toContain('最大的關係');
    expect(body).not.toContain('係統');
  });

  it('gives 髮 and 發 back each in its own word', () => {
    const body = bodyOf(a);
    expect(body).toContain('頭髮都白了');
    expect(body).toContain('明年發展');
  });
});

describe('a forum thread: the first post is the article, the replies are not', () => {
  const thread = [
    '# 【分享】我们车间用协作机械臂做质检半年的一点体会',
    '',
    '楼主：Kevin_2049　发表于 2026-3-9 20:15　|　只看该作者　|　倒序浏览　|　阅读 1520　回复 33',
    '',
    '先说结论:机械臂本身没什么问题,难的是让老师傅愿意用它。我们去年秋天上了两台协作臂,专门拍零件表面的划痕。',
    '',
    '前三个月误报很多,后来把光源换了,误报少了一大半。现在一个班能省下一个人。',
    '',
    '---',
    '',
    '2楼　焊花飞溅　发表于 2026-3-9 21:02',
    '',
    '请问光源换成什么了?我们也在为反光发愁,一直没找到好办法。',
    '',
    '#3　Kevin_2049　发表于 2026-3-9 21:30',
    '',
    '换成了同轴光,反光的问题基本解决了。',
  ];
  const a = articleOf(thread);

  it('reads the poster as the byline and the post’s date', () => {
    expect(a.byline?.names).toEqual(['Kevin_2049']);
    expect(a.meta?.published).toBe('2026-03-09');
  });

  it('keeps the header and the replies out of the body', () => {
    const body = bodyOf(a);
    expect(body).toContain('难的是让老师傅愿意用它');
    expect(body).toContain('现在一个班能省下一个人。');
    expect(body).not.toContain('只看该作者');
    expect(body).not.toContain('阅读 1520');
    expect(body).not.toContain('反光发愁');
    expect(body).not.toContain('同轴光');
  });

  it('joins nothing into the first paragraph', () => {
    expect(joins(thread)).toEqual([]);
  });

  it('reads a reply’s floor names as floors, not as posters or sources', () => {
    for (const line of [
      '沙发　阿木木　发表于 2026-3-9 21:02',
      '板凳　楼主　发表于 2026-3-9 21:10',
      '12楼 发表于 2026-3-10 08:00',
    ]) {
      const found = furnitureLine(line);
      expect(found?.what).toBe('forum reply header');
      expect(found?.kind === 'meta' ? found.meta.source : undefined).toBeUndefined();
    }
    expect(furnitureLine('楼主 | 发表于 2026-03-09 20:15 | 只看该作者 | 阅读模式')?.what).toBe(
      'forum post header',
    );
  });

  it('a blog’s comments under the post (a poster’s header below the text) are not the post', () => {
    const b = articleOf([
      '# 周末去看了机器人展',
      '',
      '山间小屋　发表于 2026-05-01 09:12',
      '',
      '展馆里最热闹的是做饭的机器人，排队的人绕了两圈。我排了四十分钟，只吃到一小碗炒饭。',
      '',
      '路人乙　发表于 2026-05-01 12:40',
      '',
      '炒饭好吃吗？明天也想去看看。',
    ]);
    expect(b.byline?.names).toEqual(['山间小屋']);
    expect(b.meta?.source).toBeUndefined();
    expect(bodyOf(b)).toContain('只吃到一小碗炒饭');
    expect(bodyOf(b)).not.toContain('炒饭好吃吗');
  });

  it('a sentence about a paper 发表于 a date stays text', () => {
    const b = articleOf([
      '# 团队新成果',
      '',
      '该团队的论文发表于2026年3月2日出版的期刊上，引起同行关注。',
      '',
      '论文第一作者表示，下一步将扩大实验规模。',
    ]);
    expect(bodyOf(b)).toContain('论文发表于2026年3月2日');
  });
});

describe('a campus CMS bar naming who put the page up', () => {
  it.each([
    ['发布者：党委宣传部　发布时间：2026-04-22 10:05　浏览次数：2045', '2026-04-22'],
    ['发布人：校团委办公室 | 发布日期：2026/04/22 | 点击：96', '2026-04-22'],
  ])('“%s” gives the date and leaves the body', (bar, published) => {
    const lines = [
      '# 学院举办人工智能教学研讨会',
      '',
      bar,
      '',
      '【字体：大 中 小】【打印】【关闭】',
      '',
      '文/孔令仪',
      '',
      '4月21日下午，学院在图书馆报告厅举办人工智能教学研讨会，近百名教师参加。',
    ];
    const a = articleOf(lines);
    expect(a.meta?.published).toBe(published);
    expect(furnitureLine(bar)).toMatchObject({ kind: 'meta', meta: { published } });
    expect(bodyOf(a)).not.toMatch(/发布|浏览次数|点击/u);
    expect(joins(lines)).toEqual([]);
  });
});

describe('an announcement whose parts are plain numbered lines', () => {
  const notice = (mark: (line: string) => string) => [
    '# 远帆电子股份有限公司关于投资建设智能工厂的公告',
    '',
    '本公司董事会及全体董事保证本公告内容不存在任何虚假记载。',
    '',
    mark('一、投资概述'),
    '',
    '公司拟以自有资金在青屿建设智能工厂，总投资约5亿元。',
    '',
    mark('二、对公司的影响'),
    '',
    '项目建成后将提升公司产能，对本年度业绩不构成重大影响。',
    '',
    mark('三、风险提示'),
    '',
    '项目建设周期较长，存在不确定性，敬请投资者注意投资风险。',
  ];

  it('reads 一、二、三 as the sections', () => {
    const a = articleOf(notice((l) => l));
    expect(a.sections.map((s) => s.heading)).toEqual(['一、投资概述', '二、对公司的影响', '三、风险提示']);
    expect(a.lead.paragraphs.map((p) => p.text)).toEqual([
      '本公司董事会及全体董事保证本公告内容不存在任何虚假记载。',
    ]);
  });

  it('keeps bold numbered lines as subheadings, as before', () => {
    const a = articleOf(notice((l) => `**${l}**`));
    expect(a.sections.map((s) => s.heading)).toEqual(['远帆电子股份有限公司关于投资建设智能工厂的公告']);
  });

  it('keeps numbered lines that do not run from 一 in order as subheadings', () => {
    const lines = notice((l) => l).map((l) => l.replace(/^二、/u, '四、'));
    const a = articleOf(lines);
    expect(a.sections).toHaveLength(1);
  });

  it('a list of numbered short lines with no text between them is not a set of parts', () => {
    const a = articleOf([
      '# 会议议程',
      '',
      '本次会议安排如下。',
      '',
      '一、领导致辞',
      '',
      '二、项目汇报',
      '',
      '三、自由讨论',
      '',
      '会议地点另行通知。',
    ]);
    expect(a.sections).toHaveLength(1);
  });
});

describe('a writer’s label of two roles', () => {
  it.each([
    ['采访/整理：本刊记者 罗青', ['罗青']],
    ['采写、摄影：韦一帆', ['韦一帆']],
    ['采访与撰文｜蒲思远', ['蒲思远']],
    ['采访：邝嘉', ['邝嘉']],
  ])('“%s” names the writer', (line, names) => {
    expect(parseBylineLine(line)?.byline.names).toEqual(names);
  });

  it('is the byline under an editor’s note', () => {
    const a = articleOf([
      '# 对话｜算法备案之后，平台还要做什么',
      '',
      '编者按：备案制度实施一年，本期我们请一位研究数据治理的学者谈谈看法。',
      '',
      '采访/整理：本刊记者 罗青',
      '',
      '**问：**备案之后，平台的责任有变化吗？',
      '',
      '**答：**备案只是起点，平台还要持续评估模型的风险。',
    ]);
    expect(a.byline?.names).toEqual(['罗青']);
    expect(bodyOf(a)).not.toContain('采访/整理');
  });
});
