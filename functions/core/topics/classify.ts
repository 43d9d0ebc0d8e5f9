// Theme classification: which taxonomy topics a section is about, how strongly, and which paragraphs carry each
// one — so a digest can show a health reader the paragraph on rare diseases rather than a whole newspaper section.
//
// Method (docs/themes.md): tokenize each paragraph (jieba for Chinese, the Porter2 stemmer for English), find
// taxonomy terms as whole token runs, longest match first and never overlapping, drop the hits a sense guard
// rules out, and add up the term weights per topic — per paragraph, and for the heading (and a brief's part),
// which counts with a weight of its own. A topic is tagged when the section is about it, whatever its length:
// a paragraph carries the topic (enough score from at least two distinct terms), enough of the section's
// paragraphs carry it or its density (score per length) is high, it rests on two distinct terms, and it is not
// background next to the section's strongest topic.
import type { Article, Section } from '../article/types.ts';
import { simplifiedInPlace } from '../hans.ts';
import type { Lang, TopicId } from '../types.ts';
import { sectionTokens } from './model-tokens.ts';
import { joinTokens, teachWords, termKey, tokenSpans } from './segment.ts';
import { TaxonomyError } from './taxonomy.ts';
import type { Evidence, SectionThemes, Taxonomy, TermGuard, ThemeMatch } from './types.ts';

/** Tuning, chosen on the tuning half of the evaluation corpus (docs/themes.md gives the figures). */
export interface ClassifyTuning {
  /** The heading's (and a brief part's) terms count this many times a body term. */
  headingWeight: number;
  /** A paragraph carries a topic when its own score reaches this … */
  paragraphScore: number;
  /** … from at least this many distinct terms, and at least this share of the paragraph's strongest topic. */
  paragraphTerms: number;
  paragraphShare: number;
  /** Tagged when this share of the section's paragraphs carry the topic … */
  carryShare: number;
  /** … or when the score per length unit (120 Chinese characters, 40 English words) reaches this. */
  density: number;
  /** Never below this share of the section's strongest topic (background noise). */
  minShare: number;
  /** Never on fewer distinct terms than this (one repeated word is not a theme). */
  minDistinctTerms: number;
  /** Never without this many telling terms (weight ≥ 2): helpers alone (company, customer, staff) signal nothing. */
  minTelling: number;
  /** A topic that is the strongest of one paragraph, from two distinct terms and at least this score, is tagged
   * even below `minShare`: that paragraph is about it, and a digest can show it (Infinity: off). */
  paragraphLead: number;
  /** An unambiguous term seen in this many places (paragraphs, heading) counts as a second distinct term. */
  strongPlaces: number;
  /** Tag a topic whose unambiguous term is in the heading when any paragraph mentions the topic too. */
  headingNames: boolean;
  /** Tag a topic the heading names on two distinct terms, one unambiguous, even when no paragraph mentions it. */
  headingAlone: boolean;
  /** A paragraph that carries a topic on this many distinct telling terms (weight ≥ 2) makes it more than
   * background (Infinity: off). */
  richTerms: number;
  /** Tagged when this many paragraphs mention the topic, on at least this many distinct terms (Infinity: off). */
  spreadParagraphs: number;
  spreadTerms: number;
  /** The article's subject (a topic its title names with a telling term and its lead is tagged with) is tagged in
   * a section that mentions it on enough distinct terms, without a paragraph that dwells on it (false: off). */
  subject: boolean;
  /** An unambiguous term of the article's title seen again in a section's paragraph counts as seen in two places
   * (session 15, sealed24): a page titled on a robot trial whose lead is only field lines (Affected:, When:) still
   * names robots in its title, and a section that says robots again is about them (false: off). */
  titlePlaces: boolean;
  /** With `titlePlaces`: the shorter unambiguous term a title's term ends with counts as the title's too (session 16,
   * sealed25): a page titled on a humanoid robot (人形机器人) calls it the robot (机器人) in its sections. */
  titleHeads: boolean;
  /** A topic the lexicon found evidence for (`minDistinctTerms`, and `minTelling` telling terms, at least one) but
   * did not tag is tagged when the taxonomy's trained model (model.ts) gives it log (base 2) odds above this
   * (Infinity: off). */
  modelMargin: number;
}

