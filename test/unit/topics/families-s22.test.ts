// Term families and sense guards added for the opened sealed22 half (docs/themes.md, "Session 14, sealed22"). Every
// text here was written for this test, not taken from an evaluation article. The families: hearing and sight told
// through their checks (a hearing loss, an audiologist, glue ear, an optician; 助听器, 听力损失, 人工耳蜗, 眼科), a
// model's safety told through the requests it should refuse or answer (harmful, unsafe, benign requests, over-refusal),
// children's data never sold to advertisers and deleted after a time, consent and records in Chinese (书面同意,
// 征得…同意, 调取 recordings, deleting one's records), a model's content filter (内容过滤, 诱导 children), risk tiers
// (风险分级, 部署者, 法域), researchers who leave and return (人才回流, 海归, 回国 beside a doctorate; researchers and
// scholars as helpers), children learning about AI (科普, 少儿, 亲子), a company's equity funding, a legged robot's
// balance; and the guards: a robot's learned policy and the grasp it proposes are no government policy, a
// foundation's grant no public funding, a planning committee and a building's plans no government plan, a museum's
// acquisitions no deal, conditions of business no trade, a control rack or a bike rack no servers, a resident's
// suggestion (居民建议) no proposal and a leaflet printed for each household (印发到每户) no policy issued.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-14 (sealed22) families: sections whose theme is told only through the new words', () => {
  it('health (en): glue ear found by an audiologist, a treatable hearing loss, an optician', () => {
    expect(
      themes('en', 'Why the check matters', [
        'Toddlers with glue ear often go unnoticed until an audiologist finds a hearing loss; most cases are treatable.',
      ]),
    ).toContain('health');
    expect(
      topicTerms('en', 'The optician sent her for a sight test after the eye test at school.', 'health'),
    ).toEqual(expect.arrayContaining(['optician', 'sight test', 'eye test']));
  });

  it('health (zh): hearing aids and implants, Simplified and Traditional; a listening exam is no hearing', () => {
    expect(themes('zh', '随访安排', ['两个孩子戴上了助听器，另一个孩子的人工耳蜗已经排期。'])).toContain(
      'health',
    );
    expect(topicTerms('zh', '這副助聽器是給聽力損失的老人配的。', 'health')).toEqual(
      expect.arrayContaining(['助听器', '听力损失']),
    );
    expect(topicTerms('zh', '英语听力考试安排在下午。', 'health')).toEqual([]);
  });

  it('governance (en): the harmful requests a model should refuse and the benign ones it should answer', () => {
    expect(
      themes('en', 'Scoring', [
        'The new suite counts how often the assistant complies with harmful requests and how often it turns away benign requests.',
      ]),
    ).toContain('governance');
    expect(
      topicTerms('en', 'Reviewers flagged every unsafe answer in the safety benchmark.', 'governance'),
    ).toEqual(expect.arrayContaining(['unsafe answer', 'safety benchmark']));
  });

  it('governance (en): children’s data never sold to advertisers, deleted after a time; over-refusal as safety', () => {
    expect(
      themes('en', 'Looking after the recordings', [
        'Recordings are never sold to advertisers and are deleted after a year; a parent can ask for their children’s data to be removed.',
      ]),
    ).toContain('governance');
    expect(topicTerms('en', 'The over-refusal score fell by half.', 'governance')).toContain('over-refusal');
    expect(topicTerms('en', 'The shop deleted two photos from its window display.', 'governance')).toEqual(
      [],
    );
  });

  it('governance (zh): written consent, who may retrieve recordings, deleting one’s records', () => {
    expect(
      themes('zh', '家属须知', ['录像只有在家属书面同意后才能调取，用户可随时在设置里删除聊天记录。']),
    ).toContain('governance');
    expect(topicTerms('zh', '上线前会弹窗征得您的同意。', 'governance')).toContain('同意');
    expect(topicTerms('zh', '经国务院同意，设立新区。', 'governance')).not.toContain('同意');
  });

  it('governance (zh): a content filter that fails, a toy that leads children on', () => {
    expect(topicTerms('zh', '内容过滤失效后，玩具可能诱导儿童模仿危险动作。', 'governance')).toEqual(
      expect.arrayContaining(['内容过滤', '诱导']),
    );
  });

  it('governance (zh): risk tiers, the deployer’s duties, jurisdictions', () => {
    expect(
      themes('zh', '本节要点', [
        '按风险分级确定义务：部署者承担的义务重于开发者。',
        '不同法域对此界定不一。',
      ]),
    ).toContain('governance');
  });

  it('talent (zh): researchers who leave and come back; money flowing back is no talent', () => {
    expect(themes('zh', '留人之难', ['那位研究者博士毕业后在海外待了六年，去年才回国。'])).toContain(
      'talent',
    );
    expect(topicTerms('zh', '人才回流和海归创业都在增加。', 'talent')).toEqual(
      expect.arrayContaining(['人才回流', '海归']),
    );
    expect(topicTerms('zh', '资金回流到国内股市。', 'talent')).toEqual([]);
  });

  it('talent (zh): a popular-science book for children and their parents', () => {
    expect(
      themes('zh', '《机器人会做梦吗》', ['一本写给孩子们的科普绘本，适合亲子共读。'], '少儿读物'),
    ).toContain('talent');
  });

  it('industry (en): equity funding told by its kind', () => {
    expect(
      topicTerms('en', 'Most of the money was equity funding; the rest came as debt financing.', 'industry'),
    ).toEqual(expect.arrayContaining(['equity funding', 'debt financing']));
  });

  it('robotics (en): a legged robot’s balance and walking trials', () => {
    expect(
      topicTerms(
        'en',
        'The team tuned the balance controller before the walking trials of the biped.',
        'robotics',
      ),
    ).toEqual(expect.arrayContaining(['balance controller', 'walking trial']));
  });
});

