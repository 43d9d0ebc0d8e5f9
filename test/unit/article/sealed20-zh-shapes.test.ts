// Chinese page shapes first met on the opened `sealed20` corpus half, each on new text written for these tests
// (placeholder names, schools, courses and sites): a wiki entry's edit banner; a parent notice's tear-off slip under
// its cut line (回执, the declaration, the fields); a course page's run, enrolment counter, tab bar with counts, rating
// with a review and footer bar; a standards platform's bracketed buttons, its disclaimer with footer links and the
// publication date in its record table; an OCR'd magazine's running header (name, issue, column), its page numbers
// between dots and a sentence joined across the page break; a Q&A answer's writer over their bio. Sentences of the
// same words stay text.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../functions/core/article/furniture.ts';
import { articleOf, bodyOf, parseLines } from './articles.ts';

describe('a page widget read whole', () => {
  it.each([
    // a wiki's banner over an entry
    '本词条缺少信息栏、名片图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！',
    '该词条缺少概述图，欢迎补充完善',
    '本词条由“科普中国”科学百科词条编写与应用工作项目审核',
    '本词条是多义词，共4个义项',
    // a course's run, alone or before its fields
    '第3次开课',
    '第12期开班　开班时间：2026年9月1日 ~ 2026年12月20日　学时：每周2小时',
    // enrolment and Q&A counters
    '已有 8,315 人参加',
    '已有3.2万人报名',
    '12,406人已参加',
    '被浏览 12,904　关注者 356',
    '关注者 1,203　被浏览 2.1万',
    // tab bars with counts
    '课程介绍　|　评价（96）　|　讨论区',
    '回答（45）｜评论（12）｜相关问题',
    // a rating, with a review after it
    '课程评价　4.6分',
    '综合评分 9.2分（1,024人评价）',
    '用户评分　4.9分　“讲得清楚，作业也有用。”——学员 王**',
    '第10次开课　开课时间：2026年9月1日 - 2026年12月30日',
    '1,024 人赞同了该回答',
    '评分 4.9',
    '4.8分　328人评价',
    '立即报名',
    '加入学习',
    '本站信息来源于网络，本站不对其真实性负责。',
    // a row of bracketed buttons
    '【下载全文（需登录）】　【加入对比】　【收藏】',
    '【在线预览】【下载标准】',
    // the foot's bar
    '下载APP，随时学习　|　关于我们　|　帮助中心　|　©2026 云帆课堂',
    // a platform's disclaimer, alone and with the footer's links
    '本网站信息由用户自行上传，网站不对其真实性负责。',
    '本平台公开信息由各单位自行填报，平台不承担相应责任。　　意见反馈　|　使用帮助',
    // a magazine's running header: name, issue line, column
    '远航人 2026年第2期（总第41期）　　人物',
    '青禾 2025年第11期(总第128期)          一线故事',
  ])('“%s” is the page’s', (raw) => {
    expect(furnitureLine(raw)).toBeDefined();
  });

  it('a course’s dates are not the page’s', () => {
    expect(furnitureLine('第10次开课　开课时间：2026年9月1日 - 2026年12月30日')?.kind).toBe('furniture');
  });

  it('a generic word for a magazine before its issue line names no source', () => {
    const found = furnitureLine('内刊 2026年第1期');
    expect(found?.kind === 'meta' ? found.meta.source : undefined).toBeUndefined();
  });

  it('a magazine’s running header names the magazine as the source', () => {
    const found = furnitureLine('远航人 2026年第2期（总第41期）　　人物');
    expect(found?.kind === 'meta' ? found.meta.source : undefined).toBe('远航人');
  });

  it.each([
    '本词条介绍的是一种常见的机器人关节结构。',
    '第3次开课时，报名人数比前两次多了一倍。',
    '已有12,406人参加了这门课程，其中不少是在职医生。',
    '被浏览最多的回答来自一位放射科医生。',
    '课程评价4.8分，在同类课程中排名第一。',
    '该平台评分4.6分，但不少用户反映客服响应慢。',
    '【案情回顾】',
    '本平台不对入驻商家的资质负责的说法，被法院驳回。',
    '课程详情见附件，评价标准另行通知。',
    '关于我们的工作，群众评价很高。',
    '共1,024人赞同了这个观点。',
    '评分4.9，高于去年。',
    '已有 120 人报名参加本次活动',
    '截至目前已有1.2万人参加',
    '第3次开课后，学员人数翻了一番。',
    '相关展览还将在明年巡展。',
  ])('“%s” stays text', (raw) => {
    expect(furnitureLine(raw)).toBeUndefined();
  });
});

