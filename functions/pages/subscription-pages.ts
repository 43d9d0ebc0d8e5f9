// Server-rendered subscription pages. Plain HTML forms that work without JavaScript; every value goes through
// the escaping `html` tag. Tokens travel in hidden fields or the form action, never in links a scanner follows
// to a state change (GET pages only show a button).

import type { StoppedSubscription, Subscriber, TopicCadences } from '../core/subscribers/types.ts';
import type { InputProblem } from '../core/subscriptions/input.ts';
import type { Receipt } from '../core/subscriptions/receipt.ts';
import type { Topic } from '../core/topics/types.ts';
import {
  CADENCES,
  type Cadence,
  LANGS,
  type Lang,
  LOCALES,
  type Locale,
  type TopicId,
} from '../core/types.ts';
import { html, type SafeHtml } from './html.ts';
import { layout, type SiteInfo } from './layout.ts';
import { fill } from './strings.ts';
import type { Ui } from './ui.ts';

/** What every page needs: the reader's locale and the site's identity (footer). */
export interface PageBase {
  ui: Ui;
  site: SiteInfo;
}

/** When digests go out, as shown to readers (already formatted in the page's locale). */
export interface Schedule {
  daily: string;
  weekly: string;
  zone: string;
}

function problemList(ui: Ui, problems: readonly InputProblem[] | undefined): SafeHtml | '' {
  if (!problems || problems.length === 0) return '';
  return html`<div class="problems" role="alert" id="problems"><ul>${problems.map(
    (p) => html`<li>${ui.t.problems[p]}</li>`,
  )}</ul></div>`;
}

/** Topics in taxonomy order with their cadence: "Health & life sciences: Daily digest". */
export function topicLines(ui: Ui, topics: readonly Topic[], chosen: TopicCadences): string[] {
  return topics
    .filter((topic) => chosen[topic.id] !== undefined)
    .map((topic) =>
      fill(ui.t.topicAtCadence, { topic: ui.topicName(topic), cadence: ui.t.cadence[chosen[topic.id]!] }),
    );
}

function recap(
  ui: Ui,
  topics: readonly Topic[],
  chosen: { topics: TopicCadences; locale?: Locale; contentLangs?: readonly Lang[] },
  extra: readonly string[] = [],
): SafeHtml {
  const { t } = ui;
  return html`<ul>${topicLines(ui, topics, chosen.topics).map((line) => html`<li>${line}</li>`)}${
    chosen.contentLangs
      ? html`<li>${fill(t.labelled, { label: t.contentLangsLegend, value: chosen.contentLangs.map((l) => t.contentLangName[l]).join(' · ') })}</li>`
      : ''
  }${chosen.locale ? html`<li>${fill(t.labelled, { label: t.localeLegend, value: t.localeName[chosen.locale] })}</li>` : ''}${extra.map(
    (line) => html`<li>${line}</li>`,
  )}</ul>`;
}

const switchTo =
  (path: string) =>
  (locale: Locale): string =>
    `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;

export interface SubscribeFormValues {
  email?: string;
  /** Topics chosen, with a cadence of their own where one was set. */
  topics?: readonly TopicId[];
  own?: TopicCadences;
  cadence?: Cadence;
  locale?: Locale;
  contentLangs?: readonly Lang[];
}

export function subscribePage(
  options: PageBase & {
    topics: readonly Topic[];
    schedule: Schedule;
    values?: SubscribeFormValues;
    problems?: readonly InputProblem[];
  },
): string {
  const { ui, site, topics, schedule, values = {}, problems } = options;
  const { t } = ui;
  const chosen = new Set(values.topics ?? []);
  const cadence = values.cadence ?? 'daily';
  const locale = values.locale ?? ui.locale;
  // English readers get English articles unless they ask for Chinese too; Chinese readers get both.
  const contentLangs = new Set(values.contentLangs ?? (ui.locale === 'en' ? ['en'] : LANGS));
  const own = values.own ?? {};
  const perTopicOpen = Object.keys(own).length > 0;
  // Open when the form comes back with a language problem, so the reader sees what to fix.
  const languagesOpen = (problems ?? []).some((p) => p === 'contentLangs' || p === 'lang');
  const body = html`<p>${t.subscribeIntro}</p>
