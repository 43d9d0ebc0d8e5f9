// Scores one parsed article against its labels, and sums scores into the figures of a half.
// The parser's output is read defensively (as unknown): a field it does not produce yet fails its check; it never
// crashes the run. Which checks exist depends only on the labels, so totals compare across parser versions.
import type { Lang } from '../../functions/core/types.ts';
import type { Labels, ThemeLabels } from './labels.ts';
import {
  clip,
  containsInOrder,
  type Folded,
  fold,
  foldNeedle,
  joinKey,
  locate,
  sameText,
  squash,
} from './text.ts';

/** What the parser and the classifier gave for one article (any shape: read defensively). */
export interface Outcome {
  /** `parseArticle(...)`'s `{ article?, diagnostics[] }`. */
  result: unknown;
  /** `classifyArticle(...)`'s per-section themes, absent when there was no article to classify. */
  themes?: unknown;
}

export type CheckKind =
  | 'title'
  | 'byline'
  | 'heading'
  | 'sections'
  | 'group'
  | 'figure'
  | 'meta'
  | 'join'
  | 'never_join'
  | 'cut_off';

export interface Check {
  kind: CheckKind;
  ok: boolean;
  /** One line an editor can act on: what was expected and what the parser gave. */
  message: string;
}

export interface ThemeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SectionScore {
  /** `lead`, or `section N` (1-based, as labelled). */
  label: string;
  heading: string;
  /** Id of the parsed section the labels were compared with (`lead`, `s1`, …), if any. */
  matched?: string;
  predicted: string[];
  /** Predicted and required. */
  tp: string[];
  /** Predicted but neither required nor acceptable (`forbidden` ones among them are marked in messages). */
  fp: string[];
  /** Required but not predicted. */
  fn: string[];
  forbiddenPredicted: string[];
}

