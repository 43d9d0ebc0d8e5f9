// Every visible word of the subscription pages, in Simplified Chinese and English. Keys are shared so a missing
// translation is a type error, not a blank on the page. Traditional Chinese is this zh table converted with OpenCC
// at build time (templates/compiled/reader.json), so it is never written by hand. `{name}` marks a value filled in
// by `fill` (escaped by the page's html tag like any other value); no string holds markup.
import type { InputProblem } from '../core/subscriptions/input.ts';
import type { Cadence, Lang, Locale } from '../core/types.ts';

export interface PageStrings {
  siteName: string;
  /** `{name}` the sender's display name, `{address}` its address. */
  senderLine: string;
  localeName: Record<Locale, string>;
  localeSwitchLabel: string;
  subscribeTitle: string;
  subscribeIntro: string;
  emailLabel: string;
  emailHint: string;
  topicsLegend: string;
  topicsHint: string;
  cadenceLegend: string;
  cadence: Record<Cadence, string>;
  cadenceHint: Record<Cadence, string>;
  sameForAll: string;
  perTopicSummary: string;
  perTopicHint: string;
  moreOptionsSummary: string;
  localeLegend: string;
  localeHint: string;
  contentLangsLegend: string;
  contentLangsHint: string;
  contentLangName: Record<Lang, string>;
  subscribeButton: string;
  aboutTitle: string;
  /** `{daily}`, `{weekly}` send times; `{zone}` the time zone. */
  whenSent: string;
  sampleLink: string;
  privacyTitle: string;
  privacyNote: string;
  consentNote: string;
  checkInboxTitle: string;
  checkInboxBody: string;
  /** `{email}` the address typed. */
  checkInboxSentTo: string;
  checkInboxAsked: string;
  checkInboxHelpTitle: string;
  checkInboxTypo: string;
  checkInboxFixLink: string;
  /** `{sender}` the From address to look for. */
  checkInboxSpam: string;
  checkInboxAgain: string;
  checkInboxAlready: string;
  confirmTitle: string;
  confirmWhy: string;
  confirmButton: string;
  confirmedTitle: string;
  confirmedBody: string;
  confirmedRecapTitle: string;
  /** `{when}` the first send. */
  firstSend: string;
  firstSendInstant: string;
  usedLinkTitle: string;
  usedLinkBody: string;
  managePreferences: string;
  preferencesTitle: string;
  /** `{email}` the masked address. */
  preferencesFor: string;
  preferencesIntro: string;
  topicColumn: string;
  topicCadenceNone: string;
  saveButton: string;
  savedTitle: string;
  savedBody: string;
  savedRecapTitle: string;
  pauseTitle: string;
  pauseIntro: string;
  /** The pause lengths' legend. */
  pauseFor: string;
  pauseOneWeek: string;
  /** `{n}` weeks (2 and more). */
  pauseWeeks: string;
  pauseUntilLabel: string;
  pauseButton: string;
  pausedBanner: string;
  resumeButton: string;
  pausedTitle: string;
  /** `{until}` the date the pause ends. */
  pausedBody: string;
  resumedTitle: string;
  resumedBody: string;
  pauseInvalid: string;
  leaveTitle: string;
  leaveIntro: string;
  unsubscribeAllButton: string;
  unsubscribeAllConfirmTitle: string;
  unsubscribeAllConfirmBody: string;
  unsubscribeAllConfirmButton: string;
  keepButton: string;
  notActiveTitle: string;
  notActiveBody: string;
  subscribeAgain: string;
  unsubscribeTitle: string;
  unsubscribeBody: string;
  unsubscribeListButton: string;
  unsubscribedTitle: string;
  unsubscribedListBody: string;
  unsubscribedAllBody: string;
  stoppedTitle: string;
  remainingTitle: string;
  nothingRemains: string;
  undoButton: string;
  undoHint: string;
  stopEverythingButton: string;
  restoredTitle: string;
  restoredBody: string;
  nothingToUndoTitle: string;
  nothingToUndoBody: string;
  listName: { digest: Record<'daily' | 'weekly', string>; alerts: string };
  /** `{topic}` — `{cadence}`. */
  topicAtCadence: string;
  /** `{label}` and its `{value}`. */
  labelled: string;
  invalidLinkTitle: string;
  invalidLinkBody: string;
  /** An authentic manage or unsubscribe link past its lifetime (13 months): offers a fresh one by email. */
  expiredLinkTitle: string;
  expiredLinkBody: string;
  freshLinkButton: string;
  freshLinkSentTitle: string;
  freshLinkSentBody: string;
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
  archiveLink: string;
  problems: Record<InputProblem, string>;
}