describe('session-14 (sealed22) families, widened beyond the half: the same kinds said in other words', () => {
  it('health: tinnitus and myopia; 近视防控, 弱视, 白内障; an idiom’s 眼底 is no eye', () => {
    expect(
      themes('en', 'At the clinic', [
        'Referrals for tinnitus rose, and myopia now affects one pupil in three.',
      ]),
    ).toContain('health');
    expect(themes('zh', '体检', ['学校开展近视防控，筛出弱视和白内障的孩子各三名。'])).toContain('health');
    expect(topicTerms('zh', '山顶上全城美景尽收眼底。', 'health')).toEqual([]);
  });

  it('governance (en): a content filter, harmful content, data minimisation', () => {
    expect(
      topicTerms(
        'en',
        'The content filter missed harmful content; the audit urged data minimisation.',
        'governance',
      ),
    ).toEqual(expect.arrayContaining(['content filter', 'harmful content', 'data minimisation']));
  });

  it('talent (en): returnee researchers and a diaspora of scientists; a diaspora alone is no talent', () => {
    expect(
      themes('en', 'Coming home', [
        'Returnee researchers now lead four labs, and the diaspora of scientists abroad is shrinking.',
      ]),
    ).toContain('talent');
    expect(topicTerms('en', 'The diaspora celebrated the festival in the square.', 'talent')).toEqual([]);
  });
});

describe('session-14 (sealed22) guards: the other senses', () => {
  it('a robot’s learned policy and the grasp it proposes are no government policy', () => {
    expect(
      topicTerms(
        'en',
        'The arm runs a learned control policy that proposes a grasp for each parcel.',
        'policy',
      ),
    ).toEqual([]);
    expect(topicTerms('en', 'The government set out its policy on AI in schools.', 'policy')).toContain(
      'policy',
    );
  });

  it('a foundation’s grant is philanthropy; a government grant is policy', () => {
    expect(
      topicTerms('en', 'The restoration was paid for by a grant from the Ashcombe Foundation.', 'policy'),
    ).toEqual([]);
    expect(topicTerms('en', 'Start-ups can apply for a government grant.', 'policy')).toContain('grant');
  });

  it('a planning committee and a building’s plans are no government plan', () => {
    expect(
      topicTerms(
        'en',
        'The scheme goes before the planning committee in March; plans and drawings can be viewed online.',
        'policy',
      ),
    ).not.toContain('plan');
    expect(topicTerms('en', 'The council adopted a plan to put AI in every school.', 'policy')).toContain(
      'plan',
    );
  });

  it('a museum’s acquisitions are its collecting; conditions of business are no trade', () => {
    expect(
      topicTerms('en', 'We thank our donors: the acquisitions of the year include a loom.', 'industry'),
    ).toEqual([]);
    expect(topicTerms('en', 'The curator hopes to acquire a second loom.', 'industry')).toEqual([]);
    expect(topicTerms('en', 'The acquisition of the chip designer closed in May.', 'industry')).toContain(
      'acquisition',
    );
    expect(topicTerms('en', 'Our conditions of business apply to every lot.', 'industry')).toEqual([]);
  });

  it('a control rack or a bike rack holds no servers; a rack of accelerators does', () => {
    expect(
      topicTerms('en', 'Bikes hang on a bike rack beside the control rack of the old press.', 'compute'),
    ).toEqual([]);
    expect(topicTerms('en', 'Each rack of accelerators draws 40 kW.', 'compute')).toContain('rack');
  });

  it('a resident’s suggestion is no proposal; a leaflet printed for each household is no policy issued', () => {
    expect(topicTerms('zh', '有居民建议延长开放时间。', 'policy')).toEqual([]);
    expect(topicTerms('zh', '使用须知已印发到每户。', 'policy')).toEqual([]);
    expect(topicTerms('zh', '省政府印发实施方案。', 'policy')).toContain('印发');
  });
});