export const THRESHOLDS: ClassifyTuning = {
  headingWeight: 2,
  paragraphScore: 3,
  paragraphTerms: 1,
  paragraphShare: 0.3,
  carryShare: 0.3,
  density: 3,
  minShare: 0.3,
  minDistinctTerms: 2,
  minTelling: 1,
  paragraphLead: 6,
  strongPlaces: 2,
  headingNames: true,
  headingAlone: true,
  richTerms: 3,
  spreadParagraphs: 3,
  spreadTerms: 3,
  subject: true,
  titlePlaces: true,
  titleHeads: true,
  modelMargin: 8,
};

const MAX_TERM_TOKENS = 5;
/** How far (in tokens) a sense guard looks on each side of a term. */
const GUARD_WINDOW = 8;

interface Entry {
  weight: number;
  guard?: { unless?: string[]; near?: string[]; not?: string[]; unlessArticle?: string[] };
}

interface Lexicon {
  /** term key → (topic → weight and guards) */
  terms: Map<string, Map<TopicId, Entry>>;
  /** Original spelling of each term key, for evidence. */
  spelling: Map<string, string>;
}

const lexicons = new WeakMap<Taxonomy, Record<Lang, Lexicon>>();

function compileGuard(guard: TermGuard | undefined, lang: Lang): Entry['guard'] {
  if (!guard) return undefined;
  const keys = (words: string[] | undefined) => words?.map((w) => termKey(w, lang)).filter((k) => k !== '');
  const out: NonNullable<Entry['guard']> = {};
  const unless = keys(guard.unless);
  const near = keys(guard.near);
  if (unless?.length) out.unless = unless;
  if (near?.length) out.near = near;
  const unlessArticle = keys(guard.unlessArticle);
  if (unlessArticle?.length) out.unlessArticle = unlessArticle;
  if (guard.not?.length) out.not = guard.not.map((w) => w.toLowerCase());
  return out;
}

function lexiconFor(taxonomy: Taxonomy): Record<Lang, Lexicon> {
  let cached = lexicons.get(taxonomy);
  if (cached) return cached;
  cached = { zh: { terms: new Map(), spelling: new Map() }, en: { terms: new Map(), spelling: new Map() } };
  for (const topic of taxonomy.topics) {
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'zh') {
        teachWords(topic.terms.zh);
        // Guard words stay whole too, so 办公 near 自动化 is seen as the word it is.
        for (const g of Object.values(topic.guards?.zh ?? {}))
          teachWords([...(g.unless ?? []), ...(g.near ?? []), ...(g.unlessArticle ?? [])]);
      }
      for (const term of topic.terms[lang]) {
        const key = termKey(term, lang);
        if (!key) continue;
        const lower = term.toLowerCase();
        const entry: Entry = { weight: topic.weights?.[lang]?.[lower] ?? 1 };
        const guard = compileGuard(topic.guards?.[lang]?.[lower], lang);
        if (guard) entry.guard = guard;
        const byTopic = cached[lang].terms.get(key) ?? new Map<TopicId, Entry>();
        byTopic.set(topic.id, entry);
        cached[lang].terms.set(key, byTopic);
        if (!cached[lang].spelling.has(key)) cached[lang].spelling.set(key, term);
      }
    }
  }
  lexicons.set(taxonomy, cached);
  return cached;
}

interface Hit {
  term: string;
  topics: Map<TopicId, number>;
}

const LATIN = /^[a-z0-9]/;

// A term that is part of an institution's name (智能制造及机器人重点实验室, 人形机器人研究院) names the place
// someone works, not what the text is about: up to six characters may stand between the term and the head noun
// of the name, but no punctuation. Companies (公司, 企业) are left out on purpose: 机器人企业 is the trade itself.
const INSTITUTION_AFTER =
  /^\p{Script=Han}{0,6}?(?:实验室|研究院|研究所|研究中心|学院|大学(?!生)|学会|协会|联盟|基金会)/u;
