// Term families, sense guards and one rule added for the opened sealed25 half (docs/themes.md, "Session 16,
// sealed25"). Every text here was written for this test, not taken from an evaluation article. The rule: the head a
// title's compound term ends with (机器人 in 人形机器人, robot in collaborative robot) counts as the title's term for
// `titlePlaces` (`titleHeads`). The families: inference and training as a platform's jobs (在线推理, 推理任务 …) are
// compute; what a model makes and judges (AI生成, 智能阅卷, automated grading, recognition beside an algorithm); a
// vessel or a vehicle that steers itself; robotic manipulation and grasping measures; machines that dispense
// medicines. The guards: an official's discipline (纪检监察, 廉洁) is not AI governance and their own 履职 in a
// 述职述廉 report no deputy's policy; a ship's course is no class; a CV clinic no medicine; an engineer's latency
// budget no public money; proposing a method no policy proposal; a university's department not the state's; a
// robot arm's manipulation no manipulation of people.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { classifyArticle, THRESHOLDS } from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

describe('session-16 (sealed25) title heads: the head of the title’s compound term said again in a section', () => {
  const page = (title: string, body: string) =>
    parseArticle(`# ${title}\n\n${body}\n`, { file: 'title-head.md' }).article!;
  const themesOf = (article: ReturnType<typeof page>, id: string, tuning = THRESHOLDS) =>
    classifyArticle(article, taxonomy, tuning)
      .find((s) => s.sectionId === id)!
      .themes.map((m) => m.topic);
  const zhBody = [
    '来源：厂区通讯',
    '',
    '## 第一周',
    '',
    '周一早上，机器人跟着班组长走完了整条三号线，中午在门口等大家吃完饭。',
    '',
    '食堂周三起延长供餐时间。',
  ].join('\n');
  const enBody = [
    'Where: the bottling hall',
    '',
    '## Week one',
    '',
    'On Monday the robot followed the shift lead along line three and stacked the empty crates by the door.',
    '',
    'The canteen opens half an hour later from Wednesday.',
  ].join('\n');

  it('tags the section when the title names a kind of robot and the section says robot once (zh, en)', () => {
    expect(themesOf(page('人形机器人进车间的第一周', zhBody), 's1')).toContain('robotics');
    expect(themesOf(page('A collaborative robot joins the bottling hall', enBody), 's1')).toContain(
      'robotics',
    );
  });
  it('does not with the rule off, nor when the title names no robot', () => {
    expect(
      themesOf(page('人形机器人进车间的第一周', zhBody), 's1', { ...THRESHOLDS, titleHeads: false }),
    ).not.toContain('robotics');
    expect(themesOf(page('车间的第一周', zhBody), 's1')).not.toContain('robotics');
  });
});

describe('session-16 (sealed25) families: themes told only through the new words', () => {
  it('compute (zh): inference and training as the jobs a platform runs, not the models’ research', () => {
    const said = themes('zh', '资源说明', [
      '平台同时承载在线推理和批量推理，训练任务排在夜间；推理节点的配额按卡分配，利用率偏低的集群会缩容。',
    ]);
    expect(said).toContain('compute');
    expect(said).not.toContain('models');
    expect(topicTerms('zh', '离线推理的推理资源另行申请', 'models')).toEqual([]);
  });

  it('models (zh): what a model makes and judges — AI生成, machine marking, recognition beside an algorithm', () => {
    expect(topicTerms('zh', '展板上的插画均为AI生成', 'models')).toContain('AI生成');
    expect(
      themes('zh', '期末考试', ['今年的作文试行智能阅卷，评分算法会识别跑题和抄袭，再由老师抽查。']),
    ).toContain('models');
    expect(topicTerms('zh', '请携带身份证以便识别身份', 'models')).toEqual([]);
  });

  it('models (en): marking and scoring by machine, recognition of images', () => {
    expect(
      topicTerms(
        'en',
        'Essays go through automated grading, and image recognition checks the diagrams.',
        'models',
      ),
    ).toEqual(expect.arrayContaining(['automated grading', 'image recognition']));
  });

  it('robotics (en): a vessel that steers itself, and the human who takes back control', () => {
    expect(
      themes('en', 'How the new tug works', [
        'On the approach the autopilot holds the line; the system can steer the tug to the quay using lidar and radar, and the skipper can take back control with one button.',
      ]),
    ).toContain('robotics');
    expect(topicTerms('en', 'The steering committee meets on Friday.', 'robotics')).toEqual([]);
    expect(
      topicTerms('en', 'Voters were told they would take back control of the borders.', 'robotics'),
    ).toEqual([]);
    expect(topicTerms('en', 'Heavy rain showed on the weather radar all morning.', 'robotics')).toEqual([]);
  });

  it('robotics (en): robotic manipulation and grasping told by its measures', () => {
    expect(
      topicTerms(
        'en',
        'She leads mobile manipulation; the grasp success fell after the new boxes arrived.',
        'robotics',
      ),
    ).toEqual(expect.arrayContaining(['mobile manipulation', 'grasp success']));
    expect(topicTerms('en', 'The gripper’s manipulation of soft fruit is still slow.', 'governance')).toEqual(
      [],
    );
    expect(topicTerms('en', 'The app’s manipulation of teenage users drew a fine.', 'governance')).toContain(
      'manipulation',
    );
  });

  it('robotics (en): machines that dispense medicines', () => {
    expect(
      topicTerms(
        'en',
        'The ward bought a dispensing robot; Mell Automation fitted the cabinet and trained the pharmacists.',
        'robotics',
      ),
    ).toEqual(expect.arrayContaining(['dispensing robot', 'automated']));
  });
});

