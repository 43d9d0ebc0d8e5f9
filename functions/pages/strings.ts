// Every visible word of the subscription pages, in both languages. Keys are shared so a missing translation
// is a type error, not a blank on the page.
import type { InputProblem } from '../core/subscriptions/input.ts';
import type { Cadence, Lang } from '../core/types.ts';

export interface PageStrings {
  siteName: string;
  switchTo: string;
  subscribeTitle: string;
  subscribeIntro: string;
  emailLabel: string;
  emailHint: string;
  topicsLegend: string;
  cadenceLegend: string;
  cadence: Record<Cadence, string>;
  cadenceHint: Record<Cadence, string>;
  langLegend: string;
  langName: Record<Lang, string>;
  subscribeButton: string;
  consentNote: string;
  checkInboxTitle: string;
  checkInboxBody: string;
  confirmTitle: string;
  confirmBody: string;
  confirmButton: string;
  confirmedTitle: string;
  confirmedBody: string;
  managePreferences: string;
  preferencesTitle: string;
  preferencesIntro: string;
  topicCadenceNone: string;
  saveButton: string;
  savedTitle: string;
  savedBody: string;
  savedNothingLeft: string;
  unsubscribeAllButton: string;
  notActiveTitle: string;
  notActiveBody: string;
  subscribeAgain: string;
  unsubscribeTitle: string;
  unsubscribeBody: string;
  unsubscribeListButton: string;
  unsubscribedTitle: string;
  unsubscribedListBody: string;
  unsubscribedAllBody: string;
  listName: { digest: Record<'daily' | 'weekly', string>; alerts: string };
  invalidLinkTitle: string;
  invalidLinkBody: string;
  badRequestTitle: string;
  forbiddenTitle: string;
  forbiddenBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  tooLargeTitle: string;
  errorTitle: string;
  errorBody: string;
  unavailableBody: string;
  requestId: string;
  backToStart: string;
  problems: Record<InputProblem, string>;
}

