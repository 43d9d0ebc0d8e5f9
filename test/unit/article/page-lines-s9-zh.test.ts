// Session 9: Chinese page lines probed beyond the corpus, as families — a portal's platform notice and comment area,
// a finance page's disclaimer and a chart's source, a post's buttons, pointers to an app, a Taiwan wire's end note and
// a Taiwan or Hong Kong site's prompts and rights notice, a live page's own words, a player's buttons — and bylines
// that are a common word after 记者 (记者调查, 记者手记, 记者会现场). New text, written for these tests; Traditional lines
// are read the way the parser reads a Traditional page, through the Simplified reading.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf } from './articles.ts';

const line = (raw: string) => furnitureLine(simplifiedInPlace(raw));
const STORY = [
  '某市今年将改造老旧小区120个，涉及居民3万户。市住建局表示，改造将在年底前完成。',
  '',
  '据介绍，改造内容包括管网、电梯和停车设施。居民对此普遍表示欢迎。',
  '',
];

describe('a common word after 记者 is not a name', () => {
  it('reads no byline in 记者调查, 记者手记, 记者会现场 (Simplified and Traditional)', () => {
    for (const raw of [
      '記者調查',
      '记者调查',
      '（記者手記）',
      '（记者手记）',
      '（記者會現場）',
      '（记者会现场）',
      '记者观察',
      '【记者手记】',
    ]) {
      expect(parseBylineLine(simplifiedInPlace(raw))?.byline, raw).toBeUndefined();
    }
  });

  it('keeps bylines with a name, and the kicker as text in a whole article', () => {
    expect(parseBylineLine('记者张三')?.byline?.names).toEqual(['张三']);
    expect(parseBylineLine(simplifiedInPlace('記者陳小明'))?.byline?.names).toEqual(['陈小明']);
    expect(parseBylineLine('本报记者 王五 通讯员 赵六')?.byline?.names).toEqual(['王五', '赵六']);
    const a = articleOf(['# 某市推进城市更新', '', '记者调查', '', ...STORY]);
    expect(a.byline).toBeUndefined();
    expect(bodyOf(a)).toContain('记者调查');
  });

  it('reads the name after a portal’s bar (界面新闻记者 | 某某)', () => {
    expect(parseBylineLine('界面新闻记者 | 王五')?.byline?.names).toEqual(['王五']);
  });
});

describe('a portal’s and a campus page’s fields', () => {
  it('lifts tags under other names, who signed it off, an office that posted it', () => {
    for (const raw of [
      '文章关键词：人工智能 大模型',
      '相关标签：人工智能 芯片',
      '审核人：刘某某',
      '发布人：宣传部',
    ]) {
      expect(line(raw), raw).toBeDefined();
    }
  });

  it('keeps a press conference’s speakers (发布人：…) in the text', () => {
    expect(line('发布人：市工业和信息化局局长 沈建平；市人力资源和社会保障局副局长 温琳')).toBeUndefined();
  });

  it('reads a post header whose time has seconds or a place it was posted from', () => {
    expect(line('网易号 2024-03-12 10:32:11 发布于 北京')).toMatchObject({
      meta: { published: '2024-03-12' },
    });
    expect(line('第一财经 2024-05-06 08:15:20')).toMatchObject({ meta: { published: '2024-05-06' } });
  });

  it('lifts the comment area and a counter in brackets', () => {
    for (const raw of [
      '网友评论',
      '我要评论',
      '发表评论',
      '查看全部评论',
      '已有0条评论',
      '共有 12 条评论',
      '阅读 (1234)',
    ]) {
      expect(line(raw)?.kind, raw).toBe('furniture');
    }
    expect(line('不少读者在评论区留言，希望延长开放时间。')).toBeUndefined();
  });
});