// A trade's own association or alliance right after the term (机器人产业协会, 医疗器械行业协会) is named for the trade,
// as its firms are (session 13): the term counts there.
const TRADE_BODY_AFTER = /^(?:产业|行业)(?:协会|联盟)/u;
// Session 15 (sealed24): a term followed by 附属/附设 … 医院 names the hospital (read in Simplified).
const AFFILIATED_HOSPITAL_AFTER = /^(?:附属|附设)\p{Script=Han}{0,4}?医院/u;

// A term that names a discipline's students (临床医学的学生, 机械专业的学生, 机器人工程专业学生) names a kind of
// student, not the field (session 9b): up to two characters may finish the field's name, then 专业 or 系 and 的 may
// stand before the student; 学生 itself still counts for talent.
const STUDENTS_AFTER = /^\p{Script=Han}{0,2}?(?:专业|系)?的?(?:学生|本科生|研究生|毕业生|学员)/u;

/** The words of a whole article (or of a section classified alone), for the `unlessArticle` guards: its token keys
 * between spaces, and (zh) its text in Simplified. */
export interface Discourse {
  keys: string;
  text: string;
  /** The unambiguous terms (weight ≥ 3) of the article's title per topic (`titlePlaces`); set by classifyArticle. */
  titleStrong?: ReadonlyMap<TopicId, ReadonlySet<string>>;
  /** The unambiguous terms a title's unambiguous term ends with (机器人 in 人形机器人, robot in humanoid robot), per
   * topic (`titleHeads`). */
  titleHeads?: ReadonlyMap<TopicId, ReadonlySet<string>>;
  /** The title those terms come from: the lead's heading, which says them already. */
  title?: string;
}

/** The discourse of some texts: the title, headings and paragraphs of an article, or of one section. */
export function discourseOf(texts: readonly string[], lang: Lang): Discourse {
  return {
    keys: ` ${texts
      .map((t) =>
        tokenSpans(t, lang)
          .map((s) => s.key)
          .join(' '),
      )
      .join(' ')} `,
    text: lang === 'zh' ? texts.map(simplifiedInPlace).join('\n') : '',
  };
}

/** True when the text after a Chinese term makes it part of a name: an institution's, or a discipline's students
 * (a talent term stays talent there: 人工智能专业的学生 are students either way). */
function leadsToName(after: string, topics: ReadonlyMap<TopicId, number>, word = ''): boolean {
  return (
    (INSTITUTION_AFTER.test(after) && !TRADE_BODY_AFTER.test(after)) ||
    // A school for students (研究生院, 本科生院: session 15, sealed24) is an institution too: its office and its
    // account on a contact line name where to write, not teaching.
    (word.endsWith('生') && after.startsWith('院')) ||
    // A university's hospital (大学附属第一医院, 大學附設醫院) is a hospital: its name says where patients go.
    AFFILIATED_HOSPITAL_AFTER.test(after) ||
    (!topics.has('talent') && STUDENTS_AFTER.test(after))
  );
}

/** True when the guard rules this hit out: a word it must not be near, a word it needs and lacks, a wrong form, or
 * a word anywhere in the article that gives the term its other sense. */
function guarded(
  guard: Entry['guard'],
  keys: readonly string[],
  from: number,
  to: number,
  text: string,
  start: number,
  end: number,
  discourse?: Discourse,
): boolean {
  if (!guard) return false;
  if (
    guard.unlessArticle &&
    discourse &&
    guard.unlessArticle.some((w) =>
      /\p{Script=Han}/u.test(w) ? discourse.text.includes(w) : discourse.keys.includes(` ${w} `),
    )
  )
    return true;
  const window = keys.slice(Math.max(0, from - GUARD_WINDOW), to + GUARD_WINDOW);
  const around = (words: string[]) =>
    words.some(
      (w) =>
        (w.includes(' ') ? window.join(' ').includes(w) : window.includes(w)) ||
        (/\p{Script=Han}/u.test(w) && text.slice(Math.max(0, start - 12), end + 12).includes(w)),
    );
  if (guard.unless && around(guard.unless)) return true;
  if (guard.near && !around(guard.near)) return true;
  if (guard.not) {
    // A `not` form is a whole word or phrase (product, not the product inside productivity) over the match.
    const lower = text.toLowerCase();
    const letter = (at: number) => at >= 0 && at < lower.length && /\p{L}/u.test(lower[at]!);
    for (const form of guard.not) {
      for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
        if (at < end && at + form.length > start && !letter(at - 1) && !letter(at + form.length)) return true;
      }
    }
  }
  return false;
}

