// Withdrawing a published article: it leaves the archive and every digest not yet planned, a pending scheduled
// correction is cancelled, the withdrawal is a version (who, when, why), and the editions that already mailed it
// are listed: an email once sent cannot be taken back, but the editor must know who has it.
import type {
  ArticleHistory,
  ContentStore,
  EditionStore,
  PublishScheduler,
  ScheduledArticles,
} from '../../ports.ts';
import { alertEditionId } from '../delivery/editions.ts';
import type { Edition } from '../delivery/types.ts';
import type { DigestCadence } from '../types.ts';

const DIGESTS: readonly DigestCadence[] = ['daily', 'weekly'];

export interface WithdrawDeps {
  content: ContentStore;
  history: ArticleHistory;
  editions: EditionStore;
  scheduled: ScheduledArticles;
  scheduler: PublishScheduler;
  clock: { now(): Date };
}

/** An edition that carried (or may have carried) the article to readers. */
export interface MailedEdition {
  edition: Edition;
  /** `alert`: its instant alert; `update`: an update alert; `digest`: a digest whose window held its publication. */
  kind: 'alert' | 'update' | 'digest';
}

export type WithdrawOutcome =
  | {
      status: 'withdrawn' | 'already-withdrawn';
      slug: string;
      version: number;
      sections: number;
      mailed: MailedEdition[];
      /** A scheduled correction that was cancelled with it. */
      unscheduled?: string;
    }
  | { status: 'not-published'; slug: string; scheduled?: string }
  | { status: 'conflict'; slug: string; message: string };

export class WithdrawReasonError extends Error {
  override name = 'WithdrawReasonError';
}

export async function withdrawArticle(
  deps: WithdrawDeps,
  slug: string,
  reason: string,
  by: string,
): Promise<WithdrawOutcome> {
  const why = reason.trim();
  if (why === '')
    throw new WithdrawReasonError(
      'a withdrawal needs a reason (--reason "…"): readers of the archive see it',
    );
  const record = await deps.content.article(slug);
  if (!record || record.state === 'storing') {
    const pending = await deps.scheduled.get(slug);
    return { status: 'not-published', slug, ...(pending ? { scheduled: pending.publishAtText } : {}) };
  }
  const at = deps.clock.now().toISOString();
  const sections = record.sectionCount;
  if (!(await deps.content.withdraw(slug, { at, by, reason: why }, record.version))) {
    return {
      status: 'conflict',
      slug,
      message: `${slug} changed while it was being withdrawn (past version ${record.version}): run the withdrawal again`,
    };
  }
  const already = record.state === 'withdrawn';
  const version = already ? record.version : record.version + 1;
  if (!already) {
    await deps.history.add({
      slug,
      version,
      kind: 'withdrawn',
      at,
      by,
      hash: record.hash,
      title: record.title,
      sections: 0,
      reason: why,
    });
  }
  let unscheduled: string | undefined;
  const pending = await deps.scheduled.get(slug);
  if (pending && (await deps.scheduled.remove(slug, pending.publishAt))) {
    await deps.scheduler.cancel(slug);
    unscheduled = pending.publishAtText;
  }
  return {
    status: already ? 'already-withdrawn' : 'withdrawn',
    slug,
    version,
    sections,
    mailed: await editionsThatMailed(deps, slug, record.publishedAt),
    ...(unscheduled ? { unscheduled } : {}),
  };
}

/**
 * The editions that took the article to readers: its alert, its update alerts, and the digests whose window
 * (from, until] held its publication (they carried its sections to readers who follow those themes).
 */
export async function editionsThatMailed(
  deps: Pick<WithdrawDeps, 'editions' | 'history'>,
  slug: string,
  publishedAt: string,
): Promise<MailedEdition[]> {
  const mailed: MailedEdition[] = [];
  const alert = await deps.editions.get(alertEditionId(slug));
  if (alert) mailed.push({ edition: alert, kind: 'alert' });
  const updates = new Set(
    (await deps.history.versions(slug)).flatMap((v) => (v.updateAlert ? [v.updateAlert] : [])),
  );
  for (const id of updates) {
    const update = await deps.editions.get(id);
    if (update) mailed.push({ edition: update, kind: 'update' });
  }
  for (const cadence of DIGESTS) {
    const digest = await deps.editions.covering(cadence, publishedAt);
    if (digest) mailed.push({ edition: digest, kind: 'digest' });
  }
  return mailed;
}
