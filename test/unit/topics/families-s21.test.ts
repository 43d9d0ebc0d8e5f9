// Term families and sense guards added in session 14 for the opened sealed21 half (docs/themes.md, "Session 14,
// sealed21"). Every text here was written for this test, not taken from an evaluation article. The families: urgent
// care told through its front door (urgent care, walk-in centres, triage beside nurses), a council's economic plan
// (economic strategy, priority sectors, inward investment), accelerator cards told as 卡 (卡时, 抢卡, 异构调度, 新卡),
// a maker's machines sold on a lease (租赁), a delivery robot's service in verbs (投放, 行驶, 送达) and a humanoid's
// body in its specifications (自由度, 触觉传感器, 一体化关节); and the guards: marked zones are no zoning, business
// days no trade, what a contract requires of its vendor and a property's vendor no firm's trade, land acquired or
// allocated for employment use no deal and no jobs market, proposals a buyer seeks in a tender no policy proposals,
// a patient registered with a GP no register of AI systems, an endpoint weighed by its latency no model news, an
// ordinance cited as a requirement's source no policy told.
import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();

describe('session-14 (sealed21) families: sections whose theme is told only through the new words', () => {
  it('health (en): an urgent care centre, a walk-in clinic, the triage nurse', () => {
    expect(
      themes('en', 'Winter pressures', [
        'Queues at the urgent care centre doubled in January, and the walk-in clinic on the high street closed early twice.',
      ]),
    ).toContain('health');
    expect(topicTerms('en', 'A triage nurse saw him within ten minutes.', 'health')).toContain('triage');
    expect(topicTerms('en', 'Engineers triage the bug reports every morning.', 'health')).toEqual([]);
    // beside patients alone, in a list of uses, triage is no care
    expect(
      topicTerms('en', 'Firms use such systems to vet tenants or triage patients.', 'health'),
    ).not.toContain('triage');
  });

  it("policy (en): a council's economic strategy, its priority sectors and the inward investment it courts", () => {
    const text =
      "The borough's economic strategy lists life sciences as a priority sector and promises a team to win inward investment.";
    expect(topicTerms('en', text, 'policy')).toEqual(
      expect.arrayContaining(['economic strategy', 'priority sector', 'inward investment']),
    );
    expect(topicTerms('en', text, 'industry')).toEqual([]);
    expect(topicTerms('en', 'Investment in chip plants rose by a third.', 'industry')).toContain(
      'investment',
    );
  });

  it('compute (zh): accelerator cards told as 卡 — card-hours, new cards kept apart, mixed scheduling', () => {
    expect(
      themes('zh', '结论', [
        '下月到货的新卡先单独建池，不与老集群混合调度。',
        '卡时价格按季度复核。',
        '下次会议定在周五。',
      ]),
    ).toContain('compute');
    expect(topicTerms('zh', '月底搶卡最嚴重，異構調度仍在測試。', 'compute')).toEqual(
      expect.arrayContaining(['抢卡', '异构调度']),
    );
    expect(topicTerms('zh', '他上周去银行办了一张新卡。', 'compute')).toEqual([]);
  });

  it('industry (zh): a maker sells its machines outright or on a lease; a flat let is no trade', () => {
    expect(topicTerms('zh', '客户可以一次买断设备，也可以按年租赁。', 'industry')).toContain('租赁');
    expect(topicTerms('zh', '工廠客戶可選擇設備租賃方案。', 'industry')).toContain('租赁');
    expect(topicTerms('zh', '市里出台新规规范住房租赁市场。', 'industry')).not.toContain('租赁');
  });

  it("robotics (zh): a delivery robot's service told in its verbs", () => {
    expect(themes('zh', '配送安排', ['本周在园区投放六台机器人，每台一次最多装八件包裹。'])).toContain(
      'robotics',
    );
    expect(topicTerms('zh', '无人车沿环路行驶，把餐盒送达宿舍楼下。', 'robotics')).toEqual(
      expect.arrayContaining(['行驶', '送达']),
    );
    expect(topicTerms('zh', '商家在短视频平台投放广告，快递次日送达。', 'robotics')).toEqual([]);
  });

  it("robotics (zh): a humanoid's body told in its specifications, Simplified and Traditional", () => {
    expect(themes('zh', '硬件', ['每只手有十八个自由度，掌心和指腹都装了触觉传感器。'])).toContain(
      'robotics',
    );
    expect(topicTerms('zh', '手指裝有觸覺感測器，腿部改用一體化關節。', 'robotics')).toEqual(
      expect.arrayContaining(['触觉感测器', '一体化关节']),
    );
    expect(topicTerms('zh', '改革给了基层更大的自由度。', 'robotics')).toEqual([]);
  });
});

