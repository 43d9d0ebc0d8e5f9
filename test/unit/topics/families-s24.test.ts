// Term families, sense guards and one rule added for the opened sealed24 half (docs/themes.md, "Session 15,
// sealed24"). Every text here was written for this test, not taken from an evaluation article. The rule: an
// unambiguous term of the article's title said again in a section counts as a second place (`titlePlaces`: a page
// titled on a robot trial whose lead is only field lines). The families: a data centre sunk in the sea (数据舱) and a
// machine room's cooling water (进水/回水温度), a park's drive to bring firms in (招引), a model served on one's own
// cards told by tokens per second and kWh per answer, a candidate's pledges and the council's local plan, parents'
// evenings and teacher-training. The guards: a crop's diseases and an advertisement's banned claims are not medicine,
// a seller's stacked subsidy (叠加…补贴, 以当地政策为准) is not policy, a graduate or undergraduate school (研究生院,
// 本科生院) is an institution, a metal foundry makes no chips, an FOI exemption for commercial interests is no market,
// a railway's or an airline's safety regulator and duties are not AI governance.
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

describe('session-15 (sealed24) title rule: the title’s unambiguous term said again in a section', () => {
  const page = (title: string, body: string) =>
    parseArticle(`# ${title}\n\n${body}\n`, { file: 'title-place.md' }).article!;
  const themesOf = (article: ReturnType<typeof page>, id: string, tuning = THRESHOLDS) =>
    classifyArticle(article, taxonomy, tuning)
      .find((s) => s.sectionId === id)!
      .themes.map((m) => m.topic);
  const enBody = [
    'Where: berths 3 to 7',
    '',
    '## How the survey works',
    '',
    'Until now divers checked every hull by hand. From Monday a robot crawls along each hull with a camera and marks dents for the crew to look at.',
    '',
    'Ships at berths 3 to 7 will be moved by the pilots on Sunday night.',
  ].join('\n');
  const zhBody = [
    '时间：3月1日起',
    '',
    '## 二、服务内容',
    '',
    '驿站的机器人每天上午在走廊里转一圈，看到有人需要帮忙就通知值班员。',
    '',
    '值班电话全天有人接听。',
  ].join('\n');

  it('tags the section when the title names robots and the section says robot once (en, zh)', () => {
    expect(themesOf(page('Harbour board trials a robot for hull surveys', enBody), 's1')).toContain(
      'robotics',
    );
    expect(themesOf(page('城南养老驿站试用陪护机器人', zhBody), 's1')).toContain('robotics');
  });
  it('does not when the title names something else, or with the rule off', () => {
    expect(themesOf(page('Harbour board changes its hull surveys', enBody), 's1')).not.toContain('robotics');
    expect(
      themesOf(page('Harbour board trials a robot for hull surveys', enBody), 's1', {
        ...THRESHOLDS,
        titlePlaces: false,
      }),
    ).not.toContain('robotics');
  });
});

describe('session-15 (sealed24) families: themes told only through the new words', () => {
  it('compute (zh): a data pod on the seabed, a machine room told by its cooling water', () => {
    expect(topicTerms('zh', '近海海床上布放的数据舱', 'compute')).toContain('数据舱');
    expect(themes('zh', '值班小结', ['二号机房今天进水温度30℃，回水温度36℃，都在正常范围里。'])).toContain(
      'compute',
    );
    expect(topicTerms('zh', '小区供暖的进水温度偏低，回水温度也不高。', 'compute')).toEqual([]);
  });

  it('industry (zh): a park’s drive to bring firms in (招引)', () => {
    expect(topicTerms('zh', '开发区今年的招引重点是零部件企业', 'industry')).toContain('招引');
  });

  it('compute (en): a model served on one’s own cards, told by tokens per second and kWh per answer', () => {
    expect(
      themes('en', 'Numbers from the weekend', [
        'Our two cards served the model at 950 tokens per second, and the meter showed 0.4 kWh for every thousand answers.',
      ]),
    ).toContain('compute');
    expect(topicTerms('en', 'The kettle used 0.1 kWh this morning.', 'compute')).toEqual([]);
  });

  it('policy (en): a candidate’s pledges and the council’s local plan; a donor’s pledge is not', () => {
    expect(topicTerms('en', 'Four pledges for Northgate ward', 'policy')).toContain('pledge');
    expect(topicTerms('en', 'the borough’s local plan', 'policy')).toContain('local plan');
    expect(topicTerms('en', 'Donors pledged two million pounds to the hospice.', 'policy')).toEqual([]);
  });

  it('talent (en): parents’ evenings and teacher-training', () => {
    expect(
      topicTerms('en', 'Notes from a teacher-training day and a guide to parents’ evenings.', 'talent'),
    ).toEqual(expect.arrayContaining(['teacher-training', "parents' evening"]));
  });
  it('governance (en): what a machine decides about a person — a loan, job applicants, a face in a crowd', () => {
    expect(
      themes('en', 'Questions for the panel', [
        'The software said no to her loan in four seconds. Another system ranks job applicants before anyone reads a letter, and a camera at the station picks one face in a crowd. Who checks these calls, and who answers for them?',
      ]),
    ).toContain('governance');
    expect(topicTerms('en', 'The bakery took out a loan to buy a second oven.', 'governance')).toEqual([]);
  });
});

