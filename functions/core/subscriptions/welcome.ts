// The welcome email, sent once a confirmation has made the subscription active. Transactional and on no list:
// SES composes it (no MIME composer in the subscription function); its unsubscribe link ends everything.
import type { PublishedSection } from '../delivery/types.ts';
import type { CompiledEmail } from '../render/types.ts';
import type { Subscriber } from '../subscribers/types.ts';
import type { Locale } from '../types.ts';
import { mailSubscriber } from './mail.ts';
import type { SubscriptionDeps } from './types.ts';

/** An article the welcome email points to: its title as published and its archive page. */
export interface LatestArticle {
  title: string;
  url: string;
}

/** The welcome email shows at most this many recent articles, published within this many days. */
export const WELCOME_LATEST_MAX = 3;
export const WELCOME_LATEST_DAYS = 14;

/**
 * The newest articles on the reader's topics, in the languages they asked for (the digest's rule: any section
 * matching a followed topic), newest first, one entry per article.
 */
export function latestForReader(
  sections: readonly PublishedSection[],
  reader: Pick<Subscriber, 'topics' | 'contentLangs'>,
  siteUrl: string,
  max: number = WELCOME_LATEST_MAX,
): LatestArticle[] {
  const followed = new Set(Object.keys(reader.topics));
  const newest = new Map<string, { title: string; at: string }>();
  for (const s of sections) {
    if (!reader.contentLangs.includes(s.lang)) continue;
    if (!s.themes.some((m) => followed.has(m.topic))) continue;
    const seen = newest.get(s.articleSlug);
    if (!seen || s.publishedAt > seen.at)
      newest.set(s.articleSlug, { title: s.articleTitle, at: s.publishedAt });
  }
  const base = siteUrl.replace(/\/+$/, '');
  return [...newest]
    .sort(([a, x], [b, y]) => (x.at === y.at ? a.localeCompare(b) : x.at < y.at ? 1 : -1))
    .slice(0, max)
    .map(([slug, { title }]) => ({ title, url: `${base}/articles/${encodeURIComponent(slug)}` }));
}

/**
 * Renders the welcome email for a locale with the recap lines the confirmed page shows (topics, first sends) and
 * the latest articles on the reader's topics (none: the email leaves that part out).
 */
export interface WelcomeRenderer {
  render(locale: Locale, recap: readonly string[], latest: readonly LatestArticle[]): Promise<CompiledEmail>;
}

export async function sendWelcome(
  deps: Pick<SubscriptionDeps, 'mailer' | 'personalize' | 'links' | 'sender'>,
  renderer: WelcomeRenderer,
  subscriber: Subscriber,
  recap: readonly string[],
  latest: readonly LatestArticle[] = [],
): Promise<void> {
  const compiled = await renderer.render(subscriber.locale, recap, latest);
  await mailSubscriber(deps, subscriber, compiled, '', { kind: 'welcome' });
}
