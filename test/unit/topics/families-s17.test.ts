// Term families and sense guards added in session 11 for the opened sealed17 half (docs/themes.md, "Session 11,
// sealed17"). Every text here was written for this test, not taken from an evaluation article. The families: a
// model's life cycle in an API changelog (deprecation, a version retired or sunset, an endpoint), police face
// matching and its harms, a court's judgment told through what it orders and how the case ends (zh, Simplified and
// Traditional), a university's hiring notice (zh); and the guards: a provider's usage policy is no public policy,
// machine learning as the subject a course teaches is no model news, a research university is no research news,
// a council's minutes name the council on every item, a plea for local vendors is procurement, the police
// department is no ministry, a contract's damages for a missed service level are no court's award.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { classifySection, THRESHOLDS } from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-11 (sealed17) families: sections whose theme is told only through the new words', () => {
  it('models (en): a changelog that retires a model version and an endpoint', () => {
    expect(
      themes('en', 'Deprecations', [
        'The 4.1 model version is retired at the end of March; calls to it return an error afterwards.',
        'The old embeddings endpoint closes to new accounts in June.',
        'The top_k parameter has no effect from this release on.',
      ]),
    ).toContain('models');
    expect(topicTerms('en', 'Version 2 of the API will be sunset next spring.', 'models')).toContain(
      'sunset',
    );
    expect(topicTerms('en', 'The bill has a sunset clause.', 'models')).toEqual([]);
    expect(topicTerms('en', 'The primary endpoint of the trial was survival.', 'models')).toEqual([]);
  });

  it('a retired model is no retirement; a retired teacher still is', () => {
    expect(topicTerms('en', 'That model was retired in May.', 'talent')).toEqual([]);
    expect(topicTerms('en', 'The head teacher retired in May.', 'talent')).toContain('retire');
  });

  it('governance (en): police face matching and a wrongful arrest', () => {
    expect(
      topicTerms(
        'en',
        'Residents asked the board to stop officers using face matching after a man was misidentified and faced a wrongful arrest.',
        'governance',
      ),
    ).toEqual(expect.arrayContaining(['face matching', 'misidentified', 'wrongful arrest']));
  });

  it('governance (zh): a judgment told through what the court orders and the appeal, Simplified and Traditional', () => {
    expect(topicTerms('zh', '二审驳回上诉、维持原判，判令该平台停止侵害并赔礼道歉。', 'governance')).toEqual(
      expect.arrayContaining(['驳回上诉', '维持原判', '判令', '停止侵害', '赔礼道歉']),
    );
    expect(topicTerms('zh', '該公司一審敗訴後提起上訴，判決書已送達。', 'governance')).toEqual(
      expect.arrayContaining(['败诉', '上诉', '判决书']),
    );
    expect(
      themes('zh', '裁判要旨', [
        '合议庭认为，开发者擅自使用他人作品训练配音软件，应当停止侵害并赔礼道歉；原告胜诉后，被告未上诉。',
      ]),
    ).toContain('governance');
  });

  it('talent (zh): a hiring notice — its fields, tenure track and start-up funds, Simplified and Traditional', () => {
    expect(topicTerms('zh', '诚聘英才：招聘方向含计算机视觉。', 'talent')).toEqual(
      expect.arrayContaining(['诚聘', '英才', '招聘方向']),
    );
    expect(
      themes('zh', '岗位设置', [
        '助理教授、副教授：具有两年以上海外科研经历，入职可获科研启动经费。',
        '長聘教職：講座教授可由人事處另行商定。',
      ]),
    ).toContain('talent');
  });
});

describe('session-11 (sealed17) guards: the other senses', () => {
  it("a provider's usage or content policy is the terms its customers accept, not public policy", () => {
    expect(
      themes('en', 'Acceptable use', [
        'Our usage policy now forbids cloning a voice without consent, and the content policy bans impersonation.',
      ]),
    ).not.toContain('policy');
    expect(topicTerms('en', 'The new usage policy bans voice cloning.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The ministry set out its policy on chips.', 'policy')).toContain('policy');
  });

  it('machine learning taught in a course or a fellowship is education, not model news', () => {
    expect(
      topicTerms('en', 'The college runs an evening course in machine learning for nurses.', 'models'),
    ).toEqual([]);
    expect(topicTerms('en', 'The firm used machine learning to rank loan applicants.', 'models')).toContain(
      'machine learning',
    );
    expect(topicTerms('en', 'She teaches at a research university.', 'models')).toEqual([]);
  });

  it("a council's minutes: the council is the meeting, a plea for local vendors is procurement", () => {
    expect(
      themes('en', 'Public comment', [
        'The mayor called the meeting to order. Speakers urged the council to ban face matching by the police department after a wrongful arrest; a retailers’ chamber of commerce asked that local vendors win more city contracts.',
      ]),
    ).toEqual(['governance']);
    expect(topicTerms('en', 'The vendor won a contract with the army.', 'industry')).toEqual(
      expect.arrayContaining(['vendor', 'contract']),
    );
    expect(topicTerms('en', 'The police department hired two analysts.', 'policy')).toEqual([]);
  });

  it("a contract's damages for a missed service level are the deal's, not a court's award (zh)", () => {
    expect(topicTerms('zh', '协议约定服务可用性低于99%时按违约金条款赔偿。', 'governance')).toEqual([]);
    expect(topicTerms('zh', '法院判决被告赔偿原告损失。', 'governance')).toContain('赔偿');
  });
});

describe("session-11 (sealed17) rule: a heading that names the article's subject with an unambiguous word", () => {
  let taxonomy: Taxonomy;
  beforeAll(async () => {
    taxonomy = await loadTaxonomyFile();
  });
  const fields = {
    id: 's2',
    heading: '（二）招聘方向与人数',
    line: 1,
    paragraphs: [
      '计算机视觉与图像理解，2人；',
      '自然语言处理与知识图谱，1人；',
      '智能机器人感知与控制，2人。',
    ].map((text, index) => ({ index, line: index + 2, text })),
  };

  it("tags the subject (a hiring notice's list of fields under 招聘方向) on that one heading word", () => {
    expect(
      classifySection(fields, 'zh', taxonomy, THRESHOLDS, new Set(['talent'])).map((m) => m.topic),
    ).toContain('talent');
  });

  it('is not enough for a topic that is not the article subject', () => {
    expect(classifySection(fields, 'zh', taxonomy).map((m) => m.topic)).not.toContain('talent');
  });
});
