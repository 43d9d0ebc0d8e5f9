// Term families and sense guards added in session 11 for the opened sealed18 half (docs/themes.md, "Session 11,
// sealed18"). Every text here was written for this test, not taken from an evaluation article. The families: care
// that went wrong told as a claim or a judgment (clinical negligence, a decision without clinical review, a care
// provider's duty of care), a registry of training runs as an oversight instrument; and the guards: a commission's
// own minutes name its commissioners on every item, a robot or a machine taught a skill is no pupil, a training run
// to be entered in a registry is the rule's object, and a university's 专班 (專班, a master's or in-service class) is
// no government task force.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-11 (sealed18) families: sections whose theme is told only through the new words', () => {
  it('health (en): a negligence claim told through the duty of care and a missing clinical review', () => {
    expect(
      themes('en', 'Questions for the judge', [
        'The judge must decide whether the board breached its duty of care by sending her home without clinical review, and whether that caused the harm she suffered.',
      ]),
    ).toContain('health');
    expect(
      topicTerms(
        'en',
        'The family sued for clinical negligence after a misdiagnosis at the clinic.',
        'health',
      ),
    ).toEqual(expect.arrayContaining(['clinical negligence', 'misdiagnosis']));
  });

  it('governance (en): a registry where developers must log their training runs', () => {
    expect(
      themes('en', 'Chip registry shelved', [
        'Negotiators removed the article creating a registry of big training runs from the treaty draft.',
        'Each lab would have had to record how many GPUs it used, in which data centres and for how many weeks.',
      ]),
    ).toContain('governance');
    expect(
      topicTerms('en', 'Our team keeps every fine-tuned checkpoint in a model registry.', 'governance'),
    ).toEqual([]);
    expect(topicTerms('en', 'Every large training run goes into the new registry.', 'models')).toEqual([]);
  });

  it("a platform's or an employer's duty of care is governance alone", () => {
    expect(topicTerms('en', 'The app owes its users a duty of care, the regulator said.', 'health')).toEqual(
      [],
    );
    expect(
      topicTerms('en', 'The app owes its users a duty of care, the regulator said.', 'governance'),
    ).toContain('duty of care');
  });
});

describe('session-11 (sealed18) guards: the other senses', () => {
  it("a commission's roll call names its members, no policy; a commissioner elsewhere still counts", () => {
    expect(
      themes('en', 'Roll call', [
        'Members present: Commissioners Ada Fenwick, Rui Santos and Hal Ostrowski. Staff: the planning director and the clerk. A quorum was declared.',
      ]),
    ).not.toContain('policy');
    expect(topicTerms('en', 'The commissioner announced a grant for rural broadband.', 'policy')).toContain(
      'commissioner',
    );
  });

  it('a robot or a machine taught a skill is no pupil; a teacher who taught a class still is', () => {
    expect(topicTerms('en', 'She taught robots to fold towels by feel.', 'talent')).toEqual([]);
    expect(topicTerms('en', 'Engineers teach machines to sort parcels.', 'talent')).toEqual([]);
    expect(topicTerms('en', 'He taught chemistry at a village school.', 'talent')).toContain('taught');
    expect(topicTerms('en', 'They teach robotics to ten-year-olds.', 'talent')).toContain('teach');
  });

  it("a university's 专班 is a class, not a task force (Simplified and Traditional)", () => {
    expect(
      themes('zh', '理工学院开设智能制造硕士专班', [
        '学院宣布明年开设智能制造硕士专班，首批招收学员60名，课程含机器人编程与工业视觉。',
        '专班学生修满学分可获硕士学位，部分课程在合作工厂的产线上教学。',
      ]),
    ).not.toContain('policy');
    expect(topicTerms('zh', '該校碩士專班明年招生名額增至百人。', 'policy')).toEqual([]);
    expect(topicTerms('zh', '市政府成立工作专班，推进重点项目落地。', 'policy')).toContain('工作专班');
  });
});