/** Finds taxonomy terms in a text as whole token runs, longest first, without overlaps; sense guards applied. */
export function findTerms(text: string, lang: Lang, taxonomy: Taxonomy, discourse?: Discourse): Hit[] {
  const lexicons = lexiconFor(taxonomy);
  const spans = tokenSpans(text, lang);
  // Guards and institution names are read in Simplified, as the tokens are (session 9): a Traditional 實驗室 or
  // 董事會 beside a term is the same word as the Simplified one the taxonomy lists.
  const plain = lang === 'zh' ? simplifiedInPlace(text) : text;
  const tokens = spans.map((t) => t.key);
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Chinese text quotes English terms as they are (GPU, data center): a run of Latin tokens is looked up in
    // the English terms, joined with spaces as English terms are.
    const tries: Lang[] = lang === 'zh' && LATIN.test(tokens[i]!) ? ['en', 'zh'] : [lang];
    let matched = 0;
    for (const termLang of tries) {
      const lexicon = lexicons[termLang];
      for (let n = Math.min(MAX_TERM_TOKENS, tokens.length - i); n >= 1 && !matched; n--) {
        const run = tokens.slice(i, i + n);
        if (termLang !== lang && !run.every((t) => LATIN.test(t))) continue;
        const key = joinTokens(run, termLang);
        const entries = lexicon.terms.get(key);
        if (!entries) continue;
        matched = n;
        const topics = new Map<TopicId, number>();
        for (const [topic, entry] of entries) {
          if (
            !guarded(entry.guard, tokens, i, i + n, plain, spans[i]!.start, spans[i + n - 1]!.end, discourse)
          ) {
            topics.set(topic, entry.weight);
          }
        }
        if (
          termLang === 'zh' &&
          leadsToName(
            plain.slice(spans[i + n - 1]!.end),
            topics,
            plain.slice(spans[i]!.start, spans[i + n - 1]!.end),
          )
        )
          topics.clear();
        // A guarded term still takes its words: they are not read again as a shorter term.
        if (topics.size > 0) hits.push({ term: lexicon.spelling.get(key) ?? key, topics });
      }
      if (matched) break;
    }
    if (!matched && lang === 'zh') {
      const inner = compoundTerm(tokens[i]!, lexicons.zh);
      if (inner) {
        const topics = new Map<TopicId, number>();
        for (const [topic, entry] of inner.entries) {
          if (!guarded(entry.guard, tokens, i, i + 1, plain, spans[i]!.start, spans[i]!.end, discourse)) {
            topics.set(topic, entry.weight);
          }
        }
        if (leadsToName(plain.slice(spans[i]!.end), topics, plain.slice(spans[i]!.start, spans[i]!.end)))
          topics.clear();
        if (topics.size > 0) hits.push({ term: lexicons.zh.spelling.get(inner.key) ?? inner.key, topics });
      }
    }
    i += matched || 1;
  }
  return hits;
}

// Chinese compounds put their head last: 人民政府 is a 政府, 小学生 a 学生, 人民法院 a 法院, 义务教育 an 教育. jieba keeps
// such dictionary words whole, which hid the term inside them; a word that ends with a term counts as that term.
// So does a term with a suffix that names its person or rate (投资者, 实习生, 利润率). Not after a negation (不规则),
// not 安全性 (the -性 of a property stays out, as decided), and not a school's name (清华大学 is where someone works).
const COMPOUND_SUFFIX = /[者生率]$/u;
const NOT_A_HEAD = new Set(['大学', '学院']);
function compoundTerm(
  token: string,
  lexicon: Lexicon,
): { key: string; entries: Map<TopicId, Entry> } | undefined {
  if (token.length < 3 || !/^\p{Script=Han}+$/u.test(token) || /^[不非无未]/u.test(token)) return undefined;
  for (let from = 1; from <= token.length - 2; from++) {
    const key = token.slice(from);
    const entries = lexicon.terms.get(key);
    if (entries && !NOT_A_HEAD.has(key)) return { key, entries };
  }
  if (COMPOUND_SUFFIX.test(token)) {
    const key = token.slice(0, -1);
    const entries = lexicon.terms.get(key);
    if (entries) return { key, entries };
  }
  return undefined;
}

