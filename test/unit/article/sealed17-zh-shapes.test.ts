// Chinese page shapes first met on the opened `sealed17` corpus half, each on new text written for these tests
// (placeholder names, courts, papers and sites): a court's case release whose parts open on bracketed heads
// (【基本案情】, 【裁判结果】, 【典型意义】); a hiring notice whose numbered part lists its posts in bold; a rumour check's
// source line with the font-size row run on after the date (来源：某某平台　2026-06-03 09:12　字号 大 中 小); a Taiwan
// paper's masthead bar (某某時報 ｜ 地方 ｜ 2026/05/12 14:35), its photo credit by the reporter (（記者某某攝）), the ad
// marker (〈廣告〉) and the prompt to follow it on LINE. Sentences of the same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, isCredit, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf } from './articles.ts';

const line = (raw: string) => furnitureLine(simplifiedInPlace(raw));

describe('a font-size row glued after a source and its date', () => {
  it('is dropped and the source and date are read', () => {
    for (const raw of [
      '来源：青禾网络辟谣平台　　2026-09-14 16:05　　字号 大 中 小',
      '来源：青禾网络辟谣平台 2026-09-14 16:05 字号：大 中 小',
      '来源：青禾网络辟谣平台　2026-09-14　字体 大 中 小　打印　关闭',
      '來源：青禾網路闢謠平台　　2026-09-14 16:05　　字級 大 中 小',
    ]) {
      const f = line(raw);
      expect(f?.kind, raw).toBe('meta');
      const meta = f?.kind === 'meta' ? f.meta : {};
      expect(meta.published, raw).toBe('2026-09-14');
      expect(meta.source, raw).toMatch(/^青禾网络辟谣平台$|^青禾网路辟谣平台$/u);
    }
  });

  it('alone without its colon is the page’s buttons', () => {
    for (const raw of ['字号 大 中 小', '字体 大 中 小', '字級 大 中 小'])
      expect(line(raw)?.kind, raw).toBe('furniture');
  });

  it('keeps sentences about type sizes as text', () => {
    for (const raw of [
      '字号大小不一的标语贴满了墙面。',
      '老年版页面的字号更大，中小字体一律取消。',
      '字号 大小 需要统一',
    ])
      expect(line(raw), raw).toBeUndefined();
  });

  it('reads the source and date at the top of a page', () => {
    const a = articleOf([
      '# 网传“机器人交警明年全面上岗”？假的',
      '',
      '来源：青禾网络辟谣平台　　2026-09-14 16:05　　字号 大 中 小',
      '',
      '近日，一则“明年起路口全部由机器人交警执勤”的消息在网上流传。记者从市公安局交警支队获悉，该消息不实。',
    ]);
    expect(a.meta?.source).toBe('青禾网络辟谣平台');
    expect(a.meta?.published).toBe('2026-09-14');
    expect(bodyOf(a)).not.toContain('字号');
  });
});

describe('a paper’s masthead bar over the story', () => {
  it('names the outlet and dates the story', () => {
    for (const [raw, source] of [
      ['北岸時報 ｜ 社會 ｜ 2026/09/02 08:10', '北岸时报'],
      ['北岸日报｜国际｜2026-09-02', '北岸日报'],
      ['西湾晚报 | 2026-09-02 19:30', '西湾晚报'],
    ] as const) {
      const f = line(raw);
      expect(f?.kind, raw).toBe('meta');
      expect(f?.kind === 'meta' ? f.meta : {}, raw).toMatchObject({ source, published: '2026-09-02' });
    }
  });

  it('keeps a bar whose first field is not a paper, or a sentence, out of it', () => {
    for (const raw of ['北岸论坛 ｜ 社会 ｜ 2026/09/02 08:10', '北岸时报报道了这件事 ｜ 2026/09/02'])
      expect(line(raw)?.what, raw).not.toBe('masthead bar');
  });

  it('gives the page’s source in the page’s own characters', () => {
    const a = articleOf([
      '北岸時報 ｜ 社會 ｜ 2026/09/02 08:10',
      '',
      '# 巡檢機器人上路　夜間路燈故障一次掌握',
      '',
      '〔記者林柏翰／北岸報導〕北岸市工務局今年起以巡檢機器人夜間檢查路燈，故障通報時間由三天縮短為半天。',
    ]);
    expect(a.meta?.source).toBe('北岸時報');
    expect(a.meta?.published).toBe('2026-09-02');
  });
});

