// Term families and sense guards added in session 12 for the opened sealed19 half (docs/themes.md, "Session 12,
// sealed19"). Every text here was written for this test, not taken from an evaluation article. The families: a
// city's ordinance, a government funding notice told through its mechanics, who may claim a subsidy (zh), the new
// digital occupations one trains for (zh), a model release told through its system card, refusals and API limits,
// an earnings call's channel inventory; and the guards: staff, a union or vendors consulted are no public
// consultation, a tenants' union and a business association are no labour market or trade, grant budgets' salaries
// are no pay story.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-12 (sealed19) families: sections whose theme is told only through the new words', () => {
  it("policy (en): a town's ordinance on facial cameras, adopted and sent back", () => {
    expect(
      themes('en', 'Item 4: camera rules', [
        'Alderwoman Tate introduced an ordinance limiting how long traffic cameras keep images of number plates; the board amended the ordinance and sent it back to committee for a second look.',
      ]),
    ).toContain('policy');
    expect(topicTerms('en', 'The ordinal ranking of applicants was published.', 'policy')).toEqual([]);
  });

  it('policy (en): a funding notice told through allowable costs, a cost share and the lead applicant', () => {
    expect(
      themes('en', 'Budget rules', [
        'Allowable costs cover trainer wages, software licences and travel to partner sites; indirect costs are capped at 10%. Applicants must show a cost share of one dollar for every four requested.',
        'The lead applicant signs the budget on behalf of the partnership.',
      ]),
    ).toContain('policy');
    expect(topicTerms('en', 'This is a funding opportunity for rural clinics.', 'policy')).toContain(
      'funding opportunity',
    );
  });

  it('models (en): a release told through refusals, the system card and the API limits', () => {
    expect(
      themes('en', 'Trust and safety', [
        'The update cuts refusals of harmless chemistry questions while harmful prompts are still declined at the same rate; details are in the system card.',
      ]),
    ).toContain('models');
    expect(
      themes('en', 'Limitations', [
        'Requests close to the token limit may be rejected with a 413 error.',
        'Structured output sometimes drops a trailing bracket.',
      ]),
    ).toContain('models');
    expect(topicTerms('en', 'The mayor refused the request to close the road.', 'models')).toEqual([]);
  });

  it("industry (en): an earnings call's questions on stock held by resellers", () => {
    expect(
      themes('en', 'Analyst questions', [
        'Can you update us on channel inventory? Distributors are holding about seven weeks of supply, and some worry about double ordering ahead of the price rise.',
      ]),
    ).toContain('industry');
    expect(
      topicTerms('en', 'An inventory of the software tools used by each team was compiled.', 'industry'),
    ).toEqual([]);
  });

  it('policy (zh): who may claim a subsidy and the standard it pays', () => {
    expect(
      themes('zh', '适用人群', ['登记失业人员、就业困难人员和脱贫人口均可参加，每人每年限享受一次。']),
    ).toContain('policy');
    expect(topicTerms('zh', '补贴标准为初级800元、中级1200元。', 'policy')).toEqual(['补贴标准']);
  });

  it('talent (zh): an AI trainer and a data annotator are occupations, not models', () => {
    expect(topicTerms('zh', '她考取了人工智能训练师证书，做起了数据标注员。', 'models')).toEqual([]);
    expect(topicTerms('zh', '她考取了人工智能训练师证书，做起了数据标注员。', 'talent')).toEqual(
      expect.arrayContaining(['人工智能训练师', '数据标注员']),
    );
    expect(topicTerms('zh', '他考取了人工智能訓練師證書。', 'talent')).toContain('人工智能训练师');
  });
});

describe('session-12 (sealed19) guards: the other senses', () => {
  it('staff, a union or vendors consulted are no public consultation; a public consultation still counts', () => {
    expect(
      topicTerms('en', 'The nurses asked that staff be consulted before rotas change.', 'policy'),
    ).toEqual([]);
    expect(topicTerms('en', 'The school will consult its vendors first.', 'policy')).toEqual([]);
    expect(
      topicTerms('en', 'The ministry opened a public consultation on the draft plan.', 'policy'),
    ).toContain('consult');
  });

  it("a tenants' union and a business association speaking to a council are no industry", () => {
    expect(
      topicTerms(
        'en',
        "A member of the Eastside Tenants' Union and two people from the Riverside Business Association spoke against the fee.",
        'industry',
      ),
    ).toEqual([]);
    expect(topicTerms('en', 'The union called a strike over pay.', 'industry')).toContain('union');
  });

  it("salaries among a grant's allowable costs are the grant's budget, not pay", () => {
    expect(topicTerms('en', 'Allowable costs include teacher salaries and rent.', 'industry')).not.toContain(
      'salary',
    );
    expect(topicTerms('en', 'Engineers saw salaries rise 8% this year.', 'industry')).toContain('salary');
  });
});
