import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { TaxonomyError } from '../../../functions/core/topics/taxonomy.ts';
import { loadTaxonomy } from '../../../functions/core/topics/taxonomy-yaml.ts';

const topic = (id: string, extra = '') => `
  - id: ${id}
    name: { zh: 名称${id}, en: Name ${id} }
    description: { zh: 描述, en: Description }
    terms:
      zh: [算力]
      en: [compute]${extra}`;

describe('taxonomy', () => {
  it('loads the project taxonomy with the eight starting topics in both languages', async () => {
    const taxonomy = await loadTaxonomyFile();
    expect(taxonomy.topics.map((t) => t.id)).toEqual([
      'compute',
      'models',
      'industry',
      'health',
      'talent',
      'governance',
      'robotics',
      'policy',
    ]);
    expect(taxonomy.byId.get('health')!.name).toEqual({ zh: '医疗与生物医药', en: 'Health & life sciences' });
    expect(taxonomy.byId.get('compute')!.weights!.zh.算力).toBe(2);
  });

  it.each([
    ['a duplicate id', `topics:${topic('a')}${topic('a')}`, /topics\[1\]\.id "a" is used twice/],
    [
      'a missing English name',
      'topics:\n  - id: a\n    name: { zh: 名 }\n    description: { zh: d, en: d }\n    terms: { zh: [x], en: [y] }',
      /topics\[0\]\.name\.en/,
    ],
    [
      'empty terms',
      'topics:\n  - id: a\n    name: { zh: 名, en: n }\n    description: { zh: d, en: d }\n    terms: { zh: [], en: [y] }',
      /topics\[0\]\.terms\.zh needs at least one term/,
    ],
    ['an invalid id', `topics:${topic('Bad Id')}`, /topics\[0\]\.id must be lowercase/],
    [
      'a term listed twice',
      'topics:\n  - id: a\n    name: { zh: 名, en: n }\n    description: { zh: d, en: d }\n    terms: { zh: [x, x], en: [y] }',
      /lists "x" twice/,
    ],
    ['an unknown field', `topics:${topic('a')}\n    colour: red`, /unrecognized|colour/i],
    ['broken YAML', 'topics:\n  - id: [unclosed', /my-topics\.yaml(:\d+)?: not valid YAML/],
    ['no topics', 'topics: []', /needs at least one topic/],
  ])('rejects %s with a message naming the place', (_label, text, message) => {
    expect(() => loadTaxonomy(text, 'my-topics.yaml')).toThrow(TaxonomyError);
    expect(() => loadTaxonomy(text, 'my-topics.yaml')).toThrow(message);
  });

  it('names the file when it cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-tax-'));
    await expect(loadTaxonomyFile(join(dir, 'missing.yaml'))).rejects.toThrow(/missing\.yaml: cannot read/);
    writeFileSync(join(dir, 'bad.yaml'), 'topics: 3');
    await expect(loadTaxonomyFile(join(dir, 'bad.yaml'))).rejects.toThrow(/bad\.yaml: topics/);
  });
});
