// Session 6: what lies before the story's first sentence and after its last (kickers, stamps, rows of fields,
// counters, links) is furniture when it carries a page's marks, in forms no named rule knows; headings that cut a
// zh sentence after a conjunction or before a subjectless predicate; a newsletter's subtitle heading; the author's
// own closing line; desks in bylines; foot credits with a bar. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import { edgeFurniture, furnitureLine, storyLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

describe('the edges of the story', () => {
  it.each([
    'Energy · 4 min read',
    'Listen 5:32',
    '2,310 followers',
    'Privacy | Terms | Help centre',
    '© 2026 Harbour Media Group',
    'www.example.org/newsletter',
    'Follow @portdesk for updates',
    '+44 20 7946 0000',
    '#PortJobs #Automation',
    '2026-05-12 08:00 ｜ 阅读 3.2万',
    '[Donate now]',
  ])('“%s” outside the story has a page’s marks', (line) => {
    expect(edgeFurniture(line)).toBe(true);
  });

  it.each([
    'Good news',
    'The council will',
    'and the port is next',
    '最后一段没有写',
    '建议包括',
    '数据显示，截至',
    'Ministers back new cranes for small ports.',
  ])('“%s” is not: no marks, a sentence, or a sentence cut off', (line) => {
    expect(edgeFurniture(line)).toBe(false);
  });

  it('lifts marked lines above the first sentence and below the last, and takes the date from the top', () => {
    const a = articleOf([
      '# Ports hire crane technicians',
      '',
      'Business · Mon 12 Jan 2026 · 4 min read',
      '',
      'Ports in the north will hire 300 crane technicians this year, the operators said.',
      '',
      'Training starts in March at two colleges.',
      '',
      'Privacy | Terms | Cookie settings',
      '© 2026 Harbour Media Group',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('4 min read');
    expect(body).not.toContain('Privacy');
    expect(body).not.toContain('Harbour Media');
    expect(body).toContain('Training starts in March');
    expect(a.meta?.published).toBe('2026-01-12');
  });

  it('keeps a story that ends on a list it introduces, and a last line cut off, with its warning', () => {
    const list = articleOf([
      '# Port plan',
      '',
      'The operators published their plan, which has three parts:',
      '',
      '- Crane shifts start at 06:30',
      '- Training starts at 09:00',
    ]);
    expect(bodyOf(list)).toContain('Training starts at 09:00');
    const cut = parseLines([
      '# Port plan',
      '',
      'The operators published their plan.',
      '',
      'Next year the council will',
    ]);
    expect(bodyOf(cut.article!)).toContain('Next year the council will');
    expect(cut.diagnostics.map((d) => d.code)).toContain('cut-off-sentence');
  });

  it('keeps a sentence the export wrapped, even when its last line has a page’s marks', () => {
    const a = articleOf([
      '# Port plan',
      '',
      'The council approved the crane budget on Monday and set the next public hearing on the plan for',
      '10:30 on Friday',
    ]);
    expect(bodyOf(a)).toContain('10:30 on Friday');
  });

  it('counts an end mark after the last sentence as the end of that sentence, not of the story', () => {
    expect(storyLine('码头将于明年建成投用。（完）')).toBe(true);
    expect(storyLine('责任编辑：王五')).toBe(false);
  });

  it('lifts the headline printed again as a line of the page, not a line that only starts with it', () => {
    const a = articleOf([
      '# Ports hire crane technicians',
      '',
      'Ports hire crane technicians',
      '',
      'Ports in the north will hire 300 crane technicians this year.',
      '',
      'Ports hire crane technicians from two colleges, the operators said.',
    ]);
    expect(bodyOf(a).split('\n')).toEqual([
      'Ports in the north will hire 300 crane technicians this year.',
      'Ports hire crane technicians from two colleges, the operators said.',
    ]);
  });

  it('never takes the headline of a file without a `# ` title for furniture', () => {
    const a = articleOf([
      'Ports hire 300 technicians · 2026',
      '',
      'Ports in the north will hire 300 crane technicians, operators said.',
      '',
      'More follows.',
    ]);
    expect(a.title).toBe('Ports hire 300 technicians · 2026');
  });
});

describe('an office in brackets under a brief’s item', () => {
  it.each(['（市工信局供稿）', '（省卫健委规划处）', '(县融媒体中心)'])(
    '“%s” is the item’s source',
    (line) => {
      expect(furnitureLine(line)).toMatchObject({ kind: 'furniture', what: 'item source' });
    },
  );
  it.each(['（以上数据截至2025年底）', '（笑）', '（记者 王五）'])('“%s” is not', (line) => {
    expect(furnitureLine(line)?.what).not.toBe('item source');
  });
});

describe('a heading that cuts a zh sentence', () => {
  it('after a conjunction: what it joins comes after the heading', () => {
    const a = articleOf([
      '# 标题',
      '',
      '## 一、设备',
      '',
      '新设备到位以后，如何用好，需要医院和',
      '',
      '## 二、人才',
      '',
      '患者家属一起想清楚怎么用。',
      '',
      '医院今年将培训两百名医生。',
    ]);
    expect(bodyOf(a)).toContain('需要医院和患者家属一起想清楚怎么用。');
  });

  it('not after a word that only ends on a conjunction’s character (参与, 总和)', () => {
    const r = parseLines([
      '# 标题',
      '',
      '## 一、设备',
      '',
      '新设备到位以后，全院职工都要积极参与',
      '',
      '## 二、人才',
      '',
      '患者对新设备的评价总体不错。',
    ]);
    expect(bodyOf(r.article!)).not.toContain('参与患者');
    expect(r.diagnostics.map((d) => d.code)).toContain('cut-off-sentence');
  });

  it('after a subject with no verb yet, before its modal (`改造周期` | `预计在两年左右。`)', () => {
    const cut = (before: string, after: string) =>
      bodyOf(
        articleOf([
          '# 标题',
          '',
          '## 一、设备',
          '',
          before,
          '',
          '## 二、人才',
          '',
          after,
          '',
          '码头今年将培训两百名司机。',
        ]),
      );
    expect(cut('港口负责人说，这条码头的改造周期', '预计在两年左右。')).toContain('改造周期预计在两年左右。');
    expect(cut('港口负责人说，码头完成了改造的第一期', '预计明年再改造两条泊位。')).not.toContain(
      '第一期预计',
    );
    expect(cut('港口负责人说，这条码头的改造周期', '我们预计在两年左右。')).not.toContain('周期我们');
  });

  it('before a predicate whose subject is before the heading (`直连供电，并…`), not before a clause with its own', () => {
    const joined = articleOf([
      '# 标题',
      '',
      '## 一、算力',
      '',
      '为缓解用电压力，全省将鼓励数据中心与风电项目',
      '',
      '## 二、制造',
      '',
      '直连供电，并试行错峰调度。',
    ]);
    expect(bodyOf(joined)).toContain('与风电项目直连供电，并试行错峰调度。');
    const apart = parseLines([
      '# 标题',
      '',
      '## 一、算力',
      '',
      '为缓解用电压力，全省将鼓励数据中心与风电项目',
      '',
      '## 二、制造',
      '',
      '澜江市今年率先直连供电，并试行错峰调度。',
    ]);
    expect(bodyOf(apart.article!)).not.toContain('风电项目澜江市');
  });
});

describe('a newsletter’s subtitle heading and byline', () => {
  const a = articleOf([
    '# Harbour Notes #12: cranes, cables and a college',
    '',
    '### Four stories from the waterfront in three minutes',
    '',
    'By Ann Lee and Tom Ray',
    'Mar 3, 2026',
    '',
    '## Ports',
    '',
    '### Cranes arrive at the north quay',
    '',
    'Six electric cranes arrived on Monday.',
    '',
    '## Skills',
    '',
    '### College opens a crane course',
    '',
    'The course starts in April.',
  ]);

  it('takes a deeper heading right under the title as its subtitle, not as a section, and the byline under it', () => {
    expect(a.sections.map((s) => s.heading)).toEqual([
      'Cranes arrive at the north quay',
      'College opens a crane course',
    ]);
    expect(a.byline?.names).toEqual(['Ann Lee', 'Tom Ray']);
  });

  it('keeps a `## ` heading right under the title as a part', () => {
    const b = articleOf(['# T', '', '## Ports', '', 'By Ann Lee', '', 'Six cranes arrived on Monday.']);
    expect(b.sections.map((s) => s.heading)).toEqual(['Ports']);
  });
});

describe('the author’s own closing line and foot credits', () => {
  it('lifts the front matter author’s line at the foot, not the same words in the story', () => {
    const lines = (bio: string[]) => [
      '---',
      'byline: Ruth Calder',
      '---',
      '# Audits need teeth',
      '',
      'Software that decides who gets a loan deserves a test before it ships.',
      '',
      ...bio,
    ];
    const foot = articleOf(lines(['Ruth Calder is director of the Harbour Data Trust. Views are her own.']));
    expect(bodyOf(foot)).not.toContain('Views are her own');
    const story = articleOf([
      ...lines(['Ruth Calder is director of the Harbour Data Trust, which tested six systems last year.']),
      '',
      'Two of them failed on the first day.',
    ]);
    expect(bodyOf(story)).toContain('Ruth Calder is director');
  });

  it('reads a desk after the name as a role: `By Jane Roe, University Communications`', () => {
    const a = articleOf([
      '# T',
      '',
      'By Jane Roe, University Communications',
      '',
      'The lab opened on Monday.',
    ]);
    expect(a.byline?.names).toEqual(['Jane Roe']);
  });

  it('reads a foot credit with a bar (`文字 | 张三 李四`) as the byline', () => {
    const a = articleOf([
      '# 标题',
      '',
      '## 一',
      '',
      '医院今年起开设新课程。',
      '',
      '文字 | 林可 高远',
      '图片 | 医院宣传部',
    ]);
    expect(a.byline?.names).toEqual(['林可', '高远']);
    expect(bodyOf(a)).not.toContain('林可');
  });
});
