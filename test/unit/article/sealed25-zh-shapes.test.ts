// Chinese page shapes first met on the opened `sealed25` corpus half, each on new text written for these tests
// (placeholder names, offices, accounts and places), with probe lines of the same families beyond what the half
// shows: a credit field in a header's or a footer's row of fields (整理／撰稿／采写／执笔／文案／脚本 with the date, the
// counters and the platform's fields around it); a report's writer after their post (述职人：单位职务 某某); a knowledge
// base's creator and last editor (某某 创建于 … · 某某 最后编辑于 …); an office system's workflow fields and handling
// record (文号, 缓急, 拟稿, 会签, 签发, 某科 某某 2026-04-07 10:26：已阅); a short video's production fields (状态, 封面文字,
// 话题标签, 分镜, 配乐, 时长); an uploader's ask for the platform's buttons (关注 + 投币 + 收藏 = 一键三连). Sentences
// using the same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, paragraphsOf, parseLines } from './articles.ts';

const lifted = (raw: string) => furnitureLine(raw) !== undefined;
const namesOf = (raw: string) => {
  const found = furnitureLine(raw);
  return found?.kind === 'meta' ? found.byline?.names : undefined;
};

describe('a credit field in a row of the page’s fields', () => {
  it.each([
    ['整理：顾晚舟 · 2026-05-14 09:30 · 阅读 1.8万 · 原视频 BV1aB2c3D4e5', ['顾晚舟']],
    ['整理:顾晚舟 · 2026-05-14 09:30 · 阅读 1.8万', ['顾晚舟']],
    ['撰稿：林砚秋 ｜ 2026-04-02 ｜ 浏览 326', ['林砚秋']],
    ['采写：葛青禾 · 2026年4月2日 · 阅读 2,108', ['葛青禾']],
    ['来源：青禾日报 · 整理：周屿 · 2026-03-02', ['周屿']],
    ['整理：周屿 · 阅读 512', ['周屿']],
    ['执笔：苏望 ｜ 审核：程立 ｜ 2026-06-01', ['苏望']],
    ['账号：@骨科陶医生 ｜ 时长：58秒 ｜ 拍摄日期：5月3日 ｜ 脚本：郁清 ｜ 审稿：陶然', ['郁清']],
    ['账号：@儿科叶医生 ｜ 预计时长：2分10秒 ｜ 文案：贺知言 ｜ 审稿：叶蓁', ['贺知言']],
    ['文案：贺知言 ｜ 出镜：宋小满 ｜ 剪辑：阿杰', ['贺知言']],
  ])('“%s” names the writer', (raw, names) => {
    expect(namesOf(raw)).toEqual(names);
  });

  it('the row’s date is the page’s', () => {
    const found = furnitureLine('整理：顾晚舟 · 2026-05-14 09:30 · 阅读 1.8万 · 原视频 BV1aB2c3D4e5');
    expect(found?.kind === 'meta' ? found.meta.published : undefined).toBe('2026-05-14');
  });

  it('who put the page up is never the writer', () => {
    expect(namesOf('发布者：党委宣传部 · 2026-04-08 · 浏览 88')).toBeUndefined();
  });

  it.each([
    '整理这份材料花了三天，阅读的人却不多。',
    '撰稿人要在2026-04-02前交稿，逾期不再收稿。',
    '文案写得再好，也要审稿通过才能发布。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a report’s writer after their post', () => {
  it.each([
    ['述职人：白岭县农业农村局党组书记、局长 严守田', ['严守田']],
    ['述职人:青川区卫健委党委委员、副主任 柯予安', ['柯予安']],
    ['汇报人：澄湖科技有限公司研发部 经理　周宁', ['周宁']],
    ['述职人：邵允之', ['邵允之']],
  ])('“%s” names the writer', (raw, names) => {
    expect(namesOf(raw)).toEqual(names);
  });

  it.each(['作者：王芳 李明', '作者：宣传部 李明'])('“%s” reads as before', (raw) => {
    expect(namesOf(raw)?.length).toBeGreaterThan(0);
    expect(namesOf(raw)).not.toContain('宣传部');
  });

  it.each(['述职人要在会上说明全年分管工作，再接受民主测评。', '汇报人由各科室推荐，名单周五前报办公室。'])(
    '“%s” stays text',
    (raw) => {
      expect(furnitureLine(raw)).toBeUndefined();
    },
  );
});

describe('a knowledge base’s creator and last editor', () => {
  it.each([
    ['邵允之 创建于 2026-01-15 · 黎可 最后编辑于 2026-02-20 10:05', ['邵允之']],
    ['钟离雪 创建于 2025-12-01 · 阅读 96', ['钟离雪']],
  ])('“%s”: the creator is the writer', (raw, names) => {
    expect(namesOf(raw)).toEqual(names);
  });

  it.each([
    '黎可 最后编辑于 2026-02-20 10:05',
    '最近由 黎可 修改于 2026-02-20',
    '方亦舟 更新于 2026-03-01 08:12',
  ])('“%s” is the page’s stamp, not a writer', (raw) => {
    const found = furnitureLine(raw);
    expect(found).toBeDefined();
    expect(found?.kind === 'meta' ? found.byline : undefined).toBeUndefined();
  });

  it.each(['最后编辑于哪一天，系统都会留下记录。', '这份文档创建于去年冬天，后来改过很多次。'])(
    '“%s” stays text',
    (raw) => {
      expect(furnitureLine(raw)).toBeUndefined();
    },
  );
});

describe('an office system’s workflow fields and handling record', () => {
  it.each([
    '【流程信息】 文号：澄教发〔2026〕9号 ｜ 缓急：平件 ｜ 密级：无 ｜ 拟稿：办公室 邬岚 ｜ 会签：财务科 ｜ 签发：局长 陶启明',
    '文号：澄教发〔2026〕9号 ｜ 紧急程度：普通 ｜ 公开方式：主动公开',
    '会签：计财科 方蕾 ｜ 核稿：邓远',
    '拟稿：基础教育科 邬岚',
    '签发人：陶启明',
    '办公室 邬岚 2026-04-07 10:26：已阅，请按此办理。',
    '基础教育科 严可 2026-04-09 16:40：已办结，请各科室知悉。',
    '同意。 陶启明 2026-04-08 09:12',
  ])('“%s” is the workflow’s', (raw) => {
    expect(lifted(raw)).toBe(true);
    expect(namesOf(raw)).toBeUndefined();
  });

  it.each([
    '文号和签发人由办公室统一登记，各科室不得自行编号。',
    '会签流程一般需要3个工作日，请提前准备材料。',
    '局长在2026-04-08的会上表示同意，并要求尽快办结。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a short video’s production fields', () => {
  it.each([
    '状态：已过审 ✅ 待剪辑',
    '审核状态：待复审',
    '封面文字：孩子发烧先别急？儿科医生教你三步',
    '封面标题：AI能看懂CT片吗？',
    '话题标签：#育儿 #发烧 #儿科医生',
    '分镜：近景—手部特写',
    '配乐：舒缓吉他',
    '预计时长：2分10秒',
    '时长：1分05秒 ｜ 状态：待审',
  ])('“%s” is the production’s', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it.each([
    '他最近的状态一直不错，医生说下周可以出院。',
    '封面文字要大一些，老人才看得清。',
    '话题标签能帮视频被更多人看到，但不要乱用。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('an uploader’s ask for the platform’s buttons', () => {
  it.each([
    '关注 + 投币 + 收藏 = 一键三连，感谢支持！',
    '点赞、投币、收藏走一波',
    '关注+点赞+收藏，拜托了！',
  ])('“%s” is the page’s', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it.each(['关注、投币和收藏的数量都在涨，说明观众认可。', '他关注了投币和收藏的变化，感谢支持的观众。'])(
    '“%s” stays text',
    (raw) => {
      expect(furnitureLine(raw)).toBeUndefined();
    },
  );
});

describe('whole pages', () => {
  it('a video column’s header row gives the compiler and the day; the ask leaves the body', () => {
    const a = articleOf([
      '首页 › 专栏 › 科技',
      '',
      '# 【弹幕整理】送餐机器人上岗一个月',
      '',
      '整理:顾晚舟 · 2026-05-14 09:30 · 阅读 1.8万 · 原视频 BV1aB2c3D4e5',
      '',
      '关注 + 投币 + 收藏 = 一键三连,感谢支持!',
      '',
      '这期视频拍的是南浦一家连锁餐厅的送餐机器人,从早市到晚高峰一共跑了 412 趟,弹幕最关心的是它会不会撞到小孩。',
    ]);
    expect(a.byline?.names).toEqual(['顾晚舟']);
    expect(a.meta?.published).toBe('2026-05-14');
    const body = bodyOf(a);
    expect(body).not.toContain('阅读 1.8万');
    expect(body).not.toContain('一键三连');
    expect(body).toContain('送餐机器人');
  });

  it('a script’s field row gives the writer; its status and cover fields leave the body', () => {
    const a = articleOf([
      '# 口播稿｜孩子发烧,先别急着吃药',
      '',
      '账号:@儿科叶医生 ｜ 预计时长:2分10秒 ｜ 拍摄日期:5月3日 ｜ 文案:贺知言 ｜ 审稿:叶蓁',
      '',
      '状态:已过审 ✅ 待剪辑',
      '',
      '孩子半夜发烧,家长第一反应往往是找退烧药。其实体温本身不是病,先看精神状态,再决定要不要去医院。',
      '',
      '封面文字:孩子发烧先别急?儿科医生教你三步',
      '话题标签:#育儿 #发烧 #儿科医生',
    ]);
    expect(a.byline?.names).toEqual(['贺知言']);
    const body = bodyOf(a);
    for (const gone of ['账号', '已过审', '封面文字', '话题标签']) expect(body).not.toContain(gone);
    expect(body).toContain('先看精神状态');
  });

  it('a knowledge base’s creator is the byline, not its last editor', () => {
    const a = articleOf([
      '知识库 / 运维平台 / 值班规范',
      '',
      '# 夜间值班交接规范(v1.4)',
      '',
      '邵允之 创建于 2026-01-15 · 黎可 最后编辑于 2026-02-20 10:05',
      '',
      '夜班值班人员须在交班前十分钟完成巡检记录,并在群内同步未关闭的告警。',
    ]);
    expect(a.byline?.names).toEqual(['邵允之']);
    expect(bodyOf(a)).not.toContain('最后编辑于');
  });

  it('a report’s writer after their post is the byline', () => {
    const a = articleOf([
      '# 2025年度个人述职报告',
      '',
      '述职人:白岭县农业农村局党组书记、局长 严守田',
      '',
      '一年来,我主要抓了高标准农田建设和农机智能化改造两件事,现将履职情况报告如下。',
    ]);
    expect(a.byline?.names).toEqual(['严守田']);
  });

  it('an office document’s workflow row and handling record leave the body', () => {
    const a = articleOf([
      '澄湖区教育局协同办公平台 > 公文管理 > 查看',
      '',
      '【流程信息】 文号:澄教发〔2026〕9号 ｜ 缓急:平件 ｜ 拟稿:办公室 邬岚 ｜ 会签:财务科 ｜ 签发:局长 陶启明',
      '',
      '# 关于做好春季学期校园安全检查的通知',
      '',
      '各中小学校:',
      '',
      '为切实做好春季学期校园安全工作,经研究,决定开展一次全面检查。请各校于4月20日前完成自查并报送结果。',
      '',
      '【办理意见】',
      '办公室 邬岚 2026-04-07 10:26:已阅,请按此办理。',
    ]);
    expect(a.byline).toBeUndefined();
    const body = bodyOf(a);
    for (const gone of ['文号', '拟稿', '签发', '已阅']) expect(body).not.toContain(gone);
    expect(body).toContain('完成自查');
  });
});

describe('a site’s cookie banner', () => {
  it.each([
    '本網站使用Cookie以提升瀏覽體驗，繼續瀏覽即表示您同意本站隱私權政策。[我知道了]',
    '本网站使用Cookie以提升浏览体验，继续浏览即表示您同意本站隐私政策。',
    '我们使用Cookie来改善您的体验。了解更多【接受】',
    '本站使用Cookie。继续使用即表示您同意我们的隐私政策。',
  ])('“%s” is the page’s', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it.each([
    '这家公司用Cookie追踪用户，被罚款200万元。',
    '我们使用Cookie的做法引发了用户投诉。',
    '本網站的Cookie政策下月起調整，使用者可自行關閉追蹤。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a picture’s caption and credit on one line, and a code’s prompt under its picture', () => {
  it('the alt text printed again with its credit after a wide space: the caption and the credit', () => {
    const a = articleOf([
      '# 关于五一假期南湾湿地公园预约入园的公告',
      '',
      '假期期间公园实行分时预约，未预约游客不能入园。',
      '',
      '![南门入口的人脸识别闸机](https://example.org/gate.jpg)',
      '',
      '南门入口的人脸识别闸机　公园管理处供图',
      '',
      '请游客提前通过小程序预约，并按预约时段入园。',
    ]);
    expect(a.figures?.[0]?.caption).toBe('南门入口的人脸识别闸机');
    expect(a.figures?.[0]?.credit).toBe('公园管理处供图');
  });

  it('a prompt to scan under a picture with no alt text is its caption', () => {
    const a = articleOf([
      '# 社区卫生服务中心疫苗接种须知',
      '',
      '接种实行预约制，请提前一天预约，到场后出示预约码。',
      '',
      '![](https://example.org/qr.png)',
      '',
      '扫码预约接种',
      '',
      '咨询电话：0571-0000XXXX',
    ]);
    expect(a.figures?.some((f) => f.caption === '扫码预约接种')).toBe(true);
    expect(bodyOf(a)).not.toContain('扫码预约接种');
  });
});

describe('a script’s production note', () => {
  it.each([
    '备注：第三段的数据来自门诊内部统计，发布前请主任再确认一遍能否公开。',
    '剪辑备注：第3镜换成竖屏素材，字幕请用黑体。',
    '备注:拍摄前记得把诊室的病历收起来。',
  ])('“%s” is the team’s, not the audience’s', (raw) => {
    expect(lifted(raw)).toBe(true);
  });

  it.each(['备注：请携带身份证和预约码。', '备注：报名前请确认自己符合条件。'])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('joins: a coverb cut before its verb, and lines whole by themselves', () => {
  const cutOffs = (lines: string[]) =>
    parseLines(lines)
      .diagnostics.filter((d) => d.code === 'cut-off-sentence')
      .map((d) => d.line);

  it('a clause cut after a coverb and its object goes on with the verb’s phrase', () => {
    const a = articleOf([
      '# 口播稿｜挂号别再排长队',
      '',
      '最省事的办法是:通过小程序',
      '',
      '把就诊时间选好,到点直接去诊室门口等叫号。',
    ]);
    expect(paragraphsOf(a)).toContain('最省事的办法是：通过小程序把就诊时间选好，到点直接去诊室门口等叫号。');
  });

  it('a clause cut on a word is not joined to a short sentence with its own subject and verb: it is warned about', () => {
    const lines = [
      '# 关于开展社区智慧养老试点的通知',
      '',
      '各街道:',
      '',
      '区民政局统一采购健康监测设备,为试点社区提供',
      '',
      '老人数据全部保存在区政务云内。',
      '',
      '请各街道于5月10日前报送试点名单。',
    ];
    const body = paragraphsOf(articleOf(lines));
    expect(body).toContain('老人数据全部保存在区政务云内。');
    expect(cutOffs(lines)).toContain(5);
  });

  it('after a comma a clause with its own subject still goes on', () => {
    const a = articleOf([
      '# 罕见病辅助诊断系统上线',
      '',
      '医院遗传科主任介绍,罕见病患者平均要辗转多家医院才能确诊,',
      '',
      '系统上线两周已协助确诊了3例。',
    ]);
    expect(paragraphsOf(a).join('\n')).toContain('才能确诊，系统上线两周已协助确诊了3例。');
  });

  it('a sentence cut before the comment area is not joined to a comment’s stamp', () => {
    const lines = [
      '# 测试集群使用规范',
      '',
      '## 常见问题',
      '',
      '确需扩容的,在工单中说明理由,平台组每月统一评审',
      '',
      '评论(2)',
      '',
      '岑远 2026-02-11',
      '能不能改成每两周评审一次?',
    ];
    expect(bodyOf(articleOf(lines))).not.toContain('统一评审岑远');
    expect(cutOffs(lines)).toContain(5);
  });
});

describe('the credit row’s other separators and orders (probed beyond the half)', () => {
  it.each([
    ['文/顾晚舟　2026-05-14　阅读 1.8万', ['顾晚舟']],
    ['整理｜顾晚舟 · 2026-05-14', ['顾晚舟']],
    ['整理 顾晚舟 · 2026-05-14', ['顾晚舟']],
    ['顾晚舟 整理 · 2026-05-14 · 阅读 1.8万', ['顾晚舟']],
    ['本文作者：顾晚舟 · 发布于 2026-05-14 · 3分钟阅读', ['顾晚舟']],
    ['执笔 / 苏望 ｜ 2026.06.01', ['苏望']],
    ['由 邵允之 创建于 2026-01-15 · 阅读 12', ['邵允之']],
    ['邵允之 · 创建于 2026-01-15 · 阅读 12', ['邵允之']],
    ['创建者：邵允之 · 创建时间：2026-01-15 · 最近修改：2026-02-20', ['邵允之']],
    ['原创 整理：顾晚舟 · 2026-05-14', ['顾晚舟']],
    ['文案：贺知言 · 时长 1分40秒 · 已过审', ['贺知言']],
    ['整理：盧知秋 · 2026-03-08 · 閱讀 3.2萬', ['盧知秋']],
  ])('“%s” names the writer', (raw, names) => {
    expect(namesOf(raw)).toEqual(names);
  });

  it('a post’s header with its account after the writer keeps the account as the source', () => {
    const found = furnitureLine('原创 文/孟川 科创桐川 2026年05月20日 09:30 江苏');
    expect(found?.kind === 'meta' ? found.meta.source : undefined).toBe('科创桐川');
    expect(namesOf('原创 文/孟川 科创桐川 2026年05月20日 09:30 江苏')).toEqual(['孟川']);
  });

  it.each(['他整理了一份名单 · 共12人', '文字整理得很仔细，2026年还会再出一版。'])(
    '“%s” names no writer',
    (raw) => {
      expect(namesOf(raw)).toBeUndefined();
    },
  );
});

describe('more of the workflow’s and the script’s lines (probed beyond the half)', () => {
  it.each([
    '会签意见：同意。 财务科 方蕾 2026-04-07 10:26',
    '局长 陶启明 2026-04-08 09:12 同意',
    '已办结',
    '流程已结束',
    '时长：1分30秒',
    '预计发布：3月15日',
  ])('“%s” is the page’s', (raw) => {
    expect(lifted(raw)).toBe(true);
    expect(namesOf(raw)).toBeUndefined();
  });

  it.each(['这件事已办结了三个月，群众仍不满意。', '时长1分30秒的视频，完播率只有两成。'])(
    '“%s” stays text',
    (raw) => {
      expect(furnitureLine(raw)).toBeUndefined();
    },
  );
});
