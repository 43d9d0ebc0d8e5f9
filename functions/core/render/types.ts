import type { ZodMiniType } from '../../shared/validation.ts';
import type { DigestCadence, Lang, Locale, TopicId } from '../types.ts';

// Two-step rendering, the performance core of the pipeline:
//   1. compile: MJML → HTML + text, once per distinct content variant (about 15 ms each);
//   2. personalize: per recipient, cheap substitution of the recipient's values into the compiled variant.
// A compiled variant therefore holds placeholders (see PLACEHOLDERS) instead of recipient data.

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

/** One section of an article in an alert: a theme-focused excerpt with a link to it on the article page. */
export interface EmailItem {
  articleSlug: string;
  articleTitle: string;
  sectionId: string;
  heading: string;
  /** Theme-focused excerpt, whole sentences up to the configured length (already chosen; templates do not select). */
  excerpt: string;
  /** Absolute URL of the article page (anchor to the section). */
  url: string;
  /** Language of the article text, so a Chinese excerpt in an English email is marked (screen readers, fonts). */
  contentLang?: Lang;
}

/** A link to one section of an article. */
export interface SectionLink {
  heading: string;
  url: string;
}

/** One article in a digest, shown once: under its strongest topic for the reader, its other topics as tags. */
export interface DigestStory {
  articleSlug: string;
  title: string;
  /** The article page at the section the story is drawn from. */
  url: string;
  contentLang?: Lang;
  /** The topic it is filed under: its strongest for these readers. */
  topic: TopicLabel;
  /** The readers' other topics it is about. */
  tags: TopicLabel[];
  /** The strongest section's text on that topic, whole sentences up to the configured length. */
  excerpt: string;
  /** The article's other sections on the readers' topics, in article order. */
  more: SectionLink[];
}

export interface DigestGroup {
  topic: TopicLabel;
  stories: DigestStory[];
}

/** Where an edition email points besides its articles: its web version, and what it is for the footer. */
interface EditionPage {
  /** The edition's web version, linked as "view in browser"; absent in the web version itself. */
  webUrl?: string;
  /** Rendered as the web version: no personal links (manage, unsubscribe), a subscribe link instead. */
  web?: boolean;
  /** The sender's postal address for the footer (required for bulk mail: CAN-SPAM, CASL). */
  postalAddress?: string;
}

export interface DigestData extends EditionPage {
  lang: Lang;
  cadence: DigestCadence;
  /** Edition date, YYYY-MM-DD in the edition's time zone; templates show it the reader's way. */
  editionDate: string;
  siteUrl: string;
  /** The strongest story of the edition for these readers, with a one-line summary. */
  top: DigestStory & { summary: string };
  /** Every other story once, under its topic, topics in taxonomy order. */
  groups: DigestGroup[];
}

/** A section in an alert, with the reader's topics it is about. */
export interface AlertItem extends EmailItem {
  topics: TopicLabel[];
}

/** One alert per article and reader: the sections on any of the reader's instant topics, in article order. */
export interface AlertData extends EditionPage {
  lang: Lang;
  siteUrl: string;
  article: { slug: string; title: string; url: string; contentLang?: Lang; publishedAt?: string };
  /** The reader's instant topics the article is about, strongest first. */
  topics: TopicLabel[];
  items: AlertItem[];
  /** An update alert after a correction (`realert: true`): the reason, shown in the subject and the body. */
  update?: { note: string };
}

export interface ConfirmData {
  lang: Lang;
  siteUrl: string;
  /** The sender's postal address for the footer; omitted when unset. */
  postalAddress?: string;
  /** Topic names chosen on the form, from the taxonomy (never user-typed text). */
  topicNames: string[];
}

/** What a template renders: the MJML document plus the subject and preheader it was built with. */
export interface TemplateOutput {
  subject: string;
  preheader: string;
  mjml: string;
}

/**
 * One kind of email, as the renderer knows it. Templates live in templates/ and reach the renderer through the
 * registry there (templates/registry.ts), handed over by the composition roots: the core knows this shape only,
 * so a new kind of email never touches the core.
 */
export interface EmailTemplate<D extends { lang: Lang } = { lang: Lang }> {
  /** Stable name: in compiled variants, previews and the email audit. */
  name: string;
  /** Checks the data at render time: a missing or blank field fails naming it, never a blank in an inbox. */
  schema: ZodMiniType<D>;
  /**
   * Forms of the email from the fullest to the most compact; the compiler takes the first whose HTML fits the
   * size budget. One form when absent.
   */
  levels?: readonly string[];
  render(data: D, level?: string): TemplateOutput;
}

/** The data type a template renders. */
export type TemplateDataOf<T> = T extends EmailTemplate<infer D> ? D : never;

/** What planning and publishing need from the template set: one compile per variant of each edition kind. */
export interface EditionRenderer {
  /**
   * `locale` is the readers' locale of the variant: zh-Hant is the zh rendering (data.lang 'zh') converted to
   * Traditional Chinese, once per compiled variant, never per recipient.
   */
  digest(data: DigestData, locale?: Locale): Promise<CompiledEmail>;
  alert(data: AlertData, locale?: Locale): Promise<CompiledEmail>;
}

/** The output of step 1: one per variant, shared by every recipient of that variant. */
export interface CompiledEmail {
  /** The template's name. */
  template: string;
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
