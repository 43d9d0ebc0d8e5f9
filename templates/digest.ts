// Digest: an edition. The masthead names it and its date; the top story leads with a one-line summary; "in this
// issue" lists the topics with their counts (links to their sections); then every other article once, under
// its strongest topic for these readers, with an excerpt cut at a sentence end, its other topics and its other
// sections. Compact levels drop excerpts, then cap each topic's list, so the HTML stays under the size budget.
import type {
  DigestData,
  DigestStory,
  EmailTemplate,
  TemplateOutput,
  TopicLabel,
} from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { langAttr, mj, type SafeMarkup } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { headline } from './_common/headline.ts';
import { card, emailDocument } from './_common/layout.ts';
import { httpUrl, isoDate, lang, line, postalAddress, text, topic } from './_common/schema.ts';
import { COLORS, HEADLINE_LINK, LINK, PARAGRAPH } from './_common/style.ts';
import { EMAIL_STRINGS } from './strings.ts';

/**
 * How much of a digest to show, from everything to the least that still links every story. The compiler steps
 * down these levels until the HTML fits under the size budget (Gmail clips larger messages).
 */
export const TRIM_LEVELS = ['full', 'links', 'capped'] as const;
export type TrimLevel = (typeof TRIM_LEVELS)[number];
/** Stories listed in a whole edition at the `capped` level; the rest are counted and left to the web version. */
export const CAPPED_STORIES_PER_EDITION = 240;

function tags(lang: Lang, labels: TopicLabel[]): SafeMarkup | '' {
  const t = EMAIL_STRINGS[lang];
  return labels.length === 0
    ? ''
    : mj`<p class="muted" style="${PARAGRAPH};font-size:14px;color:${COLORS.muted}">${t.alsoOn}${labels.map((l) => l.name).join(t.listSeparator)}</p>`;
}

function more(lang: Lang, s: DigestStory): SafeMarkup | '' {
  const t = EMAIL_STRINGS[lang];
  return s.more.length === 0
    ? ''
    : mj`<p class="muted" style="${PARAGRAPH};font-size:14px;color:${COLORS.muted}">${t.alsoInArticle}${s.more.map(
        (m, i) => mj`${i > 0 ? t.listSeparator : ''}<a href="${m.url}" style="${LINK}">${m.heading}</a>`,
      )}</p>`;
}

/** The compact levels: a topic's stories as one list of headline links (each MJML block costs ~700 bytes). */
function linkList(data: DigestData, stories: DigestStory[]): SafeMarkup {
  return mj`
        <mj-text css-class="story" padding="6px 24px"><ul style="margin:0;padding-left:20px">${stories.map(
          (s) =>
            mj`<li style="margin:0 0 6px"${langAttr(s.contentLang, data.lang)}><a href="${s.url}" style="${HEADLINE_LINK}">${s.title}</a></li>`,
        )}</ul></mj-text>`;
}

function storyBlock(data: DigestData, s: DigestStory): SafeMarkup {
  const t = EMAIL_STRINGS[data.lang];
  const lang = langAttr(s.contentLang, data.lang);
  return mj`
        <mj-text css-class="story" padding="10px 24px 6px">${headline({ level: 3, text: s.title, href: s.url, lang })}<p style="${PARAGRAPH}"${lang}>${s.excerpt}</p>${tags(data.lang, s.tags)}${more(data.lang, s)}<p style="${PARAGRAPH}"><a href="${s.url}" style="${LINK}">${t.readMore} →</a></p></mj-text>`;
}

function topStory(data: DigestData): SafeMarkup {
  const t = EMAIL_STRINGS[data.lang];
  const s = data.top;
  const lang = langAttr(s.contentLang, data.lang);
  return card(
    '8px 0 12px',
    mj`<mj-text mj-class="kicker" css-class="kicker">${t.topStory} · ${s.topic.name}</mj-text>
        <mj-text padding="6px 24px 0">${headline({ level: 1, text: s.title, href: s.url, margin: '0', lang, id: 'top' })}</mj-text>
        <mj-text css-class="story" padding="8px 24px 0"><p style="${PARAGRAPH};font-size:17px"${lang}>${s.summary}</p>${tags(data.lang, s.tags)}${more(data.lang, s)}</mj-text>
        <mj-button href="${s.url}" align="left" padding="8px 24px 8px" css-class="button">${t.readMore}</mj-button>`,
  );
}