${problemList(ui, problems)}
<form method="post" action="/api/subscriptions" accept-charset="utf-8">
<input type="hidden" name="ui" value="${ui.locale}">
<div class="field">
<label for="email">${t.emailLabel}</label>
<input type="email" id="email" name="email" required autocomplete="email" inputmode="email" maxlength="254" aria-describedby="email-hint" value="${values.email ?? ''}">
<span class="hint" id="email-hint">${t.emailHint}</span>
</div>
<fieldset>
<legend>${t.topicsLegend} <span class="meta">${t.topicsHint}</span></legend>
<div class="grid">${topics.map(
    (topic) =>
      html`<label class="choice"><input type="checkbox" id="topic-${topic.id}" name="topics" value="${topic.id}"${chosen.has(topic.id) ? html` checked` : ''}><span>${ui.topicName(topic)}</span></label>`,
  )}</div>
</fieldset>
<fieldset>
<legend>${t.cadenceLegend} · ${t.sameForAll}</legend>
<div class="inline">${CADENCES.map(
    (c) =>
      html`<label class="choice"><input type="radio" id="cadence-${c}" name="cadence" value="${c}"${c === cadence ? html` checked` : ''}><span>${t.cadence[c]}<small>${t.cadenceHint[c]}</small></span></label>`,
  )}</div>
</fieldset>
<details${perTopicOpen ? html` open` : ''}>
<summary>${t.perTopicSummary}</summary>
<p class="hint">${t.perTopicHint}</p>
<table>
<thead><tr><th scope="col">${t.topicColumn}</th><th scope="col">${t.cadenceLegend}</th></tr></thead>
<tbody>${topics.map(
    (topic) =>
      html`<tr><th scope="row"><label for="cadence-of-${topic.id}">${ui.topicName(topic)}</label></th><td><select id="cadence-of-${topic.id}" name="cadence.${topic.id}"><option value="">${t.sameForAll}</option>${CADENCES.map(
        (c) =>
          html`<option value="${c}"${own[topic.id] === c ? html` selected` : ''}>${t.cadence[c]}</option>`,
      )}</select></td></tr>`,
  )}</tbody>
</table>
</details>
<details${languagesOpen ? html` open` : ''}>
<summary>${fill(t.labelled, { label: t.moreOptionsSummary, value: [t.localeName[locale], ...[...contentLangs].map((l) => t.contentLangName[l as Lang])].join(' · ') })}</summary>
<fieldset>
<legend>${t.contentLangsLegend}</legend>
<div class="inline">${LANGS.map(
    (l) =>
      html`<label class="choice"><input type="checkbox" id="content-${l}" name="contentLangs" value="${l}"${contentLangs.has(l) ? html` checked` : ''}><span>${t.contentLangName[l]}</span></label>`,
  )}</div>
<span class="hint">${t.contentLangsHint}</span>
</fieldset>
<fieldset>
<legend>${t.localeLegend}</legend>
<div class="inline">${LOCALES.map(
    (l) =>
      html`<label class="choice"><input type="radio" id="locale-${l}" name="lang" value="${l}"${l === locale ? html` checked` : ''}><span>${t.localeName[l]}</span></label>`,
  )}</div>
<span class="hint">${t.localeHint}</span>
</fieldset>
</details>
<button type="submit">${t.subscribeButton}</button>
<p class="meta">${t.consentNote}</p>
</form>
<section>
<h2>${t.aboutTitle}</h2>
<p>${fill(t.whenSent, { daily: schedule.daily, weekly: schedule.weekly, zone: schedule.zone })}</p>
${site.archiveHref ? html`<p><a href="${site.archiveHref}">${t.sampleLink}</a></p>` : ''}
</section>
<section id="privacy">
<h2>${t.privacyTitle}</h2>
<p class="meta">${t.privacyNote}</p>
</section>`;
  return layout({ ui, site, title: t.subscribeTitle, body, switchHref: switchTo('/') });
}

/** Result and error pages: a title, one message, optional next step and request id. */
export function messagePage(
  options: PageBase & {
    title: string;
    message: string;
    link?: { href: string; label: string };
    requestId?: string;
    banner?: SafeHtml;
  },
): string {
  const { ui, site, title, message, link, requestId, banner } = options;
  const body = html`<p>${message}</p>
${link ? html`<p><a href="${link.href}">${link.label}</a></p>` : ''}
${requestId ? html`<p class="meta">${ui.t.requestId}: <code>${requestId}</code></p>` : ''}`;
  return layout({ ui, site, title, body, ...(banner ? { banner } : {}) });
}

export function checkInboxPage(
  options: PageBase & {
    topics: readonly Topic[];
    receipt?: Receipt;
    /** The form again, filled with the receipt (the "correct it" link). */
    fixHref: string;
  },
): string {
  const { ui, site, topics, receipt, fixHref } = options;
  const { t } = ui;
  const body = html`<p>${t.checkInboxBody}</p>