describe('session-14 (sealed21) guards: the other senses', () => {
  it('patents granted are counted innovation, not leave to use data (zh)', () => {
    expect(topicTerms('zh', '全年授权发明专利一千余件。', 'governance')).toEqual([]);
    expect(topicTerms('zh', '未经用户授权不得调用其通话记录。', 'governance')).toContain('授权');
  });

  it("marked zones are no zoning; a council's zoning still is", () => {
    expect(topicTerms('en', 'The mower keeps inside marked zones.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The council changed the zoning of the plot.', 'policy')).toContain('zoning');
  });

  it('business days are a deadline, not trade', () => {
    expect(topicTerms('en', 'Appeals must reach us within five business days.', 'industry')).toEqual([]);
  });

  it('what a contract requires of its vendor is the buyer’s condition; a vendor losing customers is trade', () => {
    expect(
      topicTerms('en', 'The contract requires the vendor to erase call recordings after a year.', 'industry'),
    ).toEqual([]);
    expect(topicTerms('en', 'The vendor must let the county inspect its logs.', 'industry')).toEqual([]);
    expect(topicTerms('en', 'The chip vendor lost two large accounts.', 'industry')).toContain('vendor');
  });

  it('land for sale — a vendor of a freehold, acquiring acres, employment use — is no deal and no jobs market', () => {
    expect(
      topicTerms(
        'en',
        'The vendor will consider offers for the freehold, and buyers may acquire a plot of about 30 acres.',
        'industry',
      ),
    ).toEqual([]);
    expect(
      topicTerms('en', 'The field is earmarked in the local plan for employment use.', 'industry'),
    ).toEqual([]);
    expect(topicTerms('en', 'The group agreed to acquire a rival chip designer.', 'industry')).toContain(
      'acquire',
    );
    expect(topicTerms('en', 'Automation may reduce employment in call centres.', 'industry')).toContain(
      'employment',
    );
  });

  it('proposals a buyer seeks in a tender are bids; a minister’s proposal is policy', () => {
    expect(
      topicTerms('en', 'The agency sought proposals for a payroll system; four bidders replied.', 'policy'),
    ).toEqual([]);
    expect(topicTerms('en', "The minister's proposal would cap the fees.", 'policy')).toContain('proposal');
  });

  it('a patient registered with a GP is on a list, not in a register of AI systems', () => {
    expect(
      topicTerms('en', 'Adults registered with a GP in the county may take part.', 'governance'),
    ).toEqual([]);
    expect(
      topicTerms('en', 'Firms must register high-risk systems with the regulator.', 'governance'),
    ).toContain('register');
  });

  it('an endpoint weighed by its latency or batch load is serving capacity; a retired endpoint is model news', () => {
    expect(
      topicTerms('en', 'Latency on the chat endpoints rose once the cards were shared.', 'models'),
    ).toEqual([]);
    expect(
      topicTerms('en', 'The old endpoint will be retired when the model is deprecated.', 'models'),
    ).toContain('endpoint');
  });

  it('an ordinance cited as the source of a requirement is a reference; an ordinance passed is policy', () => {
    expect(
      topicTerms(
        'en',
        "Bidders must meet the noise limits set out in the city's Quiet Streets Ordinance.",
        'policy',
      ),
    ).toEqual([]);
    expect(topicTerms('en', 'The council passed an ordinance on facial recognition.', 'policy')).toContain(
      'ordinance',
    );
  });
});
