// The article lifecycle from the command line: `tidings history <slug>` (every version: who, when, what
// changed), `tidings scheduled` (what waits for its publishAt), `tidings unschedule <slug>`, and
// `tidings withdraw <slug> --reason …` (out of the archive and of digests not yet planned; lists the editions
// that already mailed it).
import { type Command, InvalidArgumentError } from 'commander';
import { SLUG_PATTERN } from '../../core/article/front-matter.ts';
import type { ArticleVersion } from '../../core/desk/types.ts';
import { describeChanges } from '../../core/desk/versions.ts';
import type { MailedEdition } from '../../core/desk/withdraw.ts';
import { editionLabel, formatTime, relative } from '../format.ts';
import { count, type Io, runCommand, stdio, UsageError } from '../run.ts';
import type { DeskStores } from '../target.ts';

export interface ArticleTarget extends DeskStores {
  where: string;
  timezone: string;
  /** Asks before a change that cannot be undone (on a deployed stack); false: do nothing. */
  confirm?(question: string): Promise<boolean>;
}

function slugArgument(value: string): string {
  if (!SLUG_PATTERN.test(value)) {
    throw new InvalidArgumentError(
      `"${value}" is not an article slug (lowercase letters, digits and hyphens)`,
    );
  }
  return value;
}

function versionLine(v: ArticleVersion, timezone: string): string {
  const when = formatTime(v.at, timezone);
  const head = `  v${v.version}  ${when}  ${v.kind} by ${v.by}`;
  const scheduled = v.scheduled ? ` (scheduled on ${formatTime(v.scheduled.at, timezone)})` : '';
  switch (v.kind) {
    case 'published':
      return `${head}${scheduled} — ${count(v.sections, 'section')}, ${count(v.alerts ?? 0, 'alert')}`;
    case 'corrected':
    case 'restored':
      return `${head}${scheduled} — ${v.changes ? describeChanges(v.changes) : 'changed'}${
        v.correction ? ` — “${v.correction}”` : ''
      }${v.updateAlert ? ` — update alert (${count(v.alerts ?? 0, 'alert')})` : ''}`;
    case 'withdrawn':
      return `${head} — “${v.reason ?? ''}”`;
  }
}

export async function runHistory(target: ArticleTarget, slug: string, io: Io): Promise<void> {
  const [record, versions, pending] = await Promise.all([
    target.content.article(slug),
    target.history.versions(slug),
    target.scheduled.get(slug),
  ]);
  if (!record && versions.length === 0 && !pending) {
    throw new Error(`${slug} was never published in ${target.where}`);
  }
  if (record) {
    const updated = record.updatedAt ? `, updated ${formatTime(record.updatedAt, target.timezone)}` : '';
    io.out(`${slug} — ${record.title}`);
    io.out(`  ${record.state}, version ${record.version}${updated}`);
  } else {
    io.out(`${slug} — not published yet`);
  }
  for (const v of versions) io.out(versionLine(v, target.timezone));
  if (pending) {
    io.out(`  next: scheduled for ${formatTime(pending.publishAt, target.timezone)} by ${pending.by}`);
  }
}

export async function runScheduled(target: ArticleTarget, io: Io): Promise<void> {
  const { listScheduled } = await import('../../core/desk/schedule.ts');
  const entries = await listScheduled(target);
  if (entries.length === 0) {
    io.out(`nothing is scheduled in ${target.where}`);
    return;
  }
  const now = target.clock.now();
  for (const e of entries) {
    const when = formatTime(e.publishAt, target.timezone);
    const due = e.overdue ? 'overdue: publishes as soon as the scheduler runs' : relative(e.publishAt, now);
    io.out(`${e.slug.padEnd(32)} ${when}  (${due})  “${e.title}”  scheduled by ${e.by}`);
  }
  io.out(`${count(entries.length, 'article')} scheduled in ${target.where}`);
}

export async function runUnschedule(target: ArticleTarget, slug: string, io: Io): Promise<void> {
  const { unscheduleArticle } = await import('../../core/desk/schedule.ts');
  const pending = await target.scheduled.get(slug);
  if (!pending) throw new Error(`nothing is scheduled for ${slug} in ${target.where}`);
  if (
    target.confirm &&
    !(await target.confirm(`Cancel the scheduled publish of ${slug} (${pending.publishAtText})?`))
  ) {
    io.err('nothing changed');
    process.exitCode = 1;
    return;
  }
  const removed = await unscheduleArticle(target, slug);
  if (!removed)
    throw new Error(`the schedule of ${slug} changed meanwhile: run \`tidings scheduled\` and try again`);
  io.out(`${slug}: the publish scheduled for ${removed.publishAtText} is cancelled (nothing was published)`);
}

