// The reader's-journey emails the subscription function sends without MJML: welcome and already-subscribed in
// zh, en and (converted with OpenCC at build time) zh-Hant for Taiwan and Hong Kong, plus the zh-Hant confirmation.
// Compiled once at build time with marks (templates/compiled/reader.json); here the marks are filled with the
// deployment's site, postal address and the reader's topics. The same file carries the zh-Hant pages.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CompiledEmail } from '../../core/render/types.ts';
import {
  CONFIRMATION_MARKS,
  fillConfirmation,
  type PrecompiledConfirmation,
} from '../../core/subscriptions/precompiled-confirmation.ts';
import type { AlreadySubscribedRenderer, ConfirmationRenderer } from '../../core/subscriptions/types.ts';
import type { LatestArticle, WelcomeRenderer } from '../../core/subscriptions/welcome.ts';
import type { Taxonomy } from '../../core/topics/types.ts';
import type { Locale, TopicId } from '../../core/types.ts';
import type { ZhHantPages } from '../../pages/ui.ts';
import type { ZhHantVariant } from '../../shared/config.ts';
import { escapeMarkup } from '../../shared/markup.ts';

export const READER_MARKS = {
  ...CONFIRMATION_MARKS,
  recap: 'TIDINGSRECAPMARK',
  added: 'TIDINGSADDEDMARK',
  postal: 'TIDINGSPOSTALMARK',
  latestTitle: 'TIDINGSLATESTTITLEMARK',
  latestPath: 'TIDINGSLATESTPATHMARK',
} as const;

/** zh, en, and the zh-Hant variants. */
export type EmailVariant = 'zh' | 'en' | 'zh-Hant-tw' | 'zh-Hant-hk';
export const EMAIL_VARIANTS: readonly EmailVariant[] = ['zh', 'en', 'zh-Hant-tw', 'zh-Hant-hk'];

export type PrecompiledEmail = CompiledEmail & { topicSeparator: string };

export interface ReaderPack {
  emails: {
    welcome: Record<EmailVariant, PrecompiledEmail>;
    /** The same with one recent article made of marks, repeated per article when filled. */
    welcomeLatest: Record<EmailVariant, PrecompiledEmail>;
    alreadySubscribed: Record<EmailVariant, PrecompiledEmail>;
    /** The same with the confirm button that adds the requested topics. */
    alreadySubscribedAdd: Record<EmailVariant, PrecompiledEmail>;
    /** The zh-Hant confirmation emails (zh and en are in confirm.json). */
    confirm: Record<'zh-Hant-tw' | 'zh-Hant-hk', PrecompiledEmail>;
  };
  zhHant: Record<ZhHantVariant, ZhHantPages>;
}

export function emailVariant(locale: Locale, zhHant: ZhHantVariant): EmailVariant {
  return locale === 'en' ? 'en' : locale === 'zh-Hans' ? 'zh' : `zh-Hant-${zhHant}`;
}

function fill(template: string, values: [mark: string, value: string][]): string {
  let out = template;
  for (const [mark, value] of values) out = out.split(mark).join(value);
  return out;
}

/** Fills a precompiled email: the site, the postal address (or its line dropped) and lists of lines or names. */
export function fillReaderEmail(
  template: PrecompiledEmail,
  data: {
    siteUrl: string;
    postalAddress?: string;
    lists: [mark: string, lines: readonly string[], sep: 'line' | 'names'][];
    /** The articles of a template compiled with one marked article (welcomeLatest). */
    articles?: readonly LatestArticle[];
  },
): CompiledEmail {
  const { topicSeparator, ...filled } = template;
  const email = data.articles ? repeatArticles(filled, data.articles) : filled;
  const host = new URL(data.siteUrl).host;
  const join = (lines: readonly string[], sep: 'line' | 'names', html: boolean) =>
    sep === 'names'
      ? lines.map((l) => (html ? escapeMarkup(l) : l)).join(topicSeparator)
      : lines.map((l) => (html ? escapeMarkup(l) : l)).join(html ? '<br>' : '\n');
  const postal = (text: string, html: boolean) =>
    data.postalAddress
      ? text.split(READER_MARKS.postal).join(html ? escapeMarkup(data.postalAddress) : data.postalAddress)
      : text.replace(new RegExp(`(<br\\s*/?>|\\n)?[ \\t]*${READER_MARKS.postal}`, 'g'), '');
  const values = (html: boolean): [string, string][] => [
    [READER_MARKS.siteUrl, html ? escapeMarkup(data.siteUrl) : data.siteUrl],
    [READER_MARKS.host, html ? escapeMarkup(host) : host],
    ...data.lists.map(([mark, lines, sep]): [string, string] => [mark, join(lines, sep, html)]),
  ];
  return {
    ...email,
    html: postal(fill(email.html, values(true)), true),
    text: postal(fill(email.text, values(false)), false),
  };
}

const ARTICLE_URL = `${READER_MARKS.siteUrl}/articles/${READER_MARKS.latestPath}`;

/**
 * Repeats the marked article once per article: in the HTML its link (`<a href="…PATHMARK">TITLEMARK</a>`, one
 * per line), in the text its title and link. Values are escaped for the HTML; a template without the marks is an error.
 */
