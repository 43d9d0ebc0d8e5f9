// Sections that say their theme in other words than the obvious keyword (issue 11 §3: synonyms, sense guards),
// written for this test — not from the evaluation corpus. Each must get the theme an editor would give it, and
// none may get a theme whose word it uses in another sense or only in passing.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { classifySection } from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';

let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

const cases: [string, string, string, string[]][] = [
  [
    'robotics',
    'New hands on the line',
    'At the Kestrel plant, twelve machines now lift car doors onto the frames, guided by cameras. The arms were bought from a Danish supplier and programmed by the plant’s own engineers in six weeks.',
    [
      'The line runs two shifts, and each arm replaces a job that caused back injuries, the plant manager said.',
    ],
  ],
  [
    'compute',
    'A shortage of chips',
    'Smaller labs say they cannot get enough graphics processors to train their systems, and wait months for time on shared machines.',
    [
      'A national computing facility in Tarrow will add 2,000 processors next year, enough for about 40 projects at once.',
    ],
  ],
  [
    'models',
    'What the system does',
    'The assistant, built on an open-weight language model, answers questions from call-centre staff by searching 40,000 internal documents.',
    [
      'Engineers fine-tuned it on two years of transcripts, and it now gets nine answers in ten right, the bank says.',
    ],
  ],
  [
    'policy',
    'What the ministry wants',
    'The ministry’s strategy sets out how the state will spend 2 billion crowns on AI over five years, with money for regional hubs and a voucher scheme for small firms.',
    ['Opposition lawmakers called the plan too timid and proposed doubling the budget.'],
  ],
  [
    'governance',
    'Who is accountable',
    'The watchdog said the insurer had broken data protection law by letting an algorithm reject claims without a human review, and fined it 4 million euros.',
    ['The company must now explain every automated refusal to the customer and keep logs for five years.'],
  ],
  [
    'talent',
    'Back to school',
    'Teachers in the county will get a week of paid training each summer on how to use chatbots in lessons, and pupils will learn to check what the tools tell them.',
    ['The education department hopes every secondary school will offer a short course by 2028.'],
  ],
  [
    'industry',
    'Shares fall',
    'Shares in Halden fell 8 % after the company cut its sales forecast, blaming weak demand from carmakers in Europe.',
    ['Analysts said the firm’s margins would shrink this year as rivals cut prices.'],
  ],
  [
    'health',
    'In the clinic',
    'GPs in the pilot used a tool that drafts referral letters, saving each of them about an hour a week for seeing patients.',
    ['The practice nurses said waiting times fell by a fifth.'],
  ],
  [
    'talent',
    'Jobs of the future',
    'The workers who lost their jobs will be offered places on a nine-month programme to become electricians and heat-pump fitters.',
    ['Most of those who signed up are over 45, the union said.'],
  ],
  [
    'governance',
    'Rules for the tools',
    'Under the new rules, any company that uses AI to screen job applicants must tell them, and an independent body will check the tools for discrimination against women and older people.',
    ['Employers who fail to comply face penalties of up to 2 % of turnover.'],
  ],
  [
    'robotics',
    '走进无人车间',
    '在这家工厂的总装车间，20台机械臂24小时不停作业，搬运、焊接、喷涂全部自动完成。',
    ['工人们如今主要负责巡检和维护设备。'],
  ],
  [
    'policy',
    '政策怎么落地',
    '市政府日前出台若干措施，对新落户的人工智能企业给予最高500万元奖励，并在用地、用电等方面给予支持。',
    ['措施自发布之日起施行，有效期三年。'],
  ],

  [
    'governance',
    'Keeping a human in the loop',
    'The hospital will not let the software make the final call: every flagged scan is read by a radiologist, and patients can ask who decided.',
    ['An ethics board reviews the tool twice a year and publishes its error rates.'],
  ],
  [
    'governance',
    'Deepfakes in the campaign',
    'Election officials warned that fake videos of candidates were spreading on messaging apps, and asked platforms to label synthetic content.',
    ['The electoral commission said it could not yet order the videos taken down.'],
  ],
  [
    'policy',
    'A plan for the region',
    'The regional government will open three innovation hubs and offer tax breaks to firms that move research jobs to the north, under a plan published on Monday.',
    ['The scheme will be reviewed after two years.'],
  ],
  [
    'models',
    'A smaller model',
    'The lab released a compact model that runs on a laptop and matches last year’s largest systems on reasoning tests.',
    ['Its weights are free to download, and the lab published the data it was trained on.'],
  ],
  [
    'compute',
    'Power for the servers',
    'The new campus will draw 300 megawatts from the grid, as much as a city of 200,000 people, and will be cooled with seawater.',
    ['The operator has signed a deal for a wind farm to cover part of the demand.'],
  ],
  [
    'health',
    'Finding new drugs',
    'The biotech start-up uses software to design molecules that bind to proteins involved in liver disease, and its first candidate enters trials in May.',
    ['If it works, the drug could reach patients by 2031.'],
  ],
  [
    'talent',
    'Where the graduates go',
    'More than half of this year’s computer science graduates took jobs abroad, a survey of universities found, and the share is rising.',
    ['Departments say they cannot match the salaries on offer in other countries.'],
  ],
  [
    'industry',
    'A bigger market',
    'Sales of AI software to manufacturers doubled last year to 1.2 billion euros, and the sector now employs 14,000 people in the country.',
    ['Most of the growth came from a handful of firms in the south.'],
  ],
  [
    'governance',
    '数据怎么管',
    '这家医院规定，患者影像只能在院内服务器上处理，厂商拿到的数据须先脱敏，每一次调用都留有记录。',
    ['院方还设立了伦理委员会，每季度审查一次系统的使用情况。'],
  ],
  [
    'talent',
    '新学期新课程',
    '从本学期起，全市中小学将开设人工智能课，每两周一课时，由经过培训的信息技术老师授课。',
    ['教育局表示，今年将培训800名教师。'],
  ],
  [
    'industry',
    '订单排到明年',
    '今年一季度，这家企业的订单同比增长六成，产线满负荷运转，新厂房预计年底投产。',
    ['公司负责人说，海外客户的采购量增长最快。'],
  ],
  [
    'health',
    '看病少跑腿',
    '患者在家就能通过手机完成复诊，医生根据上传的检查结果调整用药。',
    ['医院数据显示，慢性病患者的复诊率提高了两成。'],
  ],
  [
    'models',
    '大模型进政务',
    '该区上线的政务大模型可以回答办事咨询、起草公文摘要，已接入12个部门的知识库。',
    ['开发团队用近三年的工单数据对模型进行了微调。'],
  ],
  [
    'compute',
    '算力从哪来',
    '新建的智算中心一期部署了2000张国产加速卡，主要面向本地高校和企业提供训练和推理服务。',
    ['中心采用液冷技术，电能利用效率控制在1.2以下。'],
  ],

  [
    'policy',
    'The budget',
    'The finance minister set aside 600 million for digital public services in next year’s budget, including a national AI office.',
    ['Parliament will vote on the budget in December.'],
  ],
  [
    'policy',
    'Senators push for a fund',
    'Two senators introduced a proposal to create a federal fund for university computing, with matching money from states.',
    ['The White House has not said whether it backs the idea.'],
  ],
  [
    'industry',
    'Layoffs at the bank',
    'The bank will cut 1,200 back-office jobs over two years as it automates loan processing, it told investors on Tuesday.',
    ['Its shares rose 3 % on the news.'],
  ],
  [
    'industry',
    'A takeover',
    'The chipmaker agreed to buy a smaller rival for 4 billion dollars, its biggest deal in a decade.',
    ['Regulators in three countries must approve the purchase.'],
  ],
  [
    'talent',
    'The skills gap',
    'Employers say they cannot find enough people who can build and maintain AI systems, and wages for such roles have risen by a third.',
    ['Some firms now train their own staff through year-long in-house academies.'],
  ],
  [
    'health',
    'Reading the scans',
    'Radiographers at the trust now get a second opinion from software on every chest X-ray, and urgent cases move to the top of the list.',
    ['The trust says the time to diagnosis for lung cancer has fallen by a week.'],
  ],
  [
    'compute',
    'Building fabs',
    'The government will subsidise two new factories that make advanced chips, hoping to reduce reliance on imports from Asia.',
    ['The first plant should start production in 2029.'],
  ],
  [
    'models',
    'Benchmarks questioned',
    'Researchers found that several popular chatbots had seen the test questions during training, inflating their scores.',
    ['They proposed a new benchmark that changes its questions every month.'],
  ],
  [
    'governance',
    'Copyright fight',
    'A group of authors sued the company, saying it copied their books without permission to build its writing tool.',
    ['The company says the use is lawful and will fight the case.'],
  ],
  [
    'robotics',
    'Robots in care homes',
    'Three care homes are testing a robot that reminds residents to take their pills and alerts staff if someone falls.',
    ['The machines cannot lift people, and the homes say they will not replace carers.'],
  ],
  [
    'policy',
    '人大代表建言',
    '全国人大代表张某建议，国家层面出台人工智能赋能中小企业的专项支持政策，设立引导基金。',
    ['他还建议在中西部布局一批算力枢纽。'],
  ],
  [
    'governance',
    '给AI生成内容打标签',
    '根据新规，平台发布的AI生成图片、视频须添加显著标识，不得用于冒充他人或传播谣言。',
    ['违反规定的平台将被责令整改。'],
  ],
  [
    'robotics',
    '人形机器人上岗',
    '这款人形机器人身高1.7米，能在产线上搬运料箱、拧螺丝，目前已在三家车企试用。',
    ['研发团队表示，机器人的双手能完成20多种精细动作。'],
  ],
  [
    'talent',
    '高校扩招',
    '今年，省内8所高校新增人工智能本科专业，计划招生1200人。',
    ['不少学校还与企业共建实训基地，让学生在真实项目中学习。'],
  ],
  [
    'industry',
    '融资热度不减',
    '一季度，国内人工智能领域共发生融资事件186起，披露金额超过300亿元，大模型和具身智能最受资本青睐。',
    ['多家投资机构表示，将继续加大在应用层的布局。'],
  ],
  [
    'health',
    '新药研发提速',
    '借助AI筛选化合物，这家药企把一款新药的临床前研究周期从四年缩短到两年。',
    ['目前该药物已获批进入临床试验。'],
  ],
];

