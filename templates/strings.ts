// Every fixed word of the emails, per language. Keys are shared so a missing translation is a type error,
// not a blank in an inbox. Article text is never translated: it is shown in the language it was written in.
import type { DigestCadence, Lang } from '../functions/core/types.ts';
import { localDate } from '../functions/shared/dates.ts';

export interface EmailStrings {
  siteName: string;
  digestName: Record<DigestCadence, string>;
  /** An edition date (YYYY-MM-DD) as readers write it: `11月30日 周一`, `Mon 30 Nov 2026`. */
  date: (isoDate: string) => string;
  /** Names the top story and how many stories the edition holds. */
  digestSubject: (cadence: DigestCadence, topStory: string, stories: number) => string;
  /** The next headlines after the top story. */
  digestPreheader: (headlines: string[]) => string;
  topStory: string;
  inThisIssue: string;
  storyCount: (count: number) => string;
  /** Before a story's other topics. */
  alsoOn: string;
  /** Before links to the article's other sections on the reader's topics. */
  alsoInArticle: string;
  digestTrimmedNote: string;
  moreItems: (count: number) => string;
  readMore: string;
  viewInBrowser: string;
  alertLabel: string;
  alertSubject: (topics: string[], articleTitle: string) => string;
  alertIntro: (topics: string[]) => string;
  alertPreheader: (topics: string[], headings: string[]) => string;
  /** An update alert after a correction: the subject's prefix, the label, and the line giving the reason. */
  updateSubjectPrefix: string;
  updateLabel: string;
  updateIntro: string;
  confirmSubject: string;
  confirmPreheader: string;
  confirmTitle: string;
  /** The masthead label of the confirmation email. */
  confirmLabel: string;
  confirmIntro: string;
  confirmTopics: string;
  confirmButton: string;
  confirmFallback: string;
  confirmIgnore: string;
  whyDigest: (cadence: DigestCadence) => string;
  whyAlert: (topics: string[]) => string;
  whyConfirm: string;
  /** The web version's footer: what the page is, and where to subscribe. */
  webVersion: string;
  subscribe: string;
  managePreferences: string;
  unsubscribe: string;
  senderLine: (host: string) => string;
  /** Joins names in running text (also how the precompiled confirmation joins topics). */
  listSeparator: string;
}

/** Subjects stay readable in an inbox list: a long headline is shortened, on a word in English. */
function shorten(text: string, max: number, lang: Lang): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let head = chars.slice(0, max - 1).join('');
  if (lang === 'en' && head.includes(' ')) head = head.slice(0, head.lastIndexOf(' '));
  return `${head.replace(/[\s,;:，、；：]+$/, '')}…`;
}