function repeatArticles(email: CompiledEmail, articles: readonly LatestArticle[]): CompiledEmail {
  const anchor = new RegExp(`<a [^>]*${READER_MARKS.latestPath}[^>]*>${READER_MARKS.latestTitle}</a>`).exec(
    email.html,
  )?.[0];
  // The text part has the title, then the link in brackets (html-to-text may put them on two lines).
  const titleAt = email.text.lastIndexOf('\n', email.text.indexOf(READER_MARKS.latestTitle)) + 1;
  const pathAt = email.text.indexOf(READER_MARKS.latestPath);
  const lineEnd = email.text.indexOf('\n', pathAt);
  const textLine =
    titleAt > 0 && pathAt > titleAt
      ? email.text.slice(titleAt, lineEnd < 0 ? email.text.length : lineEnd)
      : undefined;
  if (!anchor || !textLine)
    throw new Error('reader.json: the welcome email has no marked article; recompile it');
  const one = (template: string, a: LatestArticle, html: boolean) =>
    template
      .split(ARTICLE_URL)
      .join(html ? escapeMarkup(a.url) : a.url)
      .split(READER_MARKS.latestTitle)
      .join(html ? escapeMarkup(a.title) : a.title);
  return {
    ...email,
    html: email.html.replace(anchor, () => articles.map((a) => one(anchor, a, true)).join('<br>')),
    text: email.text.replace(textLine, () => articles.map((a) => one(textLine, a, false)).join('\n')),
  };
}

interface Options {
  pack: ReaderPack;
  taxonomy: Taxonomy;
  siteUrl: string;
  postalAddress?: string;
  zhHantVariant: ZhHantVariant;
}

/** Topic names in the reader's locale, in taxonomy order. */
function names(options: Options, locale: Locale, ids: readonly TopicId[]): string[] {
  const hant = options.pack.zhHant[options.zhHantVariant];
  return options.taxonomy.topics
    .filter((t) => ids.includes(t.id))
    .map((t) =>
      locale === 'en' ? t.name.en : locale === 'zh-Hans' ? t.name.zh : (hant.topics[t.id]?.name ?? t.name.zh),
    );
}

export function precompiledWelcome(options: Options): WelcomeRenderer {
  return {
    async render(locale, recap, latest) {
      const variant = emailVariant(locale, options.zhHantVariant);
      const withLatest = latest.length > 0;
      const template = (withLatest ? options.pack.emails.welcomeLatest : options.pack.emails.welcome)[
        variant
      ];
      return fillReaderEmail(template, {
        siteUrl: options.siteUrl,
        ...(options.postalAddress ? { postalAddress: options.postalAddress } : {}),
        lists: [[READER_MARKS.recap, recap, 'line']],
        ...(withLatest ? { articles: latest } : {}),
      });
    },
  };
}

export function precompiledAlreadySubscribed(options: Options): AlreadySubscribedRenderer {
  return {
    async render(locale, data) {
      const variant = emailVariant(locale, options.zhHantVariant);
      const adds = data.added.length > 0;
      const template = (
        adds ? options.pack.emails.alreadySubscribedAdd : options.pack.emails.alreadySubscribed
      )[variant];
      return fillReaderEmail(template, {
        siteUrl: options.siteUrl,
        ...(options.postalAddress ? { postalAddress: options.postalAddress } : {}),
        lists: [
          [READER_MARKS.topic, names(options, locale, data.topics), 'names'],
          [READER_MARKS.added, names(options, locale, data.added), 'names'],
        ],
      });
    },
  };
}

/**
 * The confirmation renderer for every locale: zh-Hans and en from confirm.json (the existing renderer), zh-Hant
 * from the converted emails of the pack with the converted topic names.
 */
export function localeConfirmationRenderer(
  base: ConfirmationRenderer,
  options: Options,
): ConfirmationRenderer {
  return {
    async render(lang, topicIds, locale) {
      if (locale !== 'zh-Hant') return base.render(lang, topicIds);
      const template: PrecompiledConfirmation =
        options.pack.emails.confirm[`zh-Hant-${options.zhHantVariant}`];
      return fillConfirmation(template, {
        lang: 'zh',
        siteUrl: options.siteUrl,
        topicNames: names(options, locale, topicIds),
      });
    },
  };
}

export const DEFAULT_READER_FILE = fileURLToPath(
  new URL('../../../templates/compiled/reader.json', import.meta.url),
);

/** Reads reader.json (READER_FILE beside the bundle); a missing or partial file fails the cold start, naming it. */
export async function loadReaderPack(path: string = DEFAULT_READER_FILE): Promise<ReaderPack> {
  let pack: ReaderPack;
  try {
    pack = JSON.parse(await readFile(path, 'utf8')) as ReaderPack;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not JSON';
    throw new Error(`${path}: cannot read the precompiled reader emails and pages (${code})`);
  }
  const complete =
    EMAIL_VARIANTS.every(
      (v) =>
        pack.emails?.welcome?.[v]?.html &&
        pack.emails.welcomeLatest?.[v]?.html &&
        pack.emails.alreadySubscribed?.[v]?.html &&
        pack.emails.alreadySubscribedAdd?.[v]?.html,
    ) &&
    pack.emails.confirm?.['zh-Hant-tw']?.html &&
    pack.emails.confirm['zh-Hant-hk']?.html &&
    pack.zhHant?.tw?.strings &&
    pack.zhHant.hk?.strings;
  if (!complete) throw new Error(`${path}: incomplete; run npm run templates:compile`);
  return pack;
}