describe('a finance page’s disclaimer and a chart’s source', () => {
  it('lifts lines where every clause is the page’s disclaimer', () => {
    for (const raw of [
      '风险提示：市场有风险，投资需谨慎。',
      '投资有风险，入市需谨慎。',
      '本文不构成投资建议',
      '市场有风险，投资需谨慎。本文不构成任何投资建议。',
      '（文中观点仅供参考，不构成投资建议）',
      '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
      '平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
    ]) {
      expect(line(raw)?.what, raw).toBe('disclaimer');
    }
  });

  it('keeps a report’s list of risks and sentences that use the words', () => {
    for (const raw of [
      '风险提示：宏观经济下行超预期；政策落地不及预期。',
      '投资有风险，但他认为这一次值得。',
      '风险提示函已经发给了各家银行。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });

  it('lifts a chart’s source note, not as the article’s source', () => {
    expect(line('数据来源：Wind')?.what).toBe('data source note');
    expect(line('资料来源：Wind，东方财富')?.what).toBe('data source note');
    expect(line('该公司数据来源于Wind和公司公告，经记者整理。')).toBeUndefined();
  });
});

describe('a post’s buttons and pointers to an app', () => {
  it('lifts them, each alone on its line', () => {
    for (const raw of [
      '赞赏',
      '喜欢作者',
      '文末福利',
      '预览时标签不可点',
      '继续滑动看下一个',
      '知道了',
      '取消 允许',
      '微信扫一扫关注该公众号',
      '喜欢此内容的人还喜欢',
      '视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看',
      '设为星标，第一时间获取推送',
      '扫描二维码关注我们',
      '觉得好看，请点这里↓',
      '下载客户端',
      '展开全文',
      '点击展开全文',
      'APP内打开',
      '打开网易新闻 查看精彩图片',
      '打开腾讯新闻，看更多',
      '返回搜狐，查看更多',
      '海量资讯、精准解读，尽在新浪财经APP',
      '(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)',
    ]) {
      expect(line(raw)?.kind, raw).toBe('furniture');
    }
  });

  it('keeps sentences that use the same words', () => {
    for (const raw of [
      '他打开APP阅读全文后才发现内容有误。',
      '点赞、转发和评论数量都在下降。',
      '广告业务收入同比增长12%。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });
});

describe('a Taiwan or Hong Kong site’s lines', () => {
  it('reads a wire’s end note with its day in the Republic’s calendar', () => {
    expect(line('（編輯：李四）1130312')).toMatchObject({ meta: { editor: '李四' } });
    expect(line('（譯者：王五/核稿：趙六）1130312')?.kind).toBeDefined();
  });

  it('lifts prompts, links and the rights notice', () => {
    for (const raw of [
      '看更多',
      '看更多：某議員質詢交通部',
      '訂閱電子報',
      '不用抽 不用搶 現在用APP看新聞 保證天天中獎',
      '點我下載APP',
      '按我看活動辦法',
      '☆健康新聞不漏接，按讚追蹤粉絲頁☆',
      '更多聯合報系新聞',
      '複製連結',
      '本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。',
    ]) {
      expect(line(raw)?.kind, raw).toBe('furniture');
    }
  });

  it('keeps sentences that use the same words', () => {
    for (const raw of ['看更多的書，走更遠的路。', '這篇報導未經授權被轉載，報社已提告。']) {
      expect(line(raw), raw).toBeUndefined();
    }
  });
});

describe('a live page’s and a player’s own words', () => {
  it('lifts a stamp with the day, the page’s state, its last update', () => {
    expect(line('北京时间3月12日10:32')?.what).toBe('post time');
    for (const raw of ['最新更新', '滚动更新中', '实时更新', '正在直播', '直播回顾']) {
      expect(line(raw)?.what, raw).toBe('live page chrome');
    }
    // The last update is not the publication's date.
    expect(line('最后更新：2024-03-12 10:32')).toEqual({ kind: 'furniture', what: 'date line' });
  });

  it('keeps a live entry and a sentence with the time', () => {
    expect(line('10:32 某地发生地震')).toBeUndefined();
    expect(line('北京时间3月12日10时，发射任务圆满成功。')).toBeUndefined();
  });

  it('lifts a player’s buttons and length', () => {
    for (const raw of [
      '点击播放',
      '点击收听',
      '音频：点击收听本文',
      '时长：02:16',
      '时长 02:16',
      '您的浏览器不支持 video 标签。',
    ]) {
      expect(line(raw)?.what, raw).toBe('player');
    }
    expect(line('这部视频时长不到两分钟，播放量却突破千万。')).toBeUndefined();
  });
});

describe('in a whole article', () => {
  it('lifts a finance post’s foot and keeps the story', () => {
    const a = articleOf([
      '# 某市推进城市更新',
      '',
      ...STORY,
      '数据来源：Wind',
      '',
      '风险提示：市场有风险，投资需谨慎。',
      '',
      '网友评论',
      '',
      '已有0条评论',
      '',
      '赞赏',
      '',
      '喜欢此内容的人还喜欢',
    ]);
    expect(bodyOf(a)).toBe(
      '某市今年将改造老旧小区120个，涉及居民3万户。市住建局表示，改造将在年底前完成。\n据介绍，改造内容包括管网、电梯和停车设施。居民对此普遍表示欢迎。',
    );
  });
});

describe('a second batch: e-paper, post and feed forms', () => {
  it('reads an e-paper citation with spaces, a date glued to its time, a source with the account’s ID', () => {
    expect(line('《 人民日报 》（ 2024年03月12日 第 04 版）')).toMatchObject({
      meta: { source: '人民日报', published: '2024-03-12' },
    });
    expect(line('2024年03月12日08:21  来源：人民网-人民日报')).toMatchObject({
      meta: { published: '2024-03-12' },
    });
    expect(line('本文来源：某某观察（ID：abc123）')).toMatchObject({ meta: { source: '某某观察' } });
  });

  it('reads a repost’s header: the account and its writer', () => {
    expect(line('以下文章来源于某某观察 ，作者张三')).toMatchObject({
      meta: { source: '某某观察' },
      byline: { names: ['张三'] },
    });
  });

  it('reads a paper’s staff report without a name as its source', () => {
    expect(line('星島日報報道')).toMatchObject({ meta: { source: '星岛日报' } });
    expect(line('（明報記者報道）')).toMatchObject({ meta: { source: '明报' } });
  });

  it('lifts a post’s collection tag, last prompts, end mark, a mid-story prompt, a visit counter', () => {
    for (const raw of [
      '收录于合集',
      '#人工智能 12个',
      '点在看',
      '点分享',
      '— 完 —',
      '請繼續往下閱讀...',
      '访问量：1234',
    ]) {
      expect(line(raw)?.kind, raw).toBe('furniture');
    }
  });

  it('lifts a feed’s stamps, a writer’s note, more disclaimers, the last update’s date', () => {
    for (const raw of ['3月12日 10:32', '11分钟前', '刚刚']) expect(line(raw)?.what, raw).toBe('post time');
    expect(line('（本文作者介绍：某某证券首席经济学家）')?.what).toBe('author note');
    expect(line('郑重声明：东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。')?.what).toBe(
      'disclaimer',
    );
    expect(line('【免责声明】本文仅代表作者本人观点，与和讯网无关。')?.what).toBe('disclaimer');
    expect(line('最後更新日期：2024年3月12日')?.what).toBe('date line');
  });

  it('keeps sentences that use the same words', () => {
    for (const raw of [
      '记者会现场座无虚席，提问持续了一个小时。',
      '请继续往下阅读这份报告的结论部分。',
      '刚刚过去的一年，全市新增企业3万家。',
      '收录于合集的文章共有12篇。',
      '他说，这一决定与本站立场无关。',
      '新华社报道了这一消息后，股价应声上涨。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });
});
