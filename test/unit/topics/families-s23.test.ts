// Term families and sense guards added for the opened sealed23 half (docs/themes.md, "Session 15, sealed23"). Every
// text here was written for this test, not taken from an evaluation article. The families: a model served on
// accelerators told through its machinery (the key-value cache, the scheduler and the batch, replicas behind an
// inference server, a load generator; 推理服务, 张量并行, 压测), a machine that learns and images a model generates, a
// school's rules on AI told through what they protect and forbid (pupil data, student records, AI-detection software),
// a maker's pledge that the data is not used for training (不会用于训练模型), a robot as AI acting in the physical world
// (物理世界, 物理AI), what the public medical insurance pays for (纳入医保支付范围, 乙类, 自付; Taiwan's 健保給付,
// 部分負擔); and the guards: teaching the software is no lesson, the audience a notice addresses (各位学员) is not its
// subject, an insurer's health plan is no government plan, a non-discrimination notice is boilerplate, a dishwasher's
// rack holds no servers.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-15 (sealed23) families: sections whose theme is told only through the new words', () => {
  it('compute (en): an inference server’s cache, scheduler, batch and replicas', () => {
    expect(
      themes('en', 'What goes wrong', [
        'Once the key-value cache on every GPU is nearly full, the scheduler stops admitting long prompts to the batch.',
      ]),
    ).toContain('compute');
    expect(
      topicTerms(
        'en',
        'We put a second replica behind the inference server after the load generator showed requests piling up.',
        'compute',
      ),
    ).toEqual(expect.arrayContaining(['replica', 'inference server', 'load generator']));
  });

  it('compute (zh): an inference service under a load test, tensor parallelism', () => {
    expect(
      themes('zh', '扩容记录', ['压测时并发请求一多，推理服务就开始排队；我们把张量并行从4路改成8路。']),
    ).toContain('compute');
  });

  it('models (en): a machine that learns, an image-generation model; people who learn are not', () => {
    expect(
      themes('en', 'In the print room', [
        'By now the machine has learned the house colours.',
        'An image-generation model proposes forty prints a week, and the designers keep two.',
      ]),
    ).toContain('models');
    expect(topicTerms('en', 'Children learn best from each other.', 'models')).toEqual([]);
  });

  it('governance (en): a school board’s AI rules — pupil data, student records, AI-detection software', () => {
    expect(
      themes('en', 'Item 4.2: AI tools in classrooms', [
        'Pupil data may never be typed into unapproved tools, and AI-detection software cannot be the sole basis for a penalty.',
        'Contracts must forbid suppliers from reusing student records.',
      ]),
    ).toContain('governance');
  });

  it('governance (zh): the data is not used to train a model — a pledge, not a model trained', () => {
    const pledge = ['对话记录加密保存，可随时删除；未经您的同意，这些数据不会用于训练模型。'];
    expect(themes('zh', '数据去向', pledge)).toContain('governance');
    expect(themes('zh', '数据去向', pledge)).not.toContain('models');
  });

  it('robotics (zh, en): an agent perceiving and acting in the physical world, physical AI', () => {
    expect(themes('zh', '报告主题', ['智能体如何在物理世界中感知与行动，是物理AI的核心问题。'])).toContain(
      'robotics',
    );
    expect(topicTerms('zh', '数字孪生把物理世界搬进屏幕。', 'robotics')).toEqual([]);
    expect(topicTerms('en', 'Physical AI means robots that act in the physical world.', 'robotics')).toEqual(
      expect.arrayContaining(['physical ai', 'physical world']),
    );
  });

  it('policy (zh): what the medical insurance pays for, Simplified and Traditional', () => {
    expect(
      themes('zh', '哪些项目能报销', ['康复评定已纳入医保支付范围，按乙类项目管理，个人先行自付20%。']),
    ).toContain('policy');
    expect(topicTerms('zh', '該項檢查已納入健保給付，部分負擔依規定計收。', 'policy')).toEqual(
      expect.arrayContaining(['健保给付', '部分负担']),
    );
  });
});

describe('session-15 (sealed23) guards: the same words in another sense', () => {
  it('talent (en): teaching the software one’s judgment is no lesson; teaching a class is', () => {
    expect(
      topicTerms('en', 'She was asked to teach the software how she handles odd invoices.', 'talent'),
    ).toEqual([]);
    expect(topicTerms('en', 'She will teach the evening class.', 'talent')).toContain('teach');
  });

  it('talent (zh): the audience addressed (各位学员) is not the subject; the learners counted are', () => {
    expect(topicTerms('zh', '请各位学员注意保管好个人财物。', 'talent')).toEqual([]);
    expect(topicTerms('zh', '本期学员共四十人。', 'talent')).toContain('学员');
  });

  it('policy (en): an insurer’s health plan is no government plan', () => {
    expect(topicTerms('en', 'Your health plan covers the second scan.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The government published its plan for rural clinics.', 'policy')).toContain(
      'plan',
    );
  });

  it('governance (en): a non-discrimination notice is boilerplate; discrimination by a system is not', () => {
    expect(
      topicTerms(
        'en',
        'The Fund does not discriminate on the basis of race, colour or disability.',
        'governance',
      ),
    ).toEqual([]);
    expect(
      topicTerms('en', 'The audit found discrimination against older applicants.', 'governance'),
    ).toContain('discrimination');
  });

  it('compute (en): a dishwasher’s rack holds no servers', () => {
    expect(topicTerms('en', 'Stack the plates in the lower rack of the dishwasher.', 'compute')).toEqual([]);
  });
});

describe('session-15 (sealed23) families, widened beyond the half: the same kinds said in other words', () => {
  it('compute (en): a GPU job out of memory, CUDA, a spot instance', () => {
    expect(
      topicTerms(
        'en',
        'The job kept running out of memory on the GPU until we moved it to a spot instance with a newer CUDA.',
        'compute',
      ),
    ).toEqual(expect.arrayContaining(['out of memory', 'spot instance', 'cuda']));
  });

  it('compute (zh): inference cards racked, operators ported, the cluster enlarged', () => {
    expect(themes('zh', '扩容进展', ['新到的推理卡已经上架，算子适配完成后集群扩容一倍。'])).toContain(
      'compute',
    );
  });

  it('governance (en): recordings never used for training, pupils’ privacy laws', () => {
    expect(
      themes('en', 'Your recordings', [
        'Recordings of your calls are never used for training, and you can opt out at any time.',
      ]),
    ).toContain('governance');
    expect(topicTerms('en', 'FERPA and COPPA set the floor for student privacy.', 'governance')).toEqual(
      expect.arrayContaining(['ferpa', 'coppa', 'student privacy']),
    );
  });

  it('governance (zh): conversations not used to train, pupils’ privacy', () => {
    expect(
      topicTerms('zh', '未经授权，用户的对话不会用来训练模型；学生隐私另有规定。', 'governance'),
    ).toEqual(expect.arrayContaining(['用来训练', '学生隐私']));
  });

  it('robotics (en): embodied intelligence and embodied agents', () => {
    expect(
      topicTerms('en', 'The lab studies embodied intelligence with embodied agents in homes.', 'robotics'),
    ).toEqual(expect.arrayContaining(['embodied intelligence', 'embodied agent']));
  });

  it('policy (zh): the medical-insurance bureau sets what is paid', () => {
    expect(topicTerms('zh', '省医疗保障局公布了新的支付标准。', 'policy')).toContain('医疗保障局');
  });
});