/** "In this issue": each topic with its number of stories (the top story counts under its topic). */
function contents(data: DigestData): SafeMarkup {
  const t = EMAIL_STRINGS[data.lang];
  const rows = new Map<string, { topic: TopicLabel; count: number; anchor: string }>();
  rows.set(data.top.topic.id, { topic: data.top.topic, count: 1, anchor: 'top' });
  for (const g of data.groups) {
    const held = rows.get(g.topic.id);
    rows.set(g.topic.id, {
      topic: g.topic,
      count: (held?.count ?? 0) + g.stories.length,
      anchor: `topic-${g.topic.id}`,
    });
  }
  return card(
    '0 0 8px',
    mj`<mj-divider padding="0 24px 8px" />
        <mj-text css-class="muted" padding="4px 24px 4px"><h2 style="margin:0 0 4px;font-size:14px;line-height:1.5;color:${COLORS.muted}">${t.inThisIssue}</h2><ul style="margin:0;padding-left:20px">${[
          ...rows.values(),
        ].map(
          (r) =>
            mj`<li style="margin:0 0 2px"><a href="#${r.anchor}" style="${LINK}">${r.topic.name}</a> <span style="color:${COLORS.muted}">· ${t.storyCount(r.count)}</span></li>`,
        )}</ul></mj-text>`,
  );
}

function group(data: DigestData, g: DigestData['groups'][number], trim: TrimLevel, cap: number): SafeMarkup {
  const t = EMAIL_STRINGS[data.lang];
  const shown = trim === 'capped' ? g.stories.slice(0, cap) : g.stories;
  const hidden = g.stories.length - shown.length;
  return card(
    '0 0 8px',
    mj`<mj-divider padding="4px 24px 0" />
        <mj-text mj-class="theme"><h2 id="topic-${g.topic.id}" class="accent" style="margin:0;font-size:20px;line-height:1.4;color:${COLORS.accent}">${g.topic.name}</h2></mj-text>${
          trim === 'full' ? shown.map((s) => storyBlock(data, s)) : linkList(data, shown)
        }${
          hidden > 0
            ? mj`
        <mj-text mj-class="muted"><a href="${data.webUrl ?? data.siteUrl}" style="${LINK}">${t.moreItems(hidden)}</a></mj-text>`
            : ''
        }`,
  );
}

function render(data: DigestData, trim: TrimLevel = 'full'): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const stories = 1 + data.groups.reduce((n, g) => n + g.stories.length, 0);
  const subject = t.digestSubject(data.cadence, data.top.title, stories);
  const next = data.groups.flatMap((g) => g.stories.map((s) => s.title)).slice(0, 3);
  const preheader = next.length > 0 ? t.digestPreheader(next) : data.top.summary;
  // At the last level the edition's stories are shared out between its topics, at least a few each.
  const cap = Math.max(3, Math.floor(CAPPED_STORIES_PER_EDITION / Math.max(1, data.groups.length)));
  const note =
    trim === 'full' ? '' : card('0', mj`<mj-text mj-class="muted">${t.digestTrimmedNote}</mj-text>`);
  const body = mj`${topStory(data)}${contents(data)}${note}${data.groups.map((g) => group(data, g, trim, cap))}`;
  return emailDocument(data, {
    subject,
    preheader,
    label: `${t.digestName[data.cadence]} · ${t.date(data.editionDate)}`,
    webUrl: data.webUrl,
    body,
    why: t.whyDigest(data.cadence),
    links: data.web ? 'web' : 'list',
  });
}

const story = z.object({
  articleSlug: text,
  title: line,
  url: httpUrl,
  contentLang: z.optional(lang),
  topic,
  tags: z.array(topic),
  excerpt: text,
  more: z.array(z.object({ heading: line, url: httpUrl })),
});

export const digestTemplate: EmailTemplate<DigestData> = {
  name: 'digest',
  schema: z.object({
    lang,
    cadence: z.enum(['daily', 'weekly']),
    editionDate: isoDate,
    siteUrl: httpUrl,
    webUrl: z.optional(httpUrl),
    web: z.optional(z.boolean()),
    postalAddress,
    top: z.extend(story, { summary: text }),
    groups: z.array(z.object({ topic, stories: z.array(story).check(z.minLength(1)) })),
  }),
  levels: TRIM_LEVELS,
  render: (data, level) => render(data, (level as TrimLevel | undefined) ?? 'full'),
};
