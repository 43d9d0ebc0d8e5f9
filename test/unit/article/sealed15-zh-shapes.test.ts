// Chinese page shapes first met on the opened `sealed15` corpus half, each on new text written for these tests
// (placeholder names, counties, hospitals and papers): a county media centre's byline with the centre before the
// role (某某县融媒体中心 记者 某某); a Taiwan paper's date stamp and reporter's bracket on one line
// (2026/05/02 07:10 〔記者某某／某地報導〕); an app's prize promotion at the foot of a Taiwan story; a hospital's
// WeChat post with the account exported as a link, the writer's department before the writer (文字：眼科 某某) and the
// publicity office before the editor (编辑：宣传科 某某). Sentences of the same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf } from './articles.ts';

const line = (raw: string) => furnitureLine(simplifiedInPlace(raw));
const byline = (raw: string) => parseBylineLine(simplifiedInPlace(raw));

describe('a byline with the outlet or media centre before the role', () => {
  it('names the reporters, not the centre or the paper', () => {
    const cases: [string, string[]][] = [
      ['柳溪县融媒体中心 记者 孙晓', ['孙晓']],
      ['柳溪县融媒体中心　记者　孙晓　通讯员　方平', ['孙晓', '方平']],
      ['青河日报 记者 白露 实习生 韩冬', ['白露', '韩冬']],
      ['北川广播电视台 记者 程远', ['程远']],
      ['桐林融媒 记者 冯雪', ['冯雪']],
      ['桐林县融媒體中心 記者 馮雪', ['冯雪']],
    ];
    for (const [raw, names] of cases) expect(byline(raw)?.byline.names, raw).toEqual(names);
  });

  it('keeps a sentence about a media centre’s reporter as text', () => {
    for (const raw of [
      '柳溪县融媒体中心记者在现场看到，茶农正在采摘。',
      '县融媒体中心 记者 走访了十多户茶农。',
    ])
      expect(byline(raw), raw).toBeUndefined();
  });

  it('lifts it under the title of a county story', () => {
    const a = articleOf([
      '# 柳溪：智能灌溉进果园',
      '',
      '柳溪县融媒体中心 记者 孙晓',
      '',
      '2026-05-06 09:12:40　来源：柳溪发布',
      '',
      '入夏以来，柳溪县果园里的滴灌设备按照系统推送的方案自动开关。',
    ]);
    expect(a.byline?.names).toEqual(['孙晓']);
    expect(bodyOf(a)).not.toContain('融媒体中心');
  });
});

describe('a Taiwan paper’s date stamp and reporter’s bracket on one line', () => {
  it('reads the date and the reporter, in either order', () => {
    for (const raw of [
      '2026/05/02 07:10　〔記者陳怡君／桃溪報導〕',
      '2026-05-02 07:10 【記者陳怡君／桃溪即時報導】',
      '〔記者陳怡君／桃溪報導〕2026/05/02 07:10',
    ]) {
      const f = line(raw);
      expect(f?.kind, raw).toBe('meta');
      if (f?.kind !== 'meta') continue;
      expect(f.meta.published, raw).toBe('2026-05-02');
      expect(f.byline?.names, raw).toEqual(['陈怡君']);
    }
  });

  it('lifts it at the top and keeps the first paragraph', () => {
    const a = articleOf([
      '# 桃溪兩校合設機器人學程',
      '',
      '2026/05/02 07:10　〔記者陳怡君／桃溪報導〕',
      '',
      '桃溪大學與桃溪科技大學昨天宣布，明年起合開機器人跨校學程。',
    ]);
    expect(a.byline?.names).toEqual(['陳怡君']);
    expect(a.meta?.published).toBe('2026-05-02');
    expect(bodyOf(a)).toBe('桃溪大學與桃溪科技大學昨天宣布，明年起合開機器人跨校學程。');
  });
});

describe('an app’s prize promotion line', () => {
  it('is furniture, in Traditional or Simplified', () => {
    for (const raw of [
      '不用抽，不用搶！現在用APP看新聞，保證天天中獎',
      '不用排隊、不用搶！下載APP看新聞，天天抽好禮',
      '下载客户端，天天领红包！',
      '打开某某新闻APP，参与抽奖赢好礼',
      '用APP看新聞　每日抽萬元紅包',
    ]) {
      expect(line(raw)?.kind, raw).toBe('furniture');
    }
  });

  it('keeps sentences about apps and prizes as text', () => {
    for (const raw of [
      '現在用APP看新聞的人越來越多，報社也推出抽獎活動。',
      '他说：“用APP看新闻，天天中奖？”',
      '下载客户端后，用户可以随时查看病历和检查报告。',
    ]) {
      expect(line(raw), raw).toBeUndefined();
    }
  });
});