export const STRINGS: Record<Lang, PageStrings> = {
  zh: {
    siteName: 'tidings 资讯订阅',
    senderLine: '发件人：{name} <{address}>',
    localeName: { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
    localeSwitchLabel: '页面语言',
    subscribeTitle: '订阅主题资讯',
    subscribeIntro: '选择关心的主题，只收与之相关的文章摘要。',
    emailLabel: '电子邮箱',
    emailHint: '我们会先发一封确认邮件。',
    topicsLegend: '主题',
    topicsHint: '可多选。',
    cadenceLegend: '发送频率',
    cadence: { instant: '即时提醒', daily: '每日摘要', weekly: '每周摘要' },
    cadenceHint: {
      instant: '文章一发布就通知',
      daily: '每天一封',
      weekly: '每周一封',
    },
    sameForAll: '所有主题相同',
    perTopicSummary: '为每个主题分别设置频率',
    perTopicHint: '未单独设置的主题使用上面的频率。',
    moreOptionsSummary: '语言',
    localeLegend: '页面与邮件语言',
    localeHint: '网站页面和邮件中固定文字的语言。',
    contentLangsLegend: '文章语言',
    contentLangsHint: '接收哪些语言写成的文章。文章按原文发送，不做机器翻译。',
    contentLangName: { zh: '中文文章', en: '英文文章' },
    subscribeButton: '订阅',
    aboutTitle: '您将收到什么',
    whenSent: '每日摘要于每天 {daily}、每周摘要于{weekly}发送（{zone}时间）；即时提醒在文章发布时发送。',
    sampleLink: '查看往期摘要',
    privacyTitle: '隐私',
    privacyNote:
      '我们只保存您的邮箱地址、所选主题与语言，以及订阅确认的时间和网段，用于发送您订阅的邮件；不与第三方共享，不做追踪。未确认的申请在 7 天之后删除。每封邮件底部都有退订链接。',
    consentNote: '您可以随时通过每封邮件底部的链接退订。',
    checkInboxTitle: '请查收确认邮件',
    checkInboxBody: '请打开我们发到您邮箱的邮件，点击其中的按钮完成订阅。',
    checkInboxSentTo: '我们已处理发往 {email} 的订阅申请。',
    checkInboxAsked: '您申请的内容：',
    checkInboxHelpTitle: '没有收到？',
    checkInboxTypo: '地址填错了？',
    checkInboxFixLink: '返回修改',
    checkInboxSpam: '请查看垃圾邮件或广告邮件文件夹，发件人是 {sender}。',
    checkInboxAgain: '10 分钟后可以重新申请发送（每天最多 3 次）。',
    checkInboxAlready: '如果此地址已经订阅，您会收到一封说明邮件和管理订阅的链接，而不是确认邮件。',
    confirmTitle: '确认订阅',
    confirmWhy: '为防止邮件安全扫描程序替您订阅，请点击下面的按钮亲自确认。',
    confirmButton: '确认订阅',
    confirmedTitle: '订阅已确认',
    confirmedBody: '感谢确认。我们也发了一封欢迎邮件，其中有管理订阅的链接。',
    confirmedRecapTitle: '您的订阅',
    firstSend: '第一封摘要：{when}',
    firstSendInstant: '即时提醒：下一篇相关文章发布时',
    usedLinkTitle: '此链接已使用',
    usedLinkBody: '此订阅已确认，无需再次确认。您可以随时管理订阅偏好。',
    managePreferences: '管理订阅偏好',
    preferencesTitle: '订阅偏好',
    preferencesFor: '订阅地址：{email}',
    preferencesIntro: '为每个主题选择发送频率，不需要的主题选“不订阅”。',
    topicColumn: '主题',
    topicCadenceNone: '不订阅',
    saveButton: '保存偏好',
    savedTitle: '偏好已保存',
    savedBody: '更改从下一封邮件开始生效。',
    savedRecapTitle: '已保存的设置',
    pauseTitle: '暂停接收',
    pauseIntro: '暂停期间不发送任何邮件，到期后自动恢复，主题和设置保持不变。',
    pauseFor: '暂停多久',
    pauseOneWeek: '1 周',
    pauseWeeks: '{n} 周',
    pauseUntilLabel: '或暂停到指定日期',
    pauseButton: '暂停',
    pausedBanner: '订阅已暂停，将于 {until} 自动恢复。',
    resumeButton: '立即恢复',
    pausedTitle: '订阅已暂停',
    pausedBody: '{until} 之前我们不会发送任何邮件，之后自动恢复。',
    resumedTitle: '订阅已恢复',
    resumedBody: '您将从下一封邮件开始再次收到订阅内容。',
    pauseInvalid: '请选择暂停时长，或今天之后、一年以内的日期。',
    leaveTitle: '退订',
    leaveIntro: '不再接收任何邮件。退订后可以撤销。',
    unsubscribeAllButton: '退订全部邮件',
    unsubscribeAllConfirmTitle: '退订全部邮件？',
    unsubscribeAllConfirmBody: '您将不再收到我们的任何邮件。如果只是想暂时不收，可以改为暂停。',
    unsubscribeAllConfirmButton: '是的，退订全部',
    keepButton: '保留订阅',
    notActiveTitle: '此订阅当前未生效',
    notActiveBody: '此地址目前没有有效的订阅。如需再次接收，请重新订阅。',
    subscribeAgain: '重新订阅',
    unsubscribeTitle: '退订',
    unsubscribeBody: '您要退订以下邮件吗？',
    unsubscribeListButton: '仅退订此类邮件',
    unsubscribedTitle: '已退订',
    unsubscribedListBody: '您将不再收到此类邮件。',
    unsubscribedAllBody: '您将不再收到我们的任何邮件。',
    stoppedTitle: '已停止',
    remainingTitle: '仍在接收',
    nothingRemains: '没有了：您不会再收到我们的邮件。',
    undoButton: '撤销退订',
    undoHint: '点错了？撤销后恢复刚才停止的内容，无需重新确认。',
    stopEverythingButton: '停止全部邮件',
    restoredTitle: '已撤销退订',
    restoredBody: '刚才停止的内容已恢复。',
    nothingToUndoTitle: '无法撤销',
    nothingToUndoBody: '这次退订已经撤销过，或之后又有了新的更改。请在订阅偏好中查看当前设置。',
    listName: {
      digest: { daily: '每日摘要', weekly: '每周摘要' },
      alerts: '所有即时提醒',
    },
    topicAtCadence: '{topic}：{cadence}',
    labelled: '{label}：{value}',
    invalidLinkTitle: '链接无效',
    invalidLinkBody: '此链接无效或已过期。请使用最新邮件中的链接，或重新订阅。',
    expiredLinkTitle: '链接已过期',
    expiredLinkBody: '为安全起见，邮件中的链接在 13 个月后失效。我们可以把新链接发到这个链接所属的邮箱。',
    freshLinkButton: '给我发送新链接',
    freshLinkSentTitle: '请查收邮件',
    freshLinkSentBody: '如果这个邮箱仍在接收我们的邮件，新链接几分钟内就会送达。',
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
    archiveLink: '往期摘要',
    problems: {
      email: '请输入有效的电子邮箱地址。',
      topics: '请至少选择一个主题。',
      unknownTopic: '所选主题不存在。',
      cadence: '请选择发送频率。',
      lang: '请选择语言。',
      malformed: '提交的数据格式有误。',
      emailNonAscii: '邮箱地址 @ 之前的部分只能使用英文字母、数字和 . _ + -，其他字符的地址无法投递。',
      contentLangs: '请至少选择一种文章语言。',
      noTopics: '请至少保留一个主题。如果想暂时不收邮件，可以暂停订阅；也可以退订全部邮件。',
      unknownField: '提交的数据包含未知字段。',
    },
  },
  en: {
    siteName: 'tidings newsletter',
    senderLine: 'From: {name} <{address}>',
    localeName: { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
    localeSwitchLabel: 'Page language',
    subscribeTitle: 'Subscribe to topics',
    subscribeIntro: 'Choose your topics: we send only what matches them.',
    emailLabel: 'Email address',
    emailHint: 'First we email you a link to confirm.',
    topicsLegend: 'Topics',
    topicsHint: 'Choose one or more.',
    cadenceLegend: 'How often',
    cadence: { instant: 'Instant alerts', daily: 'Daily digest', weekly: 'Weekly digest' },
    cadenceHint: {
      instant: 'when an article is published',
      daily: 'one email a day',
      weekly: 'one email a week',
    },
    sameForAll: 'Same for all',
    perTopicSummary: 'Set how often per topic',
    perTopicHint: 'Topics left at “same for all” use the choice above.',
    moreOptionsSummary: 'Languages',
    localeLegend: 'Language of pages and emails',
    localeHint: 'The language of this site and of the fixed text in emails.',
    contentLangsLegend: 'Article languages',
    contentLangsHint:
      'Which articles to receive, by the language they are written in. Articles come in their original language, never machine-translated.',
    contentLangName: { zh: 'Articles in Chinese', en: 'Articles in English' },
    subscribeButton: 'Subscribe',
    aboutTitle: 'What you will get',
    whenSent:
      'Daily digests go out every day at {daily}, weekly digests {weekly} ({zone} time); instant alerts when an article is published.',
    sampleLink: 'See past digests',
    privacyTitle: 'Privacy',
    privacyNote:
      'We keep only your email address, the topics and languages you chose, and when and from which network you confirmed, to send the emails you asked for. Nothing is shared with third parties and nothing is tracked. Requests never confirmed are deleted after 7 days. Every email has an unsubscribe link.',
    consentNote: 'You can unsubscribe at any time with the link at the bottom of every email.',
    checkInboxTitle: 'Check your inbox',
    checkInboxBody: 'Open the email we sent and press its button to finish subscribing.',
    checkInboxSentTo: 'We have taken the request for {email}.',
    checkInboxAsked: 'What you asked for:',
    checkInboxHelpTitle: 'Nothing arrived?',
    checkInboxTypo: 'A typo in the address?',
    checkInboxFixLink: 'Go back and correct it',
    checkInboxSpam: 'Look in your spam or promotions folder for an email from {sender}.',
    checkInboxAgain: 'You can ask for a new email after 10 minutes (at most 3 a day).',
    checkInboxAlready:
      'If this address is already subscribed, you get an email saying so, with a link to manage it, instead of a confirmation.',
    confirmTitle: 'Confirm your subscription',
    confirmWhy:
      'Press the button to confirm: a click is needed so that email security scanners, which open links, cannot subscribe you.',
    confirmButton: 'Confirm subscription',
    confirmedTitle: 'Subscription confirmed',
    confirmedBody: 'Thank you. We have also sent a welcome email with a link to manage your subscription.',
    confirmedRecapTitle: 'Your subscription',
    firstSend: 'First digest: {when}',
    firstSendInstant: 'Instant alerts: when the next matching article is published',
    usedLinkTitle: 'This link has been used',
    usedLinkBody:
      'This subscription is already confirmed; nothing more to do. You can manage it at any time.',
    managePreferences: 'Manage preferences',
    preferencesTitle: 'Your preferences',
    preferencesFor: 'Subscription for {email}',
    preferencesIntro: 'Choose how often you get each topic, or “Not subscribed”.',
    topicColumn: 'Topic',
    topicCadenceNone: 'Not subscribed',
    saveButton: 'Save preferences',
    savedTitle: 'Preferences saved',
    savedBody: 'Your changes apply from the next email.',
    savedRecapTitle: 'What is saved',
    pauseTitle: 'Pause',
    pauseIntro: 'No email while paused; it resumes by itself, with your topics and settings unchanged.',
    pauseFor: 'Pause for',
    pauseOneWeek: '1 week',
    pauseWeeks: '{n} weeks',
    pauseUntilLabel: 'or pause until a date',
    pauseButton: 'Pause',
    pausedBanner: 'Your subscription is paused until {until}; it resumes by itself.',
    resumeButton: 'Resume now',
    pausedTitle: 'Subscription paused',
    pausedBody: 'We send nothing until {until}; then your emails resume by themselves.',
    resumedTitle: 'Subscription resumed',
    resumedBody: 'Your emails start again with the next one.',
    pauseInvalid: 'Choose how long, or a date after today and within a year.',
    leaveTitle: 'Unsubscribe',
    leaveIntro: 'Stop every email. You can undo it afterwards.',
    unsubscribeAllButton: 'Unsubscribe from everything',
    unsubscribeAllConfirmTitle: 'Unsubscribe from everything?',
    unsubscribeAllConfirmBody:
      'You will receive no more email from us. To stop for a while only, pause instead.',
    unsubscribeAllConfirmButton: 'Yes, unsubscribe from everything',
    keepButton: 'Keep my subscription',
    notActiveTitle: 'This subscription is not active',
    notActiveBody: 'This address has no active subscription. Subscribe again to receive emails.',
    subscribeAgain: 'Subscribe again',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeBody: 'Do you want to stop receiving these emails?',
    unsubscribeListButton: 'Unsubscribe from this list only',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribedListBody: 'You will no longer receive these emails.',
    unsubscribedAllBody: 'You will no longer receive any email from us.',
    stoppedTitle: 'Stopped',
    remainingTitle: 'Still coming',
    nothingRemains: 'Nothing: you will receive no more email from us.',
    undoButton: 'Undo',
    undoHint: 'A mistake? Undo brings back exactly what was stopped, with no new confirmation.',
    stopEverythingButton: 'Stop everything',
    restoredTitle: 'Unsubscribe undone',
    restoredBody: 'What was stopped is back.',
    nothingToUndoTitle: 'Nothing to undo',
    nothingToUndoBody:
      'This unsubscribe was undone already, or something changed since. Your preferences show where things stand.',
    listName: {
      digest: { daily: 'Daily digest', weekly: 'Weekly digest' },
      alerts: 'All instant alerts',
    },
    topicAtCadence: '{topic}: {cadence}',
    labelled: '{label}: {value}',
    invalidLinkTitle: 'Invalid link',
    invalidLinkBody:
      'This link is invalid or has expired. Use the link in your latest email, or subscribe again.',
    expiredLinkTitle: 'This link has expired',
    expiredLinkBody:
      'For your safety, links in our emails stop working after 13 months. We can email a new one to the address this link was sent to.',
    freshLinkButton: 'Email me a new link',
    freshLinkSentTitle: 'Check your inbox',
    freshLinkSentBody:
      'If this address still receives our emails, a new link is on its way and arrives within minutes.',
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
    archiveLink: 'Past digests',
    problems: {
      email: 'Enter a valid email address.',
      topics: 'Choose at least one topic.',
      unknownTopic: 'A chosen topic does not exist.',
      cadence: 'Choose how often.',
      lang: 'Choose a language.',
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

/** `{name}` marks replaced by values (plain text: the page's html tag escapes the result). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
