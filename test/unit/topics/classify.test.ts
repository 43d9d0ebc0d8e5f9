import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';
import {
  classifyArticle,
  classifySection,
  findTerms,
  THRESHOLDS,
} from '../../../functions/core/topics/classify.ts';
import { tokenize } from '../../../functions/core/topics/segment.ts';
import { TaxonomyError } from '../../../functions/core/topics/taxonomy.ts';
import type { SectionThemes, Taxonomy } from '../../../functions/core/topics/types.ts';

let taxonomy: Taxonomy;
const load = (file: string): Article => {
  const { article } = parseArticle(readFileSync(file, 'utf8'), { file });
  if (!article) throw new Error(`${file} did not parse`);
  return article;
};
const topicsOf = (themes: SectionThemes[], id: string) =>
  themes.find((s) => s.sectionId === id)!.themes.map((t) => t.topic);
const themeOf = (themes: SectionThemes[], id: string, topic: string) =>
  themes.find((s) => s.sectionId === id)!.themes.find((t) => t.topic === topic);

beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

describe('segmentation', () => {
  it('keeps the taxonomy’s domain words whole, where Intl.Segmenter splits them', () => {
    findTerms('', 'zh', taxonomy); // teaches the taxonomy terms to the segmenter
    const tokens = tokenize('算力中心布局不均衡,以罕见病为牵引,打造具身智能,大模型深度融入经济', 'zh');
    for (const word of ['算力中心', '罕见病', '具身智能', '大模型']) expect(tokens).toContain(word);
    const intl = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('算力')].map((s) => s.segment);
    expect(intl).not.toEqual(['算力']); // why a dictionary segmenter is needed at all
  });

  it('matches whole words only: no term is found inside a longer unrelated word', () => {
    // 人才 is not counted a second time inside 人才培养 (longest match wins).
    const hits = findTerms('要重视人才培养', 'zh', taxonomy).map((h) => h.term);
    expect(hits).toEqual(['人才培养']);
    // Decision: 安全性 (the safety of a drug, a device) is a property, not AI governance, so 安全 does not fire
    // inside it; 安全 as a word of its own (重视安全问题) does, and 网络安全 is its own governance term.
    const safety = findTerms('药物的安全性', 'zh', taxonomy);
    expect(safety.map((h) => h.term)).not.toContain('安全'); // 药物 (drugs, health) is a term of its own
    expect(safety.some((h) => h.topics.has('governance'))).toBe(false);
    expect(findTerms('重视安全问题', 'zh', taxonomy).map((h) => h.term)).toEqual(['安全']);
    expect(findTerms('加强网络安全', 'zh', taxonomy).map((h) => h.term)).toEqual(['网络安全']);
    const en = findTerms('The hospitals chipped in; a hospitality firm', 'en', taxonomy).map((h) => h.term);
    expect(en).toContain('hospital');
    expect(en).not.toContain('chip'); // "chipped" is not "chip"
    expect(en.filter((t) => t === 'hospital')).toHaveLength(1); // "hospitality" is not "hospital"
  });
});

describe('mixed scripts and English forms', () => {
  it('finds English terms quoted in Chinese text, and Latin zh terms such as AIGC', () => {
    const terms = (text: string) => findTerms(text, 'zh', taxonomy).map((h) => h.term);
    expect(terms('新建 data center 与 GPUs')).toEqual(['data center', 'gpu']);
    expect(terms('GPU芯片')).toEqual(['gpu', '芯片']);
    expect(terms('AIGC应用')).toContain('AIGC');
  });

  it('keeps apart words the stemmer folds together but English does not (internal/intern, programming/program)', () => {
    const topics = (text: string) => findTerms(text, 'en', taxonomy).flatMap((h) => [...h.topics.keys()]);
    expect(topics('We published an internal policy.')).not.toContain('talent');
    expect(topics('Two interns joined the team.')).toContain('talent');
    expect(topics('The course teaches programming.')).not.toContain('policy');
    expect(topics('The county program pays for courses.')).toContain('policy');
  });

  it('folds acronym plurals without breaking words that end in -us', () => {
    const terms = (text: string) => findTerms(text, 'en', taxonomy).map((h) => h.term);
    expect(terms('Two thousand GPUs and new chips')).toEqual(['gpu', 'chip']);
    expect(tokenize('the campus', 'en')).toEqual(['the', 'campus']);
  });
});