describe('a parent notice’s tear-off slip', () => {
  const notice = (cut: string) => [
    '# 关于开展校园安全教育周活动的通知',
    '',
    '各位家长：',
    '',
    '学校将于下周开展校园安全教育周活动，请家长配合做好孩子的安全教育，提醒孩子遵守交通规则。',
    '',
    '感谢您的支持！',
    '',
    '青禾路小学德育处',
    '',
    '2026年4月7日',
    '',
    cut,
    '',
    '**回执**',
    '',
    '我已知晓《关于开展校园安全教育周活动的通知》，会配合学校做好孩子的教育。',
    '',
    '学生姓名：________　家长签名：________',
    '',
    '（请于4月10日前交班主任）',
    '',
    '审核：邵雯　编辑：何小满',
  ];

  it.each([
    '------------------ ✂ 请沿此线剪下 ------------------',
    '- - - - - - - - 沿虚线剪下 - - - - - - - -',
    '✂--------------------------------------------',
    '………………请沿此线裁下………………',
    '✄- - - - - - - - - - - - - - -',
    '--------------------裁剪线--------------------',
    '———— 回执（请剪下交回）————',
    '========== 剪下此联 ==========',
  ])('under “%s” the slip is not the notice', (cut) => {
    const a = articleOf(notice(cut));
    const body = bodyOf(a);
    expect(body).toContain('学校将于下周开展校园安全教育周活动');
    expect(body).not.toContain('沿');
    expect(body).not.toContain('回执');
    expect(body).not.toContain('我已知晓');
    expect(body).not.toContain('交班主任');
    expect(a.meta?.editor).toBe('何小满');
  });

  it('a rule of dashes alone is no cut line: the text after it stays', () => {
    const lines = notice('————————————');
    const body = bodyOf(articleOf(lines));
    expect(body).toContain('我已知晓');
  });
});

describe('a course page', () => {
  it('its run, counters and tabs stay out of the lead, and its syllabus weeks are never joined', () => {
    const a = articleOf([
      '首页 > 全部课程 > 计算机 > 机器学习实战',
      '',
      '# 机器学习实战',
      '',
      '第5次开课　开课时间：2026年9月7日 ~ 2026年12月20日　学时安排：每周4小时',
      '',
      '已有 9,120 人参加',
      '',
      '课程详情　|　课程评价（211）　|　讨论区',
      '',
      '## 课程概述',
      '',
      '本课程带学员从数据清洗做起，完成三个完整的机器学习项目，每一讲都配有在线练习。',
      '',
      '## 课程大纲',
      '',
      '第1周　机器学习的数据从哪里来：表格、图像、文本与传感器信号',
      '',
      '第2周　线性模型入门：最小二乘、逻辑回归与正则化',
      '',
      '第3周　决策树、随机森林与梯度提升的原理和调参',
      '',
      '第4周　模型上线与监控',
      '',
      '## 常见问题',
      '',
      '学完能拿到证书吗？可以，成绩合格即可申请。',
      '',
      '课程评价　4.7分　“练习很扎实。”——学员 林**',
      '',
      '下载APP，随时学习　|　关于我们　|　联系我们　|　©2026 云帆课堂',
    ]);
    const body = bodyOf(a);
    for (const gone of ['第5次开课', '9,120', '课程评价', '下载APP', '©2026'])
      expect(body).not.toContain(gone);
    expect(body).toContain('传感器信号\n第2周');
    expect(body).toContain('与正则化\n第3周');
    expect(body).toContain('原理和调参\n第4周');
  });
});

