// The archive's pages in the site's style (pageShell: one stylesheet, no scripts, everything escaped): an
// edition's web version (what "view in browser" opens), the list of past editions and one topic's articles. Pure:
// the routes load the data (core/archive) and send the result.
import { localDate } from '../../shared/dates.ts';
import { mj as html } from '../../shared/markup.ts';
import type { ArchivedArticle, ArchiveListing, EditionView } from '../archive/archive.ts';
import type { DigestStory, TopicLabel } from '../render/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import type { Cadence, Lang } from '../types.ts';
import { pageShell } from './article-page.ts';

const S = {
  zh: {
    archive: '往期内容',
    cadence: { daily: '每日摘要', weekly: '每周摘要', instant: '即时提醒' } as Record<Cadence, string>,
    topStory: '头条',
    inThisIssue: '本期内容',
    stories: (n: number) => `${n} 篇`,
    alsoOn: '相关主题：',
    alsoIn: '文中还谈到：',
    readMore: '阅读全文',
    none: '暂无往期内容。',
    topics: '按主题浏览',
    topicTitle: (name: string) => `${name} · 往期文章`,
    inEditions: '刊于：',
    feed: '订阅源（Atom）',
    webNote: '这是本期邮件的网页版。',
    noArticles: '这个主题暂无文章。',
    alertAbout: (topics: string) => `关于${topics}的新文章`,
  },
  en: {
    archive: 'Past editions',
    cadence: { daily: 'Daily digest', weekly: 'Weekly digest', instant: 'Instant alerts' } as Record<
      Cadence,
      string
    >,
    topStory: 'Top story',
    inThisIssue: 'In this issue',
    stories: (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`,
    alsoOn: 'Also on: ',
    alsoIn: 'Also in this article: ',
    readMore: 'Read the full article',
    none: 'No past editions yet.',
    topics: 'By topic',
    topicTitle: (name: string) => `${name} · past articles`,
    inEditions: 'In: ',
    feed: 'Feed (Atom)',
    webNote: 'This is the web version of the email edition.',
    noArticles: 'No articles on this topic yet.',
    alertAbout: (topics: string) => `A new article on ${topics}`,
  },
} as const;

const SEP: Record<Lang, string> = { zh: '、', en: ', ' };

export function archiveUrl(siteUrl: string, path = ''): string {
  return `${siteUrl.replace(/\/+$/, '')}/archive${path}`;
}

export function feedUrl(siteUrl: string, feed: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/feeds/${encodeURIComponent(feed)}.xml`;
}

/** How an edition is named in lists and titles: `每日摘要 · 1月20日 周一`, `Instant alerts · Mon 20 Jan 2025`. */
export function editionLabel(cadence: Cadence, day: string, lang: Lang): string {
  return `${S[lang].cadence[cadence]} · ${localDate(day, lang)}`;
}

function langOf(content: Lang | undefined, page: Lang) {
  return content && content !== page ? html` lang="${content === 'zh' ? 'zh-CN' : 'en'}"` : '';
}

function tags(lang: Lang, labels: TopicLabel[], siteUrl: string) {
  if (labels.length === 0) return '';
  return html`<p class="tags">${S[lang].alsoOn}${labels.map(
    (t, i) =>
      html`${i > 0 ? SEP[lang] : ''}<a href="${archiveUrl(siteUrl, `/topics/${t.id}`)}">${t.name}</a>`,
  )}</p>`;
}

function story(lang: Lang, s: DigestStory, siteUrl: string, heading: 'h2' | 'h3' = 'h3') {
  const l = langOf(s.contentLang, lang);
  const title =
    heading === 'h2'
      ? html`<h2${l}><a href="${s.url}">${s.title}</a></h2>`
      : html`<h3${l}><a href="${s.url}">${s.title}</a></h3>`;
  const more = s.more.length
    ? html`<p class="tags">${S[lang].alsoIn}${s.more.map(
        (m, i) => html`${i > 0 ? SEP[lang] : ''}<a href="${m.url}"${l}>${m.heading}</a>`,
      )}</p>`
    : '';
  return html`<div class="story">${title}<p${l}>${s.excerpt}</p>${tags(lang, s.tags, siteUrl)}${more}</div>`;
}

/** An edition's web version: the digest's top story, contents and stories, or the alert's article sections. */
export function renderEditionPage(view: EditionView, siteUrl: string): string {
  const lang = view.data.lang;
  const t = S[lang];
  const day =
    view.kind === 'digest'
      ? view.data.editionDate
      : (view.data.article.publishedAt ?? view.edition.createdAt).slice(0, 10);
  const label = editionLabel(view.edition.cadence, day, lang);
  if (view.kind === 'alert') {
    const d = view.data;
    const l = langOf(d.article.contentLang, lang);
    const topics = d.topics.map((x) => x.name).join(SEP[lang]);
    const body = html`<p class="kicker">${label}</p>
<h1${l}><a href="${d.article.url}">${d.article.title}</a></h1>
<p class="meta">${t.alertAbout(topics)}</p>
${d.items.map(
  (it) =>
    html`<div class="story">${it.heading === d.article.title ? '' : html`<h3${l}><a href="${it.url}">${it.heading}</a></h3>`}<p${l}>${it.excerpt}</p><p class="tags">${it.topics.map((x) => x.name).join(SEP[lang])}</p></div>`,
)}
<p><a href="${d.article.url}">${t.readMore} →</a></p>
<p class="meta">${t.webNote} <a href="${archiveUrl(siteUrl)}">${t.archive}</a></p>`;
    return pageShell(lang, `${d.article.title} · ${label}`, body, siteUrl);
  }
  const d = view.data;
  const counts = new Map<string, { topic: TopicLabel; n: number; anchor: string }>();
  counts.set(d.top.topic.id, { topic: d.top.topic, n: 1, anchor: 'top' });
  for (const g of d.groups) {
    const held = counts.get(g.topic.id);
    counts.set(g.topic.id, {
      topic: g.topic,
      n: (held?.n ?? 0) + g.stories.length,
      anchor: `topic-${g.topic.id}`,
    });
  }
  const body = html`<h1>${label}</h1>
<section id="top" aria-labelledby="top-h">
<p class="kicker" id="top-h">${t.topStory} · ${d.top.topic.name}</p>
${story(lang, { ...d.top, excerpt: d.top.summary }, siteUrl, 'h2')}
</section>
<nav aria-label="${t.inThisIssue}"><h2>${t.inThisIssue}</h2><ul>${[...counts.values()].map(
    (c) => html`<li><a href="#${c.anchor}">${c.topic.name}</a> · ${t.stories(c.n)}</li>`,
  )}</ul></nav>
${d.groups.map(
  (g) => html`<section id="topic-${g.topic.id}" aria-labelledby="topic-${g.topic.id}-h">
<h2 id="topic-${g.topic.id}-h"><a href="${archiveUrl(siteUrl, `/topics/${g.topic.id}`)}">${g.topic.name}</a></h2>
${g.stories.map((s) => story(lang, s, siteUrl))}
</section>
`,
)}<p class="meta">${t.webNote} <a href="${archiveUrl(siteUrl)}">${t.archive}</a></p>`;
  return pageShell(lang, label, body, siteUrl);
}

/** An edition named by its id: a digest's id carries its day; an alert is dated by `day` (its article's). */
export function editionIdLabel(id: string, lang: Lang, day: string): string {
  const digest = /^(daily|weekly)-(\d{4}-\d{2}-\d{2})$/.exec(id);
  return digest ? editionLabel(digest[1] as Cadence, digest[2]!, lang) : editionLabel('instant', day, lang);
}

/** `/archive`: past editions by cadence, and the topics with their pages and feeds. */
export function renderArchiveIndex(
  lang: Lang,
  siteUrl: string,
  listings: ArchiveListing[],
  taxonomy: Taxonomy,
): string {
  const t = S[lang];
  const lists = listings.filter((l) => l.editions.length > 0);
  const body = html`<h1>${t.archive}</h1>
${lists.length === 0 ? html`<p>${t.none}</p>` : ''}${lists.map(
  (l) => html`<section aria-labelledby="c-${l.cadence}"><h2 id="c-${l.cadence}">${t.cadence[l.cadence]}</h2>
<ul class="editions">${l.editions.map(
    (e) => html`<li><a href="${archiveUrl(siteUrl, `/${e.id}`)}">${localDate(e.day, lang)}</a></li>`,
  )}</ul></section>
`,
)}<section aria-labelledby="by-topic"><h2 id="by-topic">${t.topics}</h2><ul>${taxonomy.topics.map(
    (topic) =>
      html`<li><a href="${archiveUrl(siteUrl, `/topics/${topic.id}`)}">${topic.name[lang]}</a> · <a href="${feedUrl(siteUrl, topic.id)}">${t.feed}</a></li>`,
  )}</ul><p><a href="${feedUrl(siteUrl, 'all')}">${t.feed}</a></p></section>`;
  return pageShell(lang, t.archive, body, siteUrl);
}

/** `/archive/topics/<id>`: the topic's articles, newest first, each with the editions that carried it. */
export function renderTopicArchive(
  lang: Lang,
  siteUrl: string,
  topic: TopicLabel,
  articles: ArchivedArticle[],
): string {
  const t = S[lang];
  const title = t.topicTitle(topic.name);
  const body = html`<h1>${title}</h1>
<p class="meta"><a href="${feedUrl(siteUrl, topic.id)}">${t.feed}</a> · <a href="${archiveUrl(siteUrl)}">${t.archive}</a></p>
${articles.length === 0 ? html`<p>${t.noArticles}</p>` : ''}${articles.map((a) => {
  const l = langOf(a.lang, lang);
  return html`<div class="story"><h3${l}><a href="${a.url}">${a.title}</a></h3><p class="meta"><time datetime="${a.publishedAt}">${localDate(a.publishedAt, lang)}</time></p><p${l}>${a.summary}</p>${
    a.editions.length
      ? html`<p class="tags">${t.inEditions}${a.editions.map(
          (id, i) =>
            html`${i > 0 ? ' · ' : ''}<a href="${archiveUrl(siteUrl, `/${id}`)}">${editionIdLabel(id, lang, a.publishedAt)}</a>`,
        )}</p>`
      : ''
  }</div>
`;
})}`;
  return pageShell(lang, title, body, siteUrl);
}