${
  receipt
    ? html`<p>${fill(t.checkInboxSentTo, { email: receipt.email })}</p>
<div class="recap"><p>${t.checkInboxAsked}</p>${recap(ui, topics, receipt)}</div>`
    : ''
}
<h2>${t.checkInboxHelpTitle}</h2>
<ul>
<li>${t.checkInboxTypo} <a href="${fixHref}">${t.checkInboxFixLink}</a></li>
<li>${fill(t.checkInboxSpam, { sender: site.senderAddress })}</li>
<li>${t.checkInboxAgain}</li>
<li>${t.checkInboxAlready}</li>
</ul>`;
  return layout({ ui, site, title: t.checkInboxTitle, body });
}

export function confirmPage(options: PageBase & { token: string }): string {
  const { ui, site, token } = options;
  const { t } = ui;
  const body = html`<p>${t.confirmWhy}</p>
<form method="post" action="/confirm">
<input type="hidden" name="token" value="${token}">
<input type="hidden" name="ui" value="${ui.locale}">
<button type="submit">${t.confirmButton}</button>
</form>`;
  return layout({ ui, site, title: t.confirmTitle, body });
}

/** When the first email of each of the reader's cadences comes. */
export function firstSendLines(
  ui: Ui,
  cadences: ReadonlySet<Cadence>,
  when: Record<'daily' | 'weekly', string>,
) {
  const { t } = ui;
  const lines: string[] = [];
  if (cadences.has('daily')) lines.push(`${t.cadence.daily} · ${fill(t.firstSend, { when: when.daily })}`);
  if (cadences.has('weekly')) lines.push(`${t.cadence.weekly} · ${fill(t.firstSend, { when: when.weekly })}`);
  if (cadences.has('instant')) lines.push(t.firstSendInstant);
  return lines;
}

export function confirmedPage(
  options: PageBase & {
    subscriber: Subscriber;
    topics: readonly Topic[];
    manageUrl: string;
    firstSends: readonly string[];
  },
): string {
  const { ui, site, subscriber, topics, manageUrl, firstSends } = options;
  const { t } = ui;
  const body = html`<p>${t.confirmedBody}</p>
<h2>${t.confirmedRecapTitle}</h2>
<div class="recap">${recap(ui, topics, subscriber, firstSends)}</div>
<p><a href="${manageUrl}">${t.managePreferences}</a></p>`;
  return layout({ ui, site, title: t.confirmedTitle, body });
}

/** A paused reader sees it on every page of theirs, with the way to resume. */
export function pauseBanner(ui: Ui, until: string, resume?: { token: string }): SafeHtml {
  return html`${fill(ui.t.pausedBanner, { until })}${
    resume
      ? html`<form method="post" action="/preferences"><input type="hidden" name="token" value="${resume.token}"><button type="submit" name="action" value="resume" class="secondary">${ui.t.resumeButton}</button></form>`
      : ''
  }`;
}

export function preferencesPage(
  options: PageBase & {
    token: string;
    subscriber: Subscriber;
    /** The address as shown: partly masked. */
    maskedEmail: string;
    topics: readonly Topic[];
    problems?: readonly InputProblem[];
    /** The pause form's error, if that form was sent. */
    pauseProblem?: boolean;
    /** Formatted end of the pause, when paused. */
    pausedUntil?: string;
    /** `YYYY-MM-DD` bounds of the pause date field. */
    pauseDates: { min: string; max: string };
    /** Values the refused form had, to show them again. */
    values?: { topics: TopicCadences; locale: Locale; contentLangs?: readonly Lang[] };
  },
): string {
  const {
    ui,
    site,
    token,
    subscriber,
    maskedEmail,
    topics,
    problems,
    pauseProblem,
    pausedUntil,
    pauseDates,
  } = options;
  const { t } = ui;
  const shown = options.values ?? subscriber;
  const langs = new Set(shown.contentLangs ?? subscriber.contentLangs);
  const body = html`<p>${fill(t.preferencesFor, { email: maskedEmail })}</p>
<p>${t.preferencesIntro}</p>
${problemList(ui, problems)}
<form method="post" action="/preferences">
<input type="hidden" name="token" value="${token}">
<table>
<thead><tr><th scope="col">${t.topicColumn}</th><th scope="col">${t.cadenceLegend}</th></tr></thead>
<tbody>${topics.map((topic) => {
    const current = shown.topics[topic.id];
    return html`<tr><th scope="row"><label for="topic-${topic.id}">${ui.topicName(topic)}</label><small class="hint">${ui.topicDescription(topic)}</small></th><td><select id="topic-${topic.id}" name="topic.${topic.id}"><option value="none"${current ? '' : html` selected`}>${t.topicCadenceNone}</option>${CADENCES.map(
      (c) => html`<option value="${c}"${current === c ? html` selected` : ''}>${t.cadence[c]}</option>`,
    )}</select></td></tr>`;
  })}</tbody>
