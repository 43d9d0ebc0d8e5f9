// Build-time compile of the emails that functions send without MJML (the double opt-in confirmation, welcome and
// already-subscribed) and of the zh-Hant pages (OpenCC), so the subscription function needs neither.
import { EMAIL_TEMPLATES } from '../../../templates/registry.ts';
import { EMAIL_STRINGS } from '../../../templates/strings.ts';
import type { CompiledEmail } from '../../core/render/types.ts';
import {
  markedConfirmData,
  type PrecompiledConfirmations,
} from '../../core/subscriptions/precompiled-confirmation.ts';
import type { Taxonomy } from '../../core/topics/types.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import { STRINGS } from '../../pages/strings.ts';
import type { ZhHantVariant } from '../../shared/config.ts';
import { type PrecompiledEmail, READER_MARKS, type ReaderPack } from '../fs/reader-pack.ts';
import { convertEmail, hantConverter } from '../opencc/hant.ts';
import { compileEmail } from './renderer.ts';

export async function compileConfirmations(): Promise<PrecompiledConfirmations> {
  const entries = await Promise.all(
    LANGS.map(async (lang) => {
      const email = await compileEmail(EMAIL_TEMPLATES.confirm, markedConfirmData(lang));
      return [lang, { ...email, topicSeparator: EMAIL_STRINGS[lang].listSeparator }] as const;
    }),
  );
  return Object.fromEntries(entries) as PrecompiledConfirmations;
}

/** The file's text: stable JSON, so an unchanged template gives an unchanged file. */
export function confirmationsJson(compiled: PrecompiledConfirmations): string {
  return `${JSON.stringify(compiled, null, 2)}\n`;
}

/** Every string of a value (objects and arrays walked), converted; anything else kept. */
function convertStrings<T>(value: T, convert: (s: string) => string): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((v) => convertStrings(v, convert)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertStrings(v, convert)])) as T;
  return value;
}

/**
 * templates/compiled/reader.json: welcome and already-subscribed emails in zh and en, and every reader email and
 * page string in Traditional Chinese for both variants (OpenCC), with the topic names and descriptions of
 * content/topics.yaml. The subscription function fills it; it carries neither MJML nor OpenCC.
 */
export async function compileReaderPack(taxonomy: Taxonomy): Promise<ReaderPack> {
  const site = READER_MARKS.siteUrl;
  const postal = READER_MARKS.postal;
  const build = async (lang: Lang) => {
    const sep = EMAIL_STRINGS[lang].listSeparator;
    const [welcome, welcomeLatest, already, alreadyAdd, confirm] = await Promise.all([
      compileEmail(EMAIL_TEMPLATES.welcome, {
        lang,
        siteUrl: site,
        postalAddress: postal,
        recap: [READER_MARKS.recap],
      }),
      // One article made of marks: filling repeats its link once per article (fillReaderEmail).
      compileEmail(EMAIL_TEMPLATES.welcome, {
        lang,
        siteUrl: site,
        postalAddress: postal,
        recap: [READER_MARKS.recap],
        latest: [{ title: READER_MARKS.latestTitle, url: `${site}/articles/${READER_MARKS.latestPath}` }],
      }),
      compileEmail(EMAIL_TEMPLATES.alreadySubscribed, {
        lang,
        siteUrl: site,
        postalAddress: postal,
        topicNames: [READER_MARKS.topic],
        addedNames: [],
      }),
      compileEmail(EMAIL_TEMPLATES.alreadySubscribed, {
        lang,
        siteUrl: site,
        postalAddress: postal,
        topicNames: [READER_MARKS.topic],
        addedNames: [READER_MARKS.added],
      }),
      compileEmail(EMAIL_TEMPLATES.confirm, markedConfirmData(lang)),
    ]);
    const withSep = (email: CompiledEmail): PrecompiledEmail => ({ ...email, topicSeparator: sep });
    return {
      welcome: withSep(welcome),
      welcomeLatest: withSep(welcomeLatest),
      alreadySubscribed: withSep(already),
      alreadySubscribedAdd: withSep(alreadyAdd),
      confirm: withSep(confirm),
    };
  };
  const [zh, en] = await Promise.all([build('zh'), build('en')]);
  const hant = async (variant: ZhHantVariant) => {
    const convert = await hantConverter(variant);
    const email = (e: PrecompiledEmail): PrecompiledEmail => ({
      ...convertEmail(e, convert, variant),
      topicSeparator: e.topicSeparator,
    });
    const strings = convertStrings(STRINGS.zh, convert);
    // Each language's own name stays in its own script in the language switch.
    strings.localeName = { ...STRINGS.zh.localeName };
    return {
      emails: {
        welcome: email(zh.welcome),
        welcomeLatest: email(zh.welcomeLatest),
        alreadySubscribed: email(zh.alreadySubscribed),
        alreadySubscribedAdd: email(zh.alreadySubscribedAdd),
        confirm: email(zh.confirm),
      },
      pages: {
        strings,
        topics: Object.fromEntries(
          taxonomy.topics.map((t) => [
            t.id,
            { name: convert(t.name.zh), description: convert(t.description.zh) },
          ]),
        ),
      },
    };
  };
  const tw = await hant('tw');
  const hk = await hant('hk');
  const byVariant = (kind: 'welcome' | 'welcomeLatest' | 'alreadySubscribed' | 'alreadySubscribedAdd') => ({
    zh: zh[kind],
    en: en[kind],
    'zh-Hant-tw': tw.emails[kind],
    'zh-Hant-hk': hk.emails[kind],
  });
  return {
    emails: {
      welcome: byVariant('welcome'),
      welcomeLatest: byVariant('welcomeLatest'),
      alreadySubscribed: byVariant('alreadySubscribed'),
      alreadySubscribedAdd: byVariant('alreadySubscribedAdd'),
      confirm: { 'zh-Hant-tw': tw.emails.confirm, 'zh-Hant-hk': hk.emails.confirm },
    },
    zhHant: { tw: tw.pages, hk: hk.pages },
  };
}

/** reader.json's text: stable JSON. */
export function readerPackJson(pack: ReaderPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