describe('themes said in other words', () => {
  it.each(cases)('%s: “%s”', (topic, heading, first, rest) => {
    const section = {
      id: 's1',
      heading,
      line: 1,
      paragraphs: [first, ...rest].map((text, index) => ({ index, line: index + 2, text })),
    };
    const lang = /\p{Script=Han}/u.test(first) ? 'zh' : 'en';
    expect(classifySection(section, lang, taxonomy).map((m) => m.topic)).toContain(topic);
  });
});

const notThese: [string, string, string[]][] = [
  [
    'compute',
    'The new course',
    [
      'The college will teach nurses how to use the scheduling software on their phones; the course runs for six weeks and is free.',
      'Graduates get a certificate recognised by the health board. Classes take place in the evening so that staff can attend after their shifts.',
    ],
  ],
  [
    'robotics',
    'Office work changes',
    [
      'Automation of invoices and routine letters has freed clerks for customer calls, the firm said; no one was replaced by a machine.',
      'Staff were retrained in six weeks and most now handle complaints.',
    ],
  ],
  [
    'health',
    'Insurers and the law',
    [
      'The act also covers insurers, which must explain automated refusals. Hospitals are covered by separate rules.',
      'Lawyers expect the first cases within a year, and the regulator will publish guidance on what counts as high-risk.',
    ],
  ],
  [
    'models',
    'A new business model',
    [
      'The start-up changed its business model last year: it now sells subscriptions to factories instead of one-off licences.',
      'Revenue doubled and the company expects to turn a profit in 2027.',
    ],
  ],
  [
    'policy',
    'Raising a fund',
    [
      'The venture firm raised a 200 million fund from pension funds and family offices to back early-stage start-ups.',
      'Its partners said they would invest in about 25 companies over four years.',
    ],
  ],
  [
    'talent',
    'Training the model',
    [
      'The lab spent three months training the model on 2,000 GPUs, with training data drawn from public sources.',
      'Training runs now take half as long thanks to a new compiler.',
    ],
  ],
  [
    'governance',
    '安全生产',
    [
      '车间严格执行安全生产制度，每台设备都装有急停按钮，工人上岗前须接受安全培训。',
      '今年以来，车间未发生一起安全事故。',
    ],
  ],
  [
    'compute',
    'The power of words',
    [
      'The poet read from her new collection, a powerful meditation on memory and loss.',
      'The audience, many of them students, lined up afterwards to have their books signed.',
    ],
  ],
  [
    'industry',
    'A list of diseases',
    [
      'The charity keeps a waiting list for genetic tests, and the listed conditions include 40 rare diseases.',
      'Doctors say the list should be updated every year.',
    ],
  ],
];

describe('words of a theme used in another sense or in passing', () => {
  it.each(notThese)('not %s: “%s”', (topic, heading, texts) => {
    const section = {
      id: 's1',
      heading,
      line: 1,
      paragraphs: texts.map((text, index) => ({ index, line: index + 2, text })),
    };
    const lang = /\p{Script=Han}/u.test(texts[0]!) ? 'zh' : 'en';
    expect(classifySection(section, lang, taxonomy).map((m) => m.topic)).not.toContain(topic);
  });
});
