// The Chinese vocabulary of session 4 (docs/themes.md, "Chinese vocabulary"): each theme told through the concrete
// things a Chinese reporter writes about — a cart carrying shelves, a prospectus, a joint notice of seven ministries,
// a village doctor's follow-up visit — rather than the category word. Every section here was written for this test
// (not taken from the evaluation corpus) and gets its theme only from words added in session 4: with the taxonomy
// before it, each `said through concrete things` case fails. The second list holds other senses: a chatbot called
// 对话机器人 is no robot (fails with the taxonomy before session 4), and each of the next three fails when the
// session-4 sense guard on its word is removed (出海 near business words, 学院 not before 教授, 通知 near 印发 …);
// a factory's “体检” and 转型诊断 are no medicine (health with the taxonomy before session 4).
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes } = vocabulary();

const told: [string, string, string[]][] = [
  [
    'robotics',
    '仓库里的新面孔',
    [
      '在城东一家快递分拨中心，驮着货架的小车在库区里穿行，激光雷达一扫就能避障。',
      '系统上线后，每名拣货员每小时少走了近一万步。',
    ],
  ],
  [
    'robotics',
    '教一遍就会',
    [
      '过去给工位换一种零件，要请工程师编几天程序；现在老师傅示教一遍，协作臂就能记住轨迹。',
      '厂里还让它承担上下料和码垛，三个班次不停。',
    ],
  ],
  [
    'robotics',
    '给搬运工“加把劲”',
    ['港口装卸工开始试穿腰部外骨骼，髋关节处的电机在弯腰时提供助力，腰背负担减轻约三成。'],
  ],
  [
    'models',
    '榜单之争',
    [
      '新模型在三项基准测试上超过了同类产品，但有研究者发现，部分测试集的题目早已出现在公开网页上。',
      '“刷榜意义不大，真正的考验是用户每天提的问题。”他说。',
    ],
  ],
  [
    'models',
    '想得更久，答得更准',
    [
      '这一代系统会先写出长长的思维链，再给出答案；团队用合成数据做后训练，专门补齐数学和代码短板。',
      '代价是每个问题要消耗更多词元，调用费用随之上涨。',
    ],
  ],
  [
    'industry',
    '递表港交所',
    [
      '这家设计公司上周递交招股书，拟在港交所挂牌，募资约30亿港元。',
      '招股书显示，其前五大客户贡献了近八成出货，经营现金流仍为负。',
    ],
  ],
  [
    'industry',
    '寒冬里的扫地机',
    ['受需求放缓影响，这家厂商宣布裁员15%，并下调全年业绩预期；股东大会上，多名股东质疑其出海策略。'],
  ],
  [
    'policy',
    '七部门联合发文',
    ['工业和信息化部等七部委近日联合下发通知，提出用三年时间推动首台套装备进入重点行业，并给予奖补。'],
  ],
  [
    'policy',
    '顶层设计来了',
    ['国家数据局牵头起草的顶层设计文件明确，将先行先试一批公共数据开放项目，并以揭榜挂帅方式遴选承担单位。'],
  ],
  [
    'policy',
    '连任代表的新关注',
    [
      '作为连任五届的全国人大代表，周启航把今年的履职重点放在乡村养老上。他建言，让县里的养老院都能接入远程问诊。',
    ],
  ],
  [
    'talent',
    '淡季里去考证',
    [
      '不少快递员利用淡季考证，学历提升班的报名人数比去年翻了一番。',
      '授课的讲师说，学员最关心的是拿证以后能不能涨工资。',
    ],
  ],
  [
    'talent',
    '开学第一课',
    ['新学期开学，城南一所初中把人工智能设为选修课，每周两节，由信息科技教研组负责备课。'],
  ],
  [
    'governance',
    '视频里的“老板”是假的',
    [
      '一名财务人员在视频会议中被AI换脸的“老板”骗走186万元。警方提醒，深度合成技术正被用于电信诈骗。',
      '专家建议，涉及转账的指令一律电话复核。',
    ],
  ],
  [
    'governance',
    '她的声音被“借”走了',
    [
      '一名配音演员起诉一家有声书平台，称对方未经许可用她的录音做声音克隆。此案一审宣判，被告赔偿12万元并公开道歉。',
    ],
  ],
  [
    'governance',
    '车里的数据能不能带走',
    ['智能网联汽车采集的人脸信息原则上不得出境；确需数据跨境传输的，车企要事先征得车主同意。'],
  ],
  [
    'compute',
    '租卡的生意',
    [
      '一卡难求的日子里，算力租赁成了热门生意，一台八卡整机的月租一度涨到十几万元。',
      '业内人士说，随着国产处理器陆续交付，租金已开始回落。',
    ],
  ],
  [
    'compute',
    '电从哪里来',
    [
      '这座云计算园区今年的用电量预计翻番，运营方与附近的光伏电站签下十年购电协议，并改用冷却塔和自然风降温。',
    ],
  ],
  ['compute', '完成流片', ['这款处理器采用7纳米工艺，已完成流片，封测由本地厂商承担。']],
  [
    'health',
    '家门口的随访',
    ['村医用平板电脑给老人测血糖、量血压，数据直接传到乡镇卫生院，家庭医生每周随访一次。'],
  ],
  [
    'health',
    '18个月走完的路',
    ['这款由算法设计的抗体已获批进入一期试验，从发现靶点到提交申请只用了18个月。'],
  ],
];

describe('Chinese themes said through concrete things (session 4 vocabulary)', () => {
  it.each(told)('%s: “%s”', (topic, heading, paragraphs) => {
    expect(themes('zh', heading, paragraphs)).toContain(topic);
  });
});

const otherSense: [string, string, string[]][] = [
  [
    'robotics',
    '银行上线对话机器人',
    ['银行的手机应用上线了对话机器人，可以回答开户、挂失等常见问题，高峰期能分流七成来电。'],
  ],
  [
    'robotics',
    '客服机器人也会“听错”',
    ['不少用户抱怨，客服机器人常常答非所问；一家电商平台说，今年将把客服机器人接入新的语言模型。'],
  ],
  [
    'industry',
    '渔港的清晨',
    ['天不亮，渔民就驾船出海；傍晚回港，渔获当场被鱼贩收购。', '老船长说，出海的日子一年比一年少。'],
  ],
  [
    'talent',
    '专家怎么看',
    [
      '清源大学计算机学院教授罗衡认为，新模型在长文本上仍会遗漏关键信息。',
      '另一位受访者、新闻学院副教授苏禾带着博士生复核了其中两百个回答，也发现类似问题。',
    ],
  ],
  [
    'health',
    '给工厂做“体检”',
    [
      '服务商深入车间做“体检”，为中小企业提供数字化转型诊断，再开出一张改造“处方”。',
      '区里对诊断费用给予八成补贴。',
    ],
  ],
  [
    'policy',
    '学校的通知',
    ['学校发布通知，下周起执行新的错峰放学方案，请家长按时接送。', '班主任在群里又提醒了一遍。'],
  ],
];

describe('the session 4 words in another sense', () => {
  it.each(otherSense)('not %s: “%s”', (topic, heading, paragraphs) => {
    expect(themes('zh', heading, paragraphs)).not.toContain(topic);
  });
});