describe('the seed article, as a careful editor would tag it', () => {
  let themes: SectionThemes[];
  beforeAll(() => {
    themes = classifyArticle(load('content/articles/ai-shanghai-2025.md'), taxonomy);
  });

  it('lead: compute first, then policy, models and industry', () => {
    // The lead is dominated by the 民建 proposal on 算力 (算力中心, 数据中心 energy, 芯片); it opens with the city's
    // 实施方案 and 政府工作报告 and the 两会 proposals (policy), reports model releases (书生 大模型, MiniMax open
    // models: models) and frames AI as a 先导产业 tied to the 集成电路产业 (industry).
    expect(topicsOf(themes, 'lead')[0]).toBe('compute');
    expect(topicsOf(themes, 'lead')).toEqual(
      expect.arrayContaining(['compute', 'policy', 'models', 'industry']),
    );
    expect(topicsOf(themes, 'lead')).not.toContain('health');
    expect(topicsOf(themes, 'lead')).not.toContain('talent');
  });

  it('s1 “夯实产业基础”: industry and governance, not robotics', () => {
    // 俞涛 on the 3+6 产业体系 and the 3800亿 industry (industry); 刘忱 on 安全发展, 治理机制, 伦理, 知识产权
    // (governance). 具身智能 and a lab named after 机器人 are passing mentions, not what the section is about.
    expect(topicsOf(themes, 's1')).toEqual(expect.arrayContaining(['industry', 'governance']));
    expect(topicsOf(themes, 's1')).not.toContain('robotics');
    expect(topicsOf(themes, 's1')).not.toContain('health');
    // Governance lives in 刘忱's paragraph only.
    expect(themeOf(themes, 's1', 'governance')!.paragraphs).toEqual([1]);
  });

  it('s2 “打通赋能产业链”: health carried by the rare-disease paragraph alone, plus industry and models', () => {
    // 王延峰's proposal (罕见病, 医学人工智能, 诊疗, 药物研发, 医疗资源) is paragraph 1; the section's frame is 大模型
    // empowering 产业链 (models, industry) and 谭黎敏 on 链主 and 价格战 (industry).
    expect(topicsOf(themes, 's2')).toEqual(expect.arrayContaining(['health', 'industry', 'models']));
    expect(themeOf(themes, 's2', 'health')!.paragraphs).toEqual([1]);
    const evidence = themeOf(themes, 's2', 'health')!.evidence.map((e) => e.term);
    expect(evidence).toEqual(expect.arrayContaining(['罕见病', '医学人工智能', '药物研发']));
  });

  it('s3 “培养复合型人才”: talent, in every paragraph; not health, not governance', () => {
    // Talent runs through all four paragraphs. 生物医药 appears only as the example field of the 复合型人才 the
    // 工商联 wants trained: three mentions of one term (score 6) stay under the score floor, so health is not tagged.
    expect(topicsOf(themes, 's3')[0]).toBe('talent');
    expect(topicsOf(themes, 's3')).not.toContain('health');
    expect(topicsOf(themes, 's3')).not.toContain('governance');
    expect([...themeOf(themes, 's3', 'talent')!.paragraphs].sort()).toEqual([0, 1, 2, 3]);
  });

  it('gives evidence that points at real words of the paragraph it names', () => {
    const article = load('content/articles/ai-shanghai-2025.md');
    const sections = [article.lead, ...article.sections];
    for (const { sectionId, themes: matches } of themes) {
      const section = sections.find((s) => s.id === sectionId)!;
      for (const match of matches) {
        for (const e of match.evidence) {
          // The theme model's word names no paragraph: it is the probability that tipped the theme.
          if (e.paragraph === -1) expect(e.term).toBe(`model p=${match.model!.toFixed(3)}`);
          else expect(section.paragraphs[e.paragraph]!.text).toContain(e.term);
        }
      }
    }
  });
});