describe('a hospital’s WeChat post', () => {
  it('reads the post header with the account exported as a link', () => {
    const f = line('原创 儿科 蒋宁 [柳溪三院](javascript:void(0);) 2026年05月08日 17:20 柳溪');
    expect(f?.what).toBe('post header');
    if (f?.kind !== 'meta') return;
    expect(f.meta).toEqual({ published: '2026-05-08', source: '柳溪三院' });
    expect(f.byline?.names).toEqual(['蒋宁']);
  });

  it('names the writer and the editor, not their department', () => {
    expect(line('文字：骨科 蒋宁')).toMatchObject({ byline: { names: ['蒋宁'] } });
    expect(line('编辑：宣传科 程雨')).toMatchObject({ meta: { editor: '程雨' } });
    expect(line('责任编辑：党委宣传部 程雨')).toMatchObject({ meta: { editor: '程雨' } });
    // two people, neither a department
    expect(line('编辑：程雨 方平')).toMatchObject({ meta: { editor: '程雨' } });
  });

  it('lifts the header and the staff lines of a whole post', () => {
    const a = articleOf([
      '# 儿童哮喘有了“智能管家”',
      '',
      '原创 儿科 蒋宁 [柳溪三院](javascript:void(0);) *2026年05月08日 17:20* *柳溪*',
      '',
      '点击蓝字 关注我们',
      '',
      '今年3月起，我院儿科为哮喘患儿配发了智能峰流速仪，数据每天自动上传。',
      '',
      '文字：儿科 蒋宁',
      '',
      '编辑：宣传科 程雨',
      '',
      '审核：方平',
    ]);
    expect(a.byline?.names).toEqual(['蒋宁']);
    expect(a.meta).toMatchObject({ source: '柳溪三院', published: '2026-05-08', editor: '程雨' });
    expect(bodyOf(a)).toBe('今年3月起，我院儿科为哮喘患儿配发了智能峰流速仪，数据每天自动上传。');
  });
});

// Probe of the families around them (session 10): lines written after the rules, in shapes the half did not show.
describe('around them: media-centre bylines, news-page field bars, app promotions', () => {
  it('reads the outlet in brackets before the role, and the outlet after the name', () => {
    expect(byline('【柳溪县融媒体中心】记者 孙晓')?.byline.names).toEqual(['孙晓']);
    expect(byline('〔桐林日報〕 記者 馮雪 通訊員 方平')?.byline.names).toEqual(['冯雪', '方平']);
    expect(line('记者：孙晓（柳溪县融媒体中心）')).toMatchObject({ byline: { names: ['孙晓'] } });
    expect(line('作者：蒋宁（柳溪市第三人民医院）')).toMatchObject({ byline: { names: ['蒋宁'] } });
  });

  it('reads a field bar opened by the site or the hospital that posts it', () => {
    expect(line('柳溪大学新闻网 2026-05-08 作者：计算机学院 蒋宁')).toMatchObject({
      meta: { source: '柳溪大学新闻网', published: '2026-05-08' },
      byline: { names: ['蒋宁'] },
    });
    expect(line('柳溪市第三人民医院　宣传科　2026-05-08 10:20')).toMatchObject({
      meta: { source: '柳溪市第三人民医院', published: '2026-05-08' },
    });
    // a person before a date is not a site
    expect(line('张三 2026-05-08')).toBeUndefined();
  });

  it('names nobody for an office alone in the writer field, but keeps a name ending in 科', () => {
    expect(line('作者：宣传科')).not.toHaveProperty('byline');
    expect(line('作者：王志科')).toMatchObject({ byline: { names: ['王志科'] } });
  });

  it('lifts an app promotion with its prize, and keeps a sentence that takes time out', () => {
    for (const raw of [
      '下載APP抽iPhone！',
      '登入APP看新聞，抽萬元禮券',
      '不用抽獎、不用比賽，下載APP新聞免費看！',
    ])
      expect(line(raw)?.kind, raw).toBe('furniture');
    expect(line('下载APP后抽出时间看看新闻')).toBeUndefined();
  });
});
