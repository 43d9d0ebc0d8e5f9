// The reader's locale as the pages use it: strings, topic names, the `lang` tag and date formats. zh-Hans and en
// come from strings.ts and the taxonomy; zh-Hant from the build-time OpenCC conversion of both
// (templates/compiled/reader.json, `ZhHantPages`), so the subscription function carries no dictionary.
import type { Topic } from '../core/topics/types.ts';
import { type Lang, type Locale, templateLang } from '../core/types.ts';
import type { SendTime, ZhHantVariant } from '../shared/config.ts';
import { type PageStrings, STRINGS } from './strings.ts';

/** The Traditional Chinese pages of one variant: every page string and topic text, converted at build time. */
export interface ZhHantPages {
  strings: PageStrings;
  topics: Record<string, { name: string; description: string }>;
}

export interface Ui {
  locale: Locale;
  /** The template language the locale renders from (zh-Hant: zh). */
  lang: Lang;
  /** The `lang` attribute: zh-CN, zh-TW, zh-HK or en. */
  tag: string;
  t: PageStrings;
  topicName(topic: Topic): string;
  topicDescription(topic: Topic): string;
}

export function htmlTag(locale: Locale, variant: ZhHantVariant): string {
  if (locale === 'en') return 'en';
  if (locale === 'zh-Hans') return 'zh-CN';
  return variant === 'tw' ? 'zh-TW' : 'zh-HK';
}

/**
 * The page vocabulary for a locale. Without converted pages (a deployment missing its reader.json, or a unit test),
 * zh-Hant falls back to Simplified Chinese rather than failing the page.
 */
export function uiFor(locale: Locale, hant?: { variant: ZhHantVariant; pages: ZhHantPages }): Ui {
  const lang = templateLang(locale);
  if (locale === 'zh-Hant' && hant) {
    const { pages, variant } = hant;
    return {
      locale,
      lang,
      tag: htmlTag(locale, variant),
      t: pages.strings,
      topicName: (topic) => pages.topics[topic.id]?.name ?? topic.name.zh,
      topicDescription: (topic) => pages.topics[topic.id]?.description ?? topic.description.zh,
    };
  }
  return {
    locale,
    lang,
    tag: locale === 'zh-Hant' ? 'zh-CN' : htmlTag(locale, 'tw'),
    t: STRINGS[lang],
    topicName: (topic) => topic.name[lang],
    topicDescription: (topic) => topic.description[lang],
  };
}

const WEEKDAY_INDEX = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } as const;

/** Minutes east of UTC of `zone` at `at`. */
function offsetMinutes(at: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a calendar day (`YYYY-MM-DD`) starts in `zone`. */
export function startOfDay(ymd: string, zone: string): Date {
  const midnightUtc = Date.parse(`${ymd}T00:00:00Z`);
  const guess = new Date(midnightUtc - offsetMinutes(new Date(midnightUtc), zone) * 60_000);
  return new Date(midnightUtc - offsetMinutes(guess, zone) * 60_000);
}

/** The calendar day (`YYYY-MM-DD`) of `at` in `zone`. */
export function dayIn(at: Date, zone: string): string {
  return new Date(at.getTime() + offsetMinutes(at, zone) * 60_000).toISOString().slice(0, 10);
}

/** The next time (after `now`) a digest sent at `send` (local time in `zone`) goes out. */
export function nextSendTime(now: Date, send: SendTime, zone: string): Date {
  const [hour, minute] = send.time.split(':').map(Number) as [number, number];
  const offset = offsetMinutes(now, zone);
  // The local calendar date now, as a UTC midnight.
  const local = new Date(now.getTime() + offset * 60_000);
  for (let day = 0; day <= 8; day++) {
    const candidateLocal = Date.UTC(
      local.getUTCFullYear(),
      local.getUTCMonth(),
      local.getUTCDate() + day,
      hour,
      minute,
    );
    const weekday = new Date(candidateLocal).getUTCDay();
    if (send.day && WEEKDAY_INDEX[send.day] !== weekday) continue;
    // The zone's offset at that moment (a daylight-saving change in between moves it).
    const guess = new Date(candidateLocal - offset * 60_000);
    const at = new Date(candidateLocal - offsetMinutes(guess, zone) * 60_000);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error(`no send time found for ${JSON.stringify(send)} in ${zone}`);
}

/** A date and time as a reader of `tag` reads it, in the newsletter's zone: 12月1日 周二 07:00 / Tue 1 Dec, 07:00. */
export function formatWhen(at: Date, tag: string, zone: string): string {
  return new Intl.DateTimeFormat(tag === 'en' ? 'en-GB' : tag, {
    timeZone: zone,
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** A date alone: 2026年12月1日 / 1 December 2026. */
export function formatDay(at: Date, tag: string, zone: string): string {
  return new Intl.DateTimeFormat(tag === 'en' ? 'en-GB' : tag, {
    timeZone: zone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(at);
}

/** A weekly send time in words: 每周一 08:00 / 每週一 08:00 / on Mondays at 08:00. */
export function formatWeekly(send: SendTime, tag: string): string {
  // 2024-01-01 was a Monday: any date of the right weekday names it.
  const day = new Date(Date.UTC(2024, 0, 1 + ((WEEKDAY_INDEX[send.day ?? 'mon'] + 6) % 7)));
  if (tag === 'en') {
    const name = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(day);
    return `on ${name}s at ${send.time}`;
  }
  // zh-CN 周一, zh-TW/zh-HK 週一.
  return `每${new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' }).format(day)} ${send.time}`;
}