interface Tally {
  score: number;
  terms: Map<string, number>;
  /** Terms of this tally that can only mean the topic (weight ≥ 3). */
  strong: Set<string>;
  /** Terms that signal the topic on their own (weight ≥ 2), not the helpers (company, customer). */
  telling: Set<string>;
}

function tally(text: string, lang: Lang, taxonomy: Taxonomy, discourse?: Discourse): Map<TopicId, Tally> {
  const out = new Map<TopicId, Tally>();
  for (const hit of findTerms(text, lang, taxonomy, discourse)) {
    for (const [topic, weight] of hit.topics) {
      const t = out.get(topic) ?? {
        score: 0,
        terms: new Map<string, number>(),
        strong: new Set<string>(),
        telling: new Set<string>(),
      };
      t.score += weight;
      if (weight >= 3) t.strong.add(hit.term);
      if (weight >= 2) t.telling.add(hit.term);
      t.terms.set(hit.term, (t.terms.get(hit.term) ?? 0) + 1);
      out.set(topic, t);
    }
  }
  return out;
}

/** Length units of a section: about one paragraph's worth (120 Chinese characters, 40 English words). */
function lengthUnits(texts: readonly string[], lang: Lang): number {
  const all = texts.join(' ');
  const size =
    lang === 'zh'
      ? [...all.replace(/\s+/g, '')].length / 120
      : (all.match(/[\p{L}\p{N}]+/gu) ?? []).length / 40;
  return Math.max(1, size);
}

/** What the classifier weighed for one topic of a section: its match and the figures the thresholds test. */
export interface Candidate {
  match: ThemeMatch;
  distinct: number;
  carried: number;
  led: number;
  density: number;
  headingStrong: boolean;
  /** The heading names the topic on two distinct terms, one unambiguous (`headingAlone`). */
  headingAlone: boolean;
  touched: number;
  richCarried: number;
  /** Distinct telling terms (weight ≥ 2) in heading and body. */
  telling: number;
  /** Distinct telling terms in the heading alone. */
  headingTelling: number;
}