describe('a syllabus’s items', () => {
  it('raise no cut-off warning between them nor before the next part', () => {
    const r = parseLines([
      '# 机器学习实战',
      '',
      '## 课程大纲',
      '',
      '第1周　机器学习的数据从哪里来：表格、图像、文本与传感器信号',
      '',
      '第2周　线性模型入门：最小二乘、逻辑回归与正则化',
      '',
      '第3周　决策树、随机森林与梯度提升的原理和调参',
      '',
      '## 授课团队',
      '',
      '林澈　云帆大学计算机学院副教授，研究方向为机器学习。',
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'cut-off-sentence')).toEqual([]);
  });

  it('a paragraph cut before a numbered week is still warned about when it is no item', () => {
    const r = parseLines([
      '# 机器学习实战',
      '',
      '本课程的期末项目要求学员独立完成一个完整的分类任务，并且需要',
      '',
      '第8周　期末项目：提交代码和报告',
    ]);
    expect(r.diagnostics.some((d) => d.code === 'cut-off-sentence')).toBe(true);
  });
});

describe('a standards platform’s page', () => {
  it('drops its buttons and disclaimer and reads the date from its record table', () => {
    const a = articleOf([
      '# 智能巡检机器人 通用技术条件',
      '',
      '## 基本信息',
      '',
      '| 标准编号 | T/ABC 003—2026 |',
      '|---|---|',
      '| 发布日期 | 2026-04-15 |',
      '| 实施日期 | 2026-07-01 |',
      '',
      '【下载全文（需登录）】　【加入对比】　【收藏】',
      '',
      '## 范围',
      '',
      '本文件规定了变电站巡检机器人的技术要求和试验方法，适用于室内外轮式巡检机器人。',
      '',
      '本平台标准信息由团体自行公开，平台不对其内容负责。　　意见反馈　|　使用帮助',
    ]);
    const body = bodyOf(a);
    expect(a.meta?.published).toBe('2026-04-15');
    expect(body).not.toContain('加入对比');
    expect(body).not.toContain('不对其内容负责');
    expect(body).toContain('实施日期');
  });

  it('an implementation date alone in the table is not the publication date', () => {
    const a = articleOf([
      '# 智能巡检机器人 通用技术条件',
      '',
      '| 实施日期 | 2026-07-01 |',
      '|---|---|',
      '',
      '本文件规定了变电站巡检机器人的技术要求和试验方法，适用于室内外轮式巡检机器人。',
    ]);
    expect(a.meta?.published).toBeUndefined();
  });
});

describe('an OCR’d in-house magazine', () => {
  it('lifts its running header and page numbers, reads its name as the source, and joins across the page', () => {
    const a = articleOf([
      '远航人 2026年第2期(总第41期)                              人物',
      '',
      '# 码头上的“数据女工”',
      '',
      '文/图 苏晚',
      '',
      '在远航物流二号仓的分拣线旁,三十八岁的',
      '郑秋云每天要核对上千条扫码记录。她说,系统',
      '出错的地方,往往就是新来的员工最容易忽略的。',
      '',
      '仓储部负责人丁亮介绍,去年起公司开始培训老员工给分拣系统标注数据。“老员工',
      '',
      '                    ·8·',
      '',
      '远航人 2026年第2期(总第41期)                              人物',
      '',
      '最清楚哪里会出错。”',
      '',
      '(责任编辑:蓝若)',
      '',
      '                    ·9·',
    ]);
    const body = bodyOf(a);
    expect(a.meta?.source).toBe('远航人');
    expect(a.byline?.names).toEqual(['苏晚']);
    expect(body).toContain('在远航物流二号仓的分拣线旁，三十八岁的郑秋云');
    expect(body).toContain('“老员工最清楚哪里会出错。”');
    expect(body).not.toContain('·8·');
    expect(body).not.toContain('总第41期');
  });
});

