// `tidings lint` and `tidings ingest`: the real CLI spawned as a user would run it, plus runIngest with a
// stand-in classifier so its output contract is pinned independently of the real taxonomy.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type IngestDeps, type IngestedFile, runIngest } from '../../../functions/cli/commands/ingest.ts';
import type { Topic } from '../../../functions/core/topics/types.ts';

function tidings(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', ['bin/tidings.js', ...args], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('tidings lint', () => {
  it('checks every file, prints file:line severity code message, and fails on the one bad file', async () => {
    const { code, stdout, stderr } = await tidings('lint', 'test/fixtures/articles/lint-dir');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^test\/fixtures\/articles\/lint-dir\/b-broken-yaml\.md:\d+ {2}error {2}front-matter-yaml {2}front matter is not valid YAML/,
    );
    expect(lines.at(-1)).toBe('3 files checked: 1 with errors; 1 error, 0 warnings, 1 repair');
    expect(stdout).not.toContain('a-good-en.md');
    expect(stdout).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('defaults to content/articles, lists the repairs as info lines, and passes', async () => {
    const { code, stdout } = await tidings('lint');
    expect(code).toBe(0);
    expect(stdout).toContain('content/articles/ai-shanghai-2025.md:27  info  joined-paragraphs  ');
    expect(stdout).toContain('content/articles/ai-shanghai-2025.md:35  info  moved-heading  ');
    expect(stdout).toContain('content/articles/ai-shanghai-2025.md:51  warning  cut-off-sentence  ');
    expect(stdout.trim().split('\n').at(-1)).toBe(
      '2 files checked: 0 with errors; 0 errors, 2 warnings, 10 repairs',
    );
  });

  it('--quiet leaves out the repairs but still counts them', async () => {
    const { code, stdout } = await tidings('lint', '--quiet');
    expect(code).toBe(0);
    expect(stdout).not.toContain('  info  ');
    expect(stdout).toContain('content/articles/ai-shanghai-2025.md:51  warning  cut-off-sentence  ');
    expect(stdout.trim().split('\n').at(-1)).toBe(
      '2 files checked: 0 with errors; 0 errors, 2 warnings, 10 repairs',
    );
  });
});

