// Session 9, sealed12 opened (English): a wire's desk slug before its headline, writers' bare names over the date,
// a site-named breadcrumb trail, a paywall's meter and trial prompts, a live blog's closed comments. New text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a wire story and a live page (sealed12)', () => {
  it('drops a wire’s desk slug from the headline, with or without a `# `', () => {
    const lines = (first: string) => [
      first,
      '',
      'By Jane Roe',
      '',
      'HARLOW, March 9 (Meridian) - The regulator on Monday ordered three banks to submit their hiring software for audit.',
    ];
    for (const first of [
      'UPDATE 2-Regulator orders audit of hiring software at three banks',
      '# EXCLUSIVE-Regulator orders audit of hiring software at three banks',
    ])
      expect(articleOf(lines(first)).title, first).toBe(
        'Regulator orders audit of hiring software at three banks',
      );
    expect(articleOf(lines('# UPDATE: what we know so far')).title).toBe('UPDATE: what we know so far');
  });

  it('reads writers’ bare names over the page’s date as the byline', () => {
    const a = articleOf([
      '# Grid chief says AI demand is outrunning supply – as it happened',
      '',
      'Harriet Vance and Omar Lindqvist',
      '',
      'Wed 15 Apr 2026 17.42 BST',
      '',
      'The grid operator told MPs that data centres had asked for more power than the network can supply until 2030.',
    ]);
    expect(a.byline?.names).toEqual(['Harriet Vance', 'Omar Lindqvist']);
  });

  it('lifts a breadcrumb trail from the site’s name, a paywall’s meter and trial prompts and closed comments', () => {
    for (const line of [
      'Fenwick Valley Health › Newsroom › Hospital news',
      'You have read 3 of 3 free articles this month. Subscribe for unlimited access to The Ledger from $1 a week.',
      'Keep reading with a 7-day free trial',
      'Subscribe to The Moving Parts to keep reading this post and get 7 days of free access.',
      'Start trial',
      'Comments are closed on this live blog.',
    ])
      expect(furnitureLine(line), line).toBeDefined();
    for (const text of [
      'You have read the report, so you know the figures.',
      'Start trials of the robots next year, the board said.',
    ])
      expect(furnitureLine(text), text).toBeUndefined();
    const a = articleOf([
      '# Hospitals roll out sepsis alerts',
      '',
      'Fenwick Valley Health › Newsroom › Hospital news',
      '',
      'Four hospitals now use an early-warning system that flags patients at risk of sepsis.',
    ]);
    expect(bodyOf(a)).not.toContain('Newsroom');
  });
});

describe('a post’s end mark as a list item, and a notice’s attachments (sealed12, zh)', () => {
  it('lifts `- END -` and the numbered attachments under `附件：1.…`', () => {
    const a = articleOf([
      '# 区里出台机器人产业十条',
      '',
      '区经信局相关负责人表示，目前全区已集聚机器人整机及零部件企业63家。',
      '',
      '附件：1.支持机器人产业发展的若干措施.pdf',
      '',
      '2.政策解读：一图读懂“机器人十条”',
      '',
      '- END -',
    ]);
    expect(bodyOf(a)).not.toContain('一图读懂');
    expect(bodyOf(a)).not.toContain('END');
    expect(bodyOf(a)).toContain('63家');
  });

  it('keeps a numbered list of the story', () => {
    const a = articleOf([
      '# 区里出台机器人产业十条',
      '',
      '措施主要有两条：',
      '',
      '1.对首台套产品给予最高500万元奖励。',
      '',
      '2.对新落户企业给予三年房租补贴。',
    ]);
    expect(bodyOf(a)).toContain('三年房租补贴');
  });
});