describe('session-15 (sealed24) guards: the same words in another sense', () => {
  it('health (zh): a crop’s diseases are the farm’s', () => {
    expect(
      themes('zh', '小麦病害怎么看', [
        '农技员说，今年要重点防条锈病，诊断时先看叶片上的黄色条纹，用药要趁早。',
      ]),
    ).not.toContain('health');
  });

  it('health (zh): the claims an advertisement may not make are not medicine', () => {
    expect(
      themes('zh', '带货话术红线', [
        '主播不得宣传产品能治疗失眠、预防疾病，也不得说“康复”“诊断”一类的字眼。',
      ]),
    ).not.toContain('health');
    expect(themes('zh', '门诊安排', ['医生会先做诊断，再决定治疗方案。'])).toContain('health');
  });

  it('policy (zh): a subsidy stacked on a sales price, a seller deferring to local rules', () => {
    expect(
      themes('zh', '下单须知', ['今晚下单到手价1999元，还能叠加家电以旧换新补贴，具体以各地政策为准。']),
    ).not.toContain('policy');
  });

  it('talent (zh): a graduate or undergraduate school is an institution on a contact line', () => {
    expect(topicTerms('zh', '地址：本科生院三楼', 'talent')).toEqual([]);
    expect(topicTerms('zh', '请将材料寄至研究生院', 'talent')).toEqual([]);
    expect(topicTerms('zh', '今年研究生招生人数增加', 'talent')).toContain('研究生');
  });

  it('compute (en): a metal foundry makes castings, not chips', () => {
    expect(
      themes('en', 'On the casting floor', [
        'At the foundry, molten iron is poured into sand moulds for pump housings.',
        'The foundry hired four more moulders this spring.',
      ]),
    ).not.toContain('compute');
    expect(
      themes('en', 'Chips for the new phone', [
        'The foundry will make the new chip on its 3 nm line.',
        'The foundry says output of the part doubles next year.',
      ]),
    ).toContain('compute');
  });

  it('industry (en): an FOI exemption for commercial interests is why something was withheld', () => {
    expect(
      topicTerms(
        'en',
        'The scoring rules were withheld under the exemption for commercial interests.',
        'industry',
      ),
    ).not.toContain('commercial');
  });

  it('governance (en): a railway’s or an airline’s safety regulator and duties', () => {
    expect(
      topicTerms(
        'en',
        'The regulator told the railway to run no trains while the survey cart is out.',
        'governance',
      ),
    ).toEqual([]);
    expect(
      topicTerms(
        'en',
        'Our signallers stay accountable for every train movement on the railway.',
        'governance',
      ),
    ).toEqual([]);
    expect(
      topicTerms('en', 'The regulator wants AI firms to publish their test results.', 'governance'),
    ).not.toEqual([]);
  });

  it('talent (zh): a university’s hospital is a hospital', () => {
    expect(topicTerms('zh', '中心与桐川大学附属第二医院合作', 'talent')).toEqual([]);
    expect(topicTerms('zh', '中心與桐川大學附設醫院合作', 'talent')).toEqual([]);
    expect(topicTerms('zh', '桐川大学今年扩招', 'talent')).toContain('大学');
  });
});
