// Session 7: page lines and bylines in forms no corpus article had, found by probing the recognisers with the
// usual furniture of news sites, newsletters and WeChat posts (families, not one string). New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, isCredit, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

const metaOf = (line: string) => {
  const found = furnitureLine(line);
  return found?.kind === 'meta' ? found.meta : undefined;
};

describe('English page lines', () => {
  it('lifts prompts, correction links and reading-time labels', () => {
    for (const line of [
      'Scroll to continue with content',
      'Have a story idea? Email tips@harbourpost.example',
      'Report a correction or typo',
      'Send us your feedback',
      'Want more stories like this? Sign up for our newsletter.',
      'Estimated reading time: 6 minutes',
      'Listen: The Shop Floor podcast',
      "Don't miss",
      'What to read next',
    ])
      expect(furnitureLine(line), line).toBeDefined();
  });

  it('reads `Image credit:` as a credit and `Last reviewed:` as the page’s date', () => {
    expect(isCredit('Image credit: Kestrel Robotics')).toBe(true);
    expect(metaOf('Last reviewed: 12 March 2026')).toEqual({ published: '2026-03-12' });
  });

  it('keeps sentences that open with the same words', () => {
    for (const line of [
      'Scrolling through the dashboard, nurses saw the alert.',
      'Reading time for the average claim fell from six minutes to two.',
    ])
      expect(furnitureLine(line), line).toBeUndefined();
  });
});

describe('English bylines', () => {
  it('writes a byline set in capitals as names, and splits its and', () => {
    expect(parseBylineLine('BY MARTA OLSEN AND DEV PATEL')?.byline.names).toEqual([
      'Marta Olsen',
      'Dev Patel',
    ]);
    expect(parseBylineLine('By MARTA OLSEN')?.byline.names).toEqual(['Marta Olsen']);
  });

  it('reads the writer beside the photographer or the editor, and a wire in brackets', () => {
    expect(parseBylineLine('Story by Marta Olsen • Photos by Dev Patel')?.byline.names).toEqual([
      'Marta Olsen',
    ]);
    const edited = parseBylineLine('Written by Marta Olsen | Edited by Dev Patel');
    expect(edited?.byline.names).toEqual(['Marta Olsen']);
    expect(edited?.meta.editor).toBe('Dev Patel');
    const wired = parseBylineLine('By Marta Olsen (Reuters)');
    expect(wired?.byline.names).toEqual(['Marta Olsen']);
    expect(wired?.meta.source).toBe('Reuters');
  });

  it('reads `Name, Staff Writer` and `Reporter: Name` as bylines, not `Name, the mayor`', () => {
    expect(parseBylineLine('Marta Olsen, Senior Health Reporter')?.byline.names).toEqual(['Marta Olsen']);
    expect(parseBylineLine('Reporter: Marta Olsen')?.byline.names).toEqual(['Marta Olsen']);
    expect(parseBylineLine('Marta Olsen, the mayor')).toBeUndefined();
  });

  it('lifts a byline that names no one, keeping the wire as the source', () => {
    expect(metaOf('By The Associated Press')).toEqual({ source: 'Associated Press' });
    expect(furnitureLine('By Harbour Post Staff')?.what).toBe('staff byline');
    expect(furnitureLine('From staff reports')?.what).toBe('staff byline');
    const a = articleOf([
      '# Port adds remote-controlled cranes',
      '',
      'By Harbour Post Staff',
      '',
      'The port authority said on Monday that six cranes would be run from a control room by June.',
    ]);
    expect(bodyOf(a)).not.toContain('Staff');
    expect(a.byline).toBeUndefined();
  });
});

describe('Chinese page lines and bylines', () => {
  it('lifts reading-time lines, arrow rows, app prompts and a platform’s notice', () => {
    for (const line of [
      '全文共4100字，阅读大约需要9分钟',
      '预计阅读时间 6 分钟',
      '↓↓↓',
      '👇👇',
      '打开APP阅读更多精彩内容',
      '下载某某客户端，查看更多高清图片',
      '特别声明：以上内容仅代表作者本人观点，不代表本站观点或立场。',
      '本文为某某号作者上传并发布，仅代表该作者观点。',
    ])
      expect(furnitureLine(line), line).toBeDefined();
    expect(furnitureLine('调查显示，全文阅读完成率不到三成。')).toBeUndefined();
  });

  it('reads more CMS labels (剪辑, 初审, 复审) and header-image credits (题图, 封面图)', () => {
    expect(furnitureLine('剪辑：孙某某')).toBeDefined();
    expect(furnitureLine('初审：周某某 复审：吴某某')).toBeDefined();
    expect(isCredit('题图｜视觉中国')).toBe(true);
    expect(isCredit('封面图：受访者供图')).toBe(true);
  });

  it('reads 丨 after a label as the bar, and drops the writer’s affiliation in brackets', () => {
    expect(parseBylineLine('撰文丨周立新')?.byline.names).toEqual(['周立新']);
    expect(metaOf('编辑丨钱文静')).toEqual({ editor: '钱文静' });
    const found = furnitureLine('作者：周立新（某某大学经济学院教授）');
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(['周立新']);
    // 丨 inside a text is left alone.
    expect(parseBylineLine('一丨二')).toBeUndefined();
  });
});

describe('transcripts, live blogs and podcasts', () => {
  it('keeps a transcript’s turns in their section when each speaker speaks once', () => {
    const a = articleOf([
      '# Episode 88: Who checks the hiring algorithm?',
      '',
      'In this episode, host Lena Brandt talks with the auditor Omar Reyes about bias audits.',
      '',
      '## Transcript',
      '',
      '**Lena Brandt:** Omar, what does an audit actually look at?',
      '',
      '**Omar Reyes:** The scores the tool gives, split by age, sex and ethnicity, over a full year.',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Transcript']);
    expect(a.sections[0]!.paragraphs).toHaveLength(2);
  });

  it('still splits a brief whose items open on a firm’s name and a colon', () => {
    const a = articleOf([
      '# Chips this week',
      '',
      '**Harbor Semiconductor:** The firm confirmed a packaging plant in Ohio with 1,200 jobs.',
      '',
      '**Kestrel Micro:** The start-up raised $40 million for a low-power inference chip.',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['Harbor Semiconductor', 'Kestrel Micro']);
  });

  it('lifts a podcast’s outro and credits and a live blog’s contributor line', () => {
    for (const line of [
      'Subscribe wherever you get your podcasts.',
      'Rate and review the show on Apple Podcasts.',
      'Produced by Lakeshore Audio. Music by Kevin Rowe.',
      'Reporters Ana Ruiz and Tom Becker contributed to this live blog.',
    ])
      expect(furnitureLine(line), line).toBeDefined();
  });
});