describe('a Q&A answer', () => {
  it('reads the writer over their bio and drops the counters', () => {
    const a = articleOf([
      '# 文科生转行做数据分析难吗？',
      '',
      '被浏览 12,904　关注者 356',
      '',
      '梁知秋',
      '某电商平台数据分析负责人，前中学语文老师',
      '',
      '谢邀。我从语文老师转行到数据分析，用了一年半，说说我的经历。',
      '',
      '## 一、先学什么',
      '',
      '先学SQL，再学一点统计，最后才是建模。',
    ]);
    expect(a.byline?.names).toEqual(['梁知秋']);
    const body = bodyOf(a);
    expect(body).not.toContain('被浏览');
    expect(body).not.toContain('前中学语文老师');
    expect(body.startsWith('谢邀。')).toBe(true);
  });

  it.each(['某高校计算机系副教授', 'AI产品经理，科技博主', '数据分析师 | 前律师'])(
    'reads the writer over “%s”',
    (bio) => {
      const a = articleOf([
        '# 文科生转行做数据分析难吗？',
        '',
        '梁知秋',
        bio,
        '',
        '谢邀。我从语文老师转行到数据分析，用了一年半，说说我的经历。',
      ]);
      expect(a.byline?.names).toEqual(['梁知秋']);
      expect(bodyOf(a)).not.toContain(bio);
    },
  );

  it('a name over a sentence is no byline', () => {
    const a = articleOf([
      '# 文科生转行做数据分析难吗？',
      '',
      '梁知秋',
      '我从语文老师转行到数据分析，用了一年半。',
      '',
      '先学SQL，再学一点统计，最后才是建模。',
    ]);
    expect(a.byline).toBeUndefined();
  });
});

