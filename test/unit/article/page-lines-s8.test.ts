// Session 8: Chinese page lines probed beyond the corpus — a post's buttons and prompts (follow, star, comment, 三连),
// a pointer to the app, an e-paper's page navigation and page label, a repost's origin and the ask before reposting,
// contact lines for submissions and business, 原文标题, a named picture's source, a field in full-width square
// brackets, a layout designer's label. New text, written for these tests.
import { describe, expect, it } from 'vitest';
import { furnitureLine, isCredit } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a post’s and an e-paper’s buttons and prompts', () => {
  it('lifts them, each alone on its line', () => {
    for (const line of [
      '在看 赞 收藏',
      '写留言',
      '已关注',
      '▲点击上方卡片关注',
      '点击蓝字 设为星标',
      '星标我们，不错过每一篇推送',
      '欢迎在评论区留言讨论',
      '点赞、在看、转发，三连走起！',
      '更多精彩内容，请下载客户端',
      '上一版　下一版',
      '版面导航',
      '放大 缩小 默认',
      '第A05版：要闻',
      '▼',
    ]) {
      expect(furnitureLine(line)?.kind, line).toBe('furniture');
    }
  });

  it('keeps sentences that use the same words', () => {
    for (const line of [
      '关注度最高的是人工智能专业，评论区里也多是求职者的留言。',
      '点击量最高的一篇文章讲的是机器人。',
      '他在第3版发表了评论文章。',
    ]) {
      expect(furnitureLine(line), line).toBeUndefined();
    }
  });
});

describe('where a repost came from, and who to write to', () => {
  it('lifts the repost’s origin and the ask before reposting', () => {
    expect(furnitureLine('文章转载自“某某观察”公众号')?.what).toBe('copyright line');
    expect(furnitureLine('转载请联系授权')?.what).toBe('copyright line');
    expect(furnitureLine('转载自某某日报客户端')?.what).toBe('copyright line');
    // A sentence about reposting is text.
    expect(furnitureLine('这篇报告被多家媒体转载，引发了业内讨论。')).toBeUndefined();
  });

  it('lifts contact lines for submissions and business', () => {
    expect(furnitureLine('投稿邮箱：desk@example.org')?.what).toBe('contact line');
    expect(furnitureLine('商务合作：13900000000（微信同号）')?.what).toBe('contact line');
  });

  it('lifts 原文标题, a named picture’s source, a field in ［］ and a designer’s label', () => {
    expect(furnitureLine('原文标题：某区出台人工智能扶持办法')?.what).toBe('original headline');
    expect(isCredit('封面图来源：视觉中国')).toBe(true);
    expect(isCredit('题图来自网络')).toBe(true);
    expect(furnitureLine('［责任编辑：周敏］')).toMatchObject({ kind: 'meta', meta: { editor: '周敏' } });
    expect(furnitureLine('本版责编：周敏 版式设计：高远')).toMatchObject({
      kind: 'meta',
      meta: { editor: '周敏' },
    });
  });

  it('takes none of them into the body of a post', () => {
    const a = articleOf([
      '# 园区新添二十台协作机器人',
      '',
      '▲点击上方卡片关注',
      '',
      '园区今年新添二十台协作机器人，主要用于零部件分拣。',
      '',
      '文章转载自“某某观察”公众号',
      '',
      '投稿邮箱：desk@example.org',
      '',
      '在看 赞 收藏',
    ]);
    expect(bodyOf(a)).toBe('园区今年新添二十台协作机器人，主要用于零部件分拣。');
  });
});