export const STRINGS: Record<Lang, PageStrings> = {
  zh: {
    siteName: 'tidings 资讯订阅',
    switchTo: 'English',
    subscribeTitle: '订阅主题资讯',
    subscribeIntro: '选择您关心的主题，我们只发送与之相关的内容。',
    emailLabel: '电子邮箱',
    emailHint: '我们会先发一封确认邮件，确认后才开始发送。',
    topicsLegend: '主题（可多选）',
    cadenceLegend: '发送频率',
    cadence: { instant: '即时提醒', daily: '每日摘要', weekly: '每周摘要' },
    cadenceHint: {
      instant: '相关文章一发布就通知您',
      daily: '每天一封，按主题分组',
      weekly: '每周一封，按主题分组',
    },
    langLegend: '邮件语言',
    langName: { zh: '中文', en: 'English' },
    subscribeButton: '订阅',
    consentNote: '您可以随时通过每封邮件底部的链接退订。',
    checkInboxTitle: '请查收确认邮件',
    checkInboxBody: '如果该地址可以订阅，我们已向其发送一封确认邮件。请点击邮件中的链接完成订阅。',
    confirmTitle: '确认订阅',
    confirmBody: '请点击下方按钮确认您的订阅。',
    confirmButton: '确认订阅',
    confirmedTitle: '订阅已确认',
    confirmedBody: '感谢您的确认，之后的资讯将按您选择的主题和频率发送。',
    managePreferences: '管理订阅偏好',
    preferencesTitle: '订阅偏好',
    preferencesIntro: '为每个主题选择发送频率，或选择“不订阅”。',
    topicCadenceNone: '不订阅',
    saveButton: '保存',
    savedTitle: '偏好已保存',
    savedBody: '您的更改将在下一次发送时生效。',
    savedNothingLeft: '您没有保留任何主题，因此已退订全部邮件。',
    unsubscribeAllButton: '退订全部邮件',
    notActiveTitle: '此订阅当前未生效',
    notActiveBody: '此地址目前没有有效的订阅。如需再次接收，请重新订阅。',
    subscribeAgain: '重新订阅',
    unsubscribeTitle: '退订',
    unsubscribeBody: '您要退订以下邮件吗？',
    unsubscribeListButton: '仅退订此类邮件',
    unsubscribedTitle: '已退订',
    unsubscribedListBody: '您将不再收到此类邮件。',
    unsubscribedAllBody: '您将不再收到我们的任何邮件。',
    listName: {
      digest: { daily: '每日摘要', weekly: '每周摘要' },
      alerts: '所有即时提醒',
    },
    invalidLinkTitle: '链接无效',
    invalidLinkBody: '此链接无效或已过期。请使用最新邮件中的链接，或重新订阅。',
    badRequestTitle: '请求有误',
    forbiddenTitle: '请求被拒绝',
    forbiddenBody: '此表单只能从本站提交。',
    notFoundTitle: '页面不存在',
    notFoundBody: '找不到您要访问的页面。',
    tooLargeTitle: '提交内容过大',
    errorTitle: '出错了',
    errorBody: '服务器暂时无法处理您的请求，请稍后再试。',
    unavailableBody: '暂时无法发送邮件，请稍后再试。',
    requestId: '请求编号',
    backToStart: '返回订阅页',
    problems: {
      email: '请输入有效的电子邮箱地址。',
      topics: '请至少选择一个主题。',
      unknownTopic: '所选主题不存在。',
      cadence: '请选择发送频率。',
      lang: '请选择邮件语言。',
      malformed: '提交的数据格式有误。',
      emailNonAscii: '邮箱地址 @ 之前的部分只能使用英文字母、数字和 . _ + -：其他字符的地址无法投递。',
      contentLangs: '请至少选择一种文章语言。',
      noTopics: '请至少保留一个主题。如果想暂时不收邮件，可以暂停订阅；也可以退订全部邮件。',
      unknownField: '提交的数据包含未知字段。',
    },
  },
  en: {
    siteName: 'tidings newsletter',
    switchTo: '中文',
    subscribeTitle: 'Subscribe to topics',
    subscribeIntro: 'Choose the topics you care about; we only send what matches them.',
    emailLabel: 'Email address',
    emailHint: 'We send a confirmation email first and start only after you confirm.',
    topicsLegend: 'Topics (choose one or more)',
    cadenceLegend: 'How often',
    cadence: { instant: 'Instant alerts', daily: 'Daily digest', weekly: 'Weekly digest' },
    cadenceHint: {
      instant: 'As soon as a matching article is published',
      daily: 'One email a day, grouped by topic',
      weekly: 'One email a week, grouped by topic',
    },
    langLegend: 'Email language',
    langName: { zh: '中文', en: 'English' },
    subscribeButton: 'Subscribe',
    consentNote: 'You can unsubscribe at any time with the link at the bottom of every email.',
    checkInboxTitle: 'Check your inbox',
    checkInboxBody:
      'If this address can subscribe, we have sent it a confirmation email. Open the link in it to finish subscribing.',
    confirmTitle: 'Confirm your subscription',
    confirmBody: 'Press the button below to confirm your subscription.',
    confirmButton: 'Confirm subscription',
    confirmedTitle: 'Subscription confirmed',
    confirmedBody: 'Thank you. You will receive the topics you chose at the cadence you chose.',
    managePreferences: 'Manage preferences',
    preferencesTitle: 'Your preferences',
    preferencesIntro: 'Choose a cadence for each topic, or “Not subscribed”.',
    topicCadenceNone: 'Not subscribed',
    saveButton: 'Save',
    savedTitle: 'Preferences saved',
    savedBody: 'Your changes apply from the next email.',
    savedNothingLeft: 'You kept no topics, so you are now unsubscribed from everything.',
    unsubscribeAllButton: 'Unsubscribe from everything',
    notActiveTitle: 'This subscription is not active',
    notActiveBody: 'This address has no active subscription. Subscribe again to receive emails.',
    subscribeAgain: 'Subscribe again',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeBody: 'Do you want to stop receiving these emails?',
    unsubscribeListButton: 'Unsubscribe from this list only',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribedListBody: 'You will no longer receive these emails.',
    unsubscribedAllBody: 'You will no longer receive any email from us.',
    listName: {
      digest: { daily: 'Daily digest', weekly: 'Weekly digest' },
      alerts: 'All instant alerts',
    },
    invalidLinkTitle: 'Invalid link',
    invalidLinkBody:
      'This link is invalid or has expired. Use the link in your latest email, or subscribe again.',
    badRequestTitle: 'Bad request',
    forbiddenTitle: 'Request refused',
    forbiddenBody: 'This form can only be submitted from this site.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you asked for does not exist.',
    tooLargeTitle: 'Request too large',
    errorTitle: 'Something went wrong',
    errorBody: 'The server could not handle your request. Please try again later.',
    unavailableBody: 'We cannot send email right now. Please try again later.',
    requestId: 'Request id',
    backToStart: 'Back to the subscribe page',
    problems: {
      email: 'Enter a valid email address.',
      topics: 'Choose at least one topic.',
      unknownTopic: 'A chosen topic does not exist.',
      cadence: 'Choose how often.',
      lang: 'Choose an email language.',
      malformed: 'The submitted data is malformed.',
      emailNonAscii:
        'The part before @ can only use English letters, digits and . _ + - : mail to other characters cannot be delivered.',
      contentLangs: 'Choose at least one article language.',
      noTopics:
        'Keep at least one topic. To stop email for a while, pause instead; or unsubscribe from everything.',
      unknownField: 'The submitted data has an unknown field.',
    },
  },
};