describe('a photo credit by the reporter, with 摄 after the name', () => {
  it('is a credit, not a byline', () => {
    for (const raw of ['（記者林柏翰攝）', '記者林柏翰攝', '（记者 林柏翰 摄）', '本报记者邱雨桐摄']) {
      const text = simplifiedInPlace(raw);
      expect(isCredit(text), raw).toBe(true);
      expect(parseBylineLine(text), raw).toBeUndefined();
    }
  });

  it('leaves the bylines that name a writer, and the words-and-pictures forms, to the byline', () => {
    for (const raw of [
      '〔記者林柏翰／北岸報導〕',
      '（记者 邱雨桐）',
      '本报记者 邱雨桐 文/摄',
      '文/图 邱雨桐',
    ])
      expect(parseBylineLine(simplifiedInPlace(raw))?.byline.names, raw).toBeDefined();
  });

  it('credits the picture over its one-sentence caption, and the byline comes from the dateline', () => {
    const a = articleOf([
      '# 巡檢機器人上路　夜間路燈故障一次掌握',
      '',
      '〔記者林柏翰／北岸報導〕北岸市工務局今年起以巡檢機器人夜間檢查路燈，故障通報時間由三天縮短為半天。工務局長說，過去巡查要靠人力逐條道路開車確認，「一個晚上只能跑兩個區」。',
      '',
      '![巡檢機器人](https://img.example.tw/2026/09/02/robot.jpg)',
      '',
      '巡檢機器人在夜間沿人行道檢查路燈。',
      '',
      '（記者林柏翰攝）',
      '',
      '工務局表示，機器人搭載熱影像鏡頭，能辨識燈具是否過熱或熄滅，並即時回傳位置。',
    ]);
    expect(a.byline?.names).toEqual(['林柏翰']);
    const fig = a.figures?.find((f) => f.image);
    expect(fig?.caption).toBe('巡檢機器人在夜間沿人行道檢查路燈');
    expect(fig?.credit).toBe('（記者林柏翰攝）');
    expect(a.figures?.length).toBe(1);
    expect(bodyOf(a)).toContain('北岸市工務局今年起');
  });
});

describe('ad markers and prompts to follow a paper on a chat app', () => {
  it('are the page’s', () => {
    for (const raw of ['〈廣告〉', '〔廣告〕', '【廣告】', '（广告）', '<广告>', '〈推廣〉'])
      expect(line(raw)?.kind, raw).toBe('furniture');
    for (const raw of [
      '👉 加入北岸時報LINE好友，新聞不漏接',
      '加入北岸時報LINE官方帳號，即時新聞不錯過！',
      '📲 追蹤北岸時報IG，掌握最新消息',
      '➤ 訂閱北岸新聞YouTube頻道',
      '下載北岸時報APP，重大新聞即時推播',
    ])
      expect(line(raw)?.what, raw).toBe('follow line');
  });

  it('keeps sentences about ads and chat apps as text', () => {
    for (const raw of [
      '廣告商表示，今年的投放預算將增加兩成。',
      '他加入了社區的LINE群組，每天收到停水通知。',
      '長者可以加入里辦公處LINE好友，預約復康巴士。',
      '加入北岸時報LINE好友後，讀者每天早上會收到新聞摘要，不少長輩說比看電視方便',
    ])
      expect(line(raw), raw).toBeUndefined();
  });

  it('are lifted from between a Taiwan story’s paragraphs', () => {
    const a = articleOf([
      '# 巡檢機器人上路　夜間路燈故障一次掌握',
      '',
      '〔記者林柏翰／北岸報導〕北岸市工務局今年起以巡檢機器人夜間檢查路燈，故障通報時間由三天縮短為半天。',
      '',
      '〈廣告〉',
      '',
      '👉 加入北岸時報LINE好友，新聞不漏接',
      '',
      '工務局表示，機器人搭載熱影像鏡頭，能辨識燈具是否過熱或熄滅，並即時回傳位置。',
    ]);
    expect(bodyOf(a)).not.toContain('廣告');
    expect(bodyOf(a)).not.toContain('LINE');
    expect(bodyOf(a)).toContain('熱影像鏡頭');
  });
});