describe('session-16 (sealed25) second step: a card’s memory, a hiring decision, the zh side', () => {
  it('compute (en): a model’s training told through a card’s gigabytes and mixed precision', () => {
    expect(
      themes('en', 'Will it fit?', [
        'With mixed precision the run needs about 30 GB, so a single 24 GB card is not enough; two cards are.',
      ]),
    ).toContain('compute');
    expect(topicTerms('en', 'The camera takes a 64 GB memory card.', 'compute')).toEqual([]);
  });

  it('talent (en): an offer made to a candidate, a notice period', () => {
    expect(
      themes('en', 'Panel notes', [
        'The panel agreed he should get an offer today; his notice period is a month.',
      ]),
    ).toContain('talent');
    expect(topicTerms('en', 'The bakery has an offer on bread rolls.', 'talent')).toEqual([]);
  });

  it('robotics (zh): crewless boats, self-berthing ships, the safety driver who takes over', () => {
    expect(themes('zh', '试航', ['这艘无人船可以自主航行，到港后自动靠泊，船长只在必要时接管。'])).toContain(
      'robotics',
    );
    expect(topicTerms('zh', '市政府接管了这家医院', 'robotics')).toEqual([]);
  });

  it('robotics (zh) and compute (zh): dispensing robots, mixed precision and gradient checkpoints', () => {
    expect(topicTerms('zh', '药房新添两台发药机器人', 'robotics')).toContain('发药机器人');
    expect(topicTerms('zh', '开启混合精度和梯度检查点后不再爆显存', 'compute')).toEqual(
      expect.arrayContaining(['混合精度', '梯度检查点', '爆显存']),
    );
  });
});

describe('session-16 (sealed25) guards: the same words in another sense', () => {
  it('governance (zh): an official’s discipline is not AI governance', () => {
    expect(themes('zh', '廉洁情况', ['项目采购全程接受纪检监察和审计监督，本人未收受礼金。'])).not.toContain(
      'governance',
    );
    expect(topicTerms('zh', '算法上线前须接受第三方审计', 'governance')).toContain('审计');
  });

  it('policy (zh): an official’s own 履职 in a 述职述廉 report', () => {
    expect(topicTerms('zh', '现将本人一年来履职及廉洁自律情况报告如下', 'policy')).toEqual([]);
    expect(topicTerms('zh', '代表们积极履职，提出多项建议', 'policy')).toContain('履职');
  });

  it('talent (en): a ship’s course and speed', () => {
    expect(topicTerms('en', 'The pilot set a course and speed for the channel.', 'talent')).toEqual([]);
    expect(topicTerms('en', 'She signed up for a welding course.', 'talent')).toContain('course');
  });

  it('health (en): a CV clinic is no clinic', () => {
    expect(topicTerms('en', 'Bring your draft to the CV clinic on Thursday.', 'health')).toEqual([]);
    expect(topicTerms('en', 'The clinic opens at eight.', 'health')).not.toEqual([]);
  });

  it('policy (en): a latency budget, a proposed method, a university department', () => {
    expect(topicTerms('en', 'The arm has a latency budget of 40 ms.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'He proposed sorting the queue by age.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'Ask the department for more desks on the campus.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The council’s budget and the new proposal', 'policy')).toEqual(
      expect.arrayContaining(['budget', 'proposal']),
    );
  });
});
