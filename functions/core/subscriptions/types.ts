// Use-case layer for subscriptions: what subscribe / confirm / preferences / unsubscribe need from the world.
// Pure: ports are injected; no HTTP, no AWS.
import type { Clock, Mailer, SubscriberArchive, SubscriberStore } from '../../ports.ts';
import type { MailingList } from '../delivery/types.ts';
import type { CompiledEmail } from '../render/types.ts';
import type { Subscriber, TopicCadences } from '../subscribers/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import type { Cadence, Lang, TopicId } from '../types.ts';

/**
 * Renders the confirmation email for a language and a set of topics. Implementations cache per (lang, topics);
 * the subscription function fills emails precompiled at build time, so it never loads MJML.
 */
export interface ConfirmationRenderer {
  render(lang: Lang, topicIds: TopicId[]): Promise<CompiledEmail>;
}

/** Signed links for one subscriber; built at the edge from the token keys and the site URL. */
export interface SubscriberLinks {
  confirm(subscriber: Subscriber): string;
  manage(subscriber: Subscriber): string;
  /** Without a list: a link that ends every email (used in the confirmation email, which belongs to no list). */
  unsubscribe(subscriber: Subscriber, list?: MailingList): string;
}

export interface SubscriptionDeps {
  store: SubscriberStore;
  /** Addresses erased on request (GDPR): a subscribe for one of them sends nothing and stores nothing. */
  suppression?: Pick<SubscriberArchive, 'isSuppressed'>;
  mailer: Mailer;
  renderer: ConfirmationRenderer;
  /** Replaces placeholders of a compiled email with one recipient's links (core/render personalize). */
  personalize: (
    compiled: CompiledEmail,
    values: { confirmUrl: string; manageUrl: string; unsubscribeUrl: string },
  ) => { subject: string; html: string; text: string };
  taxonomy: Taxonomy;
  links: SubscriberLinks;
  clock: Clock;
  sender: { address: string; name?: string };
  newId?: () => string;
}

/** A validated subscribe request: the email passed checkEmail, topics exist in the taxonomy. */
export interface SubscribeRequest {
  email: string;
  topics: TopicId[];
  cadence: Cadence;
  lang: Lang;
  /** `web-form` or `api`. */
  method: string;
  /** Truncated source address (never the full IP). */
  source?: string;
}

/**
 * What happened, for logs and tests only: the HTTP answer is the same for every outcome so nobody can learn
 * whether an address is subscribed.
 */
export type SubscribeOutcome = 'sent' | 'throttled' | 'suppressed';

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'suppressed' | 'unknown-subscriber';

export interface PreferencesUpdate {
  topics: TopicCadences;
  lang: Lang;
}

export type PreferencesOutcome = 'saved' | 'unsubscribed' | 'not-active' | 'unknown-subscriber';

/** What an unsubscribe ends: one list, or every email. */
export type UnsubscribeScope = MailingList | { kind: 'all' };

export type UnsubscribeOutcome = 'unsubscribed' | 'list-ended' | 'unknown-subscriber';

/** Anti list-bombing window: at most one confirmation email per address in this many seconds. */
export const CONFIRMATION_WINDOW_SECONDS = 600;
