// How the CLI shows times, outcomes and editions: one line each, in the stage's time zone.
import type { Edition } from '../core/delivery/types.ts';
import type { PublishOutcome } from '../core/desk/publishing.ts';
import type { FireOutcome } from '../core/desk/schedule.ts';
import { describeChanges } from '../core/desk/versions.ts';
import { count } from '../shared/count.ts';

/** `2025-01-21 08:00 GMT+08:00`: a time as the editor reads it, with its offset. */
export function formatTime(iso: string, timezone: string): string {
  const date = new Date(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** `in 3 h`, `in 2 days`, `5 min ago`. */
export function relative(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const span =
    minutes < 60
      ? `${minutes} min`
      : minutes < 48 * 60
        ? `${Math.round(minutes / 60)} h`
        : count(Math.round(minutes / 1440), 'day');
  return ms >= 0 ? `in ${span}` : `${span} ago`;
}

/** One line for what a publish did. */
export function describeOutcome(outcome: PublishOutcome | FireOutcome): string {
  switch (outcome.status) {
    case 'published':
      return `published ${outcome.slug} — ${count(outcome.sections, 'section')} stored, ${count(outcome.alerts, 'alert')} queued (${count(outcome.variants, 'variant')})${outcome.unscheduled ? `; its schedule for ${outcome.unscheduled} is dropped` : ''}`;
    case 'corrected':
    case 'restored':
      return `${outcome.status} ${outcome.slug} — version ${outcome.version}: ${describeChanges(outcome.changes)}; ${
        outcome.updateAlert
          ? outcome.updateAlert.sent
            ? `update alert: ${count(outcome.updateAlert.alerts, 'alert')} queued`
            : 'no update alert: one with this reason was sent before'
          : 'no alert sent'
      }${outcome.unscheduled ? `; its schedule for ${outcome.unscheduled} is dropped` : ''}`;
    case 'unchanged':
      return `${outcome.slug} is unchanged (version ${outcome.version}): nothing stored or sent${
        outcome.updateAlert
          ? `; the update alert not sent before is now queued (${count(outcome.updateAlert.alerts, 'alert')})`
          : ''
      }`;
    case 'scheduled':
      return `scheduled ${outcome.slug} for ${outcome.publishAt}${outcome.replaced ? ` (was ${outcome.replaced})` : ''}`;
    case 'held':
      return `held ${outcome.slug}: ${outcome.blocking.map((d) => `${d.code}${d.line ? ` (line ${d.line})` : ''}`).join(', ')} — fix it, or accept the warning in its front matter (accept: [code])`;
    case 'conflict':
      return outcome.message;
    case 'nothing-scheduled':
      return `${outcome.slug}: nothing is scheduled`;
    case 'not-due':
      return `${outcome.slug}: scheduled for ${outcome.publishAt}, not yet due`;
  }
}

export function editionLabel(edition: Pick<Edition, 'id' | 'cadence'>): string {
  if (edition.cadence !== 'instant') return `${edition.cadence} digest`;
  return edition.id.includes('-update-') ? 'update alert' : 'instant alert';
}
