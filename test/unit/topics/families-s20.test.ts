// Term families and sense guards added in session 13 for the opened sealed20 half (docs/themes.md, "Session 13,
// sealed20"). Every text here was written for this test, not taken from an evaluation article. The families: urgent
// care in British service words (A&E, out-of-hours), a device or a hall told through its power and cooling, a robot
// arm told through its body and taught by imitation, clinical near misses, people not told about their data, faces
// blurred, decisions handed to software nobody can question, a start-up's seed extension and its new hires, a work
// permit and a government service guide (zh); and the guards: planned maintenance and planning for demand are no
// government plan, a site's construction workforce and staff on contract are jobs, a hospital among a service robot's
// venues is no care, a pay floor among a permit's conditions is no jobs market. A footnote marker set on a word
// (misses¹) no longer hides it.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-13 (sealed20) families: sections whose theme is told only through the new words', () => {
  it('health (en): A&E and the out-of-hours doctor', () => {
    expect(
      themes('en', 'Better than a wait in A&E', [
        'At midnight my daughter was wheezing; the chat told us to ring the out-of-hours doctor, who saw her within the hour.',
      ]),
    ).toContain('health');
    expect(topicTerms('en', 'Suspected meningitis needs a doctor at once.', 'health')).toContain(
      'meningitis',
    );
  });

  it('compute (en): a box told through its power draw, idle and load, and its fan', () => {
    expect(
      themes('en', 'Heat and noise', [
        'Sitting idle it uses about 12 watts and stays quiet. Under load the fan spins up hard, and after twenty minutes of sustained load it starts to throttle from the heat.',
      ]),
    ).toContain('compute');
    expect(topicTerms('en', 'The fans cheered as the team took the lead.', 'compute')).toEqual([]);
    expect(topicTerms('en', 'The office sat idle over the holidays.', 'compute')).toEqual([]);
  });

  it('compute (en): a hall told through its chilled-water loops, pumps and power budget', () => {
    expect(
      themes('en', 'Cause', [
        'One of the chilled-water loops lost a pump, so the hall could not hold its power budget; as coolant warmed, the servers began to throttle.',
      ]),
    ).toContain('compute');
  });

  it('robotics (en): an arm told through its joints, wrist camera and gripper, and taught by imitation', () => {
    expect(
      themes('en', 'The hardware', [
        'It is an articulated arm with a soft gripper and a wrist camera, light enough to sit on a desk.',
      ]),
    ).toContain('robotics');
    expect(
      topicTerms('en', 'You show the robot a task three times and it learns by imitation.', 'robotics'),
    ).toContain('imitation');
    expect(topicTerms('en', 'The handbag was a cheap imitation of the real thing.', 'robotics')).toEqual([]);
  });

  it('governance (en): near misses with a clinical tool, recorded and reported', () => {
    expect(
      themes('en', 'Safety record', [
        'No patient was harmed this year, but staff reported four near misses in which the transcription tool got a drug name wrong.',
      ]),
    ).toContain('governance');
    expect(topicTerms('en', 'Suspected errors (near misses²) are listed below.', 'governance')).toContain(
      'near miss',
    );
  });

  it('governance (en): people not told, records stored, faces blurred, decisions nobody can question', () => {
    expect(
      topicTerms('en', 'Call transcripts went to the vendor and customers have not been told.', 'governance'),
    ).toContain('not been told');
    expect(topicTerms('en', 'Nobody asked where the chat logs were stored.', 'governance')).toContain(
      'stored',
    );
    expect(topicTerms('en', 'The app store listing was updated.', 'governance')).toEqual([]);
    expect(topicTerms('en', 'The doorbell camera will blur faces of passers-by.', 'governance')).toContain(
      'blur faces',
    );
    expect(
      topicTerms(
        'en',
        'Benefit decisions are being handed to software that claimants cannot question.',
        'governance',
      ),
    ).toEqual(expect.arrayContaining(['handed to software', 'cannot question']));
  });

  it("industry (en): a start-up's seed extension and its next market segment", () => {
    expect(
      themes('en', 'What we need', [
        'Warm introductions to hotel groups, our next segment.',
        'Comments on the terms of our seed extension before we close it.',
      ]),
    ).toContain('industry');
  });

  it("talent (en): a start-up's hires — who joins as a head of something", () => {
    expect(
      themes('en', 'People', [
        'We hired a designer this month, and a former bank CTO joins as head of platform in April.',
      ]),
    ).toContain('talent');
  });

  it('policy (zh and en): a work permit and a government service guide', () => {
    expect(topicTerms('zh', '用人单位提交工作许可申请，窗口受理后七个工作日内办结。', 'policy')).toEqual(
      expect.arrayContaining(['工作许可', '受理', '办结']),
    );
    expect(topicTerms('zh', '外国專家工作許可由科技局核發。', 'policy')).toContain('工作许可');
    expect(topicTerms('en', 'She was granted a work permit last spring.', 'policy')).toContain('work permit');
  });
});