describe('tagging rules', () => {
  it('does not tag a theme that rests on one repeated term, however often', () => {
    const paragraph = { index: 0, line: 1, text: '罕见病。'.repeat(10) };
    const section = { id: 's1', heading: 'x', line: 1, paragraphs: [paragraph] };
    expect(classifySection(section, 'zh', taxonomy).map((t) => t.topic)).not.toContain('health');
    paragraph.text += '药物研发。';
    expect(classifySection(section, 'zh', taxonomy).map((t) => t.topic)).toContain('health');
  });
});

describe('short sections and the lead', () => {
  const para = (index: number, text: string) => ({ index, line: index + 1, text });
  it('tags an unambiguous word that carries two paragraphs, but not the same word once', () => {
    const section = {
      id: 's1',
      heading: '车间里的新工友',
      line: 1,
      paragraphs: [
        para(0, '今年春天，三台机器人搬进了总装车间，和工人一起拧螺丝。'),
        para(1, '班长说，机器人不怕累。'),
      ],
    };
    expect(classifySection(section, 'zh', taxonomy).map((t) => t.topic)).toContain('robotics');
    section.paragraphs = [
      para(0, '今年春天，三台机器人搬进了总装车间，和工人一起拧螺丝。'),
      para(1, '班长说，大家都不怕累。'),
    ];
    expect(classifySection(section, 'zh', taxonomy).map((t) => t.topic)).not.toContain('robotics');
  });

  it('tags a brief item whose heading names a topic with an unambiguous word the text takes up', () => {
    const item = {
      id: 's3',
      heading: '国产手术机器人完成跨省远程手术',
      line: 1,
      paragraphs: [
        para(0, '昨日，医院专家操控手术机器人，为三百公里外的患者完成了胆囊切除手术，患者术后恢复良好。'),
      ],
    };
    expect(classifySection(item, 'zh', taxonomy).map((t) => t.topic)).toEqual(
      expect.arrayContaining(['health', 'robotics']),
    );
    // Named in the heading only, never taken up by the text: not tagged.
    item.paragraphs = [para(0, '昨日，医院专家为三百公里外的患者完成了胆囊切除手术，患者术后恢复良好。')];
    expect(classifySection(item, 'zh', taxonomy).map((t) => t.topic)).not.toContain('robotics');
  });

  it('keeps a topic that one paragraph carries on three telling terms, even beside a much stronger one', () => {
    const section = {
      id: 's1',
      heading: 'How the search works',
      line: 1,
      paragraphs: [
        para(
          0,
          'Doctors at the hospital see patients with rare diseases; the clinical genetics team reads each genome, and doctors compare symptoms with the patient records of the hospital.',
        ),
        para(
          1,
          'The tool is a language model trained with machine learning on clinical notes, and the model ranks diagnoses; doctors then check each diagnosis with the patient.',
        ),
      ],
    };
    expect(classifySection(section, 'en', taxonomy).map((t) => t.topic)).toEqual(['health', 'models']);
    section.paragraphs[1] = para(
      1,
      'The tool ranks diagnoses with a model; doctors then check each diagnosis with the patient.',
    );
    expect(classifySection(section, 'en', taxonomy).map((t) => t.topic)).toEqual(['health']);
  });

  it('tags robots described through the work (machines and arms on the line), not arms or machines elsewhere', () => {
    const section = {
      id: 's1',
      heading: 'New hands on the line',
      line: 1,
      paragraphs: [
        para(
          0,
          'At the plant, twelve machines now lift car doors onto the frames, guided by cameras. The arms were bought from a supplier and programmed by the plant’s own engineers in six weeks.',
        ),
        para(
          1,
          'The line runs two shifts, and each arm replaces a job that caused back injuries, the plant manager said.',
        ),
      ],
    };
    expect(classifySection(section, 'en', taxonomy).map((t) => t.topic)).toContain('robotics');
    const topics = (text: string) => findTerms(text, 'en', taxonomy).flatMap((h) => [...h.topics.keys()]);
    expect(topics('The two countries signed an arms control treaty.')).not.toContain('robotics');
    expect(topics('The coffee machine in the office broke.')).not.toContain('robotics');
  });

  it('reads oversight written as people checking the machine, and synthetic media, as governance', () => {
    const section = (heading: string, texts: string[]) => ({
      id: 's1',
      heading,
      line: 1,
      paragraphs: texts.map((text, index) => para(index, text)),
    });
    expect(
      classifySection(
        section('Keeping a human in the loop', [
          'The hospital will not let the software make the final call: every flagged scan is read by a radiologist, and patients can ask who decided.',
          'An ethics board reviews the tool twice a year and publishes its error rates.',
        ]),
        'en',
        taxonomy,
      ).map((t) => t.topic),
    ).toContain('governance');
    expect(
      classifySection(
        section('Deepfakes in the campaign', [
          'Election officials warned that fake videos of candidates were spreading on messaging apps, and asked platforms to label synthetic content.',
          'The electoral commission said it could not yet order the videos taken down.',
        ]),
        'en',
        taxonomy,
      ).map((t) => t.topic),
    ).toContain('governance');
  });

  it('reads the title as the heading of the lead', () => {
    const lead = {
      id: 'lead',
      heading: 'A shipyard town bets on apprentices as its older welders retire',
      line: 1,
      paragraphs: [
        para(0, 'Training starts in the autumn; the training is paid, and the training lasts two years.'),
      ],
    };
    expect(classifySection(lead, 'en', taxonomy).map((t) => t.topic)).toContain('talent');
    lead.heading = 'A shipyard town looks ahead';
    expect(classifySection(lead, 'en', taxonomy).map((t) => t.topic)).not.toContain('talent');
  });
});

