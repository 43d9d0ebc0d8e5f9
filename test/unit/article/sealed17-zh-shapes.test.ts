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
    for (const raw of [
      '（記者林柏翰攝）',
      '記者林柏翰攝',
      '（记者 林柏翰 摄）',
      '本报记者邱雨桐摄',
      '記者 林柏翰 攝',
      '（圖／記者林柏翰攝）',
      '記者林柏翰／攝',
      '中央社記者林柏翰攝 115年9月2日',
    ]) {
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

const headingsOf = (a: ReturnType<typeof articleOf>) => a.sections.map((s) => s.heading);

describe('a case release’s bracketed part heads', () => {
  const release = (open: string, close: string, heads: string[]) =>
    articleOf([
      '# 擅自抓取他人直播画面训练数字人模型被判侵权——云屿中院发布典型案例',
      '',
      '来源：云屿市中级人民法院　　发布时间：2026-10-12',
      '',
      `${open}${heads[0]}${close}`,
      '',
      '原告韦某系某平台主播，被告公司未经许可下载其直播录像约500小时，用于训练数字人形象模型并对外销售。',
      '',
      `${open}${heads[1]}${close}`,
      '',
      '法院认为，被告的行为侵害了原告的肖像权和个人信息权益，判令其停止侵权并赔偿损失18万元。',
      '',
      `${open}${heads[2]}${close}`,
      '',
      '本案明确了利用他人影像训练模型须取得授权，对规范数字人产业具有示范作用。',
    ]);

  it('open the release’s sections, bold or plain, Simplified or Traditional', () => {
    for (const [open, close] of [
      ['**', '**'],
      ['', ''],
    ])
      for (const heads of [
        ['【基本案情】', '【裁判结果】', '【典型意义】'],
        ['【案情简介】', '【裁判要旨】', '【法官说法】'],
        ['【案情回顾】', '【争议焦点】', '【法条链接】'],
      ]) {
        const a = release(open!, close!, heads);
        expect(headingsOf(a), heads.join()).toEqual(heads);
        expect(bodyOf(a)).toContain('判令其停止侵权');
      }
  });

  it('open the sections of a release in Traditional characters', () => {
    const a = articleOf([
      '# 擅自擷取他人直播畫面訓練數位人模型　法院判賠',
      '',
      '**【案情簡介】**',
      '',
      '原告韋某為直播主，被告公司未經同意下載其直播錄影約500小時，用於訓練數位人模型並對外銷售。',
      '',
      '**【裁判結果】**',
      '',
      '法院認為被告侵害原告肖像權及個人資料權益，判決被告停止侵權並賠償新臺幣80萬元。',
      '',
      '**【法官說法】**',
      '',
      '利用他人影像訓練模型，應事先取得本人同意，否則須負賠償責任。',
    ]);
    expect(headingsOf(a)).toEqual(['【案情簡介】', '【裁判結果】', '【法官說法】']);
  });

  it('stay inside the parts of a page that has headings', () => {
    const a = articleOf([
      '# 云屿中院发布三起典型案例',
      '',
      '## 案例一：主播诉某科技公司肖像权纠纷案',
      '',
      '**【基本案情】**',
      '',
      '原告韦某系某平台主播，被告公司未经许可使用其直播录像训练模型。',
      '',
      '**【裁判结果】**',
      '',
      '法院判令被告停止侵权并赔偿损失。',
      '',
      '## 案例二：某公司诉前员工商业秘密案',
      '',
      '被告离职前拷贝了模型参数文件。',
    ]);
    expect(headingsOf(a)).toEqual([
      '案例一：主播诉某科技公司肖像权纠纷案',
      '案例二：某公司诉前员工商业秘密案',
    ]);
  });

  it('are not a rumour check’s tags, a row of links, or a head met once', () => {
    const tags = articleOf([
      '# 网传“无人机将全面替代快递员”？不实',
      '',
      '**【网传】**',
      '',
      '近日，一则消息称本市快递员下月起将全部由无人机替代。',
      '',
      '**【真相】**',
      '',
      '市邮政管理局表示，无人机配送仅在两个园区试点，该消息系谣言。',
    ]);
    expect(tags.sections.length).toBe(1);
    const once = articleOf([
      '# 云屿中院审结一起数字人侵权案',
      '',
      '**【法官说法】**',
      '',
      '利用他人影像训练模型，应当事先取得本人同意。',
    ]);
    expect(once.sections.length).toBe(1);
    expect(bodyOf(once)).toContain('事先取得本人同意');
    for (const raw of ['【相关阅读】', '【打印】', '【网传】'])
      expect(line(raw)?.kind, raw).toBe('furniture');
    for (const raw of ['【基本案情】', '【裁判結果】', '【法官提示】'])
      expect(line(raw), raw).toBeUndefined();
  });
});

describe('list entries in bold inside a numbered part', () => {
  const notice = (entries: string[]) =>
    articleOf([
      '# 云屿理工大学机器人学院2027年招聘启事',
      '',
      '## 一、学院概况',
      '',
      '学院成立于2020年，现有教职工98人，设有机器人工程、智能制造两个本科专业。',
      '',
      '## 二、岗位及要求',
      '',
      ...entries.flatMap((e) => [e, '']),
      '## 三、待遇',
      '',
      '提供有竞争力的薪酬和科研启动经费，协助解决子女入学。',
      '',
      '## 四、应聘方式',
      '',
      '请将简历发送至学院人事邮箱，邮件主题注明应聘岗位。',
    ]);

  it('are the part’s entries, not sections', () => {
    for (const entries of [
      [
        '**特聘教授**：在机器人领域取得国际公认的成就，年龄一般不超过50周岁。',
        '**青年研究员/“启航”岗**：具有博士学位和两年以上海外研究经历。',
        '**专职科研人员**：具有博士学位，能独立开展实验平台建设。',
      ],
      ['**教授岗**：取得突出的学术成就。', '**讲师岗**：具有博士学位。'],
    ]) {
      const a = notice(entries);
      expect(headingsOf(a)).toEqual(['一、学院概况', '二、岗位及要求', '三、待遇', '四、应聘方式']);
      expect(bodyOf(a)).toContain('具有博士学位');
    }
  });

  it('leave a brief whose numbered parts all hold items to its items', () => {
    const a = articleOf([
      '# 云屿人工智能产业周报（第12期）',
      '',
      '## 一、企业动态',
      '',
      '**云屿智驾完成新一轮融资**：公司宣布完成5亿元B轮融资，资金将用于车规级芯片研发。',
      '',
      '**海棠机器人发布新款协作臂**：新产品负载提升至12公斤，面向电子装配场景。',
      '',
      '## 二、政策速递',
      '',
      '**市工信局出台算力券实施细则**：中小企业可申领最高50万元算力券。',
      '',
      '**数据交易所上线医疗数据专区**：首批挂牌数据产品23个。',
    ]);
    expect(headingsOf(a)).toEqual([
      '云屿智驾完成新一轮融资',
      '海棠机器人发布新款协作臂',
      '市工信局出台算力券实施细则',
      '数据交易所上线医疗数据专区',
    ]);
  });
});
