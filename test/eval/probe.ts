// `npm run probe`: page lines probed beyond the corpus (test/eval/README.md, "Page-line probes"). Each line of
// test/eval/probes/*.tsv (`kind<TAB>F|T<TAB>line`, written by someone who never saw the parser) is placed in the middle
// of a story's section, the hardest place: an F line (the page's) must leave the story, a T line (a story sentence
// using the same words) must stay. Prints per file and kind how many F lines leak and T lines are lost; `--show` lists
// them.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { parseArticle } from '../../functions/core/article/parse.ts';
import type { Article } from '../../functions/core/article/types.ts';

export const PROBES_DIR = fileURLToPath(new URL('./probes/', import.meta.url));

export interface ProbeLine {
  kind: string;
  /** F: the page's, must leave the story; T: the story's, must stay. */
  expect: 'F' | 'T';
  line: string;
}

export function readProbe(path: string): ProbeLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((row) => row.trim() !== '')
    .map((row, i) => {
      const [kind, expect, line, ...rest] = row.split('\t');
      if ((expect !== 'F' && expect !== 'T') || !kind || !line || rest.length > 0)
        throw new Error(`${path}:${i + 1}: expected kind<TAB>F|T<TAB>line`);
      return { kind, expect, line };
    });
}

const story = (line: string): string[] =>
  /\p{Script=Han}/u.test(line)
    ? [
        '# 某市推进人工智能产业发展',
        '',
        '本报讯 记者 王明 某市今年将新建两个算力中心，预计带动投资五十亿元。',
        '',
        '## 一、总体安排',
        '',
        '市工信局表示，项目将分两期建设，首期明年投入使用。',
        '',
        line,
        '',
        '据介绍，园区还将配套建设人才公寓和培训基地。',
        '',
        '## 二、保障措施',
        '',
        '市财政将安排专项资金支持企业购买算力服务。',
      ]
    : [
        '# City plans two new data centres',
        '',
        'By Jane Roe',
        '',
        'The city will build two data centres next year, officials said on Monday.',
        '',
        '## The plan',
        '',
        'The first phase will open in the spring, the council said.',
        '',
        line,
        '',
        'The second phase depends on a new substation, engineers said.',
        '',
        '## What comes next',
        '',
        'The council will vote on the budget in March.',
      ];

/** True when the probe line, placed mid-story, is still in the story's text (its first characters, unmarked). */
export function staysInStory(line: string): boolean {
  const article = parseArticle(story(line).join('\n'), { file: 'probe.md' }).article as Article | undefined;
  // Markdown's marks are compared away on both sides: the parser drops `**`, a post keeps its `#话题#`.
  const unmark = (text: string) => text.replace(/[*_`#>]/g, '');
  const body = article
    ? [article.lead, ...article.sections].flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    : '';
  return unmark(body).includes(unmark(line).trim().slice(0, 12));
}

export interface ProbeMisses {
  leaked: ProbeLine[];
  lost: ProbeLine[];
}

export function runProbe(lines: ProbeLine[]): ProbeMisses {
  const misses: ProbeMisses = { leaked: [], lost: [] };
  for (const p of lines) {
    const stays = staysInStory(p.line);
    if (p.expect === 'F' && stays) misses.leaked.push(p);
    if (p.expect === 'T' && !stays) misses.lost.push(p);
  }
  return misses;
}

export const probeFiles = (dir = PROBES_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(dir, f));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = new Command('probe')
    .description(
      'page lines probed beyond the corpus: F lines that leak into the story, T lines lifted out of it',
    )
    .option('--show', 'list the lines that leak or are lost')
    .parse()
    .opts<{ show?: boolean }>();
  for (const file of probeFiles()) {
    const lines = readProbe(file);
    const { leaked, lost } = runProbe(lines);
    const count = (ls: ProbeLine[], e: 'F' | 'T') => ls.filter((p) => p.expect === e).length;
    console.log(
      `${basename(file)}: ${leaked.length}/${count(lines, 'F')} page lines leak, ${lost.length}/${count(lines, 'T')} story sentences lost`,
    );
    if (options.show)
      for (const p of [...leaked, ...lost])
        console.log(`  ${p.expect === 'F' ? 'leaks' : 'lost '}  ${p.kind}  ${p.line}`);
  }
}
