// Scheduled publishing: an article whose front matter sets `publishAt` in the future is checked, classified and
// stored now, and published when its schedule fires (EventBridge Scheduler on AWS, the local runtime's timer
// locally). A `publishAt` already past publishes at once. Every path goes through the same publish gate.
import { publishGate } from '../article/gate.ts';
import type { Article } from '../article/types.ts';
import type { SectionThemes } from '../topics/types.ts';
import type { Diagnostic } from '../types.ts';
import { type Actor, type DeskDeps, type PublishOutcome, publishNow } from './publishing.ts';
import type { ScheduledSummary } from './types.ts';

/** A schedule firing a little early (clock skew, the scheduler's window) still publishes. */
const EARLY_SLACK_MS = 60_000;

export interface Submission {
  article: Article;
  themes: SectionThemes[];
  diagnostics: Diagnostic[];
  /** Where it came from (file, S3 key), for the held-article record. */
  source?: string;
}

/**
 * The publish gate (functions/core/article/gate.ts) on the desk's paths: a held article is recorded with what
 * holds it (the desk lists it) and goes nowhere.
 */
async function gate(
  deps: Pick<DeskDeps, 'content' | 'clock'>,
  { article, diagnostics, source }: Pick<Submission, 'article' | 'diagnostics' | 'source'>,
): Promise<PublishOutcome | undefined> {
  const decision = publishGate({ article, diagnostics });
  if (decision.publish) return undefined;
  const blocking = [...decision.errors, ...decision.blocking];
  await deps.content.hold({
    slug: article.slug,
    ...(source ? { source } : {}),
    heldAt: deps.clock.now().toISOString(),
    diagnostics: blocking,
  });
  return { status: 'held', slug: article.slug, blocking };
}

/** Outcomes after which an earlier hold of the article no longer applies. */
const RELEASING = new Set<PublishOutcome['status']>([
  'published',
  'corrected',
  'restored',
  'unchanged',
  'scheduled',
]);

/**
 * One entry for every path an article takes to readers: the gate first (held articles go nowhere), then a future
 * `publishAt` schedules it, anything else publishes (or corrects) now.
 */
export async function submitArticle(
  deps: DeskDeps,
  submission: Submission,
  actor: Actor,
): Promise<PublishOutcome> {
  const { article } = submission;
  const held = await gate(deps, submission);
  if (held) return held;
  const now = deps.clock.now();
  const outcome =
    article.publishAt && Date.parse(article.publishAt) > now.getTime()
      ? await scheduleArticle(deps, submission, actor)
      : await publishNow(deps, article, submission.themes, actor);
  if (RELEASING.has(outcome.status)) await deps.content.release(article.slug);
  return outcome;
}

export async function scheduleArticle(
  deps: DeskDeps,
  { article, themes, diagnostics }: Submission,
  actor: Actor,
): Promise<PublishOutcome> {
  const publishAtText = article.publishAt;
  if (!publishAtText) throw new Error(`${article.slug} has no publishAt`);
  const publishAt = new Date(publishAtText);
  const previous = await deps.scheduled.get(article.slug);
  // The schedule first: a scheduler that refuses stores nothing, and a schedule without its article (the put
  // failed) finds nothing to publish when it fires.
  await deps.scheduler.schedule(article.slug, publishAt);
  await deps.scheduled.put({
    slug: article.slug,
    title: article.title,
    lang: article.lang,
    publishAt: publishAt.toISOString(),
    publishAtText,
    scheduledAt: deps.clock.now().toISOString(),
    by: actor.by,
    article,
    themes,
    diagnostics,
  });
  return {
    status: 'scheduled',
    slug: article.slug,
    publishAt: publishAtText,
    ...(previous ? { replaced: previous.publishAtText } : {}),
  };
}

export type FireOutcome =
  | PublishOutcome
  | { status: 'nothing-scheduled'; slug: string }
  | { status: 'not-due'; slug: string; publishAt: string };

/**
 * A schedule fired: publishes what is stored for it, if it is still scheduled and due (it may have been cancelled
 * or moved since), through the gate again. Safe to run twice: the second finds nothing, or an unchanged article.
 */
export async function publishScheduled(deps: DeskDeps, slug: string): Promise<FireOutcome> {
  const entry = await deps.scheduled.get(slug);
  if (!entry) return { status: 'nothing-scheduled', slug };
  if (Date.parse(entry.publishAt) - EARLY_SLACK_MS > deps.clock.now().getTime()) {
    return { status: 'not-due', slug, publishAt: entry.publishAtText };
  }
  // The gate again: it passed when the article was scheduled, but what holds an article may have changed since.
  const outcome: PublishOutcome =
    (await gate(deps, { ...entry, source: `scheduled by ${entry.by}` })) ??
    (await publishNow(deps, entry.article, entry.themes, {
      by: entry.by,
      scheduled: { at: entry.scheduledAt, by: entry.by },
    }));
  if (RELEASING.has(outcome.status)) await deps.content.release(slug);
  // Only after publishing: a crash before this line publishes again on the retry (then unchanged).
  if (outcome.status !== 'conflict') await deps.scheduled.remove(slug, entry.publishAt);
  return outcome;
}

/** Cancels a scheduled publish; undefined when nothing was scheduled for the slug. */
export async function unscheduleArticle(
  deps: Pick<DeskDeps, 'scheduled' | 'scheduler'>,
  slug: string,
): Promise<ScheduledSummary | undefined> {
  const entry = await deps.scheduled.get(slug);
  if (!entry) return undefined;
  await deps.scheduler.cancel(slug);
  if (!(await deps.scheduled.remove(slug, entry.publishAt))) return undefined;
  const { article: _a, themes: _t, diagnostics: _d, ...summary } = entry;
  return summary;
}

/** What is waiting, soonest first, with the ones already past their time (the runner was down) marked. */
export async function listScheduled(
  deps: Pick<DeskDeps, 'scheduled' | 'clock'>,
): Promise<(ScheduledSummary & { overdue: boolean })[]> {
  const now = deps.clock.now().getTime();
  return (await deps.scheduled.list()).map((s) => ({ ...s, overdue: Date.parse(s.publishAt) <= now }));
}