</table>
<fieldset>
<legend>${t.contentLangsLegend}</legend>
<input type="hidden" name="contentLangsOffered" value="1">
<div class="inline">${LANGS.map(
    (l) =>
      html`<label class="choice"><input type="checkbox" id="content-${l}" name="contentLangs" value="${l}"${langs.has(l) ? html` checked` : ''}><span>${t.contentLangName[l]}</span></label>`,
  )}</div>
<span class="hint">${t.contentLangsHint}</span>
</fieldset>
<fieldset>
<legend>${t.localeLegend}</legend>
<div class="inline">${LOCALES.map(
    (l) =>
      html`<label class="choice"><input type="radio" id="locale-${l}" name="lang" value="${l}"${l === shown.locale ? html` checked` : ''}><span>${t.localeName[l]}</span></label>`,
  )}</div>
<span class="hint">${t.localeHint}</span>
</fieldset>
<button type="submit" name="action" value="save">${t.saveButton}</button>
</form>
<section>
<h2>${t.pauseTitle}</h2>
${
  pausedUntil
    ? html`<p>${fill(t.pausedBanner, { until: pausedUntil })}</p>
<form method="post" action="/preferences"><input type="hidden" name="token" value="${token}"><button type="submit" name="action" value="resume">${t.resumeButton}</button></form>`
    : ''
}
<p class="hint">${t.pauseIntro}</p>
${pauseProblem ? html`<div class="problems" role="alert"><p>${t.pauseInvalid}</p></div>` : ''}
<form method="post" action="/preferences">
<input type="hidden" name="token" value="${token}">
<fieldset>
<legend>${t.pauseFor}</legend>
<div class="inline">${[1, 2, 4].map(
    (n) =>
      html`<label class="choice"><input type="radio" id="pause-${n}" name="weeks" value="${n}"${n === 2 ? html` checked` : ''}><span>${n === 1 ? t.pauseOneWeek : fill(t.pauseWeeks, { n })}</span></label>`,
  )}</div>
<div class="field"><label for="pause-until">${t.pauseUntilLabel}</label><input type="date" id="pause-until" name="until" min="${pauseDates.min}" max="${pauseDates.max}"></div>
</fieldset>
<button type="submit" name="action" value="pause" class="secondary">${t.pauseButton}</button>
</form>
</section>
<section>
<h2>${t.leaveTitle}</h2>
<p class="hint">${t.leaveIntro}</p>
<form method="post" action="/preferences">
<input type="hidden" name="token" value="${token}">
<button type="submit" name="action" value="unsubscribe-all-ask" class="danger">${t.unsubscribeAllButton}</button>
</form>
</section>`;
  return layout({
    ui,
    site,
    title: t.preferencesTitle,
    body,
    switchHref: switchTo(`/preferences?token=${encodeURIComponent(token)}`),
    ...(pausedUntil ? { banner: pauseBanner(ui, pausedUntil) } : {}),
  });
}

/** The confirmation step before "unsubscribe from everything". */
export function unsubscribeAllConfirmPage(
  options: PageBase & { token: string; pausedUntil?: string },
): string {
  const { ui, site, token, pausedUntil } = options;
  const { t } = ui;
  const body = html`<p>${t.unsubscribeAllConfirmBody}</p>
<div class="actions">
<form method="post" action="/preferences"><input type="hidden" name="token" value="${token}"><button type="submit" name="action" value="unsubscribe-all" class="danger">${t.unsubscribeAllConfirmButton}</button></form>
<a href="/preferences?token=${encodeURIComponent(token)}">${t.keepButton}</a>
</div>`;
  return layout({
    ui,
    site,
    title: t.unsubscribeAllConfirmTitle,
    body,
    ...(pausedUntil ? { banner: pauseBanner(ui, pausedUntil) } : {}),
  });
}

export function savedPage(
  options: PageBase & {
    subscriber: Subscriber;
    topics: readonly Topic[];
    manageHref: string;
    pausedUntil?: string;
  },
): string {
  const { ui, site, subscriber, topics, manageHref, pausedUntil } = options;
  const { t } = ui;
  const body = html`<p>${t.savedBody}</p>