function mailedLine(m: MailedEdition): string {
  const c = m.edition.counts;
  const state =
    m.edition.status === 'done' ? '' : ` — ${m.edition.status}: emails not sent yet still carry it`;
  return `  ${m.edition.id.padEnd(40)} ${editionLabel(m.edition).padEnd(14)} ${c.sent} sent of ${c.planned} planned${state}`;
}

export async function runWithdraw(
  target: ArticleTarget,
  slug: string,
  reason: string | undefined,
  by: string,
  io: Io,
): Promise<void> {
  const { withdrawArticle } = await import('../../core/desk/withdraw.ts');
  if (!reason?.trim()) throw new UsageError('say why with --reason "…" (kept in the article history)');
  const record = await target.content.article(slug);
  if (record?.state === 'published' && target.confirm) {
    const ok = await target.confirm(
      `Withdraw ${slug} (“${record.title}”) from the archive and from future digests?`,
    );
    if (!ok) {
      io.err('nothing changed');
      process.exitCode = 1;
      return;
    }
  }
  const outcome = await withdrawArticle(target, slug, reason, by);
  switch (outcome.status) {
    case 'not-published':
      throw new Error(
        outcome.scheduled
          ? `${slug} is not published, only scheduled for ${outcome.scheduled}: cancel it with \`tidings unschedule ${slug}\``
          : `${slug} is not published in ${target.where}`,
      );
    case 'conflict':
      throw new Error(outcome.message);
    case 'withdrawn':
    case 'already-withdrawn': {
      io.out(
        outcome.status === 'withdrawn'
          ? `withdrew ${slug} (version ${outcome.version}): ${count(outcome.sections, 'section')} out of the archive and of digests not yet planned`
          : `${slug} was already withdrawn (version ${outcome.version}); any section left behind is removed now`,
      );
      if (outcome.unscheduled) io.out(`its scheduled correction for ${outcome.unscheduled} is cancelled`);
      if (outcome.mailed.length === 0) {
        io.out('no email carried it');
      } else {
        io.out('already mailed — these emails cannot be taken back:');
        for (const m of outcome.mailed) io.out(mailedLine(m));
      }
    }
  }
}

export interface ArticleCommandsContext {
  /** `yes`: the person said --yes (no confirmation asked). */
  target(options?: { yes?: boolean }): Promise<ArticleTarget>;
  editor(): Promise<string> | string;
}

export function registerArticleCommands(program: Command, context: ArticleCommandsContext): void {
  program
    .command('history')
    .argument('<slug>', 'the article', slugArgument)
    .description(
      'every version of a published article: who published, corrected or withdrew it, when, what changed',
    )
    .action((slug: string) =>
      runCommand('history', async () => runHistory(await context.target(), slug, stdio)),
    );

  program
    .command('scheduled')
    .description('articles waiting for their publishAt, soonest first')
    .action(() => runCommand('scheduled', async () => runScheduled(await context.target(), stdio)));

  program
    .command('unschedule')
    .argument('<slug>', 'the scheduled article', slugArgument)
    .option('-y, --yes', 'do not ask for confirmation (a deployed stack)')
    .description('cancel a scheduled publish (nothing is published)')
    .action((slug: string, opts: { yes?: boolean }) =>
      runCommand('unschedule', async () => runUnschedule(await context.target(opts), slug, stdio)),
    );

  program
    .command('withdraw')
    .argument('<slug>', 'the published article', slugArgument)
    .option('--reason <text>', 'why it is withdrawn (required; kept in its history)')
    .option('-y, --yes', 'do not ask for confirmation (a deployed stack)')
    .description(
      'take an article out of the archive and of digests not yet planned; lists the emails that already carried it',
    )
    .action((slug: string, opts: { reason?: string; yes?: boolean }) =>
      runCommand('withdraw', async () => {
        if (!opts.reason?.trim())
          throw new UsageError('say why with --reason "…" (kept in the article history)');
        await runWithdraw(await context.target(opts), slug, opts.reason, await context.editor(), stdio);
      }),
    );
}
