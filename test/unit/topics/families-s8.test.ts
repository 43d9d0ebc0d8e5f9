// Term families and sense guards added in session 8 (docs/themes.md, "Session 8"), after the theme misses of the opened
// sealed8 half were read for their kind. Every text here was written for this test, not taken from an evaluation
// article. The first list gets its theme only from the session-8 words (each fails with the taxonomy before): a firm
// that keeps losing its engineers and cannot fill its posts, told through turnover, exit interviews, promotions and job
// boards, or a job hunt's CVs and cover letters (en), or through recruiting sites, people who leave and posts nobody
// takes (zh); what breaking an export rule costs and who answers for a system's errors (en); a department's rules of
// use and a second human check, and an AI law's high-risk duties (zh); a plan's parts and two bureaus that pay (zh); a
// county's permits, zoning and tax breaks (en); couriers' and riders' hours (en). The second part holds the other
// senses the guards keep out: software that retrains on data, a CV an algorithm screens out, a model drilled on a
// benchmark — and the new words' own false friends (a product promoted, a junior minister, a war of attrition, a
// gallery's openings, computer vision's CV, quitting smoking, rules that permit, an insurance rider, a suspended match,
// what chips account for, a high-risk group of patients, an editor's credit, customers who leave, a firm's own capital,
// parking rules on a building site).
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, termTopics, topicTerms } = vocabulary();

const told: [string, 'en' | 'zh', string, string[]][] = [
  [
    'talent',
    'en',
    'Why Halden keeps losing people',
    [
      "Halden's staff turnover reached 31% last year, and most exit interviews gave the same reason: nobody below a team lead had been promoted in three years.",
      'The company now advertises mid-level openings on three job boards at once and still waits four months to fill them.',
    ],
  ],
  [
    'talent',
    'zh',
    '走了的和没来的',
    [
      '这家外包公司去年走了十一个骨干，人才流失比前年还重；招聘平台上挂了半年的岗位，至今没人投递。',
      '老板说，眼下不是缺订单，是缺人，更是留不住人。',
    ],
  ],
  [
    'talent',
    'en',
    'Forty letters, one call',
    [
      'After eleven months of job hunting, Tomas has sent forty CVs and rewritten his cover letter six times; a headhunter finally rang in May.',
    ],
  ],
  [
    'governance',
    'en',
    'What a reseller risks',
    [
      'Resellers caught shipping the boards without approval can lose their licence for two years, and the trade board may revoke the permit of any depot that stored them.',
    ],
  ],
  [
    'governance',
    'en',
    'Nobody owns the mistakes',
    [
      'The county bought the scoring tool without asking who answers for it when it misjudges a family, and so far nobody has been held to account for last winter’s wrong letters.',
    ],
  ],
  [
    'governance',
    'zh',
    '科里定下的规矩',
    [
      '科里的规矩写得明白：软件给出的结论须经人工复核，系统结果不得直接发给病人。',
      '片子数据不出院，厂商要远程维护，得先报科里同意。',
    ],
  ],
  [
    'governance',
    'zh',
    '信贷审批被列入清单',
    ['草案把信贷审批和招工筛选系统列为高风险人工智能应用，提供者要承担登记和定期评估等义务。'],
  ],
  ['policy', 'zh', '一、总体要求', ['发展目标：到2030年，全县建成三个智慧农业示范基地，培育十家重点企业。']],
  [
    'policy',
    'zh',
    '两个局的新办法',
    ['澄江区经济和信息化局和区科学技术局联合出资，每年为区内初创团队买一批测试服务。'],
  ],
  [
    'policy',
    'en',
    'Merrow stops the sheds',
    [
      'Merrow has stopped issuing building permits for warehouses over 20,000 square metres until its zoning review ends, a moratorium that could last six months; a neighbouring town is offering a property tax abatement instead.',
    ],
  ],
  [
    'industry',
    'en',
    'Fewer shifts on the apps',
    [
      'Riders for the two delivery apps say their weekly hours have halved since March, and couriers who relied on evening work say their livelihood is gone.',
    ],
  ],
];

describe('session-8 families: sections whose theme is told only through the new words', () => {
  for (const [topic, lang, heading, paragraphs] of told) {
    it(`${topic} (${lang}): ${heading}`, () => {
      expect(themes(lang, heading, paragraphs)).toContain(topic);
    });
  }
});

describe('session-8 guards: the other senses', () => {
  it('software that retrains on new data is no worker retraining', () => {
    expect(
      termTopics('en', 'The triage software retrains on each month’s new scans after it is deployed.'),
    ).not.toContain('talent');
    expect(termTopics('en', 'The plant will retrain its welders for the new line.')).toContain('talent');
  });

  it('a CV an algorithm screens out is an automated decision; a model drilled on a benchmark is no student', () => {
    expect(topicTerms('zh', '算法在筛选简历时把年纪大的人排到了后面。', 'talent')).not.toContain('简历');
    expect(termTopics('zh', '有人怀疑这个模型在公开评测集上刷题。')).not.toContain('talent');
    expect(termTopics('zh', '她投了三十份简历，只拿到两次面试。')).toContain('talent');
  });

  it("the new English words' false friends stay out", () => {
    expect(termTopics('en', 'Marketing will promote the new flavour in forty stores.')).not.toContain(
      'talent',
    );
    expect(termTopics('en', 'The junior minister opened the bridge.')).not.toContain('talent');
    expect(termTopics('en', 'The price war turned into a war of attrition.')).not.toContain('talent');
    expect(termTopics('en', "The gallery's openings draw large crowds.")).not.toContain('talent');
    expect(termTopics('en', 'The rules permit two exceptions.')).not.toContain('policy');
    expect(topicTerms('en', 'She read the rider at the end of the lease twice.', 'industry')).not.toContain(
      'rider',
    );
    expect(termTopics('en', 'The match was suspended for rain.')).not.toContain('governance');
    expect(termTopics('en', 'Chips account for half of the exports.')).not.toContain('governance');
    expect(termTopics('en', 'The CV team trained a new image model.')).not.toContain('talent');
    expect(termTopics('en', 'He quit smoking in the spring.')).not.toContain('talent');
  });

  it("the new Chinese words' false friends stay out", () => {
    expect(termTopics('zh', '高风险人群应每年筛查一次。')).not.toContain('governance');
    expect(termTopics('zh', '责任编辑：李文')).not.toContain('governance');
    expect(termTopics('zh', '去年客户流失了两成。')).not.toContain('talent');
    expect(termTopics('zh', '两家公司共同出资成立了一家合资企业。')).not.toContain('policy');
    expect(termTopics('zh', '施工期间车辆不得停放。')).not.toContain('governance');
  });

  it('the guards leave the words their own sense', () => {
    expect(termTopics('en', 'A junior engineer was promoted to lead the team.')).toContain('talent');
    expect(termTopics('en', 'Staff retention is the hospital’s first worry.')).toContain('talent');
    expect(termTopics('en', 'The city issued permits for two data centres.')).toContain('policy');
    expect(termTopics('en', 'The regulator may revoke the licence.')).toContain('governance');
    expect(termTopics('zh', '系统给出的结果须经医生复核。')).toContain('governance');
    expect(termTopics('zh', '由市财政出资建设。')).toContain('policy');
    expect(termTopics('zh', '县医院的年轻医生流失严重。')).toContain('talent');
  });
});
