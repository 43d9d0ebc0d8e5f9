// Atom feeds (RFC 4287) of the archive: `/feeds/all.xml` and `/feeds/<topic>.xml`, newest articles first, each
// entry the article's page with its excerpt. Every text is XML-escaped; ids are the article URLs (stable, unique).
import type { ArchivedArticle } from '../archive/archive.ts';
import type { Lang } from '../types.ts';

// Characters XML 1.0 forbids (C0 controls other than tab, newline and return; U+FFFE, U+FFFF) never reach a reader.
const xmlChar = (c: string): boolean => {
  const code = c.codePointAt(0)!;
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d;
};

const escapeXml = (text: string): string =>
  Array.from(text)
    .filter(xmlChar)
    .join('')
    .replace(
      /[<>&"']/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
    );

export interface FeedInput {
  /** The feed's own URL (its id and rel="self"). */
  selfUrl: string;
  /** The HTML page it mirrors (rel="alternate"). */
  pageUrl: string;
  title: string;
  lang: Lang;
  /** Used as the feed's `updated` when it has no entries (the epoch otherwise would read as "very old"). */
  now: string;
  articles: readonly ArchivedArticle[];
}

export function renderAtomFeed(feed: FeedInput): string {
  // ISO timestamps sort as text: the newest publication or correction.
  const updated = feed.articles
    .map((a) => a.updatedAt ?? a.publishedAt)
    .sort()
    .at(-1);
  const entries = feed.articles.map(
    (a) => `  <entry>
    <id>${escapeXml(a.url)}</id>
    <title xml:lang="${a.lang === 'zh' ? 'zh-CN' : 'en'}">${escapeXml(a.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(a.url)}"/>
    <published>${escapeXml(a.publishedAt)}</published>
    <updated>${escapeXml(a.updatedAt ?? a.publishedAt)}</updated>
    <summary xml:lang="${a.lang === 'zh' ? 'zh-CN' : 'en'}">${escapeXml(a.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang === 'zh' ? 'zh-CN' : 'en'}">
  <id>${escapeXml(feed.selfUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <updated>${escapeXml(updated || feed.now)}</updated>
  <author><name>tidings</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
${entries.join('\n')}
</feed>
`;
}
