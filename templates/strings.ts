// Every fixed word of the emails, per language. Keys are shared so a missing translation is a type error,
// not a blank in an inbox. Article text is never translated: it is shown in the language it was written in.
import type { DigestCadence, Lang } from '../functions/core/types.ts';

export interface EmailStrings {
  siteName: string;
  digestName: Record<DigestCadence, string>;
  digestSubject: (cadence: DigestCadence, date: string, topics: number) => string;
  digestIntro: (cadence: DigestCadence, date: string) => string;
  digestPreheader: (headings: string[]) => string;
  digestTrimmedNote: string;
  moreItems: (count: number) => string;
  readMore: string;
  fromArticle: (title: string) => string;
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
  confirmIntro: string;
  confirmTopics: string;
  confirmButton: string;
  confirmFallback: string;
  confirmIgnore: string;
  whyDigest: (cadence: DigestCadence) => string;
  whyAlert: (topics: string[]) => string;
  whyConfirm: string;
  managePreferences: string;
  unsubscribe: string;
  senderLine: (host: string) => string;
  /** Joins a list of names for running text (also how the precompiled confirmation joins topics). */
  listSeparator: string;
}

export const EMAIL_STRINGS: Record<Lang, EmailStrings> = {
  zh: {
    siteName: 'tidings 资讯订阅',
    digestName: { daily: '每日摘要', weekly: '每周摘要' },
    digestSubject: (cadence, date, topics) =>
      `${cadence === 'daily' ? '每日摘要' : '每周摘要'} · ${date} · ${topics} 个主题`,
    digestIntro: (cadence, date) =>
      `${date} ${cadence === 'daily' ? '每日摘要' : '每周摘要'}：以下是您关注的主题的最新内容。`,
    digestPreheader: (headings) => `本期内容：${headings.join('、')}`,
    digestTrimmedNote: '本期内容较多，部分条目仅显示标题，请点击阅读全文。',
    moreItems: (count) => `另有 ${count} 篇相关内容，请访问网站阅读。`,
    readMore: '阅读全文',
    fromArticle: (title) => `出自《${title}》`,
    alertLabel: '即时提醒',
    updateSubjectPrefix: '【更新】',
    updateLabel: '更新提醒',
    updateIntro: '此前发给您的文章已更正，更正说明：',
    alertSubject: (topics, title) => `【${topics.join('、')}】${title}`,
    alertIntro: (topics) => `您关注的${topics.map((t) => `“${t}”`).join('、')}有新文章：`,
    alertPreheader: (topics, headings) =>
      headings.length > 0 ? `${topics.join('、')}：${headings.join('、')}` : `${topics.join('、')}新文章`,
    confirmSubject: '请确认您的订阅',
    confirmPreheader: '点击邮件中的按钮完成订阅。',
    confirmTitle: '确认您的订阅',
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
    managePreferences: '管理订阅偏好',
    unsubscribe: '退订',
    senderLine: (host) => `tidings 资讯订阅 · ${host}`,
    listSeparator: '、',
  },
  en: {
    siteName: 'tidings newsletter',
    digestName: { daily: 'Daily digest', weekly: 'Weekly digest' },
    digestSubject: (cadence, date, topics) =>
      `${cadence === 'daily' ? 'Daily digest' : 'Weekly digest'} · ${date} · ${topics} ${topics === 1 ? 'topic' : 'topics'}`,
    digestIntro: (cadence, date) =>
      `Your ${cadence === 'daily' ? 'daily' : 'weekly'} digest for ${date}: the latest on the topics you follow.`,
    digestPreheader: (headings) => `In this edition: ${headings.join('; ')}`,
    digestTrimmedNote: 'A long edition: some items show only their heading. Open them to read on.',
    moreItems: (count) => `${count} more ${count === 1 ? 'item' : 'items'} on the website.`,
    readMore: 'Read the full article',
    fromArticle: (title) => `From “${title}”`,
    alertLabel: 'Instant alert',
    updateSubjectPrefix: 'Update: ',
    updateLabel: 'Update',
    updateIntro: 'An article we sent you has been corrected. The correction:',
    alertSubject: (topics, title) => `[${topics.join(', ')}] ${title}`,
    alertIntro: (topics) =>
      `A new article on ${topics.length === 1 ? 'a topic' : 'topics'} you follow: ${topics.map((t) => `“${t}”`).join(', ')}.`,
    alertPreheader: (topics, headings) =>
      headings.length > 0 ? `${topics.join(', ')}: ${headings.join('; ')}` : `New on ${topics.join(', ')}`,
    confirmSubject: 'Please confirm your subscription',
    confirmPreheader: 'Press the button in this email to finish subscribing.',
    confirmTitle: 'Confirm your subscription',
    confirmIntro: 'We received a request to subscribe this address to tidings.',
    confirmTopics: 'The topics you chose: ',
    confirmButton: 'Confirm subscription',
    confirmFallback: 'If the button does not work, open this link in your browser:',
    confirmIgnore: 'If this was not you, ignore this email: we will send nothing more.',
    whyDigest: (cadence) => `You receive this email because you subscribed to the tidings ${cadence} digest.`,
    whyAlert: (topics) =>
      `You receive this email because you subscribed to instant alerts for ${topics.map((t) => `“${t}”`).join(', ')}. Unsubscribing stops all instant alerts.`,
    whyConfirm: 'You receive this email because someone asked to subscribe this address.',
    managePreferences: 'Manage preferences',
    unsubscribe: 'Unsubscribe',
    senderLine: (host) => `tidings newsletter · ${host}`,
    listSeparator: ', ',
  },
};