export interface ArticleScore {
  checks: Check[];
  /** never_in_body strings found in body paragraphs, with where. */
  leaked: { text: string; where: string }[];
  /** never_join pairs found in one paragraph, and join repairs that made a paragraph holding a never_in_body string. */
  falseJoins: string[];
  missedJoins: number;
  sections: SectionScore[];
  /** Context that is not itself a check (e.g. why there is no article). */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Defensive reading of the parser's result.

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

interface ParsedParagraph {
  text: string;
  line?: number;
  /** `lead ¶1`, `s2 ¶3`: where, for messages. */
  where: string;
}

interface ParsedSection {
  id: string;
  heading?: string;
  group?: string;
  paragraphs: ParsedParagraph[];
}

interface ParsedView {
  article?: Rec;
  lead?: ParsedSection;
  sections: ParsedSection[];
  diagnostics: Rec[];
  themes: Map<string, string[]>;
}

function readSection(v: unknown, fallbackId: string): ParsedSection {
  const r = rec(v) ?? {};
  const id = str(r.id) ?? fallbackId;
  const paragraphs = list(r.paragraphs).map((p, i) => {
    const pr = rec(p) ?? {};
    return { text: str(pr.text) ?? '', line: num(pr.line), where: `${id} ¶${i + 1}` };
  });
  return { id, heading: str(r.heading), group: str(r.group), paragraphs };
}

function view(outcome: Outcome): ParsedView {
  const result = rec(outcome.result) ?? {};
  const article = rec(result.article);
  const themes = new Map<string, string[]>();
  for (const entry of list(outcome.themes)) {
    const e = rec(entry);
    const id = str(e?.sectionId);
    if (!id) continue;
    const topics = list(e?.themes)
      .map((t) => str(rec(t)?.topic))
      .filter((t): t is string => t !== undefined);
    themes.set(id, [...new Set(topics)]);
  }
  return {
    article,
    lead: article && rec(article.lead) ? readSection(article.lead, 'lead') : undefined,
    sections: list(article?.sections).map((s, i) => readSection(s, `s${i + 1}`)),
    diagnostics: list(result.diagnostics)
      .map(rec)
      .filter((d): d is Rec => d !== undefined),
    themes,
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** A credit compared without emphasis markers or one pair of brackets around all of it: `(AP Photo/A B)`. */
export function creditKey(credit: string): string {
  const s = squash(credit).replace(/^[*_]+|[*_]+$/gu, '');
  const m = /^[(（](.*)[)）]$/u.exec(s);
  return m && !/[()（）]/u.test(m[1]!) ? squash(m[1]!) : s;
}

const q = (s: string | undefined) => (s === undefined ? 'none' : `"${clip(s, 70)}"`);

/**
 * A wire agency's initials and its name are one source: corpus authors write either (`AP`, `Associated Press`)
 * for the same `(AP)` dateline, and the parser keeps what the page says.
 */
const AGENCY_NAMES: Readonly<Record<string, string>> = {
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  UPI: 'United Press International',
  DPA: 'Deutsche Presse-Agentur',
};
const agencyName = (source: string): string => AGENCY_NAMES[source.trim().toUpperCase()] ?? source;

/** Scores one article. `source` is the article file's text (for the lines of cut-off sentences). */
export function scoreArticle(labels: Labels, source: string, outcome: Outcome): ArticleScore {
  const lang: Lang = labels.lang;
  const p = view(outcome);
  const checks: Check[] = [];
  const notes: string[] = [];
  const check = (kind: CheckKind, ok: boolean, message: string) => checks.push({ kind, ok, message });

  if (!p.article) {
    const errors = p.diagnostics.filter((d) => d.severity === 'error').map((d) => str(d.message) ?? '');
    notes.push(`the parser gave no article${errors.length > 0 ? `: ${clip(errors.join('; '), 120)}` : ''}`);
  }
  const a = p.article ?? {};
  const body: ParsedParagraph[] = [...(p.lead?.paragraphs ?? []), ...p.sections.flatMap((s) => s.paragraphs)];
  const foldedBody = body.map((para) => ({ para, text: fold(para.text, lang).text }));

  // Title and byline.
  const title = str(a.title);
  check(
    'title',
    title !== undefined && sameText(title, labels.title),
    `title: expected ${q(labels.title)}, got ${q(title)}`,
  );
  if (labels.byline) {
    const names = list(rec(a.byline)?.names)
      .map(str)
      .filter((n): n is string => n !== undefined)
      .map(squash);
    const want = labels.byline.map(squash);
    const same = new Set(names).size === new Set(want).size && want.every((n) => names.includes(n));
    check('byline', same, `byline: expected [${want.join(', ')}], got [${names.join(', ')}]`);
  }

  // Sections: each heading at its position, each group, and no unlabelled sections after them.
  labels.sections.forEach((want, i) => {
    const got = p.sections[i];
    check(
      'heading',
      got?.heading !== undefined && sameText(got.heading, want.heading),
      `section ${i + 1} heading: expected ${q(want.heading)}, got ${got ? q(got.heading) : 'no such section'}`,
    );
    if (want.group !== undefined) {
      check(
        'group',
        got?.group !== undefined && sameText(got.group, want.group),
        `section ${i + 1} group: expected ${q(want.group)}, got ${q(got?.group)}`,
      );
    }
  });
  const extra = p.sections.slice(labels.sections.length);
  check(
    'sections',
    extra.length === 0,
    `sections: ${extra.length} more than the ${labels.sections.length} labelled: ${extra
      .slice(0, 3)
      .map((s) => q(s.heading))
      .join(', ')}${extra.length > 3 ? ', …' : ''}`,
  );

  // Figures: each labelled figure matches a distinct parsed figure.
  const figures = list(a.figures).map((f) => ({
    caption: str(rec(f)?.caption),
    credit: str(rec(f)?.credit),
  }));
  const used = new Set<number>();
  for (const want of labels.figures ?? []) {
    const needle = foldNeedle(want.caption, lang);
    const candidates = figures
      .map((f, i) => ({ f, i }))
      .filter(
        ({ f, i }) => !used.has(i) && f.caption !== undefined && fold(f.caption, lang).text.includes(needle),
      );
    const creditOk = (c: string | undefined) =>
      want.credit === undefined
        ? c === undefined || creditKey(c) === ''
        : c !== undefined && creditKey(c) === creditKey(want.credit);
    const hit = candidates.find(({ f }) => creditOk(f.credit)) ?? candidates[0];
    if (hit) used.add(hit.i);
    const ok = hit !== undefined && creditOk(hit.f.credit);
    const wantText = `figure ${q(want.caption)}${want.credit ? ` credit ${q(want.credit)}` : ' (no credit)'}`;
    const got = hit
      ? `got credit ${q(hit.f.credit)}`
      : `no figure has that caption (${figures.length} figures${figures.length > 0 ? `: ${figures.map((f) => q(f.caption)).join(', ')}` : ''})`;
    check('figure', ok, `${wantText}: ${ok ? 'ok' : got}`);
  }

  // Metadata from page furniture.
  const meta = rec(a.meta);
  for (const field of ['source', 'published', 'editor'] as const) {
    const want = labels.meta?.[field];
    if (want === undefined) continue;
    const got = str(meta?.[field]);
    const ok =
      got !== undefined &&
      (field === 'published'
        ? got.slice(0, 10) === want
        : squash(agencyName(got)) === squash(agencyName(want)));
    check('meta', ok, `meta.${field}: expected ${q(want)}, got ${meta ? q(got) : 'no article.meta'}`);
  }

  // Joins: after repair, one paragraph holds A immediately followed by B.
  let missedJoins = 0;
  for (const [x, y] of labels.joins ?? []) {
    const joined = joinKey(lang === 'zh' ? `${x}${y}` : `${x} ${y}`, lang);
    const ok = body.some((para) => joinKey(para.text, lang).includes(joined));
    if (!ok) missedJoins++;
    check('join', ok, `join: ${q(x)} + ${q(y)} should be one paragraph${ok ? '' : ', and are not'}`);
  }

  // Never-joins: A and B never in one paragraph.
  const falseJoins: string[] = [];
  for (const [x, y] of labels.never_join ?? []) {
    const hit = foldedBody.find(({ text }) => containsInOrder(text, x, y, lang));
    check(
      'never_join',
      !hit,
      `never join: ${q(x)} / ${q(y)}${hit ? ` were joined in ${hit.para.where}` : ' kept apart'}`,
    );
    if (hit) falseJoins.push(`${q(x)} joined to ${q(y)} in ${hit.para.where}`);
  }

  // Leaks: a never_in_body string in any body paragraph.
  const leaked: { text: string; where: string }[] = [];
  const foldedNever = (labels.never_in_body ?? []).map((s) => ({ s, f: foldNeedle(s, lang) }));
  for (const { s, f } of foldedNever) {
    const hit = foldedBody.find(({ text }) => text.includes(f));
    if (hit) leaked.push({ text: s, where: hit.para.where });
  }

  // Join repairs that produced a paragraph holding furniture are false joins too.
  const byLine = body.filter((b) => b.line !== undefined).sort((m, n) => m.line! - n.line!);
  for (const repair of list(a.repairs).map(rec)) {
    if (!repair || !/join/iu.test(str(repair.kind) ?? '')) continue;
    const line = num(repair.line);
    const detail = fold(str(repair.detail) ?? '', lang).text;
    const para = line === undefined ? undefined : byLine.filter((b) => b.line! <= line).pop();
    const paraText = para ? fold(para.text, lang).text : '';
    const bad = foldedNever.find(({ f }) => detail.includes(f) || paraText.includes(f));
    if (bad) {
      falseJoins.push(
        `the join repair at line ${line ?? '?'} made a paragraph${para ? ` (${para.where})` : ''} holding ${q(bad.s)}`,
      );
    }
  }

  // Cut-off sentences: a warning whose line points into the source paragraph holding the text.
  const folded: Folded = fold(source, lang);
  const sourceLines = source.split('\n');
  const cutWarnings = p.diagnostics
    .filter((d) => d.severity === 'warning' && d.code === 'cut-off-sentence')
    .map((d) => num(d.line))
    .filter((l): l is number => l !== undefined);
  for (const text of labels.cut_off ?? []) {
    const places = locate(folded, text, lang);
    const ok = places.some(({ start, end }) => {
      let from = start;
      while (from > 1 && (sourceLines[from - 2] ?? '').trim() !== '') from--;
      return cutWarnings.some((l) => l >= from && l <= end + 1);
    });
    const at = places[0] ? `line ${places[0].end}` : 'not found in the source';
    check(
      'cut_off',
      ok,
      `cut-off sentence after ${q(text)} (${at}): ${ok ? 'warned' : `no cut-off-sentence warning there${cutWarnings.length > 0 ? ` (warnings at lines ${cutWarnings.join(', ')})` : ''}`}`,
    );
  }

  return { checks, leaked, falseJoins, missedJoins, sections: scoreThemes(labels, p), notes };
}

// ---------------------------------------------------------------------------------------------------------------
// Themes: each labelled section is compared with one parsed section. By position when the heading agrees, else the
// parsed section (or the lead, which carries the title as its heading) with that heading, else by position: so a
// wire story labelled as one section titled by the article is compared with wherever the parser put its text.

function scoreThemes(labels: Labels, p: ParsedView): SectionScore[] {
  const candidates: ParsedSection[] = [...p.sections];
  const taken = new Set<ParsedSection>();
  const out: SectionScore[] = [];
  if (labels.lead) {
    if (p.lead) taken.add(p.lead);
    out.push(themeScore('lead', labels.title, labels.lead.themes, p.lead, p));
  }
  if (p.lead && !labels.lead) candidates.push(p.lead);

  const same = (s: ParsedSection | undefined, heading: string) =>
    s?.heading !== undefined && sameText(s.heading, heading);
  const matches: (ParsedSection | undefined)[] = labels.sections.map((want, i) => {
    const s = p.sections[i];
    if (s && same(s, want.heading)) {
      taken.add(s);
      return s;
    }
    return undefined;
  });
  labels.sections.forEach((want, i) => {
    if (matches[i]) return;
    const s = candidates.find((c) => !taken.has(c) && same(c, want.heading));
    if (s) {
      taken.add(s);
      matches[i] = s;
    }
  });
  labels.sections.forEach((_, i) => {
    const s = p.sections[i];
    if (!matches[i] && s && !taken.has(s)) {
      taken.add(s);
      matches[i] = s;
    }
  });
  labels.sections.forEach((want, i) => {
    out.push(themeScore(`section ${i + 1}`, want.heading, want.themes, matches[i], p));
  });
  return out;
}

function themeScore(
  label: string,
  heading: string,
  want: ThemeLabels | undefined,
  got: ParsedSection | undefined,
  p: ParsedView,
): SectionScore {
  const required = new Set(want?.required ?? []);
  const acceptable = new Set(want?.acceptable ?? []);
  const forbidden = new Set(want?.forbidden ?? []);
  const predicted = got ? (p.themes.get(got.id) ?? []) : [];
  const fp = predicted.filter((t) => !required.has(t) && !acceptable.has(t));
  return {
    label,
    heading,
    matched: got?.id,
    predicted,
    tp: predicted.filter((t) => required.has(t)),
    fp,
    fn: [...required].filter((t) => !predicted.includes(t)),
    forbiddenPredicted: fp.filter((t) => forbidden.has(t)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Figures of a set of articles.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 from counts. An empty denominator scores 1 when there was nothing to find and nothing
 * was predicted (no error was made), else 0.
 */
export function prf({ tp, fp, fn }: ThemeCounts): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface Summary {
  articles: number;
  structure: { passed: number; total: number; percent: number };
  leaked: number;
  falseJoins: number;
  missedJoins: number;
  themes: ThemeCounts & Prf;
  perTheme: Record<string, ThemeCounts & Prf>;
}

/** Sums article scores: structure over all checks, themes micro-averaged over all labelled sections. */
export function summarize(scores: ArticleScore[], topicIds: readonly string[]): Summary {
  const passed = scores.reduce((n, s) => n + s.checks.filter((c) => c.ok).length, 0);
  const total = scores.reduce((n, s) => n + s.checks.length, 0);
  const micro: ThemeCounts = { tp: 0, fp: 0, fn: 0 };
  const per = new Map<string, ThemeCounts>(topicIds.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const bump = (topic: string, key: keyof ThemeCounts) => {
    micro[key]++;
    if (!per.has(topic)) per.set(topic, { tp: 0, fp: 0, fn: 0 });
    per.get(topic)![key]++;
  };
  for (const s of scores) {
    for (const sec of s.sections) {
      for (const t of sec.tp) bump(t, 'tp');
      for (const t of sec.fp) bump(t, 'fp');
      for (const t of sec.fn) bump(t, 'fn');
    }
  }
  return {
    articles: scores.length,
    structure: { passed, total, percent: total > 0 ? (100 * passed) / total : 100 },
    leaked: scores.reduce((n, s) => n + s.leaked.length, 0),
    falseJoins: scores.reduce((n, s) => n + s.falseJoins.length, 0),
    missedJoins: scores.reduce((n, s) => n + s.missedJoins, 0),
    themes: { ...micro, ...prf(micro) },
    perTheme: Object.fromEntries([...per].map(([t, c]) => [t, { ...c, ...prf(c) }])),
  };
}

/** The held-back budget (issue 11): what `npm run eval` exits 1 below. */
export const BUDGET = { structurePercent: 98, leaked: 0, falseJoins: 0, themeF1: 0.9 } as const;

/** The budget lines a summary misses (empty when it meets the budget). */
export function budgetMisses(s: Summary): string[] {
  const misses: string[] = [];
  if (s.articles === 0) misses.push('no articles to measure');
  if (s.structure.percent < BUDGET.structurePercent) {
    misses.push(`structure ${s.structure.percent.toFixed(1)} % < ${BUDGET.structurePercent} %`);
  }
  if (s.leaked > BUDGET.leaked) misses.push(`leaked ${s.leaked} > ${BUDGET.leaked}`);
  if (s.falseJoins > BUDGET.falseJoins) misses.push(`false joins ${s.falseJoins} > ${BUDGET.falseJoins}`);
  if (s.themes.f1 < BUDGET.themeF1) misses.push(`theme F1 ${s.themes.f1.toFixed(3)} < ${BUDGET.themeF1}`);
  return misses;
}
