// Term families and sense guards of session 5 (docs/themes.md, "Session 5: sealed3 opened"), after the sealed3
// half showed themes told in words the lists lacked (automated decisions, rules, a utility's connection queue, a
// sorting line, doctors' residency training, the standard parts of a government plan) and words read in another
// sense (potato and casino chips, model aircraft, an athlete's training). Every text here was written for this test,
// not taken from the evaluation corpus: each `said in the new words` section fails with the taxonomy before session
// 5, each `another sense` section fails without its session-5 guard (most already fail with the taxonomy before
// session 5; the energy regulator's rules only with the new word "rules" and without its sector guard), and the last
// cases show the guards leave the theme's own sense alone.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../functions/core/types.ts';
import { vocabulary } from './vocabulary.ts';

const { themes, termTopics, topicTerms } = vocabulary();

const said: [string, Lang, string, string[], string?][] = [
  [
    'governance',
    'en',
    'When software decides',
    [
      'The county now relies on automated decision-making to rank applications for social housing, and most applicants never learn it.',
      'Campaigners want the vendor to drop its trade secret objection and give the county a right to inspect the code.',
    ],
  ],
  [
    'governance',
    'en',
    'New AI rules for lenders',
    [
      'From January, banks may use credit-scoring software only if a person signs off on every refusal; the rules also cover chatbots that answer customers.',
    ],
  ],
  [
    'compute',
    'en',
    'A queue for power',
    [
      'The utility has 60 connection requests from server developers on its books, and peak demand rose again this winter.',
      'Developers are signing a power purchase agreement with a wind farm before they even break ground.',
    ],
  ],
  [
    'robotics',
    'zh',
    '虾厂的新产线',
    [
      '这家海产品加工厂新上了两条分拣线：相机给每只虾拍照，机械臂按个头和品相把虾分到不同的筐里，每小时处理两吨。',
      '厂长说，智能分拣让夜班从二十人减到六人。',
    ],
  ],
  [
    'talent',
    'zh',
    '乡镇医生去哪学',
    [
      '县里每年选派乡镇卫生院的年轻医生到市医院进修半年，由科室主任一对一带教。',
      '新入职的医学生还要完成三年规培，再回到基层坐诊。',
    ],
  ],
  [
    'policy',
    'zh',
    '四、保障措施',
    [
      '成立由分管副省长牵头的工作专班，按季度调度各项重点任务。',
      '设立规模30亿元的产业母基金，撬动社会资本投向初创企业。',
    ],
  ],
  [
    'policy',
    'zh',
    '自动驾驶测试区扩到全市',
    ['市交通运输局修订道路测试管理办法，允许企业在夜间和雨天开展测试。'],
    '政策',
  ],
];

describe('themes said in the words of session 5', () => {
  it.each(said)('%s (%s): “%s”', (topic, lang, heading, paragraphs, group) => {
    expect(themes(lang, heading, paragraphs, group)).toContain(topic);
  });
});

const otherSense: [string, Lang, string, string[]][] = [
  [
    'compute',
    'en',
    'A record year for crisps',
    [
      'The snack maker sold more potato chips than ever, and its new salt and vinegar chips sold out in a week.',
      'Its chips now reach shops in eleven countries.',
    ],
  ],
  [
    'compute',
    'en',
    'Cameras over the tables',
    [
      'Casinos will count the chips on every blackjack and roulette table with overhead cameras.',
      'Each stack of casino chips a gambler pushes forward is logged.',
    ],
  ],
  [
    'models',
    'zh',
    '航模社的冠军',
    [
      '学校航模社今年招了三十名学生，孩子们自己设计飞机模型，参加全国航空航天模型比赛拿了团体第一。',
      '指导老师说，队员们每周训练三次，周末还要去操场试飞。',
    ],
  ],
  [
    'models',
    'zh',
    '体育课的数据手环',
    [
      '篮球队的教练用手环记录队员的心率，据此决定每个人每天训练多久。',
      '教练笑称，这比请大模型出主意靠谱，队员们的受伤次数少了一半。',
    ],
  ],
  [
    'talent',
    'en',
    'The club’s new analyst',
    [
      'The club hired a head of performance who plans each player’s training load from GPS vests and match footage, hoping to spot a hamstring injury before it happens.',
    ],
  ],
  [
    'industry',
    'zh',
    '后厨装上摄像头',
    ['市市场监管局在两千家餐馆后厨接入智能识别系统，食品安全投诉量同比下降两成。'],
  ],
  [
    'governance',
    'en',
    'Paying for the grid',
    [
      'The energy regulator is drafting rules that would make large new sites pay for the grid upgrades they need.',
    ],
  ],
];

describe('session 5 words in another sense', () => {
  it.each(otherSense)('not %s (%s): “%s”', (topic, lang, heading, paragraphs) => {
    expect(themes(lang, heading, paragraphs)).not.toContain(topic);
  });
});

describe('the session 5 guards leave the theme’s own sense alone', () => {
  it('chips, 模型, 训练 and training still count in their own sense', () => {
    expect(
      termTopics('en', 'The chipmaker will ship its new AI chips to three data centres next quarter.'),
    ).toContain('compute');
    expect(termTopics('zh', '公司发布新一代模型，训练数据扩大一倍，参数量达到千亿。')).toContain('models');
    expect(termTopics('zh', '团队花了三个月训练这个模型。')).toContain('models');
    expect(termTopics('en', 'The hospital will fund training for 200 nurses.')).toContain('talent');
  });

  it('rules count as regulation, not a game’s rules, a ruling party or a rule of thumb', () => {
    expect(termTopics('en', 'The new rules require every chatbot to say that it is a machine.')).toContain(
      'governance',
    );
    expect(termTopics('en', 'The court’s ruling will matter to every insurer.')).toContain('governance');
    expect(termTopics('en', 'The referee explained the rules of the game to both teams.')).not.toContain(
      'governance',
    );
    expect(termTopics('en', 'The ruling party kept its majority.')).not.toContain('governance');
    expect(termTopics('en', 'As a rule of thumb, the firm ruled out a merger.')).not.toContain('governance');
  });

  it('a utility is the power company only near power words', () => {
    expect(topicTerms('en', 'The utility will add a substation for the new site.', 'compute')).toContain(
      'utility',
    );
    expect(topicTerms('en', 'Teachers doubt the utility of the new homework app.', 'compute')).toEqual([]);
  });
});