describe('session-13 (sealed20) step 2: release notes, supply risk and the machines that learn', () => {
  it("models (en): an app's release notes built on a new version of its language model", () => {
    expect(
      themes('en', "What's changed", [
        'Replies in Gaelic now come from a new version of our language model, which copes better with slang.',
        'Fixed a crash on the settings page.',
      ]),
    ).toContain('models');
    expect(topicTerms('en', 'A new version of the timetable is out.', 'models')).toEqual([]);
  });

  it("industry (en): a maker's suppliers and their lead times", () => {
    expect(
      topicTerms('en', "If our supplier's lead times slip, deliveries move to spring.", 'industry'),
    ).toContain('lead time');
    expect(topicTerms('en', 'She took the lead time after time.', 'industry')).toEqual([]);
  });

  it('a model taught to check itself and software that learns are no pupils; people who learn still are', () => {
    expect(topicTerms('en', 'The lab is teaching models to explain their answers.', 'talent')).toEqual([]);
    expect(topicTerms('en', 'Our learning software runs on the device.', 'talent')).toEqual([]);
    expect(topicTerms('en', 'Adults learn to code at the library on Tuesdays.', 'talent')).toContain('learn');
  });

  it("a product's safety certification is no qualification; a course certificate still is; the supply of parts is trade", () => {
    expect(
      topicTerms('en', 'The charger still needs its safety certification before it can ship.', 'talent'),
    ).toEqual([]);
    expect(topicTerms('en', 'Learners get a certificate after the course.', 'talent')).toContain(
      'certificate',
    );
    expect(
      topicTerms('en', 'The supply of motors is tight and our supplier wants more notice.', 'industry'),
    ).toEqual(expect.arrayContaining(['supply', 'supplier']));
  });

  it("a trade's own association is named for the trade (zh); a laboratory's name still is not", () => {
    expect(topicTerms('zh', '该标准由南江市机器人产业协会提出。', 'robotics')).toContain('机器人');
    expect(topicTerms('zh', '她在智能制造及机器人重点实验室工作。', 'robotics')).toEqual([]);
  });

  it('中 + 标注 is no 中标 (zh); a tender won still is', () => {
    expect(topicTerms('zh', '示意图中标注了每台设备的位置。', 'industry')).toEqual([]);
    expect(topicTerms('zh', '这家公司去年中标三个智慧园区项目。', 'industry')).toContain('中标');
  });

  it('用 + 工人 is no 用工 (zh); 用工 still is', () => {
    expect(topicTerms('zh', '随后再用工人手工分拣的数据校准。', 'industry')).toEqual([]);
    expect(topicTerms('zh', '制造业用工需求回升。', 'industry')).toContain('用工');
  });

  it("a developer's planning application is no government plan", () => {
    expect(topicTerms('en', 'The firm lodged planning applications for two halls.', 'policy')).toEqual([]);
  });
});

describe('session-13 (sealed20) guards: the other senses', () => {
  it('planned maintenance and planning for demand are no government plan; a national plan still is', () => {
    expect(topicTerms('en', 'The site was down for planned maintenance.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'Utilities are planning for a hotter summer.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The cabinet published its national AI plan.', 'policy')).toContain('plan');
  });

  it("a site's construction workforce and its staff on contract are jobs, not skills", () => {
    expect(
      topicTerms(
        'en',
        'The construction workforce topped 900; the filings show 120 people employed, mostly staff and electricians on contract.',
        'talent',
      ),
    ).toEqual([]);
    expect(topicTerms('en', 'The region needs a workforce ready for AI.', 'talent')).toContain('workforce');
  });

  it("an employer who hires a foreign professional for a permit is the talent story's, not the jobs market", () => {
    expect(
      topicTerms('en', 'Engineers hired by an employer in the zone may apply for the permit.', 'industry'),
    ).toEqual([]);
    expect(topicTerms('en', 'The largest employer in town cut 300 jobs.', 'industry')).toContain(
      'employment',
    );
  });

  it("a hospital among a service robot's venues, and medical devices excluded, are no care (zh)", () => {
    expect(
      topicTerms('zh', '该机器人可在商场、医院、酒店等场所引导访客，不适用于医疗器械。', 'health'),
    ).toEqual([]);
    expect(topicTerms('zh', '医院引进了新的影像系统。', 'health')).toContain('医院');
  });

  it("a pay floor among a permit's conditions is a criterion, not the jobs market (zh)", () => {
    expect(topicTerms('zh', '申请人年薪不低于本市平均工资的三倍。', 'industry')).not.toContain('工资');
    expect(topicTerms('zh', '今年算法工程师的工资上涨了一成。', 'industry')).toContain('工资');
  });
});