/** Every topic a section touches, with the figures the tagging rule tests (for tuning and explaining). */
export function sectionCandidates(
  section: Section,
  lang: Lang,
  taxonomy: Taxonomy,
  tuning: ClassifyTuning = THRESHOLDS,
  discourse?: Discourse,
): Candidate[] {
  const texts = section.paragraphs.map((p) => p.text);
  // The heading, and a brief item's part (`## 投融资`), say what the section is about in a few words.
  const headingText = [section.group, section.heading].filter((h): h is string => !!h).join('\n');
  // A section classified alone is its own discourse; classifyArticle passes the article's.
  const words = discourse ?? discourseOf([headingText, ...texts], lang);
  const perParagraph = texts.map((t) => tally(t, lang, taxonomy, words));
  const inHeading = tally(headingText, lang, taxonomy, words);
  const units = lengthUnits(texts, lang);
  const topics = new Set<TopicId>([...inHeading.keys(), ...perParagraph.flatMap((m) => [...m.keys()])]);

  const candidates: Candidate[] = [];
  for (const topic of topics) {
    const heading = inHeading.get(topic);
    let score = (heading?.score ?? 0) * tuning.headingWeight;
    const evidence: Evidence[] = [];
    const distinct = new Set<string>(heading?.terms.keys() ?? []);
    const tellingTerms = new Set<string>(heading?.telling ?? []);
    // Where each unambiguous term was seen (heading = -1): one such word in two places of a section is as good
    // as two words (机器人 in three paragraphs of a factory story), one word once is not.
    const places = new Map<string, Set<number>>();
    for (const term of heading?.strong ?? []) places.set(term, new Set([-1]));
    const carrying: [number, number][] = [];
    const touched: [number, number][] = [];
    let led = 0;
    let richCarried = 0;
    perParagraph.forEach((byTopic, index) => {
      const entry = byTopic.get(topic);
      if (!entry) return;
      score += entry.score;
      for (const [term, count] of entry.terms) {
        evidence.push({ term, paragraph: index, count });
        distinct.add(term);
      }
      for (const term of entry.telling) tellingTerms.add(term);
      for (const term of entry.strong) {
        const at = (places.get(term) ?? new Set<number>()).add(index);
        // The article's title said it too (a place of its own, -2), unless this section's heading is the title.
        if (
          tuning.titlePlaces &&
          section.heading !== discourse?.title &&
          (discourse?.titleStrong?.get(topic)?.has(term) ||
            (tuning.titleHeads && discourse?.titleHeads?.get(topic)?.has(term)))
        )
          at.add(-2);
        places.set(term, at);
      }
      touched.push([index, entry.score]);
      const strongest = Math.max(...[...byTopic.values()].map((t) => t.score));
      if (
        entry.score >= tuning.paragraphScore &&
        entry.terms.size >= tuning.paragraphTerms &&
        entry.score >= strongest * tuning.paragraphShare
      ) {
        carrying.push([index, entry.score]);
        if (entry.score >= strongest && entry.terms.size >= 2 && entry.score >= tuning.paragraphLead) led++;
        if (entry.telling.size >= tuning.richTerms) richCarried++;
      }
    });
    // A heading that names the topic on two distinct words, one of them unambiguous (a title "cobots get cheaper,
    // integrators get scarcer"), says what the section is about even when no paragraph repeats a word of it.
    const headingAlone =
      tuning.headingAlone &&
      texts.length > 0 &&
      (heading?.strong.size ?? 0) > 0 &&
      (heading?.terms.size ?? 0) >= 2;
    // A heading's unambiguous term stays a candidate without the text: it is enough only for the article's subject
    // (`accepted`, session 11).
    if (touched.length === 0 && !headingAlone && (heading?.strong.size ?? 0) === 0) continue;
    const order = (list: [number, number][]) =>
      [...list].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([index]) => index);
    evidence.sort((a, b) => a.paragraph - b.paragraph || b.count - a.count || a.term.localeCompare(b.term));
    const match: ThemeMatch = {
      topic,
      score,
      // The paragraphs that carry the theme; when none carries it alone (a heading and a passing term), every
      // paragraph that mentions it; when none mentions it (the heading alone names it), every paragraph.
      paragraphs:
        touched.length > 0 ? order(carrying.length > 0 ? carrying : touched) : texts.map((_, index) => index),
      evidence,
    };
    if (heading) match.heading = [...heading.terms.keys()];
    candidates.push({
      match,
      distinct: distinct.size + ([...places.values()].some((at) => at.size >= tuning.strongPlaces) ? 1 : 0),
      carried: carrying.length,
      led,
      density: score / units,
      // The heading names the topic with a word that can only mean it, and the text takes it up.
      headingStrong: tuning.headingNames && (heading?.strong.size ?? 0) > 0,
      headingAlone,
      touched: touched.length,
      richCarried,
      telling: tellingTerms.size,
      headingTelling: heading?.telling.size ?? 0,
    });
  }
  return candidates;
}

