// The theme model (functions/core/topics/model.ts): a trained naive Bayes classifier per topic that breaks the
// lexicon's ties (docs/themes.md, "A second signal").
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { readTopicModel } from '../../../functions/adapters/fs/taxonomy-json.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { classifyArticle, THRESHOLDS } from '../../../functions/core/topics/classify.ts';
import { topicModelFromDocument, trainTopicModel } from '../../../functions/core/topics/model.ts';
import { TaxonomyError } from '../../../functions/core/topics/taxonomy.ts';
import type { SectionThemes, Taxonomy } from '../../../functions/core/topics/types.ts';

let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

const seed = (file: string) => parseArticle(readFileSync(file, 'utf8'), { file }).article!;
const of = (themes: SectionThemes[], id: string) => themes.find((s) => s.sectionId === id)!.themes;

describe('the committed model, beside content/topics.yaml', () => {
  it('is loaded with the taxonomy', () => {
    expect(taxonomy.model).toBeDefined();
    expect(taxonomy.model!.logOdds('robotics', ['en:robot', 'en:h:robot', 'en:warehous'])).toBeGreaterThan(0);
    expect(taxonomy.model!.logOdds('no-such-topic', ['en:robot'])).toBeUndefined();
  });

  it('tips a topic the lexicon found evidence for but left under its floor, and says so in the evidence', () => {
    // The seed's first section: the lexicon finds policy words (人大代表's proposals, measures) but leaves policy
    // under its floor beside the section's leading themes; the model, sure of it, tips it.
    const article = seed('content/articles/ai-shanghai-2025.md');
    const lexiconOnly = classifyArticle(article, taxonomy, {
      ...THRESHOLDS,
      modelMargin: Number.POSITIVE_INFINITY,
    });
    expect(of(lexiconOnly, 's1').map((m) => m.topic)).not.toContain('policy');
    const combined = classifyArticle(article, taxonomy);
    const policy = of(combined, 's1').find((m) => m.topic === 'policy');
    expect(policy?.model).toBeGreaterThan(0.99);
    expect(policy!.evidence).toContainEqual({
      term: `model p=${policy!.model!.toFixed(3)}`,
      paragraph: -1,
      count: 1,
    });
    // The lexicon's own evidence stays, and so do its paragraphs for the digest's excerpt.
    expect(policy!.evidence.filter((e) => e.paragraph >= 0).length).toBeGreaterThan(1);
    expect(policy!.paragraphs.length).toBeGreaterThan(0);
    // Lexicon themes are not marked as the model's.
    const lexicon = of(combined, 's1').filter((m) => m.topic !== 'policy');
    expect(lexicon.length).toBeGreaterThan(0);
    for (const m of lexicon) expect(m.model).toBeUndefined();
  });

  it('never tips a topic that rests on one word, however sure it is', () => {
    // "Hospitals start with the paperwork": one governance word in passing.
    const article = seed('content/articles/northbridge-ai-hospitals.md');
    expect(of(classifyArticle(article, taxonomy), 's1').map((m) => m.topic)).not.toContain('governance');
  });
});

describe('training and loading', () => {
  const words = (s: string) => s.split(' ').map((w) => `en:${w}`);
  const sections = [
    { tokens: words('robot arm weld line factori grip sensor'), required: ['robotics'], acceptable: [] },
    { tokens: words('robot warehous pick shelf cart navig'), required: ['robotics'], acceptable: [] },
    { tokens: words('hospit patient doctor ward nurs clinic'), required: ['health'], acceptable: [] },
    { tokens: words('patient diagnos scan doctor radiolog'), required: ['health'], acceptable: ['robotics'] },
    { tokens: words('budget council tax levi spend'), required: ['policy'], acceptable: [] },
  ];
  const trained = () =>
    trainTopicModel(sections, ['robotics', 'health'], { about: 'test', trainedOn: ['x'] });

  it('learns one classifier per topic, deterministically, from required (yes) and other (no) sections', () => {
    const doc = trained();
    expect(JSON.stringify(doc)).toBe(JSON.stringify(trained()));
    // A section only partly about a topic teaches it nothing.
    expect(doc.topics.robotics!.samples).toEqual({ yes: 2, no: 2 });
    const model = topicModelFromDocument(doc);
    expect(model.logOdds('robotics', words('robot arm factori'))).toBeGreaterThan(0);
    expect(model.logOdds('robotics', words('patient doctor hospit'))).toBeLessThan(0);
    expect(model.logOdds('health', words('patient doctor hospit'))).toBeGreaterThan(0);
    // Tokens it never saw say nothing.
    expect(model.logOdds('health', words('zebra'))).toBe(0);
  });

  it('takes the smoothing and a floor on how many sections hold a token (npm run cv-themes compares them)', () => {
    // The defaults are the committed settings.
    expect(
      JSON.stringify(
        trainTopicModel(sections, ['robotics', 'health'], { about: 'test', trainedOn: ['x'] }, {}),
      ),
    ).toBe(JSON.stringify(trained()));
    expect(trained().config).toEqual({ considerOnlyPresence: true, smoothingFactor: 0.5 });
    // Every token twice, but one section's own word once.
    const twice = [...sections, ...sections, { tokens: words('zebra'), required: [], acceptable: [] }];
    const meta = { about: 'test', trainedOn: ['x'] };
    expect(trainTopicModel(twice, ['robotics', 'health'], meta).vocabulary).toContain('en:zebra');
    const pruned = trainTopicModel(twice, ['robotics', 'health'], meta, {
      smoothingFactor: 0.25,
      minSections: 2,
    });
    expect(pruned.config.smoothingFactor).toBe(0.25);
    expect(pruned.vocabulary).not.toContain('en:zebra');
    expect(pruned.vocabulary).toContain('en:robot');
    const model = topicModelFromDocument(pruned);
    expect(model.logOdds('health', words('patient doctor'))).toBeGreaterThan(0);
    expect(model.logOdds('health', words('zebra'))).toBe(0);
  });

  it('refuses a document that is not a model, naming the file', () => {
    expect(() => topicModelFromDocument({ topics: {} }, 'content/topic-model.json')).toThrow(TaxonomyError);
    const doc = trained();
    doc.topics.health!.yes = [doc.vocabulary.length, 1];
    expect(() => topicModelFromDocument(doc, 'm.json')).toThrow(/m\.json: topics\.health\.yes/);
  });

  it('is optional beside a taxonomy file, but a broken one fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-model-'));
    expect(await readTopicModel(join(dir, 'topics.yaml'))).toBeUndefined();
    writeFileSync(join(dir, 'topic-model.json'), '{');
    await expect(readTopicModel(join(dir, 'topics.yaml'))).rejects.toThrow(/topic-model\.json: not JSON/);
    writeFileSync(join(dir, 'topic-model.json'), JSON.stringify(trained()));
    expect(
      (await readTopicModel(join(dir, 'topics.json')))?.logOdds('health', words('patient')),
    ).toBeGreaterThan(0);
  });
});
