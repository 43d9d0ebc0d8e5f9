// Publishing from the desk, on every path (CLI, /dev, S3 upload, a schedule firing): an article is published the
// first time, corrected every time after (no new alert, no section in a later digest again, every version kept),
// or stored to be published at its `publishAt`.
import { createHash } from 'node:crypto';
import type { ArticleHistory, PublishScheduler, ScheduledArticles } from '../../ports.ts';
import type { Article } from '../article/types.ts';
import { alertEditionId } from '../delivery/editions.ts';
import { type PublishDeps, publishArticle, queueAlerts, toPublishedSections } from '../delivery/publish.ts';
import type { SectionThemes } from '../topics/types.ts';
import type { Diagnostic } from '../types.ts';
import type { ArticleChanges, ArticleRecord, ArticleVersion } from './types.ts';
import { articleHash, diffArticle, pageOf } from './versions.ts';

export interface DeskDeps extends PublishDeps {
  history: ArticleHistory;
  scheduled: ScheduledArticles;
  scheduler: PublishScheduler;
}

/** Who acts, and when: every version records them. */
export interface Actor {
  by: string;
  /** Set when a schedule publishes: when it was scheduled, and by whom. */
  scheduled?: { at: string; by: string };
}

export type PublishOutcome =
  | {
      status: 'published';
      slug: string;
      version: 1;
      sections: number;
      alerts: number;
      variants: number;
      /** A pending schedule of the same article that this publish replaced. */
      unscheduled?: string;
    }
  | {
      status: 'corrected' | 'restored';
      slug: string;
      version: number;
      changes: ArticleChanges;
      updateAlert?: UpdateAlert;
      unscheduled?: string;
    }
  | { status: 'unchanged'; slug: string; version: number; updateAlert?: UpdateAlert }
  | { status: 'conflict'; slug: string; message: string }
  | { status: 'scheduled'; slug: string; publishAt: string; replaced?: string }
  | { status: 'held'; slug: string; blocking: Diagnostic[] };

export interface UpdateAlert {
  editionId: string;
  /** False when an update alert with this reason was sent before: readers get each update once. */
  sent: boolean;
  alerts: number;
}

/** Each reason is its own update edition: the ledger lets every reader have it once, however often it is published. */
export function updateEditionId(slug: string, note: string): string {
  const reason = createHash('sha256').update(note).digest('base64url').slice(0, 10).toLowerCase();
  return `${alertEditionId(slug)}-update-${reason.replace(/[^a-z0-9]/g, '0')}`;
}

async function updateAlert(
  deps: DeskDeps,
  article: Article,
  sections: ReturnType<typeof toPublishedSections>,
  at: string,
): Promise<UpdateAlert | undefined> {
  if (!article.realert || !article.correction) return undefined;
  const editionId = updateEditionId(article.slug, article.correction);
  if (await deps.editions.get(editionId)) return { editionId, sent: false, alerts: 0 };
  const queued = await queueAlerts(deps, sections, editionId, at, { note: article.correction });
  return { editionId, sent: true, alerts: queued.alerts };
}

async function record(deps: DeskDeps, version: ArticleVersion): Promise<void> {
  // A retry that finds its version recorded has nothing more to write.
  await deps.history.add(version);
}

/**
 * Publishes now: the first publication (alerts), or a correction of the published (or withdrawn) article. A
 * pending schedule of the same article is dropped: what is published now supersedes it.
 */
export async function publishNow(
  deps: DeskDeps,
  article: Article,
  themes: SectionThemes[],
  actor: Actor,
): Promise<PublishOutcome> {
  const at = deps.clock.now().toISOString();
  const existing = await deps.content.article(article.slug);
  const outcome =
    existing && existing.state !== 'storing'
      ? await correctArticle(deps, existing, article, themes, actor, at)
      : await firstPublication(deps, article, themes, actor, at);
  if (outcome.status === 'published' || outcome.status === 'corrected' || outcome.status === 'restored') {
    const pending = actor.scheduled ? undefined : await deps.scheduled.get(article.slug);
    if (pending && (await deps.scheduled.remove(article.slug, pending.publishAt))) {
      await deps.scheduler.cancel(article.slug);
      outcome.unscheduled = pending.publishAtText;
    }
  }
  return outcome;
}

async function firstPublication(
  deps: DeskDeps,
  article: Article,
  themes: SectionThemes[],
  actor: Actor,
  at: string,
): Promise<PublishOutcome> {
  const result = await publishArticle(deps, article, themes, at);
  const stored = await deps.content.article(article.slug);
  if (!result.stored || !stored) {
    // Another publish of the same article won the race a moment ago.
    return {
      status: 'conflict',
      slug: article.slug,
      message: `${article.slug} was published by someone else at the same moment: publish again to correct it`,
    };
  }
  await record(deps, {
    slug: article.slug,
    version: 1,
    kind: 'published',
    at: stored.publishedAt,
    by: actor.by,
    hash: stored.hash,
    title: article.title,
    sections: result.sections,
    alerts: result.alerts,
    ...(article.correction ? { correction: article.correction } : {}),
    ...(actor.scheduled ? { scheduled: actor.scheduled } : {}),
  });
  return {
    status: 'published',
    slug: article.slug,
    version: 1,
    sections: result.sections,
    alerts: result.alerts,
    variants: result.variants,
  };
}

/**
 * A republish of a published article: its sections, page and hash are replaced under the first publication time
 * (so no later digest takes them again, and the archive shows "updated <date>"), no alert is sent unless the front
 * matter asks for an update alert (`realert: true` with a `correction:` reason), and the version is recorded.
 */
export async function correctArticle(
  deps: DeskDeps,
  existing: ArticleRecord,
  article: Article,
  themes: SectionThemes[],
  actor: Actor,
  at: string,
): Promise<PublishOutcome> {
  const sections = toPublishedSections(article, themes, existing.publishedAt);
  const page = pageOf(article);
  const hash = articleHash(sections, page);
  if (hash === existing.hash && existing.state === 'published') {
    // Nothing changed; an update alert asked for and lost to a crash is sent now.
    const update = await updateAlert(deps, article, sections, at);
    return {
      status: 'unchanged',
      slug: article.slug,
      version: existing.version,
      ...(update?.sent ? { updateAlert: update } : {}),
    };
  }
  const before = await deps.content.sectionsOf(article.slug);
  const changes = diffArticle({ sections: before, page: existing }, { sections, page });
  if (!(await deps.content.correct(article.slug, sections, { ...page, hash }, existing.version, at))) {
    return {
      status: 'conflict',
      slug: article.slug,
      message: `${article.slug} changed while this correction was stored (now past version ${existing.version}): check \`tidings history ${article.slug}\` and publish again`,
    };
  }
  const kind = existing.state === 'withdrawn' ? 'restored' : 'corrected';
  const update = kind === 'corrected' ? await updateAlert(deps, article, sections, at) : undefined;
  const version = existing.version + 1;
  await record(deps, {
    slug: article.slug,
    version,
    kind,
    at,
    by: actor.by,
    hash,
    title: article.title,
    sections: sections.length,
    changes,
    ...(article.correction ? { correction: article.correction } : {}),
    ...(update?.sent ? { updateAlert: update.editionId, alerts: update.alerts } : {}),
    ...(actor.scheduled ? { scheduled: actor.scheduled } : {}),
  });
  return {
    status: kind,
    slug: article.slug,
    version,
    changes,
    ...(update ? { updateAlert: update } : {}),
  };
}