describe('tidings ingest (real taxonomy and classifier)', () => {
  it('prints the seed as JSON: article, sections, themes with evidence, warnings', async () => {
    const { code, stdout, stderr } = await tidings(
      'ingest',
      'content/articles/ai-shanghai-2025.md',
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [seed] = JSON.parse(stdout) as IngestedFile[];
    expect(seed!.article!.title).toBe('模塑申城，让AI向新向暖向未来');
    expect(seed!.article!.sections.map((s) => s.heading)).toEqual([
      '夯实产业基础促进“飞轮闭环”',
      '打通赋能产业链“最后一公里”',
      '培养“人工智能+”复合型人才',
    ]);
    expect(seed!.themes!.map((t) => t.sectionId)).toEqual(['lead', 's1', 's2', 's3']);
    for (const section of seed!.themes!) {
      for (const theme of section.themes) {
        expect(theme.evidence.length).toBeGreaterThan(0);
        expect(theme.evidence[0]).toEqual(
          expect.objectContaining({ term: expect.any(String), paragraph: expect.any(Number) }),
        );
      }
    }
    // The talent section is about talent; the rare-disease section carries health.
    const s3 = seed!.themes!.find((t) => t.sectionId === 's3')!;
    expect(s3.themes[0]!.topic).toBe('talent');
    expect(seed!.themes!.find((t) => t.sectionId === 's2')!.themes.map((t) => t.topic)).toContain('health');
    expect(seed!.diagnostics.map((d) => d.code)).toEqual(['cut-off-sentence', 'mixed-language-fragment']);
  });

  it('exits 1 on a directory with a bad file but still prints the good ones', async () => {
    const { code, stdout } = await tidings('ingest', 'test/fixtures/articles/lint-dir', '--json');
    expect(code).toBe(1);
    const files = JSON.parse(stdout) as IngestedFile[];
    expect(files.filter((f) => f.article).map((f) => f.article!.slug)).toEqual([
      'harbour-robots',
      'c-good-zh',
    ]);
    expect(files[1]!.diagnostics[0]!.code).toBe('front-matter-yaml');
  });

  it('reports a taxonomy file that does not exist without a stack trace', async () => {
    const { code, stdout, stderr } = await tidings(
      'ingest',
      'content/articles',
      '--taxonomy',
      'no/such/topics.yaml',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no/such/topics.yaml');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

const topic = (id: string, en: string, zh: string): Topic => ({
  id,
  name: { en, zh },
  description: { en, zh },
  terms: { en: [id], zh: [zh] },
});
const topics = [topic('compute', 'Compute', '算力'), topic('health', 'Health', '医疗')];
const fakeDeps: IngestDeps = {
  loadTaxonomy: async () => ({ topics, byId: new Map(topics.map((t) => [t.id, t])) }),
  // Stand-in: a section carries `compute` when any paragraph mentions 算力.
  classify: (article) =>
    [article.lead, ...article.sections].map((s) => {
      const hits = s.paragraphs.filter((p) => p.text.includes('算力')).map((p) => p.index);
      return {
        sectionId: s.id,
        themes: hits.length
          ? [
              {
                topic: 'compute',
                score: hits.length,
                paragraphs: hits,
                evidence: [{ term: '算力', paragraph: hits[0]!, count: 1 }],
              },
            ]
          : [],
      };
    }),
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('runIngest', () => {
  it('prints each article with sections, themes with evidence and warnings as JSON', async () => {
    const { io, out } = capture();
    const code = await runIngest('content/articles/ai-shanghai-2025.md', { json: true }, fakeDeps, io);
    expect(code).toBe(0);
    const [seed] = JSON.parse(out.join('\n')) as IngestedFile[];
    expect(seed!.file).toBe('content/articles/ai-shanghai-2025.md');
    expect(seed!.article!.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(seed!.themes!.find((t) => t.sectionId === 'lead')!.themes[0]).toMatchObject({
      topic: 'compute',
      evidence: [{ term: '算力' }],
    });
    expect(seed!.diagnostics.map((d) => d.code)).toEqual(['cut-off-sentence', 'mixed-language-fragment']);
  });

  it('shows metadata, byline, figures with credits and the items of a brief with their part (nested sections)', async () => {
    const { io, out } = capture();
    const code = await runIngest('test/fixtures/articles/shapes/brief-zh.md', { json: true }, fakeDeps, io);
    expect(code).toBe(0);
    const [brief] = JSON.parse(out.join('\n')) as IngestedFile[];
    const article = brief!.article!;
    expect(article.meta).toEqual({ source: '某某日报', published: '2026-03-12', editor: '戊己' });
    expect(article.byline?.names).toEqual(['甲乙', '丙丁']);
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['3月10日，工作人员在机房巡检。', '本报记者 甲乙 摄'],
    ]);
    expect(article.sections.map((s) => [s.group, s.heading])).toEqual([
      ['国内', '东湖区出台算力券实施细则'],
      ['国内', '某某科技发布推理芯片'],
      ['海外', '某机器人公司完成融资'],
    ]);
    expect(JSON.stringify(article.sections)).not.toMatch(/摄|责任编辑|来源|通讯员/);
  });

  it('exits 1 when a file has an error but still prints the good ones', async () => {
    const { io, out } = capture();
    const code = await runIngest('test/fixtures/articles/lint-dir', { json: true }, fakeDeps, io);
    expect(code).toBe(1);
    const files = JSON.parse(out.join('\n')) as IngestedFile[];
    expect(files.map((f) => [f.file.split('/').pop(), f.article !== undefined])).toEqual([
      ['a-good-en.md', true],
      ['b-broken-yaml.md', false],
      ['c-good-zh.md', true],
    ]);
    expect(files[2]!.themes!.map((t) => t.sectionId)).toEqual(['lead', 's1']);
  });

  it('rejects theme overrides that name a topic missing from the taxonomy', async () => {
    const { io, out } = capture();
    const file = 'test/fixtures/articles/unknown-topic.md';
    const code = await runIngest(file, { json: true }, fakeDeps, io);
    expect(code).toBe(1);
    const [f] = JSON.parse(out.join('\n')) as IngestedFile[];
    expect(f!.themes).toBeUndefined();
    expect(f!.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'unknown-topic' })]);
    expect(f!.diagnostics[0]!.message).toContain('"healthcare"');
  });

  it('prints a short human summary without --json', async () => {
    const { io, out } = capture();
    await runIngest('content/articles/ai-shanghai-2025.md', {}, fakeDeps, io);
    const text = out.join('\n');
    expect(text).toContain(
      'content/articles/ai-shanghai-2025.md  ai-shanghai-2025 (zh)  模塑申城，让AI向新向暖向未来',
    );
    expect(text).toContain('3 sections, 15 paragraphs, 2564 characters, 1 figure, 10 repairs, 2 warnings');
    expect(text).toMatch(/lead +模塑申城.*→ +算力 3\.0/);
    expect(text).toContain('warning  line 51  cut-off-sentence');
  });

  it('fails cleanly when the taxonomy cannot be loaded', async () => {
    const { io, out, err } = capture();
    const deps: IngestDeps = {
      ...fakeDeps,
      loadTaxonomy: async () => {
        throw new Error('content/topics.yaml: topics[3].name.en is required');
      },
    };
    expect(await runIngest('content/articles', { json: true }, deps, io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('topics[3].name.en is required');
  });
});
