// Term families and sense guards added in session 9 for the opened sealed11 half (docs/themes.md, "Session 9,
// sealed11"). Every text here was written for this test, not taken from an evaluation article. The first list gets its
// theme only from the new words (each fails with the taxonomy and code before): how AI safety is told at a summit or in
// a testing regime (testing institutes, pre-release testing, dangerous capabilities, voluntary or binding commitments, a
// pause on training, firms that mark their own homework, creators' work used to train models), work lost to automation
// and the workers' unions that fear it, the mechanics of a subsidy or voucher scheme (抵扣比例, 年度上限, 服务目录), and
// Hong Kong usage (機械人, 機械手臂, 私隱, 施政報告, 人手短缺). The second part holds the other senses the guards keep out:
// the regulator of a utility, a robot the writer waves away, a subsidy's beneficiaries and the uses an applicant
// declares, a discipline's students (临床医学的学生) — and a live blog whose short time-stamped posts take up the summit.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { classifyArticle } from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';
import { articleOf } from '../article/articles.ts';
import { vocabulary } from './vocabulary.ts';

const { themes, termTopics, topicTerms } = vocabulary();
let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

const told: [string, 'en' | 'zh', string, string[]][] = [
  [
    'governance',
    'en',
    'Labs open their systems to testers',
    ['The new safety institute will run pre-release testing on frontier systems and publish what it finds.'],
  ],
  [
    'governance',
    'en',
    'What the pledge says',
    [
      'The commitments are voluntary, and nothing forces a developer to delay a launch when testers find dangerous capabilities.',
    ],
  ],
  [
    'governance',
    'en',
    'Campaigners want time',
    [
      'Campaigners called for a pause on training larger systems until outside testers can check them, and for a moratorium on releases.',
    ],
  ],
  [
    'governance',
    'en',
    'Artists at the gates',
    [
      'Illustrators say their work was used to train image generators without consent, and they want the pact to be binding.',
    ],
  ],
  [
    'governance',
    'en',
    'Who tests the testers?',
    [
      'Critics say developers have been allowed to mark their own homework, and that each evaluation institute needs a budget of its own.',
    ],
  ],
  [
    'industry',
    'en',
    'Dockers march on the port',
    ["Members of the dockers' workers' union fear they will lose work to automation at the new terminal."],
  ],
  [
    'industry',
    'en',
    'Translators count the cost',
    [
      'Translators say they keep losing work to automation, and a labor union for freelancers wants a say in how the tools are used.',
    ],
  ],
  [
    'policy',
    'zh',
    '补贴标准',
    [
      '凭证按合同金额的一定比例抵扣，抵扣比例不超过五成，每家企业年度上限100万元。',
      '服务商须列入全市数据服务目录。',
    ],
  ],
  [
    'robotics',
    'zh',
    '科大研發送餐機械人',
    ['機械人可在病房之間送餐，並以機械手臂按升降機按鈕，每日行走約二十公里。'],
  ],
  [
    'robotics',
    'zh',
    '工業機械人進駐貨倉',
    ['貨倉引入二十部機械人搬運貨物，營運商計劃明年再試用人形機械人。'],
  ],
  [
    'policy',
    'zh',
    '施政報告點名人工智能',
    ['特區政府在施政報告中提出，創新科技署將增撥資源，創科局亦會檢討現行計劃。'],
  ],
];

describe('session-9 (sealed11) families: sections whose theme is told only through the new words', () => {
  for (const [topic, lang, heading, paragraphs] of told) {
    it(`${topic} (${lang}): ${heading}`, () => {
      expect(themes(lang, heading, paragraphs)).toContain(topic);
    });
  }

  it('Hong Kong words for privacy and staff shortages', () => {
    expect(termTopics('zh', '私隱專員公署就外洩事件展開調查，涉及大量個人資料。')).toContain('governance');
    expect(termTopics('zh', '院舍人手短缺，業界促放寬輸入外勞。')).toContain('talent');
  });
});