describe('a wiki entry', () => {
  it('drops the edit banner and keeps the entry', () => {
    const a = articleOf([
      '# 云帆机器人',
      '',
      '本词条缺少概述图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！',
      '',
      '云帆机器人是一家总部位于临川市的服务机器人企业，成立于2018年，主要产品为送餐机器人。',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('赶紧来编辑吧');
    expect(body).toContain('云帆机器人是一家总部位于临川市的服务机器人企业');
  });
});

describe('a wiki entry’s toolbar, references and statistics', () => {
  const entry = [
    '# 云帆机器人',
    '',
    '编辑　锁定　讨论　上传视频',
    '',
    '云帆机器人是一家总部位于临川市的服务机器人企业，成立于2018年，主要产品为送餐机器人和导览机器人。',
    '',
    '## 发展历程',
    '',
    '编辑　播报',
    '',
    '2020年，公司完成A轮融资，开始向餐饮连锁企业批量供货。2024年，公司推出第二代送餐机器人。[1]',
    '',
    '## 争议',
    '',
    '编辑　播报',
    '',
    '2025年，有用户反映机器人在商场内多次碰撞行人，公司随后升级了避障系统。',
    '',
    '参考资料',
    '',
    '1. 云帆机器人完成A轮融资．临川日报．2020-05-12',
    '2. 送餐机器人进商场，安全谁来管？．临川晚报．2025-03-02',
    '3. 刘某：《服务机器人产业报告》，2025年',
    '',
    '词条统计',
    '',
    '浏览次数：8,204次',
    '',
    '编辑次数：12次历史版本',
  ];

  it('the toolbar names no editor and the references and statistics are not the entry', () => {
    const a = articleOf(entry);
    expect(a.meta?.editor).toBeUndefined();
    const body = bodyOf(a);
    expect(body).toContain('公司随后升级了避障系统');
    for (const gone of ['锁定', '播报', '临川日报', '临川晚报', '服务机器人产业报告', '词条统计', '编辑次数'])
      expect(body).not.toContain(gone);
  });

  it('a sentence under 参考资料 ends the list and stays text', () => {
    const a = articleOf([
      '# 云帆机器人',
      '',
      '云帆机器人是一家总部位于临川市的服务机器人企业，成立于2018年，主要产品为送餐机器人。',
      '',
      '参考资料',
      '',
      '公司在2025年的年报中披露了更多数据，营收同比增长三成。',
    ]);
    expect(bodyOf(a)).toContain('公司在2025年的年报中披露了更多数据');
  });

  it('a staff line is still an editor line', () => {
    const found = furnitureLine('编辑　何小满');
    expect(found?.kind === 'meta' ? found.meta.editor : undefined).toBe('何小满');
  });
});

describe('related entries of a kind under their header', () => {
  it('lifts 相关展览： and its titles at the foot', () => {
    const a = articleOf([
      '# 机器人主题展在市科技馆开幕',
      '',
      '展览分为四个单元，展出各类机器人四十余台，观众可以亲手操作其中的一半。',
      '',
      '【打印本页】【关闭窗口】',
      '',
      '相关展览：',
      '',
      '- 深海之旅——海洋科普展',
      '- 光的魔术：光学互动展',
    ]);
    const body = bodyOf(a);
    expect(body).not.toContain('相关展览');
    expect(body).not.toContain('海洋科普展');
  });

  it('a `## 相关标准` heading over other standards’ titles is no part of the page', () => {
    const a = articleOf([
      '# 智能巡检机器人 通用技术条件',
      '',
      '## 范围',
      '',
      '本文件规定了变电站巡检机器人的技术要求和试验方法，适用于室内外轮式巡检机器人。',
      '',
      '## 相关标准',
      '',
      '- T/ABC 001—2025　轮式巡检机器人 术语',
      '- T/ABC 002—2025　巡检机器人 通信接口规范',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['范围']);
    expect(bodyOf(a)).not.toContain('通信接口规范');
  });

  it('a `## 相关研究` heading over the story’s prose stays a part', () => {
    const a = articleOf([
      '# 巡检机器人的新进展',
      '',
      '## 相关研究',
      '',
      '多家研究机构近年来发表了巡检机器人定位算法的论文，其中一篇获得了年度最佳论文奖。',
    ]);
    expect(a.sections.map((s) => s.heading)).toEqual(['相关研究']);
  });
});

describe('a Q&A answer’s edit stamp with where it was sent from', () => {
  it.each([
    ['编辑于 2026-05-11 08:02・IP 属地江苏', '2026-05-11'],
    ['发布于 2026-03-02 10:12 · IP属地：上海', '2026-03-02'],
  ])('“%s” gives the date', (raw, date) => {
    const found = furnitureLine(raw);
    expect(found?.kind === 'meta' ? found.meta : undefined).toEqual({ published: date });
  });
});

describe('a Word export', () => {
  it('drops the reviewers’ comments and keeps the text they comment on', () => {
    const a = articleOf([
      '# 社区养老机器人试点情况报告',
      '',
      '执笔：蒋一禾、阮晴　审阅：邬立',
      '',
      '## 一、试点情况',
      '',
      '试点社区的机器人日均使用时长达到[这个数是哪个月的？请核对]{.comment-start id="0" author="邬立" date="2026-05-06T09:00:00Z"}3.2小时[]{.comment-end id="0"}，老人满意度较高。',
    ]);
    expect(a.byline?.names).toEqual(['蒋一禾', '阮晴']);
    const body = bodyOf(a);
    expect(body).toContain('日均使用时长达到3.2小时，老人满意度较高。');
    expect(body).not.toContain('comment');
    expect(body).not.toContain('请核对');
  });
});
