// `tidings themes <file>` on the seed article: per section the classifier's themes with their evidence terms,
// and the evidence marked in the text (plain marks off a terminal, colours on one); an override is named as such.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../functions/adapters/fs/articles.ts';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { runThemes } from '../../../functions/cli/commands/themes.ts';
import { classifyArticle } from '../../../functions/core/topics/classify.ts';

const SEED = 'content/articles/ai-shanghai-2025.md';
let dir: string;

function capture() {
  const out: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => out.push(`ERR ${l}`) }, out };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tidings-themes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tidings themes', () => {
  it('lists each section’s themes in the classifier’s order, with its evidence marked in the paragraphs', async () => {
    const { io, out } = capture();
    await runThemes(SEED, io, false);
    const text = out.join('\n');
    expect(out[0]).toBe(`${SEED} — 模塑申城，让AI向新向暖向未来`);
    // What the classifier (content's, read only) says about s2, shown as it says it.
    const parsed = await readArticleFile(SEED);
    const taxonomy = await loadTaxonomyFile();
    const s2Themes = classifyArticle(parsed.article!, taxonomy).find((t) => t.sectionId === 's2')!.themes;
    expect(s2Themes.length).toBeGreaterThan(0);
    const s2 = text.slice(text.indexOf('s2 · '), text.indexOf('s3 · '));
    expect(s2.match(/^ {2}\{(\w+)\}/gm)).toEqual(s2Themes.map((t) => `  {${t.topic}}`));
    const top = s2Themes[0]!;
    const name = taxonomy.byId.get(top.topic)!.name.zh;
    expect(s2).toContain(`{${top.topic}} ${name}  score ${top.score.toFixed(1)}`);
    // Each evidence term of the strongest theme is marked with it in the text.
    for (const term of new Set(top.evidence.map((e) => e.term))) expect(s2).toContain(`${term}`);
    expect(s2).toMatch(new RegExp(`\\[[^\\]]*${top.evidence[0]!.term}[^\\]]*\\]\\{${top.topic}\\}`));
    expect(text).not.toContain('\x1b[');
  });

  it('colours the evidence on a terminal, one colour per theme, named in the legend', async () => {
    const { io, out } = capture();
    await runThemes(SEED, io, true);
    const parsed = await readArticleFile(SEED);
    const taxonomy = await loadTaxonomyFile();
    const top = classifyArticle(parsed.article!, taxonomy).find((t) => t.sectionId === 's3')!.themes[0]!;
    const s3 = out.slice(out.findIndex((l) => l.startsWith('s3 · ')));
    // The strongest theme takes the first colour, in the legend and on its evidence.
    const first = '\x1b[30;43m';
    expect(
      s3[1]?.startsWith(`  ${first} ${top.topic} \x1b[0m ${taxonomy.byId.get(top.topic)!.name.zh}`),
    ).toBe(true);
    expect(s3.join('\n')).toContain(`${first}${top.evidence[0]!.term}`);
    expect(s3.join('\n')).not.toContain(`]{${top.topic}}`);
  });

  it('names a front-matter override, and a section without themes', async () => {
    const seed = await readFile(SEED, 'utf8');
    const file = join(dir, 'override.md');
    // The seed's body with an override for s1 (the file itself is never edited).
    await writeFile(file, seed.replace(/^---\n/, '---\nthemes:\n  s1: [robotics]\n'));
    const { io, out } = capture();
    await runThemes(file, io, false);
    const s1 = out.slice(out.findIndex((l) => l.startsWith('s1 · ')));
    expect(s1[1]).toMatch(/^ {2}\{robotics\} .* \(set by front matter\)/);
    expect(s1[2]).toBe(''); // the override replaces the classifier's themes, and robotics has no evidence to mark

    const bare = join(dir, 'bare.md');
    await writeFile(
      bare,
      '---\nslug: bare\ntitle: Bare\nlang: en\n---\n\n# Bare\n\nA note on the weather today.\n',
    );
    const plain = capture();
    await runThemes(bare, plain.io, false);
    expect(plain.out).toContain(
      '  no theme: this section goes to no alert and no digest (a `themes:` override can add one)',
    );
  });

  it('refuses a file that is not an article, in one line', async () => {
    await expect(runThemes(join(dir, 'missing.md'), capture().io, false)).rejects.toThrow(/missing\.md/);
  });
});
