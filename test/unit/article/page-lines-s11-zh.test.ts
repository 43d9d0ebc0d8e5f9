// Session 11, the page-line probe (zh): Chinese page lines probed beyond the corpus, as families — a message board's
// and a tender's record (its number, its fields in a row, its state, its period), rows of a page's buttons, links and
// tags, minutes' header fields and issue numbers, a judgment's signatures, contact fields, disclaimers and review
// credits, reference lists, site footers, counters, a forum's floor and login prompt, a transcript's sound tags, a
// short video's sound and place, index quotes, app account headers, Taiwan bylines in mid-story — and sentences with
// the same words that stay text. New text written for these tests, not the probe's lines.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { simplifiedInPlace } from '../../../functions/core/hans.ts';
import { articleOf, bodyOf } from './articles.ts';

const read = (raw: string) => furnitureLine(simplifiedInPlace(raw))?.what;

const FURNITURE = [
  // a record's number, fields, state, period
  '信件编号：XJ20251102-3371',
  '工单编号：GD-2026-004512',
  '采购编号：HYCG2026-0427',
  '案号：（2026）苏0102民初188号',
  '处理状态：办理中 | 评价：基本满意',
  '职位名称：数据分析师 | 招聘人数：3人 | 工作地点：武汉',
  '项目名称：校园安防升级 ｜ 采购方式：竞争性磋商 ｜ 预算金额：120万元',
  '开盘价：12.40元　最高价：12.96元',
  '回复状态：已回复',
  '公告期：2026年5月6日至2026年5月12日',
  '政务公开方式：依申请公开',
  // rows of buttons, links, tags
  '我要咨询　我要投诉　办事指南',
  '网站首页 | 机构设置 | 政策文件 | 办事服务',
  '申请职位　收藏　转发',
  '双休｜包食宿｜年终奖｜弹性工作',
  '会员注册　｜　资料下载　｜　联系我们',
  '◀ 上一版　　下一版 ▶',
  '友情链接：省商务厅　市贸促会　市中小企业服务中心',
  '已赞同 1,208　　添加评论　　分享　　收藏',
  '版面导航',
  '举报 / 纠错',
  // minutes, bulletins, judgments
  '主持人：副市长 孙立新',
  '出席：各区分管负责同志',
  '〔2025〕第12期',
  '总第205期',
  '审判长　李　明',
  '人民陪审员 王秀兰',
  '与原本核对无误',
  // contact, disclaimers, review credits, references, footers
  '投稿邮箱：tougao@example-news.cn',
  '服务热线：400-820-XXXX',
  '特别提示：以上信息仅供参考，请以官方公布为准。',
  '请仔细阅读本报告末页的重要声明',
  '创作声明：本视频含AI合成画面',
  '本文经省医学会专家审校',
  '审核专家：北方医科大学附属医院 主任医师 刘军',
  '参考资料：[1] 张某. 城市饮用水安全评价[J]. 环境科学, 2021.',
  '传言：吃味精会导致脱发？',
  '本网站由市委宣传部主管，市融媒体中心主办',
  '江北日报社主办　电子版',
  '东江大学人力资源处',
  '著作权归原作者所有',
  // counters, floors, prompts, transcripts, short videos, finance, app pages
  '观看 12.4万 · 弹幕 865 · 2026-04-02 19:30:12',
  '浏览: 1530｜回复: 27',
  '已有 5.6万 人浏览',
  '15楼',
  '12#',
  '#7',
  '需要登录后才能发帖 登录 | 注册',
  '[掌声]',
  '【直播提醒】周日上午10点准时开播',
  '🎶 热门音乐 - 春日序曲',
  '📍 江城·汉正街',
  '+ 关注',
  '关注主播，不迷路！',
  '点赞、收藏、转发，一键三连吧',
  '深证成指 10,482.33 ▼ -0.87%',
  '相关个股：远帆电子 -1.52%',
  '看涨　看跌　｜　相关个股：远帆电子 -1.52%',
  '更多快讯 >>',
  '头条号作者：街巷笔记　2026-05-02 09:40 · 湖北',
  '💬 说点什么...',
  '...阅读全文',
  '编辑于 04-12 10:05　著作权归作者所有',
  // Taiwan and Hong Kong
  '記者陳冠宇／高雄報導',
  '海峽社記者林書豪台中3日電',
  '2026/05/03 09:12（最後更新：2026/05/03 11:40）',
  '看更多！請追蹤《南風日報》IG帳號',
  '二〇二五年十二月三十日',
  // single fields of a record, headers, tags, a platform's word
  '回复部门：区城管局',
  '成交供应商：北辰信息技术有限公司',
  '投资评级：增持（首次）',
  '薪酬待遇：面议',
  '审 判 员　赵　刚',
  '〔記者吳佳穎／新北報導〕',
  '敬请参阅报告末页的特别声明',
  '行业研究报告 ｜ 深度报告',
  '本期共16版',
  '#周末去哪儿 #城市漫步',
  '@江城美食家',
  '只看楼主',
  '回复　引用　举报',
  '本文来自城事号，仅代表作者观点，不代表本平台立场',
  '首页推荐　本地新闻　便民服务　专题活动',
];