describe('session-9 (sealed11) guards: the other senses', () => {
  it('the regulator of a utility is no AI governance', () => {
    expect(
      themes('en', 'Utility asks regulators to make data centres pay for new lines', [
        'The power company asked the energy regulator to let it charge data centre developers upfront for transmission lines.',
        'The regulator will hold hearings in May, and ratepayer groups say households should not carry the cost.',
      ]),
    ).not.toContain('governance');
    expect(
      termTopics('en', 'Grid operators asked the electricity regulator to approve higher tariffs.'),
    ).not.toContain('governance');
    // an AI regulator keeps its sense
    expect(termTopics('en', 'The regulator will fine AI developers that skip safety testing.')).toContain(
      'governance',
    );
  });

  it('binding, voluntary and pause keep their other senses', () => {
    expect(topicTerms('en', 'The old book has a leather binding.', 'governance')).toEqual([]);
    expect(topicTerms('en', 'She is a voluntary coach at the football club.', 'governance')).toEqual([]);
    expect(topicTerms('en', 'The band took a short pause between songs.', 'governance')).toEqual([]);
    expect(topicTerms('en', 'Rain meant the builders would lose work days.', 'industry')).toEqual([]);
  });

  it('a robot the writer waves away is no theme; robots on a line stay robots', () => {
    expect(
      themes('en', 'What the course teaches', [
        'The welding course has a short unit on programming robot arms, but the point is not the robots: students learn to check a system that is sometimes wrong.',
      ]),
    ).not.toContain('robotics');
    expect(termTopics('en', 'The talks were about models, not robots.')).not.toContain('robotics');
    expect(
      themes('en', 'Robots on the line', [
        'The plant installed forty welding robots and two robotic arms this year.',
      ]),
    ).toContain('robotics');
  });

  it("a subsidy's beneficiaries and the uses an applicant declares are the scheme's, not industry or models", () => {
    const scheme = [
      '市经信局印发算力券实施细则，首批安排5000万元，支持中小企业购买算力服务，按采购金额的30%抵扣。',
    ];
    expect(themes('zh', '算力券来了', scheme)).not.toContain('industry');
    expect(
      themes('zh', '谁能申请？', [
        '申请主体须为本地注册企业，并具有明确的算力使用场景，如大模型训练、模型微调等。',
      ]),
    ).not.toContain('models');
    // the trade's own words keep their sense
    expect(termTopics('zh', '中小企业订单回暖，营收同比增长。')).toContain('industry');
    expect(termTopics('zh', '厂商向供应商采购了一批芯片。')).toContain('industry');
    expect(termTopics('zh', '团队完成了模型微调，效果明显提升。')).toContain('models');
  });

  it("a discipline's students are talent, not the discipline", () => {
    expect(
      themes('zh', '项目实践怎么做', [
        '学院开设六门课程，学生可选修。临床医学的学生可以用公开数据集练习判读，机器人工程专业的学生到工厂实习。',
      ]),
    ).not.toContain('health');
    expect(termTopics('zh', '机器人工程专业的学生到工厂实习。')).not.toContain('robotics');
    expect(termTopics('zh', '医院的临床数据交由专人管理。')).toContain('health');
    expect(termTopics('zh', '工厂新装了二十台机器人。')).toContain('robotics');
  });

  it('a live blog: short time-stamped posts on an AI safety summit take up its subject', () => {
    const article = articleOf([
      '# AI safety summit: ministers agree joint testing of frontier models — as it happened',
      '',
      '- Thirty countries signed a declaration on pre-release testing',
      '- The commitments are voluntary',
      '',
      '### 11:05 — Minister opens the talks',
      '',
      'The host minister said developers had marked their own homework for too long and announced a national testing institute funded by the government.',
      '',
      '### 09:30 — Protest at the gates',
      '',
      'A few hundred people called for a pause on training more powerful systems; writers said their books had been used to train models without pay.',
    ]);
    const tagged = classifyArticle(article, taxonomy);
    for (const id of ['s1', 's2']) {
      expect(tagged.find((t) => t.sectionId === id)?.themes.map((m) => m.topic)).toContain('governance');
    }
  });
});
