// (session 16) The byline fallback (byline-fallback.ts): invented pages whose credit no rule was written for, read
// by the shape of a credit; and pages whose credit lines name a photographer or an editor only, which keep no byline.
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../functions/core/article/blocks.ts';
import { bylineFallback, bylineFallbackSettings } from '../../../functions/core/article/byline-fallback.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';

const names = (source: string) => parseArticle(source).article?.byline?.names ?? [];
const withoutFallback = (source: string) => {
  bylineFallbackSettings.on = false;
  try {
    return names(source);
  } finally {
    bylineFallbackSettings.on = true;
  }
};

const EN_BODY = [
  'The quarterly count of river otters on the upper Brenn rose for the third time in a row, the survey team said.',
  '',
  '## What the volunteers found',
  '',
  'Volunteers walked forty kilometres of bank in two days and logged spraints, tracks and two sightings at dusk.',
  '',
  'The team will repeat the walk in October, when the water is lower and the tracks are easier to read.',
].join('\n');

const ZH_BODY = [
  '本季度上游河段的水獭调查结果显示，观测到的活动痕迹连续第三次增加，调查组认为栖息环境有所改善。',
  '',
  '## 志愿者的发现',
  '',
  '志愿者两天内沿河岸步行四十公里，记录了粪便、足迹和两次黄昏时分的目击。调查组计划十月水位较低时再走一遍。',
].join('\n');

describe('byline fallback: a credit no rule was written for', () => {
  it('reads a compiling credit under an English headline (`Assembled by X, field officer`)', () => {
    const page = `# Otter count rises on the upper Brenn\n\nAssembled and written up by Wenna Tallack, field officer\n\n${EN_BODY}\n`;
    expect(withoutFallback(page)).toEqual([]);
    expect(names(page)).toEqual(['Wenna Tallack']);
  });

  it('reads a writing credit in a row of fields at the foot', () => {
    const page = `# Otter count rises on the upper Brenn\n\n${EN_BODY}\n\nSurvey note · Prepared by Corin Maddox, Volunteer Lead · Filed 3 May 2026\n`;
    expect(withoutFallback(page)).toEqual([]);
    expect(names(page)).toEqual(['Corin Maddox']);
  });

  it('reads a Chinese field row whose writer stands beside a reviewer (`主笔:X ｜ 终审:Y`)', () => {
    const page = `# 上游水獭调查：活动痕迹连续三次增加\n\n栏目:生态观察 ｜ 时长:3分钟 ｜ 主笔:严慕青 ｜ 终审:柏书远\n\n${ZH_BODY}\n`;
    expect(withoutFallback(page)).toEqual([]);
    expect(names(page)).toEqual(['严慕青']);
  });

  it('reads a Chinese name before its writing verb (`X 投稿于 <date>`)', () => {
    const page = `# 上游水獭调查：活动痕迹连续三次增加\n\n邹晚晴 投稿于 2026-05-03 · 浏览 812\n\n${ZH_BODY}\n`;
    expect(withoutFallback(page)).toEqual([]);
    expect(names(page)).toEqual(['邹晚晴']);
  });
});

describe('byline fallback: credits that name no writer', () => {
  it('keeps no byline when the only credits are a photographer and an editor (en)', () => {
    const page = `# Otter count rises on the upper Brenn\n\nPhotographs by Hollis Brandreth · Edited by Marit Skaug\n\n${EN_BODY}\n\nPictures: Ansel Quayle\n`;
    expect(names(page)).toEqual([]);
  });

  it('keeps no byline when the only credits are a photographer and an editor (zh)', () => {
    const page = `# 上游水獭调查：活动痕迹连续三次增加\n\n摄影:韦晓岚 ｜ 审核:蒋楚舟\n\n${ZH_BODY}\n\n责任编辑:潘怀瑾\n`;
    expect(names(page)).toEqual([]);
  });

  it('keeps no byline for a name beside another verb (`Hosted by X`, `Issued by` an office)', () => {
    const page = `# Otter count rises on the upper Brenn\n\nHosted by Tamsin Arkwright · Issued by the Brenn Survey Office\n\n${EN_BODY}\n`;
    expect(names(page)).toEqual([]);
  });

  it('leaves a byline the rules read alone', () => {
    const page = `# Otter count rises on the upper Brenn\n\nBy Jane Roe\n\n${EN_BODY}\n\nCompiled by Wenna Tallack\n`;
    expect(names(page)).toEqual(['Jane Roe']);
  });
});

describe('byline fallback: bad input', () => {
  it('reads the top and foot of a 20,000-line, deeply nested page at once and without throwing', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0
        ? `${'> '.repeat(30)}- Line ${i} written by Someone Else | 整理:某某 · 文案:`
        : `Paragraph ${i} of a very long page, by Jane Roe and by 王芳.`,
    );
    const blocks = readBlocks(`# A huge page\n\n${lines.join('\n')}\n`, 0, undefined, []);
    const start = performance.now();
    expect(() => bylineFallback(blocks, 'en')).not.toThrow();
    expect(() => bylineFallback(blocks, 'zh')).not.toThrow();
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