const TEXT = [
  '市场监管部门提醒，网店不能仅以“如有侵权请联系删除”为由转载他人作品。',
  '记者查询信件编号发现，该信件在系统中已显示办理完毕。',
  '主持人在节目中说，公示期内共收到群众意见12条。',
  '会议由副市长孙立新主持，出席会议的还有各区分管负责同志。',
  '审判长李明在宣判时说，被告人当庭认罪悔罪。',
  '协会秘书处介绍，会员注册和资料下载均已实现线上办理。',
  '该股当日下跌0.87%，成交额较前一日放大两成。',
  '专家提醒，网传“吃味精会导致脱发”的说法没有科学依据。',
  '他说，这条视频发布后三天内播放量超过12万。',
  '楼主称，他在15楼住了八年，从未见过物业公开账目。',
  '记者登录该网站发现，首页仍挂着三年前的办事指南。',
  '人事处负责人表示，今年将招聘数据分析师3人，工作地点在武汉。',
  '采购人表示，项目将于下月开工，中标金额尚未公布。',
  '评级机构认为，该公司偿债能力保持稳定。',
  '主播：大家好，欢迎来到今晚的直播间',
  '这档节目由科普中国出品，共十二集。',
  '会员服务、行业资讯和政策法规三个栏目将合并。',
  '本文来自记者的实地调查，采访对象均为化名。',
];

describe('session 11 zh page lines, read whole', () => {
  it.each(FURNITURE)('%s is the page’s', (raw) => {
    expect(read(raw)).toBeDefined();
  });
  it.each(TEXT)('%s is text', (raw) => {
    expect(read(raw)).toBeUndefined();
  });
});

const STORY = [
  '市政府今年将新建社区食堂40家，覆盖老年人口10万人。',
  '据介绍，食堂将优先在老旧小区布点。',
  '市民政局表示，年底前将完成首批建设。',
];

describe('session 11 zh page lines in a story section', () => {
  const placed = (line: string) => [
    '# 某市推进社区食堂建设',
    '',
    STORY[0]!,
    '',
    '## 一、建设安排',
    '',
    STORY[1]!,
    '',
    line,
    '',
    STORY[2]!,
  ];
  it.each(FURNITURE)('lifts %s', (line) => {
    const body = bodyOf(articleOf(placed(line)));
    expect(body).not.toContain(line);
    for (const s of STORY) expect(body).toContain(s);
  });
  it.each(TEXT)('keeps %s', (line) => {
    expect(bodyOf(articleOf(placed(line)))).toContain(line);
  });
});
