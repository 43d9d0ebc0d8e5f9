import type { DigestCadence, Lang, TopicId } from '../types.ts';

// Two-step rendering, the performance core of the pipeline:
//   1. compile: MJML → HTML + text, once per distinct content variant (about 15 ms each);
//   2. personalize: per recipient, cheap substitution of the recipient's values into the compiled variant.
// A compiled variant therefore holds placeholders (see PLACEHOLDERS) instead of recipient data.

export type TemplateName = 'digest' | 'alert' | 'confirm';

/** Per-recipient values. Every one is required at personalization time: a blank in a sent email is a bug. */
export interface Personalization {
  /** Preference center link carrying the recipient's `manage` token. */
  manageUrl: string;
  /** Unsubscribe page link carrying the recipient's `unsubscribe` token for this list. */
  unsubscribeUrl: string;
  /** Double opt-in link (confirmation email only). */
  confirmUrl?: string;
}

/** Markers placed in compiled output; chosen to survive MJML, HTML escaping and html-to-text untouched. */
export const PLACEHOLDERS: Readonly<Record<keyof Personalization, string>> = {
  manageUrl: 'https://tidings.invalid/__TIDINGS_MANAGE_URL__',
  unsubscribeUrl: 'https://tidings.invalid/__TIDINGS_UNSUBSCRIBE_URL__',
  confirmUrl: 'https://tidings.invalid/__TIDINGS_CONFIRM_URL__',
};

/** A topic as an email names it, in the email's language. */
export interface TopicLabel {
  id: TopicId;
  name: string;
}

/** One item in a digest or alert: a section (or a theme-focused excerpt of it) with a link to the article page. */
export interface EmailItem {
  articleSlug: string;
  articleTitle: string;
  sectionId: string;
  heading: string;
  /** Theme-focused excerpt paragraphs (already chosen; the template does not select). */
  excerpt: string[];
  /** Absolute URL of the article page (anchor to the section). */
  url: string;
  /** Language of the article text, so a Chinese excerpt in an English email is marked (screen readers, fonts). */
  contentLang?: Lang;
}

export interface ThemeGroup {
  topic: { id: TopicId; name: string };
  items: EmailItem[];
}

export interface DigestData {
  lang: Lang;
  cadence: DigestCadence;
  /** Edition date as shown to readers, e.g. 2025-01-20. */
  editionDate: string;
  siteUrl: string;
  /** The sender's postal address for the footer (anti-spam law in several countries); omitted when unset. */
  postalAddress?: string;
  groups: ThemeGroup[];
}

/** A section in an alert, with the reader's topics it is about. */
export interface AlertItem extends EmailItem {
  topics: TopicLabel[];
}

/** One alert per article and reader: the sections on any of the reader's instant topics, in article order. */
export interface AlertData {
  lang: Lang;
  siteUrl: string;
  /** The sender's postal address for the footer (anti-spam law in several countries); omitted when unset. */
  postalAddress?: string;
  article: { slug: string; title: string; url: string; contentLang?: Lang };
  /** The reader's instant topics the article is about, strongest first. */
  topics: TopicLabel[];
  items: AlertItem[];
}

export interface ConfirmData {
  lang: Lang;
  siteUrl: string;
  /** The sender's postal address for the footer (anti-spam law in several countries); omitted when unset. */
  postalAddress?: string;
  /** Topic names chosen on the form, from the taxonomy (never user-typed text). */
  topicNames: string[];
}

export interface TemplateData {
  digest: DigestData;
  alert: AlertData;
  confirm: ConfirmData;
}

/** The output of step 1: one per variant, shared by every recipient of that variant. */
export interface CompiledEmail {
  template: TemplateName;
  lang: Lang;
  subject: string;
  /** Hidden preview text shown by inbox lists; never in the text part. */
  preheader: string;
  html: string;
  text: string;
  /** Which placeholders the compiled output contains; personalization fails when one of them has no value. */
  placeholders: (keyof Personalization)[];
}

/** The output of step 2: what one recipient receives. */
export interface PersonalizedEmail {
  subject: string;
  html: string;
  text: string;
}