export const EMAIL_STRINGS: Record<Lang, EmailStrings> = {
  zh: {
    siteName: 'tidings 资讯订阅',
    digestName: { daily: '每日摘要', weekly: '每周摘要' },
    date: (iso) => localDate(iso, 'zh'),
    digestSubject: (cadence, top, stories) =>
      // The brand's lower-case letters also keep a title such as "AI 新政" from reading as an all-caps subject.
      `${shorten(top, 30, 'zh')}${stories > 1 ? `等 ${stories} 篇` : ''} | tidings ${cadence === 'daily' ? '每日摘要' : '每周摘要'}`,
    digestPreheader: (headlines) => `另有：${headlines.join('；')}`,
    topStory: '头条',
    inThisIssue: '本期内容',
    storyCount: (count) => `${count} 篇`,
    alsoOn: '相关主题：',
    alsoInArticle: '文中还谈到：',
    digestTrimmedNote: '本期内容较多，部分文章仅显示标题，请点击阅读。',
    moreItems: (count) => `另有 ${count} 篇，请在网页版阅读。`,
    readMore: '阅读全文',
    viewInBrowser: '在浏览器中查看',
    alertLabel: '即时提醒',
    updateSubjectPrefix: '【更新】',
    updateLabel: '更新提醒',
    updateIntro: '此前发给您的文章已更正，更正说明：',
    alertSubject: (topics, title) => `【${topics.join('、')}】${shorten(title, 36, 'zh')}`,
    alertIntro: (topics) => `您关注的${topics.map((t) => `“${t}”`).join('、')}有新文章：`,
    alertPreheader: (topics, headings) =>
      headings.length > 0 ? `${topics.join('、')}：${headings.join('；')}` : `${topics.join('、')}新文章`,
    confirmSubject: '请确认您的订阅',
    confirmPreheader: '点击邮件中的按钮完成订阅。',
    confirmTitle: '确认您的订阅',
    confirmLabel: '订阅确认',
    confirmIntro: '我们收到了用此邮箱地址订阅 tidings 的请求。',
    confirmTopics: '您选择的主题：',
    confirmButton: '确认订阅',
    confirmFallback: '如果按钮无法点击，请在浏览器中打开此链接：',
    confirmIgnore: '如果这不是您本人的操作，请忽略此邮件，我们不会再向您发送任何内容。',
    whyDigest: (cadence) =>
      `您收到此邮件，是因为您订阅了 tidings 的${cadence === 'daily' ? '每日摘要' : '每周摘要'}。`,
    whyAlert: (topics) =>
      `您收到此邮件，是因为您订阅了${topics.map((t) => `“${t}”`).join('、')}的即时提醒。退订将停止所有即时提醒。`,
    whyConfirm: '您收到此邮件，是因为有人用此地址提交了订阅申请。',
    webVersion: '这是 tidings 邮件的网页版。',
    subscribe: '按主题订阅',
    managePreferences: '管理订阅偏好',
    unsubscribe: '退订',
    senderLine: (host) => `tidings 资讯订阅 · ${host}`,
    listSeparator: '、',
  },
  en: {
    siteName: 'tidings newsletter',
    digestName: { daily: 'Daily digest', weekly: 'Weekly digest' },
    date: (iso) => localDate(iso, 'en'),
    digestSubject: (cadence, top, stories) =>
      `${shorten(top, 70, 'en')}${stories > 1 ? ` and ${stories - 1} more` : ''} | ${cadence === 'daily' ? 'Daily digest' : 'Weekly digest'}`,
    digestPreheader: (headlines) => `Also: ${headlines.join(' · ')}`,
    topStory: 'Top story',
    inThisIssue: 'In this issue',
    storyCount: (count) => `${count} ${count === 1 ? 'story' : 'stories'}`,
    alsoOn: 'Also on: ',
    alsoInArticle: 'Also in this article: ',
    digestTrimmedNote: 'A long edition: some stories show only their headline. Open them to read on.',
    moreItems: (count) => `${count} more ${count === 1 ? 'story' : 'stories'} in the web version.`,
    readMore: 'Read the full article',
    viewInBrowser: 'View in your browser',
    alertLabel: 'Instant alert',
    updateSubjectPrefix: 'Update: ',
    updateLabel: 'Update',
    updateIntro: 'An article we sent you has been corrected. The correction:',
    alertSubject: (topics, title) => `[${topics.join(', ')}] ${shorten(title, 80, 'en')}`,
    alertIntro: (topics) =>
      `A new article on ${topics.length === 1 ? 'a topic' : 'topics'} you follow: ${topics.map((t) => `“${t}”`).join(', ')}.`,
    alertPreheader: (topics, headings) =>
      headings.length > 0 ? `${topics.join(', ')}: ${headings.join(' · ')}` : `New on ${topics.join(', ')}`,
    confirmSubject: 'Please confirm your subscription',
    confirmPreheader: 'Press the button in this email to finish subscribing.',
    confirmTitle: 'Confirm your subscription',
    confirmLabel: 'Subscription',
    confirmIntro: 'We received a request to subscribe this address to tidings.',
    confirmTopics: 'The topics you chose: ',
    confirmButton: 'Confirm subscription',
    confirmFallback: 'If the button does not work, open this link in your browser:',
    confirmIgnore: 'If this was not you, ignore this email: we will send nothing more.',
    whyDigest: (cadence) => `You receive this email because you subscribed to the tidings ${cadence} digest.`,
    whyAlert: (topics) =>
      `You receive this email because you subscribed to instant alerts for ${topics.map((t) => `“${t}”`).join(', ')}. Unsubscribing stops all instant alerts.`,
    whyConfirm: 'You receive this email because someone asked to subscribe this address.',
    webVersion: 'This is the web version of a tidings email.',
    subscribe: 'Subscribe by topic',
    managePreferences: 'Manage preferences',
    unsubscribe: 'Unsubscribe',
    senderLine: (host) => `tidings newsletter · ${host}`,
    listSeparator: ', ',
  },
};