/** True when the tagging rule accepts a candidate among the section's candidates. */
export function accepted(
  c: Candidate,
  all: readonly Candidate[],
  paragraphs: number,
  tuning: ClassifyTuning = THRESHOLDS,
  subject: ReadonlySet<TopicId> = new Set(),
): boolean {
  const top = Math.max(0, ...all.map((x) => x.match.score));
  const n = Math.max(1, paragraphs);
  // A theme that recurs through the section (three paragraphs, three distinct terms) is one of its subjects even
  // when no single paragraph dwells on it.
  const spread = c.touched >= tuning.spreadParagraphs && c.distinct >= tuning.spreadTerms;
  // The article's subject taken up again in a section is what that section is about too, even when no paragraph
  // dwells on it: the model of a model story is "the system" there, the regulator's fine "the decision".
  const subjectAgain = subject.has(c.match.topic);
  // A heading that names the article's subject with a word that can only mean it (session 11: 招聘方向 over the
  // list of fields a hiring notice recruits in) says what its section is about, even on that one word.
  const subjectHeading = subjectAgain && c.headingStrong;
  return (
    (c.distinct >= tuning.minDistinctTerms || subjectHeading) &&
    c.telling >= tuning.minTelling &&
    (c.match.score >= top * tuning.minShare || c.led > 0 || c.richCarried > 0) &&
    (c.carried / n >= tuning.carryShare ||
      (c.carried > 0 && c.density >= tuning.density) ||
      (c.match.heading !== undefined && c.carried > 0) ||
      (c.headingStrong && c.touched > 0) ||
      c.headingAlone ||
      spread ||
      subjectAgain)
  );
}

