import type { MimeTemplate } from '../mail/variant-mime.ts';
import type { CompiledEmail } from '../render/types.ts';
import type { ThemeMatch } from '../topics/types.ts';
import type { Cadence, DigestCadence, Lang, TopicId } from '../types.ts';

/** A section as stored at publish time: what editions are planned from. */
export interface PublishedSection {
  articleSlug: string;
  articleTitle: string;
  sectionId: string;
  heading: string;
  /** A brief's part (`## 国内`) that this item sits under: context for readers. */
  group?: string;
  lang: Lang;
  paragraphs: string[];
  themes: ThemeMatch[];
  /** ISO timestamp of publication. */
  publishedAt: string;
}

export type EditionStatus = 'planned' | 'sending' | 'paused' | 'done';

export interface EditionCounts {
  planned: number;
  sent: number;
  skipped: number;
  failed: number;
  /**
   * Claims left without an outcome, never resent: SES may or may not have taken the message (its reply was lost),
   * or SES took it and the ledger write after it failed. At most one email each.
   */
  ambiguous: number;
  bounced: number;
  complained: number;
}

export interface Edition {
  /** e.g. `daily-2025-01-20`, or `alert-ai-shanghai-2025` (one alert edition per article). */
  id: string;
  cadence: Cadence;
  status: EditionStatus;
  /** Sections published in (from, until]. */
  from: string;
  until: string;
  counts: EditionCounts;
  /** Why the edition paused, in words an operator can act on. */
  pauseReason?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One variant of an edition as the planner recorded it: who it was for (locale, the themes they follow that the
 * edition carries), how many sections, how many recipients. What `tidings status <edition>` shows per variant.
 */
export interface EditionVariant {
  key: string;
  locale: string;
  topics: TopicId[];
  sections: number;
  planned: number;
}

/**
 * The list an email belongs to: what one click on its unsubscribe link (or the inbox's unsubscribe button) ends,
 * and what its List-Id names. A digest is its cadence's list (every topic the reader follows at that cadence);
 * alerts are one list, whatever topics they were about: the reader pressing "unsubscribe" on an alert means
 * "no more alerts", not "no more alerts that happen to mention this topic" (see docs/one-click.md).
 */
export type MailingList = { kind: 'digest'; cadence: DigestCadence } | { kind: 'alerts' };

/** One SQS message: ≤ 50 recipients of one variant of one edition. */
export interface SendJob {
  editionId: string;
  /** Key of the compiled variant in the variant store. */
  variantKey: string;
  list: MailingList;
  /**
   * Alerts: the themes the alert is about (the variant's). A recipient who follows none of them at `instant` by
   * the time it is sent is skipped.
   */
  topics?: TopicId[];
  recipients: string[]; // subscriber ids
}

export type DeliveryStatus = 'sending' | 'sent' | 'skipped' | 'failed';

export interface Delivery {
  editionId: string;
  /** The variant the recipient was sent (its key in the variant store): per-variant counts in `tidings status`. */
  variant?: string;
  subscriberId: string;
  status: DeliveryStatus;
  messageId?: string;
  reason?: string;
  at: string;
}

/**
 * One variant as the planner stores it for the senders: the compiled email (placeholders for the recipient's
 * links) and its whole MIME message with slots for each recipient's values, composed once at planning.
 */
export interface PreparedVariant {
  email: CompiledEmail;
  mime: MimeTemplate;
  /** SES message tags of the variant's stream (Feedback-ID parts), the same for every recipient. */
  tags?: Record<string, string>;
}
