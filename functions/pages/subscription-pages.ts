// Server-rendered subscription pages. Plain HTML forms that work without JavaScript; every value goes through
// the escaping `html` tag. Tokens travel in hidden fields or the form action, never in links a scanner follows
// to a state change (GET pages only show a button).

import type { Subscriber } from '../core/subscribers/types.ts';
import type { InputProblem } from '../core/subscriptions/input.ts';
import type { Topic } from '../core/topics/types.ts';
import { CADENCES, type Cadence, LANGS, type Lang, type TopicId, templateLang } from '../core/types.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { STRINGS } from './strings.ts';

function problemList(lang: Lang, problems: readonly InputProblem[] | undefined): SafeHtml | '' {
  if (!problems || problems.length === 0) return '';
  const t = STRINGS[lang];
  return html`<div class="problems" role="alert" id="problems"><ul>${problems.map(
    (p) => html`<li>${t.problems[p]}</li>`,
  )}</ul></div>`;
}

export interface SubscribeFormValues {
  email?: string;
  topics?: readonly TopicId[];
  cadence?: Cadence;
  lang?: Lang;
}

export function subscribePage(options: {
  lang: Lang;
  topics: readonly Topic[];
  values?: SubscribeFormValues;
  problems?: readonly InputProblem[];
}): string {
  const { lang, topics, values = {}, problems } = options;
  const t = STRINGS[lang];
  const chosen = new Set(values.topics ?? []);
  const cadence = values.cadence ?? 'daily';
  const mailLang = values.lang ?? lang;
  const body = html`<p>${t.subscribeIntro}</p>
${problemList(lang, problems)}
<form method="post" action="/api/subscriptions" accept-charset="utf-8">
<input type="hidden" name="ui" value="${lang}">
<div class="field">
<label for="email">${t.emailLabel}</label>
<input type="email" id="email" name="email" required autocomplete="email" inputmode="email" maxlength="254" aria-describedby="email-hint" value="${values.email ?? ''}">
<span class="hint" id="email-hint">${t.emailHint}</span>
</div>
<fieldset>
<legend>${t.topicsLegend}</legend>
${topics.map(
  (topic) =>
    html`<label class="choice"><input type="checkbox" id="topic-${topic.id}" name="topics" value="${topic.id}"${chosen.has(topic.id) ? html` checked` : ''}><span><span lang="zh-CN">${topic.name.zh}</span> · <span lang="en">${topic.name.en}</span><small>${topic.description[lang]}</small></span></label>`,
)}
</fieldset>
<fieldset>
<legend>${t.cadenceLegend}</legend>
${CADENCES.map(
  (c) =>
    html`<label class="choice"><input type="radio" id="cadence-${c}" name="cadence" value="${c}"${c === cadence ? html` checked` : ''}><span>${t.cadence[c]}<small>${t.cadenceHint[c]}</small></span></label>`,
)}
</fieldset>
<fieldset>
<legend>${t.langLegend}</legend>
${LANGS.map(
  (l) =>
    html`<label class="choice"><input type="radio" id="lang-${l}" name="lang" value="${l}"${l === mailLang ? html` checked` : ''}><span>${t.langName[l]}</span></label>`,
)}
</fieldset>
<p class="meta">${t.consentNote}</p>
<button type="submit">${t.subscribeButton}</button>
</form>`;
  return layout({ lang, title: t.subscribeTitle, body, switchHref: `/?lang=${lang === 'zh' ? 'en' : 'zh'}` });
}

/** Result and error pages: a title, one message, optional next step and request id. */
export function messagePage(options: {
  lang: Lang;
  title: string;
  message: string;
  link?: { href: string; label: string };
  requestId?: string;
}): string {
  const { lang, title, message, link, requestId } = options;
  const t = STRINGS[lang];
  const body = html`<p>${message}</p>
${link ? html`<p><a href="${link.href}">${link.label}</a></p>` : ''}
${requestId ? html`<p class="meta">${t.requestId}: <code>${requestId}</code></p>` : ''}`;
  return layout({ lang, title, body });
}

export function confirmPage(options: { lang: Lang; token: string }): string {
  const t = STRINGS[options.lang];
  const body = html`<p>${t.confirmBody}</p>
<form method="post" action="/confirm">
<input type="hidden" name="token" value="${options.token}">
<input type="hidden" name="ui" value="${options.lang}">
<button type="submit">${t.confirmButton}</button>
</form>`;
  return layout({ lang: options.lang, title: t.confirmTitle, body });
}

export function confirmedPage(options: { lang: Lang; manageUrl: string }): string {
  const t = STRINGS[options.lang];
  const body = html`<p>${t.confirmedBody}</p>
<p><a href="${options.manageUrl}">${t.managePreferences}</a></p>`;
  return layout({ lang: options.lang, title: t.confirmedTitle, body });
}

export function preferencesPage(options: {
  lang: Lang;
  token: string;
  subscriber: Subscriber;
  topics: readonly Topic[];
  problems?: readonly InputProblem[];
}): string {
  const { lang, token, subscriber, topics, problems } = options;
  const t = STRINGS[lang];
  const body = html`<p>${t.preferencesIntro}</p>
${problemList(lang, problems)}
<form method="post" action="/preferences">
<input type="hidden" name="token" value="${token}">
<fieldset>
<legend>${t.topicsLegend}</legend>
${topics.map((topic) => {
  const current = subscriber.topics[topic.id];
  return html`<div class="row"><label for="topic-${topic.id}">${topic.name[lang]}<small class="hint">${topic.description[lang]}</small></label><select id="topic-${topic.id}" name="topic.${topic.id}"><option value="none"${current ? '' : html` selected`}>${t.topicCadenceNone}</option>${CADENCES.map(
    (c) => html`<option value="${c}"${current === c ? html` selected` : ''}>${t.cadence[c]}</option>`,
  )}</select></div>`;
})}
</fieldset>
<fieldset>
<legend>${t.langLegend}</legend>
${LANGS.map(
  (l) =>
    html`<label class="choice"><input type="radio" id="lang-${l}" name="lang" value="${l}"${l === templateLang(subscriber.locale) ? html` checked` : ''}><span>${t.langName[l]}</span></label>`,
)}
</fieldset>
<div class="actions">
<button type="submit" name="action" value="save">${t.saveButton}</button>
<button type="submit" name="action" value="unsubscribe-all" class="secondary">${t.unsubscribeAllButton}</button>
</div>
</form>`;
  return layout({ lang, title: t.preferencesTitle, body });
}

export function unsubscribePage(options: { lang: Lang; token: string; listLabel?: string }): string {
  const { lang, token, listLabel } = options;
  const t = STRINGS[lang];
  const action = `/unsubscribe?token=${encodeURIComponent(token)}`;
  const body = html`<p>${t.unsubscribeBody}</p>
${listLabel ? html`<p><strong>${listLabel}</strong></p>` : ''}
<form method="post" action="${action}">
<input type="hidden" name="ui" value="${lang}">
<div class="actions">
${listLabel ? html`<button type="submit" name="scope" value="list">${t.unsubscribeListButton}</button>` : ''}
<button type="submit" name="scope" value="all"${listLabel ? html` class="secondary"` : ''}>${t.unsubscribeAllButton}</button>
</div>
</form>`;
  return layout({ lang, title: t.unsubscribeTitle, body });
}
