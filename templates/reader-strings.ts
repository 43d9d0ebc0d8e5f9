// Fixed words of the emails of the reader's journey (welcome, already subscribed), zh and en. Kept beside the
// edition's strings.ts rather than in it; a missing translation is a type error. zh-Hant is converted with OpenCC.
import type { Lang } from '../functions/core/types.ts';

export interface ReaderEmailStrings {
  welcomeSubject: string;
  welcomePreheader: string;
  welcomeTitle: string;
  welcomeIntro: string;
  welcomeOriginal: string;
  welcomeLatest: string;
  welcomeWhy: string;
  alreadySubject: string;
  alreadyPreheader: string;
  alreadyTitle: string;
  alreadyIntro: string;
  alreadyTopics: string;
  alreadyAdded: string;
  alreadyAddButton: string;
  alreadyIgnore: string;
  alreadyWhy: string;
  manageButton: string;
}

export const READER_EMAIL_STRINGS: Record<Lang, ReaderEmailStrings> = {
  zh: {
    welcomeSubject: '欢迎订阅 tidings',
    welcomePreheader: '订阅已生效：您的主题、发送频率和第一封邮件的时间。',
    welcomeTitle: '欢迎！订阅已生效',
    welcomeIntro: '感谢确认。以下是您将收到的内容：',
    welcomeOriginal: '文章按原文语言发送，不做机器翻译。您可以随时更改主题、频率和语言，或暂停一段时间。',
    welcomeLatest: '您关注的主题最近发表的文章：',
    welcomeWhy: '您收到此邮件，是因为您刚刚确认了订阅。',
    alreadySubject: '您已订阅 tidings',
    alreadyPreheader: '此地址已经订阅，无需再次确认。',
    alreadyTitle: '您已经订阅了',
    alreadyIntro:
      '有人（可能是您）用此地址申请订阅 tidings。此地址已经订阅，无需再次确认，您的订阅没有任何改变。',
    alreadyTopics: '您目前订阅的主题：',
    alreadyAdded: '申请中有您尚未订阅的主题：',
    alreadyAddButton: '添加这些主题',
    alreadyIgnore: '如果不是您本人的操作，请忽略此邮件，您的订阅不会改变。',
    alreadyWhy: '您收到此邮件，是因为有人用此地址提交了订阅申请。',
    manageButton: '管理订阅偏好',
  },
  en: {
    welcomeSubject: 'Welcome to tidings',
    welcomePreheader: 'You are subscribed: your topics, how often, and when the first email comes.',
    welcomeTitle: 'Welcome! You are subscribed',
    welcomeIntro: 'Thank you for confirming. This is what you will receive:',
    welcomeOriginal:
      'Articles come in the language they were written in, never machine-translated. You can change topics, cadence and languages, or pause for a while, at any time.',
    welcomeLatest: 'Recent articles on your topics:',
    welcomeWhy: 'You receive this email because you have just confirmed your subscription.',
    alreadySubject: 'You are already subscribed to tidings',
    alreadyPreheader: 'This address is subscribed already: nothing to confirm.',
    alreadyTitle: 'You are already subscribed',
    alreadyIntro:
      'Someone, probably you, asked to subscribe this address to tidings. It is subscribed already, so there is nothing to confirm and nothing has changed.',
    alreadyTopics: 'The topics you follow: ',
    alreadyAdded: 'The request also named topics you do not follow yet: ',
    alreadyAddButton: 'Add these topics',
    alreadyIgnore: 'If this was not you, ignore this email: your subscription stays as it is.',
    alreadyWhy: 'You receive this email because someone asked to subscribe this address.',
    manageButton: 'Manage preferences',
  },
};