describe('names and paragraphs', () => {
  it('does not read a term inside an institution’s name as evidence, but does in the trade itself', () => {
    const topics = (text: string) => findTerms(text, 'zh', taxonomy).flatMap((h) => [...h.topics.keys()]);
    expect(topics('上海市智能制造及机器人重点实验室教授')).not.toContain('robotics');
    expect(topics('人形机器人研究院发布报告')).not.toContain('robotics');
    expect(topics('机器人企业加快布局')).toContain('robotics');
  });

  it('tags a topic that one paragraph is about, even when another topic dominates the section', () => {
    const paragraph = (index: number, text: string) => ({ index, line: index + 1, text });
    const section = {
      id: 's1',
      heading: 'Chips and power',
      line: 1,
      paragraphs: [
        paragraph(
          0,
          'Behind the clinical tools sits a problem: compute. The hospitals rent GPU capacity from cloud providers, and queue times for training jobs stretch to weeks; the plan designates a former yard as a data centre campus.',
        ),
        paragraph(
          1,
          'The site was chosen for its grid connection and cooling water, and operators must reuse waste heat. A consortium of a utility and two chip packaging firms bets that demand for accelerators and advanced packaging will outlast the semiconductor shortage.',
        ),
        paragraph(2, 'The data centre will host GPU clusters and accelerators, with chips from two firms.'),
        paragraph(3, 'Two start-ups will test humanoid robots and autonomous forklifts on the docks.'),
      ],
    };
    const found = classifySection(section, 'en', taxonomy);
    expect(found[0]!.topic).toBe('compute');
    const robotics = found.find((t) => t.topic === 'robotics');
    expect(robotics?.paragraphs).toEqual([3]);
    // Without the paragraph that is about it, robotics is a passing word and stays off.
    section.paragraphs[3] = paragraph(3, 'A robot arm was on show.');
    expect(classifySection(section, 'en', taxonomy).map((t) => t.topic)).not.toContain('robotics');
  });
});

