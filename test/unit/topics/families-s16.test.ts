// Term families and sense guards added in session 10 for the opened sealed16 half (docs/themes.md, "Session 10,
// sealed16"). Every text here was written for this test, not taken from an evaluation article. The families: compute
// as what its users pay for (用算成本, 用算需求), a tool tested before it reaches users (an evaluation network, a check of
// whether it performs worse for some groups), a safety test's targets (cyber-attack, deception capabilities), an AI
// agreement's negotiators, a voluntary statement, a robot's suction cups and a depot's pickers; and the guards: stolen
// model weights are no model news, a grasping lab's dataset no model news, a law that excludes clinical care no health
// story, a meeting's procedure (called to order, the agenda approved) no policy.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-10 (sealed16) families: sections whose theme is told only through the new words', () => {
  it('compute (zh): what compute costs its users, Simplified and Traditional', () => {
    expect(topicTerms('zh', '园区企业普遍反映用算成本偏高，用算需求却逐年上升。', 'compute')).toEqual(
      expect.arrayContaining(['用算成本', '用算需求']),
    );
    expect(topicTerms('zh', '園區企業普遍反映用算成本偏高。', 'compute')).toContain('用算成本');
  });

  it('governance (en): a tool tested before it reaches patients', () => {
    expect(
      themes('en', 'Clinics pool their checks', [
        'Nine clinics formed an evaluation network to test triage tools on their own records before it is used on wards, asking whether each tool performs worse for older patients.',
      ]),
    ).toContain('governance');
  });

  it('governance (en): pre-release tests for cyber-attack and deception capabilities, a voluntary statement', () => {
    expect(
      topicTerms(
        'en',
        'Developers will hand over pre-release testing results on cyber-attack skills and deception capabilities.',
        'governance',
      ),
    ).toEqual(expect.arrayContaining(['cyber-attack', 'deception capabilities']));
    expect(topicTerms('en', 'The joint statement they signed is voluntary.', 'governance')).toContain(
      'voluntary',
    );
  });

  it('governance (en): the Act beside what it applies to', () => {
    expect(
      topicTerms('en', 'The Act applies to every lender that scores applicants.', 'governance'),
    ).toContain('act');
  });

  it('governance (en): negotiators over a draft treaty', () => {
    expect(
      topicTerms('en', 'Three delegations pushed for tougher wording in the draft treaty.', 'governance'),
    ).toContain('delegation');
    expect(topicTerms('en', 'The firm sent a delegation to the trade fair.', 'governance')).toEqual([]);
  });

  it('robotics (en): suction cups and fingers, a depot picker', () => {
    expect(topicTerms('en', 'Suction cups beat soft fingers on boxes.', 'robotics')).toEqual(
      expect.arrayContaining(['suction', 'finger']),
    );
    expect(topicTerms('en', 'A picker at the depot walks twelve miles a shift.', 'robotics')).toContain(
      'picker',
    );
  });
});

describe('session-10 (sealed16) guards: the other senses', () => {
  it("a buyer's review of vendor contracts for indemnities is compliance, not trade", () => {
    expect(
      topicTerms('en', 'Check each vendor contract for indemnity terms before renewal.', 'industry'),
    ).toEqual([]);
    expect(topicTerms('en', 'The vendor won a contract with the army.', 'industry')).toEqual(
      expect.arrayContaining(['vendor', 'contract']),
    );
  });

  it('stolen model weights are a security incident, not model news', () => {
    expect(topicTerms('en', 'Hackers tried to steal the weights of the model.', 'models')).not.toContain(
      'weights',
    );
    expect(topicTerms('en', 'The lab will publish the model weights.', 'models')).toContain('weights');
  });

  it("a grasping lab's dataset is robot data, not model news", () => {
    expect(topicTerms('en', 'Her dataset of dropped grasps is free to download.', 'models')).toEqual([]);
    expect(topicTerms('en', 'A new dataset of medical questions was released.', 'models')).toContain(
      'dataset',
    );
  });

  it('a law that excludes clinical care does not make the section a health story', () => {
    expect(
      topicTerms('en', 'Tools for clinical use are exempt, and hospitals are excluded as well.', 'health'),
    ).toEqual([]);
    expect(topicTerms('en', 'The hospital used the tool in clinical care.', 'health')).toEqual(
      expect.arrayContaining(['hospital', 'clinical']),
    );
  });

  it("a meeting's procedure is no policy", () => {
    expect(
      themes('en', 'Opening of the meeting', [
        'The Mayor called the meeting to order at six, and the agenda was approved without change.',
      ]),
    ).not.toContain('policy');
    expect(topicTerms('en', 'The mayor announced a plan for the city.', 'policy')).toContain('mayor');
  });
});
