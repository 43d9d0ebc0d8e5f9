// Use-case layer for subscriptions: what subscribe / confirm / preferences / unsubscribe need from the world.
// Pure: ports are injected; no HTTP, no AWS.
import type { Clock, Mailer, SendLimits, SubscriberArchive, SubscriberStore } from '../../ports.ts';
import type { MailingList } from '../delivery/types.ts';
import type { CompiledEmail } from '../render/types.ts';
import type { RequestInput, Subscriber } from '../subscribers/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import type { Lang, Locale, TopicId } from '../types.ts';

/**
 * Renders the confirmation email for a language and a set of topics. Implementations cache per (lang, topics);
 * the subscription function fills emails precompiled at build time, so it never loads MJML.
 */
export interface ConfirmationRenderer {
  /** `locale` zh-Hant: the Traditional Chinese email (lang is then 'zh'); renderers without it use `lang`. */
  render(lang: Lang, topicIds: TopicId[], locale?: Locale): Promise<CompiledEmail>;
}

/** Signed links for one subscriber; built at the edge from the token keys and the site URL. */
export interface SubscriberLinks {
  /** Confirms the pending request whose nonce is given, and no other. */
  confirm(subscriber: Subscriber, nonce: string): string;
  manage(subscriber: Subscriber): string;
  /** Without a list: a link that ends every email (used in the confirmation email, which belongs to no list). */
  unsubscribe(subscriber: Subscriber, list?: MailingList): string;
}

/**
 * The "you are already subscribed" email for an active or paused address: a manage link, and when the request
 * asked for topics the reader does not follow yet, a confirm link that adds exactly those (`added`).
 */
export interface AlreadySubscribedRenderer {
  render(locale: Locale, data: { topics: TopicId[]; added: TopicId[] }): Promise<CompiledEmail>;
}

export interface SubscriptionDeps {
  store: SubscriberStore;
  /** Addresses erased on request (GDPR): a subscribe for one of them sends nothing and stores nothing. */
  suppression?: Pick<SubscriberArchive, 'isSuppressed'>;
  mailer: Mailer;
  /** Anti list-bombing counters (core/subscriptions/limits.ts). */
  limits: SendLimits;
  /** The hourly confirmation budget (confirmationBudgetPerHour of the SES quota). */
  confirmationsPerHour?: number;
  renderer: ConfirmationRenderer;
  /**
   * Renders the already-subscribed email. Without it, a request that adds topics gets the confirmation email for
   * those topics (its link merges them) and a request that adds nothing sends nothing.
   */
  alreadySubscribed?: AlreadySubscribedRenderer;
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
  /** Nonces for pending requests and unsubscribe records (default: random UUIDs without dashes). */
  newNonce?: () => string;
}

/** A validated subscribe request: the email passed checkEmail, topics exist in the taxonomy. */
export type SubscribeRequest = RequestInput;

/**
 * What happened, for logs and tests only: the HTTP answer is the same for every outcome so nobody can learn
 * whether an address is subscribed.
 */
export type SubscribeOutcome =
  | 'confirmation-sent'
  | 'already-subscribed-sent'
  /** Active or paused, nothing new asked and no already-subscribed renderer configured. */
  | 'already-subscribed-silent'
  | 'throttled'
  | 'suppressed';