<h2>${t.savedRecapTitle}</h2>
<div class="recap">${recap(ui, topics, subscriber)}</div>
<p><a href="${manageHref}">${t.managePreferences}</a></p>`;
  return layout({
    ui,
    site,
    title: t.savedTitle,
    body,
    ...(pausedUntil ? { banner: pauseBanner(ui, pausedUntil) } : {}),
  });
}

/** An authentic manage or unsubscribe link past its lifetime: one button that emails a fresh link (a POST). */
export function expiredLinkPage(
  options: PageBase & { token: string; purpose: 'manage' | 'unsubscribe' },
): string {
  const { ui, site, token, purpose } = options;
  const { t } = ui;
  const body = html`<p>${t.expiredLinkBody}</p>
<form method="post" action="/fresh-link">
<input type="hidden" name="ui" value="${ui.locale}">
<input type="hidden" name="purpose" value="${purpose}">
<input type="hidden" name="token" value="${token}">
<div class="actions"><button type="submit">${t.freshLinkButton}</button></div>
</form>`;
  return layout({ ui, site, title: t.expiredLinkTitle, body });
}

export function unsubscribePage(options: PageBase & { token: string; listLabel?: string }): string {
  const { ui, site, token, listLabel } = options;
  const { t } = ui;
  const action = `/unsubscribe?token=${encodeURIComponent(token)}`;
  const body = html`<p>${t.unsubscribeBody}</p>
${listLabel ? html`<p><strong>${listLabel}</strong></p>` : ''}
<form method="post" action="${action}">
<input type="hidden" name="ui" value="${ui.locale}">
<div class="actions">
${listLabel ? html`<button type="submit" name="scope" value="list">${t.unsubscribeListButton}</button>` : ''}
<button type="submit" name="scope" value="all"${listLabel ? html` class="secondary"` : ''}>${t.unsubscribeAllButton}</button>
</div>
</form>`;
  return layout({ ui, site, title: t.unsubscribeTitle, body });
}

/**
 * After an unsubscribe: what stopped, what still comes, and the ways on — undo (exactly what stopped), stop
 * everything (when something remains) and manage.
 */
export function unsubscribedPage(
  options: PageBase & {
    topics: readonly Topic[];
    /** What this unsubscribe ended; absent when it ended nothing new (already unsubscribed). */
    stopped?: StoppedSubscription;
    /** The record afterwards. */
    subscriber?: Subscriber;
    all: boolean;
    /** The unsubscribe token (undo and stop everything are posted with it). */
    token: string;
    manageHref?: string;
  },
): string {
  const { ui, site, topics, stopped, subscriber, all, token, manageHref } = options;
  const { t } = ui;
  const remaining =
    subscriber?.status === 'active' || subscriber?.status === 'paused' ? subscriber.topics : {};
  const remainingLines = topicLines(ui, topics, remaining);
  const action = `/unsubscribe?token=${encodeURIComponent(token)}`;
  const body = html`${
    stopped
      ? html`<h2>${t.stoppedTitle}</h2><ul>${topicLines(ui, topics, stopped.topics).map((l) => html`<li>${l}</li>`)}</ul>`
      : html`<p>${all ? t.unsubscribedAllBody : t.unsubscribedListBody}</p>`
  }
<h2>${t.remainingTitle}</h2>
${remainingLines.length > 0 ? html`<ul>${remainingLines.map((l) => html`<li>${l}</li>`)}</ul>` : html`<p>${t.nothingRemains}</p>`}
<div class="actions">
${
  stopped
    ? html`<form method="post" action="/unsubscribe/undo?token=${encodeURIComponent(token)}"><input type="hidden" name="stop" value="${stopped.id}"><input type="hidden" name="ui" value="${ui.locale}"><button type="submit">${t.undoButton}</button></form>`
    : ''
}
${
  remainingLines.length > 0
    ? html`<form method="post" action="${action}"><input type="hidden" name="scope" value="all"><input type="hidden" name="ui" value="${ui.locale}"><button type="submit" class="danger">${t.stopEverythingButton}</button></form>`
    : ''
}
${manageHref && remainingLines.length > 0 ? html`<a href="${manageHref}">${t.managePreferences}</a>` : ''}
</div>
${stopped ? html`<p class="hint">${t.undoHint}</p>` : ''}`;
  return layout({ ui, site, title: t.unsubscribedTitle, body });
}

export function restoredPage(
  options: PageBase & { subscriber: Subscriber; topics: readonly Topic[]; manageHref: string },
): string {
  const { ui, site, subscriber, topics, manageHref } = options;
  const { t } = ui;
  const body = html`<p>${t.restoredBody}</p>
<div class="recap">${recap(ui, topics, subscriber)}</div>
<p><a href="${manageHref}">${t.managePreferences}</a></p>`;
  return layout({ ui, site, title: t.restoredTitle, body });
}