describe('invariants on arbitrary text', () => {
  it('every tagged theme meets the thresholds, points at real paragraphs, and themes come strongest first', () => {
    const words = [...taxonomy.byId.get('health')!.terms.zh, ...taxonomy.byId.get('talent')!.terms.zh];
    const paragraphText = fc
      .array(
        fc.oneof(fc.constantFrom(...words, '，', '。', 'GPU', ' data center '), fc.string({ maxLength: 6 })),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(''));
    let tagged = 0;
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 5 }), (texts) => {
        const section = {
          id: 's1',
          heading: 'h',
          line: 1,
          paragraphs: texts.map((text, index) => ({ index, line: 1, text })),
        };
        const themes = classifySection(section, 'zh', taxonomy);
        tagged += themes.length;
        themes.forEach((theme, i) => {
          expect(theme.score).toBeGreaterThan(0);
          expect(THRESHOLDS.minDistinctTerms).toBe(2);
          // Two distinct terms, or one unambiguous term in `strongPlaces` paragraphs.
          const terms = new Set(theme.evidence.map((e) => e.term));
          const places = new Set(theme.evidence.map((e) => e.paragraph));
          expect(terms.size >= 2 || places.size >= THRESHOLDS.strongPlaces).toBe(true);
          expect(theme.paragraphs.length).toBeGreaterThan(0);
          for (const p of theme.paragraphs) expect(p).toBeLessThan(texts.length);
          if (i > 0) expect(theme.score).toBeLessThanOrEqual(themes[i - 1]!.score);
        });
      }),
      { numRuns: 200 },
    );
    expect(tagged).toBeGreaterThan(0); // the generator does produce taggable text, so the checks above ran
  });
});

describe('the English sample article', () => {
  it('tags each section with its subject', () => {
    const themes = classifyArticle(load('content/articles/northbridge-ai-hospitals.md'), taxonomy);
    expect(topicsOf(themes, 's1')[0]).toBe('health');
    expect(topicsOf(themes, 's2')[0]).toBe('compute');
    expect(topicsOf(themes, 's2')).toContain('robotics');
    expect(topicsOf(themes, 's3')[0]).toBe('talent');
    expect(topicsOf(themes, 's4')[0]).toBe('governance');
    expect(topicsOf(themes, 's1')).not.toContain('compute');
  });
});

describe('front matter overrides', () => {
  it('replace the classifier’s themes for the named section, keeping matching evidence', () => {
    const article = load('content/articles/ai-shanghai-2025.md');
    article.themeOverrides = { s3: ['talent', 'health'] };
    const themes = classifyArticle(article, taxonomy);
    const s3 = themes.find((s) => s.sectionId === 's3')!.themes;
    expect(s3.map((t) => t.topic)).toEqual(['talent', 'health']);
    expect(s3.every((t) => t.override)).toBe(true);
    expect(s3[0]!.evidence.length).toBeGreaterThan(0);
    // Other sections keep the classifier's result.
    expect(topicsOf(themes, 's2')).toContain('health');
    expect(themes.find((s) => s.sectionId === 's2')!.themes.some((t) => t.override)).toBe(false);
  });

  it('apply `*` to every section without its own entry', () => {
    const article = load('content/articles/ai-shanghai-2025.md');
    article.themeOverrides = { '*': ['talent'], s2: ['health'] };
    const themes = classifyArticle(article, taxonomy);
    expect(topicsOf(themes, 'lead')).toEqual(['talent']);
    expect(topicsOf(themes, 's1')).toEqual(['talent']);
    expect(topicsOf(themes, 's2')).toEqual(['health']);
    // A forced theme the classifier did not find is carried by the whole section.
    expect(themeOf(themes, 's1', 'talent')!.paragraphs).toEqual(
      article.sections[0]!.paragraphs.map((p) => p.index),
    );
  });

  it('refuse a topic that is not in the taxonomy, naming it', () => {
    const article = load('content/articles/ai-shanghai-2025.md');
    article.themeOverrides = { s1: ['helth'] };
    expect(() => classifyArticle(article, taxonomy)).toThrow(TaxonomyError);
    expect(() => classifyArticle(article, taxonomy)).toThrow(/themes\.s1 names topic "helth"/);
  });
});
