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
  // Session 3: themes told through what is done (carts that bring shelves, machines that walk, processing power,
  // job cuts, executive orders, GP surgeries, tutors, lawsuits) rather than by their keyword.
  [
    'robotics',
    'Carts instead of walking',
    "At the retailer's new distribution centre, 250 self-driving carts bring racks of goods to the packing stations, so staff no longer walk the aisles.",
    [
      'The carts find their way with floor markers and cameras, and return to their chargers when the battery runs low.',
    ],
  ],
  [
    'robotics',
    'On the farm',
    "Driverless tractors now plough a third of the cooperative's fields at night, steered by satellite positioning.",
    ['A fleet of small autonomous vehicles weeds between the rows, so the farm uses far less herbicide.'],
  ],
  [
    'robotics',
    'Machines that walk',
    "The company's two-legged machine can climb stairs, open doors and carry a 20-kilogram box across a warehouse.",
    ['Its hands have five fingers with touch sensors, so it can grasp a cup without crushing it.'],
  ],
  [
    'compute',
    'Not enough processing power',
    "University teams say they cannot get enough processing power for their projects: the national facility's graphics cards are booked for months ahead.",
    ["The government has promised to double the facility's computing capacity by 2028."],
  ],
  [
    'compute',
    'A new fabrication plant',
    'The company will build a fabrication plant for memory chips next to the port, its biggest investment in the country.',
    ['The plant will make DRAM on a 12-nanometre process and needs as much water as a town of 50,000.'],
  ],
  [
    'industry',
    'Job cuts at the insurer',
    'The insurer will make 900 staff redundant over two years as claims handling moves online, it said with its quarterly results.',
    ['Profit fell 12 % in the quarter, and the shares dropped 5 % on the news.'],
  ],
  [
    'industry',
    'A bigger company',
    "After the merger the group will have annual sales of 3 billion euros and 14,000 employees, making it the region's largest software company.",
    ['Shareholders of both firms will vote on the deal in June.'],
  ],
  [
    'policy',
    'An order from the president',
    'The president signed an executive order on Tuesday telling federal agencies to appoint a chief AI officer and to publish how they use the technology.',
    ['The order also directs public spending on AI research to rise by a fifth next year.'],
  ],
  [
    'health',
    'At the GP surgery',
    'GP practices in the area now use software that drafts letters to patients and books follow-up appointments.',
    ['Pharmacists say prescriptions arrive faster, and fewer people come back to A&E after being sent home.'],
  ],
  [
    'health',
    'Talking to someone at night',
    'A mental health charity has started a night-time text service where a trained counsellor replies within ten minutes.',
    [
      'People in crisis are referred to emergency services, and the charity says the service has already helped 4,000 people with anxiety and depression.',
    ],
  ],
  [
    'talent',
    'Lessons with a tutor',
    'Pupils at twenty primary schools now get extra reading lessons from an AI tutor, and their teachers see a weekly report on each child.',
    ['The education authority wants the scheme in every school by 2027.'],
  ],
  [
    'governance',
    'Authors take the company to court',
    'A group of novelists has sued the company, saying it used their books without permission to build its writing assistant.',
    ['The lawsuit asks the court to ban sales of the product until the authors are paid.'],
  ],
  [
    'governance',
    'A code for the platforms',
    'The regulator published a code of practice that tells platforms to label AI-generated images and to remove fake videos of candidates within a day.',
    ['Platforms that ignore the code can be fined up to 4 % of their turnover.'],
  ],
  [
    'models',
    'A frontier model, shrunk',
    "The lab's new model has a tenth of the parameters of its predecessor but scores as well on coding and maths benchmarks.",
    [
      'Its weights are free to download, and the lab says it was trained mostly on synthetic data produced by a larger model.',
    ],
  ],
  [
    'robotics',
    '仓库里的“小车”',
    '这座仓库里，300台搬运小车驮着货架来回穿梭，把商品送到拣货员面前。',
    ['小车靠地面二维码自主导航，电量不足时会自己回到充电桩。'],
  ],
  [
    'compute',
    'Racing to plug in',
    'Three companies have asked the utility for a combined 900 megawatts to run new server halls near the river, more than the city itself uses on a winter evening.',
    ['The utility says it will need a new substation and two years of work before it can say yes.'],
  ],
  [
    'compute',
    'Export limits bite',
    'New export rules stop the sale of the most advanced processors to the country, and local firms are stockpiling what they can still buy.',
    ['Domestic chip designers say their own parts are two generations behind.'],
  ],
  [
    'models',
    'An open release',
    'The start-up published the weights of its new system under a permissive licence, letting anyone run and modify it.',
    [
      'It was trained on 4 trillion tokens of text and code, and beats larger rivals on maths tests, the company says.',
    ],
  ],
  [
    'models',
    'Why the answers went wrong',
    'Researchers found that the chatbot made up legal citations in one answer in six, even when told to say when it did not know.',
    [
      'They traced the errors to gaps in its training data and to the way it was fine-tuned to sound confident.',
    ],
  ],
  [
    'industry',
    'Revenue doubles',
    "The software maker's revenue doubled to 300 million euros last year, and it turned its first profit.",
    ['It plans to list its shares in Frankfurt next spring and is hiring bankers for the offering.'],
  ],
  [
    'industry',
    'Suppliers feel the squeeze',
    'Car parts suppliers in the region say orders have fallen by a fifth since the spring, and several have put staff on short hours.',
    ['Economists expect the slowdown to last into next year.'],
  ],
  [
    'health',
    'Catching sepsis early',
    "The hospital's early-warning software watches heart rate, temperature and blood tests and alerts nurses when a patient may be developing sepsis.",
    ['Since it was switched on, deaths from sepsis on the wards have fallen by a quarter.'],
  ],
  [
    'health',
    'Faster drug trials',
    'A biotech firm is using software to pick which patients are most likely to respond to an experimental treatment, cutting the size of its trials.',
    ['Regulators have agreed to accept the approach for a late-stage study of a lung disease medicine.'],
  ],
  [
    'talent',
    'Universities compete for staff',
    'Universities say they are losing lecturers in computer science to private companies that pay twice as much.',
    ['Some departments have cut courses because there is nobody left to teach them.'],
  ],
  [
    'governance',
    'Rules for facial recognition',
    "Police forces will have to get a judge's approval before using facial recognition at public events, under guidance issued on Monday.",
    ['Civil liberties groups said the rules did not go far enough and should ban the technology outright.'],
  ],
  [
    'governance',
    'Fined over a data leak',
    'The privacy authority fined the retailer 2 million euros after hackers stole the personal data of 400,000 customers.',
    ['The retailer had not fixed a known flaw in its systems for eight months, the authority said.'],
  ],
  [
    'robotics',
    'Robot dogs on patrol',
    'The power company has bought six four-legged robots that walk the lines of its substations at night, checking for overheating with thermal cameras.',
    ['Engineers steer them remotely when something needs a closer look.'],
  ],
  [
    'robotics',
    'Picking the strawberries',
    'On a farm near the coast, machines with soft grippers pick ripe strawberries at night, guided by cameras that judge the colour of each fruit.',
    ['The farm says the machines pick about half as fast as a person but do not need to rest.'],
  ],
  [
    'policy',
    'A national plan',
    'The government published its national AI strategy on Tuesday, promising 1 billion euros over five years for research, skills and public services.',
    ['Opposition parties said the money was too little and came too late.'],
  ],
  [
    'policy',
    'Money for the regions',
    'The ministry will give regional governments 200 million to set up innovation centres, under a scheme announced in the budget.',
    ['Regions must apply by March and match part of the funding themselves.'],
  ],
  [
    'compute',
    '电从哪里来',
    '随着数据中心越建越多，园区的用电负荷一年翻了一番，供电公司正在加建一座220千伏变电站。',
    ['运营方还和风电场签了长期购电协议，保证服务器的电力供应。'],
  ],
  [
    'models',
    '模型开源了',
    '这家公司把最新模型的参数全部公开，开发者可以免费下载、修改和商用。',
    ['公司称，模型在数学和编程测试中的得分超过了参数规模更大的同类产品。'],
  ],
  [
    'talent',
    '学徒制回来了',
    '今年，全市有两千名年轻人通过新型学徒制进入企业，一边上岗一边在职业院校学习。',
    ['企业为每名学徒配备师傅，学徒期满考核合格可拿到职业资格证书。'],
  ],
  [
    'health',
    '家门口看专家',
    '通过远程会诊平台，乡镇卫生院的医生可以随时请县医院专家一起看病人。',
    ['去年，全县近三千名患者在家门口完成了专家会诊。'],
  ],
  [
    'robotics',
    '巡检不用人爬塔',
    '在山区的输电线路上，无人机沿着线路自动飞行，拍下每一座铁塔的照片。',
    ['以往需要工人爬塔检查的活，如今大部分交给了机器完成。'],
  ],
  [
    'policy',
    '十条措施',
    '省政府近日发布支持人工智能产业发展的十条措施，对新建算力项目给予最高三千万元补助。',
    ['措施还提出，三年内培育一百家重点企业。'],
  ],
  [
    'policy',
    'Lawmakers want a say',
    'Members of the regional assembly voted to set up a committee that will review how public bodies buy and use AI systems.',
    ['The committee will report to the assembly every six months and can call ministers to give evidence.'],
  ],
  [
    'policy',
    "The city's digital plan",
    'City hall unveiled a five-year digital agenda on Monday, with targets for putting services online and money to train its own staff.',
    ['The mayor said the city would publish how each algorithm it uses makes decisions.'],
  ],
  [
    'industry',
    'A bet on the south',
    'The company will invest 500 million dollars in a new plant in the south, creating 1,200 jobs when it opens in 2028.',
    ['Local suppliers expect contracts worth a further 100 million a year.'],
  ],
  [
    'industry',
    'The start-up scene cools',
    'Venture funding for young AI companies fell by a third in the first quarter, as investors waited to see which firms could turn sales into profits.',
    ['Several start-ups have cut staff or sold themselves to bigger rivals.'],
  ],
  [
    'industry',
    'Who buys the software',
    "Banks and insurers are the biggest buyers of the company's tools, accounting for 60 % of its sales.",
    ['Its chief executive said demand from manufacturers was growing fastest.'],
  ],
  [
    'compute',
    'Where the heat goes',
    "The operator pipes the heat from its servers into the town's district heating network, warming 5,000 homes.",
    ['Its halls are cooled with outside air for most of the year, and the site runs on hydropower.'],
  ],
  [
    'governance',
    'Who checks the algorithms',
    'An independent panel will audit the algorithms used by the welfare agency after claimants were wrongly accused of fraud.',
    [
      'The agency has suspended the system until the panel reports, and will pay back wrongly stopped benefits.',
    ],
  ],
  [
    'talent',
    'Training the trainers',
    'The ministry will fund a summer course for 2,000 teachers on how to use AI tools in their classrooms and how to spot AI-written homework.',
    ['Unions said the course was welcome but that teachers also needed more time to prepare lessons.'],
  ],
  [
    'health',
    'Reading the retina',
    "Opticians in the chain now photograph the back of each customer's eye, and software flags signs of diabetes and high blood pressure.",
    ['Customers with worrying results are told to see their doctor within a month.'],
  ],
  [
    'policy',
    '政府买单',
    '市财政今年安排专项资金两亿元，支持企业购买算力和模型服务，单个企业最高补贴两百万元。',
    ['资金将分两批拨付，第一批申报截至六月底。'],
  ],
  [
    'industry',
    '一季度成绩单',
    '一季度，全市人工智能核心产业营收同比增长三成，规模以上企业达到四百家。',
    ['出口增长最快，海外订单主要来自东南亚和中东。'],
  ],
  [
    'compute',
    '芯片卡脖子',
    '受出口管制影响，企业采购高端加速卡越来越难，部分训练任务被迫延后。',
    ['不少企业转向国产芯片，但软件生态适配仍需时间。'],
  ],
  [
    'robotics',
    '餐厅里的新面孔',
    '这家火锅店引入了送餐机器人，服务员只需把菜放上托盘，机器人就能自己找到桌号。',
    ['店长说，高峰期一台机器人能顶一个半服务员。'],
  ],
  [
    'governance',
    '算法不能“杀熟”',
    '新规要求平台不得利用算法对老用户设置更高价格，违者最高可处五十万元罚款。',
    ['监管部门将开通投诉渠道，接受消费者举报。'],
  ],
  [
    'talent',
    '企业办起“AI夜校”',
    '不少企业开设内部培训班，员工下班后可以学习如何用智能工具写报告、做表格。',
    ['参加培训并通过考核的员工，晋升时可以加分。'],
  ],
  [
    'health',
    '药片里的AI',
    '借助人工智能预测分子结构，这家药企的一款抗癌新药提前两年进入临床试验。',
    ['公司表示，新药有望在五年内上市，惠及数十万患者。'],
  ],
  // Chinese compounds whose head is a term (人民政府, 小学生, 义务教育, 投资者, 利润率, 人民医院): jieba keeps them whole.
  [
    'policy',
    '通知来了',
    '市人民政府近日印发通知，明确今年全市人工智能产业的八项重点任务。',
    ['通知要求各区人民政府在年底前报送落实情况。'],
  ],
  [
    'talent',
    '学生们的新课',
    '从下学期起，全市小学生和中学生每周都有一节人工智能课。',
    ['义务教育阶段的课程标准也将随之修订。'],
  ],
  [
    'industry',
    '钱从哪来',
    '今年上半年，这家公司吸引了多家投资者，估值翻了一番。',
    ['公司利润率也从百分之五提高到百分之九。'],
  ],
  [
    'health',
    '县医院里的AI',
    '在县第一人民医院，AI系统帮助医生阅读影像，每天处理上千份检查。',
    ['医院说，诊断报告出得比过去快了一倍。'],
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
  // Session 3: a theme mentioned in passing (a chatbot in a story about clerks losing their jobs), and words the
  // stemmer folds together with a theme's term (generation/generative, images/imaging, explained/explainable,
  // in order to/orders, of course/course, busy/business, allowed/allowance).
  [
    'models',
    'Fewer clerks at the council',
    [
      'The council has cut 40 clerical posts since 2024, and the unions say more will follow. Many of the letters those clerks wrote are now drafted by a chatbot and checked by a supervisor.',
      'Staff who stayed have moved to phone lines and home visits, where demand has grown.',
      'The union wants the savings spent on training for the remaining staff.',
    ],
  ],
  [
    'models',
    'Shorter waits in the emergency department',
    [
      "Patients arriving at the emergency department of St Aidan's now wait 40 minutes on average, down from 70 a year ago. Nurses sort them with help from an AI tool that reads the notes taken at the door.",
      'Doctors say the bigger change was hiring six more triage nurses, which the hospital paid for out of its winter budget.',
      'The hospital will publish a full review of waiting times in the spring.',
    ],
  ],
  [
    'models',
    "The court's ruling",
    [
      'The appeals court ruled that the insurer had acted unlawfully when it refused the claim without telling the customer why.',
      'Lawyers say the ruling will matter to any company that screens people with an algorithm or an AI model, because the court said the duty to explain applies however the decision was made.',
      'The insurer said it would not appeal and would review its complaints procedure.',
    ],
  ],
  [
    'compute',
    'Where the graduates go',
    [
      "Of last year's 300 graduates of the college's technician course, two thirds found jobs within six months, according to the college.",
      'Some were hired by the new data centre outside town; most left for the capital, where wages are higher.',
      'The college plans to add an evening course for adults next year.',
    ],
  ],
  [
    'health',
    'A town that lost its call centre',
    [
      "When the insurer closed its call centre in March, 600 people lost their jobs, and the town's unemployment rate doubled.",
      'Some found work at the hospital and in shops, but most are still looking, the job centre says.',
      'The insurer blamed falling sales and a shift to online claims.',
    ],
  ],
  [
    'robotics',
    'What the economists say',
    [
      'Economists at the central bank expect AI to lift productivity by about 1 % a year over the next decade, mostly in services such as banking, retail and logistics.',
      'They warn that the gains will be uneven: firms that adopt the tools early will grow faster, while others lose market share. Robots, they note, will matter less than software.',
      'Wages in the affected sectors have so far kept pace with inflation.',
    ],
  ],
  [
    'industry',
    'Reading the scans',
    [
      'Radiologists at the hospital now see each chest scan with a second opinion from software, and urgent cases move to the top of the list.',
      "The time to a lung cancer diagnosis has fallen by a week, the hospital says. The software was bought from a start-up, and the company trains it on the hospital's own images.",
    ],
  ],
  [
    'models',
    '学生怎么用AI',
    [
      '不少学生已经习惯用AI写作业提纲，老师们对此看法不一。',
      '学校规定，课堂测验中不得使用任何智能工具，教师会在学期末统一评估新规效果。',
      '教务处表示，下学期将开设信息素养课程，教学生如何核实信息来源。',
    ],
  ],
  [
    'health',
    '法规怎么落地',
    [
      '条例明确，平台处理个人信息前须取得用户同意，违规者最高可处五千万元罚款。',
      '条例同时规定，医疗机构使用的系统另有专门规范。',
      '监管部门将在年内出台配套细则。',
    ],
  ],
  [
    'models',
    'Call centres shrink',
    [
      "The country's call centres employed 80,000 people in 2020 and fewer than 60,000 today, the industry association says. Much of the routine work now goes to chatbots and AI assistants.",
      'Employers say they have moved staff to sales and complaints rather than cut jobs.',
      'Wages in the sector have risen faster than inflation for three years.',
    ],
  ],
  [
    'industry',
    'Keeping patient data safe',
    [
      "The hospital will not send scans to the vendor's cloud; the software runs on servers in its own building. Patients can ask to see every decision it was involved in.",
      'An ethics board reviews the tool twice a year, and the data protection officer checks that consent forms are kept.',
      "The trust says it will publish the board's findings.",
    ],
  ],
  [
    'models',
    'A new generation of phones',
    [
      'The next generation of phones will arrive in the autumn, the company said, and should generate more revenue than the last one did.',
      'For that reason the firm has transformed its shops. Early sales prompted analysts to raise their forecasts.',
    ],
  ],
  [
    'policy',
    'What the new app allows',
    [
      'The app allows drivers to pay for parking by phone. Initially it will work in the city centre only, and it is free to download.',
      'Drivers who tried it said it was easy to use.',
    ],
  ],
  [
    'governance',
    'How the engine works',
    [
      'The engineer explained how the engine works: fuel is pumped in, burned and turned into motion.',
      'She explains it to every new apprentice in the same way.',
    ],
  ],
  [
    'industry',
    'A busy week at the club',
    [
      'It was a busy week at the chess club, which had to deal with twice the usual number of players.',
      'In order to fit everyone in, the organisers borrowed tables from the school.',
    ],
  ],
  [
    'health',
    'Images of the coast',
    [
      'The exhibition shows images of the coast taken over fifty years, from fishing villages to container ports.',
      'Visitors can see the images on a large screen in the main hall.',
    ],
  ],
  [
    'talent',
    'Of course it rained',
    [
      'Of course it rained on the day of the parade, and the floats were soaked before they reached the square.',
      'The organisers said the route would stay the same next year.',
    ],
  ],
  [
    'models',
    'Teachers and the new tools',
    [
      'Teachers at the school say pupils now use chatbots to draft essays, and homework has had to change. Many set more work in class instead.',
      'The head teacher said the school would add lessons on checking sources next term.',
      'Parents will be invited to an evening on the subject in November.',
    ],
  ],
  [
    'models',
    "The tribunal's decision",
    [
      'The employment tribunal found that the company had dismissed the driver unfairly after its scheduling system marked him as late too often.',
      "The judge said managers should have checked the system's data before acting. Using an algorithm, she said, did not change the employer's duties.",
      'The company was ordered to pay 40,000 euros in compensation.',
    ],
  ],
  [
    'robotics',
    'Jobs at the port',
    [
      'The port employs 4,000 dockers, and unions fear the new automated cranes will cost hundreds of jobs over the next decade.',
      'The port authority says no one will be laid off and that staff will be retrained as the machines arrive.',
    ],
  ],
  [
    'industry',
    'At the clinic',
    [
      'The clinic sees 200 patients a day, and doctors say the new scheduling software has cut waiting times by a third.',
      'The software was made by a local company and costs the clinic about 30,000 euros a year.',
      'Nurses say they now spend less time on the phone.',
    ],
  ],
  [
    'policy',
    'Inside the lab',
    [
      "The lab's new model was trained on a cluster of 10,000 GPUs over three months, and its makers say it is the largest built in Europe.",
      'Researchers plan to publish the training recipe and release smaller versions of the model.',
      'The government, which helped pay for the computer, has not said whether it will use the system.',
    ],
  ],
  [
    'health',
    '数据出境有了新规',
    [
      '新规明确，重要数据出境前须通过安全评估，违规企业将被处以罚款。',
      '新规同时提到，医疗、金融等行业另有专门规定。',
      '监管部门表示将加强执法检查。',
    ],
  ],
  // Helpers alone (firm, company, customer, market) signal no theme.
  [
    'industry',
    'A new canteen',
    [
      "The school's new canteen is run by a local firm, and pupils can now buy fruit from the market stall the company set up by the gate.",
      'Teachers say lunch queues are shorter, and fewer pupils leave the school at midday.',
    ],
  ],
  [
    'industry',
    'After the storm',
    [
      "The firm that runs the ferry said customers would get their money back, and the company's boats stayed in port for two days while the market square flooded.",
      'Residents spent the weekend clearing mud from their homes.',
    ],
  ],
  [
    'policy',
    "A start-up's plan",
    [
      'The start-up plans to sell its scheduling software to hospitals across Europe and hopes to double its staff this year.',
      'Its founders, two former nurses, say the idea came from years of juggling rotas by hand.',
      'The company is talking to investors about a new funding round.',
    ],
  ],
  [
    'governance',
    'Safety on the shop floor',
    [
      'The factory has cut accidents by half since it fenced off the robot cells and trained every worker in lockout procedures.',
      'Inspectors praised the plant in their last visit, and the union says staff feel safer.',
    ],
  ],
  [
    'compute',
    'A chip off the old block',
    [
      "The bakery's founder still starts every morning at four, just as her father did, and she is a chip off the old block, her staff say.",
      'The bakery now has three shops and sells its bread to two hotels.',
    ],
  ],
  // Stemmer false friends found by sweeping an English lexicon: anonymous/anonymised, manipulated/manipulator,
  // computer/compute, universal/university.
  [
    'governance',
    'What the officials said',
    [
      'An official at the ministry, speaking on condition of anonymity, said the plan would be delayed by a year.',
      'Another anonymous source said the budget had not been agreed.',
    ],
  ],
  [
    'robotics',
    'Fake pictures of the flood',
    [
      'Manipulated pictures of the flood spread quickly on social media, and several were shared by politicians.',
      'Fact-checkers said the manipulation was easy to spot once the original photos were found.',
    ],
  ],
  [
    'compute',
    'More pupils take computer science',
    [
      'The number of pupils taking computer science at school has doubled in five years, the exam board said.',
      'Girls still make up only a fifth of those sitting the computer exam.',
    ],
  ],
  [
    'talent',
    'A basic income trial',
    [
      'The town will pay 500 adults a universal basic income of 800 euros a month for two years, in a trial that is the first of its kind in the country.',
      'The universal payment will not depend on whether people work.',
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