/** Themes of one section (or the lead), strongest first. */
export function classifySection(
  section: Section,
  lang: Lang,
  taxonomy: Taxonomy,
  tuning: ClassifyTuning = THRESHOLDS,
  subject: ReadonlySet<TopicId> = new Set(),
  discourse?: Discourse,
): ThemeMatch[] {
  const candidates = sectionCandidates(section, lang, taxonomy, tuning, discourse);
  const tagged = candidates.filter((c) =>
    accepted(c, candidates, section.paragraphs.length, tuning, subject),
  );
  return [...tagged, ...modelTipped(section, lang, taxonomy, tuning, candidates, tagged)]
    .map((c) => c.match)
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/** The untagged candidates with telling evidence that the trained model is sure of (docs/themes.md, "A second
 * signal"); its probability is in the match and in the evidence (`model p=0.998`). */
function modelTipped(
  section: Section,
  lang: Lang,
  taxonomy: Taxonomy,
  tuning: ClassifyTuning,
  candidates: readonly Candidate[],
  tagged: readonly Candidate[],
): Candidate[] {
  const model = taxonomy.model;
  if (!model || tuning.modelMargin === Number.POSITIVE_INFINITY) return [];
  // Only where the lexicon's own floor holds (two distinct terms, a telling one): one word, however often, is
  // never a theme, and the model decides only what the share and carry rules left open.
  const open = candidates.filter(
    (c) =>
      !tagged.includes(c) &&
      c.distinct >= tuning.minDistinctTerms &&
      c.telling >= Math.max(1, tuning.minTelling),
  );
  if (open.length === 0) return [];
  const tokens = sectionTokens(section, lang);
  return open.filter((c) => {
    const odds = model.logOdds(c.match.topic, tokens);
    if (odds === undefined || odds <= tuning.modelMargin) return false;
    const p = 1 / (1 + 2 ** -odds);
    c.match.model = p;
    c.match.evidence.push({ term: `model p=${p.toFixed(3)}`, paragraph: -1, count: 1 });
    return true;
  });
}

function applyOverride(
  sectionId: string,
  found: ThemeMatch[],
  overrides: Record<string, TopicId[]> | undefined,
  section: Section,
): ThemeMatch[] {
  const forced = overrides?.[sectionId] ?? overrides?.['*'];
  if (!forced) return found;
  // An editor's override replaces the classifier's choice for that section, keeping its evidence where it agrees.
  return forced.map((topic) => {
    const known = found.find((m) => m.topic === topic);
    return known
      ? { ...known, override: true }
      : { topic, score: 0, paragraphs: section.paragraphs.map((p) => p.index), evidence: [], override: true };
  });
}

/** The words of the whole article — title, every heading and paragraph — for the `unlessArticle` guards. */
export function articleDiscourse(article: Article): Discourse {
  return discourseOf(
    [article.lead, ...article.sections].flatMap((s) => [
      ...(s.group ? [s.group] : []),
      s.heading ?? '',
      ...s.paragraphs.map((p) => p.text),
    ]),
    article.lang,
  );
}

/** The discourse with the title's unambiguous terms per topic (`titlePlaces`). */
export function withTitle(discourse: Discourse, article: Article, taxonomy: Taxonomy): Discourse {
  const title = article.lead.heading ?? article.title;
  if (!title) return discourse;
  const titleStrong = new Map<TopicId, ReadonlySet<string>>();
  const titleHeads = new Map<TopicId, ReadonlySet<string>>();
  const lexicon = lexiconFor(taxonomy)[article.lang];
  for (const [topic, t] of tally(title, article.lang, taxonomy, discourse)) {
    if (t.strong.size === 0) continue;
    titleStrong.set(topic, t.strong);
    // The head a compound term ends with, when it is an unambiguous term of the same topic: 人形机器人 → 机器人,
    // 手术机器人 → 机器人, humanoid robot → robot (Chinese by characters, English by words).
    const heads = new Set<string>();
    for (const term of t.strong) {
      const key = termKey(term, article.lang);
      const parts = article.lang === 'en' ? key.split(' ') : [...key];
      for (let from = 1; from < parts.length; from++) {
        const head = joinTokens(parts.slice(from), article.lang);
        if ((lexicon.terms.get(head)?.get(topic)?.weight ?? 0) >= 3)
          heads.add(lexicon.spelling.get(head) ?? head);
      }
    }
    if (heads.size > 0) titleHeads.set(topic, heads);
  }
  return { ...discourse, titleStrong, titleHeads, title };
}

/** The lead as the classifier reads it (session 10): a lead with no text of its own — the title, then the headed
 * sections, the standfirst set apart as an editor's note (编者按) — is read on that note, which says what the article
 * is about. The lead itself is unchanged: its paragraphs stay empty, so nothing of the note is delivered as the lead;
 * its themes (paragraph indexes into the note) name the article's subject for the sections and the alerts. */
export function leadForThemes(article: Article): Section {
  const note = article.note ?? [];
  return article.lead.paragraphs.length === 0 && note.length > 0
    ? { ...article.lead, paragraphs: note }
    : article.lead;
}

/** What the article is about as a whole: the lead's themes that its title names with a telling term (weight ≥ 2).
 * A brief's title (Signal Weekly #12) names none, so its items stand on their own. */
export function articleSubject(
  article: Article,
  taxonomy: Taxonomy,
  tuning: ClassifyTuning = THRESHOLDS,
  discourse: Discourse = articleDiscourse(article),
): Set<TopicId> {
  if (!tuning.subject) return new Set();
  const leadSection = leadForThemes(article);
  const lead = sectionCandidates(leadSection, article.lang, taxonomy, tuning, discourse);
  return new Set(
    lead
      .filter((c) => c.headingTelling > 0 && accepted(c, lead, leadSection.paragraphs.length, tuning))
      .map((c) => c.match.topic),
  );
}

/** Themes for the lead (sectionId `lead`) and every section, in article order. */
export function classifyArticle(
  article: Article,
  taxonomy: Taxonomy,
  tuning: ClassifyTuning = THRESHOLDS,
): SectionThemes[] {
  // A mistyped topic in front matter would silently route a section to nobody: refuse it, naming it.
  for (const [sectionId, topics] of Object.entries(article.themeOverrides ?? {})) {
    const unknown = topics.find((topic) => !taxonomy.byId.has(topic));
    if (unknown !== undefined) {
      throw new TaxonomyError(
        `${article.slug}: front matter themes.${sectionId} names topic "${unknown}", which is not in the taxonomy`,
      );
    }
  }
  const discourse = withTitle(articleDiscourse(article), article, taxonomy);
  const subject = articleSubject(article, taxonomy, tuning, discourse);
  const lead = leadForThemes(article);
  return [lead, ...article.sections].map((section) => ({
    sectionId: section.id,
    themes: applyOverride(
      section.id,
      classifySection(
        section,
        article.lang,
        taxonomy,
        tuning,
        section === lead ? undefined : subject,
        discourse,
      ),
      article.themeOverrides,
      section === lead ? article.lead : section,
    ),
  }));
}
