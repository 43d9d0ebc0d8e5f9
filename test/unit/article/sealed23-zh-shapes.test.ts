// Chinese page shapes first met on the opened `sealed23` corpus half, each on new text written for these tests
// (placeholder names, products, platforms and places), with probe lines of the same families beyond what the half
// shows: a product manual's or a spec sheet's header row (model, edition, its month) and a printed page's number in
// its shapes, inside a numbered step too; a video or social platform's uploader line, its play, danmaku and like
// counters with the upload time, its row of tags, a lone #topic#, a picture post's image counter, a handle over the
// follow button; a government work report's or a speech's speaker under its title. Sentences of the same words stay
// text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, parseBylineLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf } from './articles.ts';

describe('a manual’s and a spec sheet’s header row', () => {
  it.each([
    ['型号：QL-M3　文件版本：V2.0　2025年11月', undefined],
    ['产品型号：HX-200 | 手册版本：1.4 | 2026年4月', undefined],
    ['文档编号：ZD-2026-017　版本：B/2　第1页 共16页', undefined],
    ['适用型号：K7 Pro　修订日期：2026-05-20', '2026-05-20'],
    ['说明书版本：V3.1　2026.02', undefined],
  ])('“%s” is the document’s header', (raw, published) => {
    const found = furnitureLine(raw);
    expect(found).toBeDefined();
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe(published);
  });

  it.each([
    '新型号的续航比上一代提升了三成，文件版本也同步更新。',
    '型号：后来改成了更好记的名字。',
    '版本迭代之快，让不少老用户跟不上。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a printed page’s number inside a numbered step', () => {
  // (`- 7 -` at a line's start is a Markdown list's bullet: an export that keeps it breaks the list there)
  it.each(['— 7 —', '第7页', '第 7 页，共 20 页', '共20页 第7页', '— 7/20 —', '7/20'])(
    'a step broken by “%s” is one step again, without the number',
    (pageNumber) => {
      const a = articleOf([
        '# 某某扫地机器人使用说明书',
        '',
        '## 安装步骤',
        '',
        '1. 取出主机和充电座，撕掉所有保护膜；',
        '2. 将充电座放在靠墙的平整地面上，前方请留出一米空间，',
        pageNumber,
        '以便主机自行返回充电。',
        '3. 长按电源键三秒开机。',
      ]);
      const body = bodyOf(a);
      expect(body).toContain('前方请留出一米空间，以便主机自行返回充电。');
      expect(body).not.toContain(pageNumber);
    },
  );

  it('a number in a sentence of the step stays', () => {
    const a = articleOf([
      '# 某某扫地机器人使用说明书',
      '',
      '## 安装步骤',
      '',
      '1. 取出主机和充电座；',
      '2. 详见说明书第7页的示意图，',
      '按图示方向装好边刷。',
    ]);
    expect(bodyOf(a)).toContain('详见说明书第7页的示意图，按图示方向装好边刷。');
  });
});

describe('a video or social platform’s own lines', () => {
  it.each([
    // counters, number first or label first, alone or in a row with the upload time and the platform's notice
    '38.2万播放',
    '2.4万次观看',
    '1.1万 点赞',
    '9.6万播放 · 2175弹幕 · 2026-04-11 20:30:05',
    '5.3万播放　876弹幕　2026年4月11日 20:30　未经作者授权，禁止转载',
    '播放 3.2万　点赞 1208　2026年3月2日',
    '未经作者授权，禁止转载',
    '未经UP主许可，禁止搬运',
    // the uploader with the follow button or the followers
    'UP主：老周的工作台　关注 12.3万',
    '博主：小满爱烘焙　粉丝 4.5万',
    '主播：夜航电台　+关注',
    '山间小鹿🦌 关注',
    // image counters of a picture post
    '（图片 2/9）',
    '图 3/6',
    '[组图4/8]',
    // a topic alone, a row of tags
    '#城市骑行日记#',
    '人形机器人　具身智能　开源　树莓派　DIY教程',
    '露营装备　轻量化　Vlog　户外徒步　新手指南',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it.each([
    '这条视频发布一周，播放量就突破了38万。',
    '他说，关注的人多了，压力也大了。',
    '未经作者授权就转载，是平台一直在整治的问题。',
    'UP主说，这一期花了三个月。',
    '图片上的字迹已经模糊。',
    '春眠不觉晓　处处闻啼鸟',
    '张三　李四　王五　赵六',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });

  it.each([
    ['12.6万播放 · 804弹幕 · 2026-05-08 18:00:00', '2026-05-08'],
    ['7.7万播放　90弹幕　2026年6月1日 09:15　未经作者授权，禁止转载', '2026-06-01'],
  ])('a video’s stats row “%s” dates the page by its upload time', (raw, published) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe(published);
  });

  it.each([
    ['UP主：老周的工作台　关注 12.3万', '老周的工作台'],
    ['博主：小满爱烘焙　粉丝 4.5万', '小满爱烘焙'],
  ])('the uploader line “%s” names who made it', (raw, name) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual([name]);
  });
});

describe('a manual’s or a product page’s notice at its foot', () => {
  it.each([
    '本手册内容如有变动，恕不另行通知。©2026 某某电器 保留所有权利',
    '本说明书内容如有更新，恕不另行通知。',
    '产品外观及参数以实物为准，如有变更恕不另行通知。',
    '图片仅供参考，请以实物为准。',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it.each([
    '如有变动，公司将在官网通知用户。',
    '具体时间以实际情况为准。',
    '这份说明书如有错漏，欢迎读者指正。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a microblog’s, a short video’s and a Q&A site’s own lines', () => {
  it.each([
    ['2026-4-18 21:05 来自 iPhone客户端', '2026-04-18'],
    ['2026年4月18日 21:05 来自 微博 weibo.com', '2026-04-18'],
    ['4月18日 21:05 来自 HUAWEI Mate', undefined],
    ['@山城骑行小队 · 2天前', undefined],
    ['@山城骑行小队 · 2026-04-18', '2026-04-18'],
    ['视频号 · 某某文旅', undefined],
    ['快手 | 阿青的小院', undefined],
  ])('the post header “%s”', (raw, published) => {
    const found = furnitureLine(raw);
    expect(found).toBeDefined();
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe(published);
  });

  it.each([
    '4.8万 9132 2.6万 1877',
    '首页　动画　音乐　舞蹈　知识　科技　运动　汽车　生活　美食　　　登录　消息　动态　收藏　历史　投稿',
    '收起全文',
    '添加评论',
    '写回答',
    '查看全部 215 个回答',
    '阿青的小院的微博视频',
    '#春日骑行# #城市漫游#',
    '视频选集（2/6）　自动连播',
    'P4　04 电机选型与调试　15:22',
    '第3集　搭好底盘　08:41',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it.each([
    '#春日骑行#今天从江北出发，一路骑到了老码头。',
    '3月2日上午，来自全国各地的选手陆续报到。',
    '他的回答收起了全文的锋芒。',
    '快手和抖音的用户画像并不相同。',
    '首页改版以后，科技和汽车频道的流量都涨了。',
    '第3集里，他们终于搭好了底盘，准备下水。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });

  it.each([
    ['作者：阿青的小院　关注', ['阿青的小院']],
    ['报告人：某某大学 许明川 教授', ['许明川']],
  ])('“%s” names one person, not the button or the workplace', (raw, names) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toEqual(names);
  });
});

describe('a video page and a picture post', () => {
  it('lifts the uploader, the stats row and the tags, and dates the page', () => {
    const a = articleOf([
      '# 【实测】用三百块做一个会浇花的小车｜全流程开源',
      '',
      'UP主：老周的工作台　　关注 12.3万',
      '',
      '9.6万播放 · 2175弹幕 · 2026-04-11 20:30:05　　未经作者授权，禁止转载',
      '',
      '简介：',
      '去年夏天出差一个月，阳台上的花全枯了，于是决定做一台会自己浇花的小车。',
      '',
      '整个项目用了两个周末，材料不到三百块，代码和图纸都放在置顶评论里。',
      '',
      '小车　自动浇花　开源硬件　树莓派　DIY',
    ]);
    expect(a.meta?.published).toBe('2026-04-11');
    const body = bodyOf(a);
    expect(body).not.toContain('UP主');
    expect(body).not.toContain('弹幕');
    expect(body).not.toContain('自动浇花　开源硬件');
    expect(body).toContain('会自己浇花的小车');
  });

  it('lifts an account over its post time and client, and dates the post', () => {
    const a = articleOf([
      '# 某某市气象台的微博',
      '',
      '某某市气象台',
      '2026-4-18 21:05 来自 微博 weibo.com',
      '',
      '#春季强对流天气#【明天午后有雷阵雨】受冷空气影响，明天午后到夜间我市将有一次强对流天气过程，请市民注意防范。',
      '',
      '转发 326　评论 118　赞 2041',
    ]);
    expect(a.meta?.published).toBe('2026-04-18');
    const body = bodyOf(a);
    expect(body).not.toContain('某某市气象台\n');
    expect(body.split('\n')[0]).toMatch(/^#春季强对流天气#/u);
    expect(body).not.toContain('转发 326');
  });

  it('lifts a handle over its follow button and the image counter', () => {
    const a = articleOf([
      '# 三十岁辞职去学木工｜一年后的真实收入',
      '',
      '山间小鹿🦌',
      '关注',
      '',
      '（图片 1/5）',
      '',
      '去年这个时候我刚交了辞职信，今天来交一份答卷。',
      '',
      '第一年的收入不到原来的一半，但每天做的都是自己喜欢的事。',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('山间小鹿');
    expect(body).not.toContain('图片 1/5');
    expect(body).toContain('今天来交一份答卷');
  });
});

describe('a report’s or a speech’s speaker under its title', () => {
  it.each([
    ['某江市市长　韩知行', '韩知行'],
    ['某某省人民政府省长 林远舟', '林远舟'],
    ['市委书记　宋　清', '宋清'],
    ['某某区人大常委会主任　邵明川', '邵明川'],
    ['某某市中级人民法院院长 邵明川', '邵明川'],
    ['——在某某大学2026届毕业典礼上　某某大学校长　邵明川', '邵明川'],
    ['——2026年2月3日在某江市第九届人民代表大会第四次会议上　某江市市长　韩知行', '韩知行'],
    ['市长　韩知行　代表市人民政府向大会作报告', '韩知行'],
  ])('“%s” is the byline', (raw, name) => {
    expect(parseBylineLine(raw)?.byline.names).toEqual([name]);
  });

  it.each(['讲话人：韩知行', '致辞人：邵明川'])('the labelled “%s” names the speaker', (raw) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.byline?.names : undefined).toHaveLength(1);
  });

  it.each([
    '市长韩知行在会上作报告。',
    '市委书记　宋清强调，要抓好落实。',
    '各位代表',
    // an interview's guest under its title: not the writer
    '某某大学校长 邵明川',
    '某某医院院长　邵明川',
    '某某科技公司董事长 邵明川',
  ])('“%s” names nobody', (raw) => {
    expect(parseBylineLine(raw)).toBeUndefined();
  });

  it('reads the speaker of a work report under its occasion', () => {
    const a = articleOf([
      '# 政府工作报告',
      '',
      '——2026年2月3日在某江市第九届人民代表大会第四次会议上',
      '',
      '某江市市长　韩知行',
      '',
      '各位代表：',
      '',
      '现在，我代表市人民政府，向大会报告工作，请予审议。',
      '',
      '一、过去一年的工作',
      '',
      '过去一年，全市经济运行总体平稳，新建智能工厂十二家。',
    ]);
    expect(a.byline?.names).toEqual(['韩知行']);
    expect(bodyOf(a)).not.toContain('韩知行');
  });
});
