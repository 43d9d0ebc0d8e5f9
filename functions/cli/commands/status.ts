// Edition status from the command line: `tidings status` (recent editions with their counts, pause reason,
// duration and rate), `tidings status <edition>` (one edition in detail, per variant), and `tidings editions`
// (the editions still sending; `--watch` follows them with a progress bar on a terminal, plain lines otherwise).
import { type Command, InvalidArgumentError } from 'commander';
import type { Edition } from '../../core/delivery/types.ts';
import {
  CADENCES,
  editionProgress,
  editionTiming,
  formatDuration,
  formatRate,
  newestFirst,
  nextStep,
  progressBar,
  variantRows,
} from '../../core/desk/status.ts';
import { editionLabel, formatTime } from '../format.ts';
import { count, type Io, runCommand, stdio } from '../run.ts';
import type { DeskStores } from '../target.ts';

export interface StatusTarget extends Pick<DeskStores, 'editions' | 'ledger' | 'clock'> {
  where: string;
  timezone: string;
}

async function recentEditions(target: StatusTarget, limit: number): Promise<Edition[]> {
  const lists = await Promise.all(CADENCES.map((c) => target.editions.recent(c, limit)));
  return newestFirst(lists.flat(), limit);
}

const COLUMNS = [
  ['EDITION', 34],
  ['KIND', 14],
  ['STATUS', 8],
  ['PLANNED', 8],
  ['SENT', 8],
  ['SKIPPED', 8],
  ['FAILED', 7],
  ['AMBIG.', 7],
  ['BOUNCED', 8],
  ['COMPL.', 7],
  ['DURATION', 11],
  ['RATE', 0],
] as const;

function row(cells: (string | number)[]): string {
  return cells
    .map((cell, i) => {
      const width = COLUMNS[i]?.[1] ?? 0;
      return typeof cell === 'number'
        ? String(cell)
            .padStart(width - 1)
            .padEnd(width)
        : cell.padEnd(width);
    })
    .join(' ')
    .trimEnd();
}

function editionRow(e: Edition, now: Date): string {
  const c = e.counts;
  const timing = editionTiming(e, now);
  return row([
    e.id,
    editionLabel(e),
    e.status,
    c.planned,
    c.sent,
    c.skipped,
    c.failed,
    c.ambiguous ?? 0,
    c.bounced,
    c.complained,
    formatDuration(timing.durationMs),
    formatRate(timing.perMinute),
  ]);
}

export async function runStatusList(target: StatusTarget, limit: number, io: Io): Promise<void> {
  const editions = await recentEditions(target, limit);
  if (editions.length === 0) {
    io.out(`no edition yet in ${target.where}: publish an article or run \`tidings digest daily\``);
    return;
  }
  const now = target.clock.now();
  io.out(`${count(editions.length, 'edition')} in ${target.where}, newest first:`);
  io.out(row(COLUMNS.map(([name]) => name)));
  for (const e of editions) {
    io.out(editionRow(e, now));
    if (e.pauseReason) io.out(`  paused: ${e.pauseReason}`);
    const step = nextStep(e);
    if (step) io.out(`  → ${step}`);
  }
}

export async function runStatusDetail(target: StatusTarget, editionId: string, io: Io): Promise<void> {
  const edition = await target.editions.get(editionId);
  if (!edition) {
    throw new Error(`no edition ${editionId} in ${target.where}: \`tidings status\` lists the recent ones`);
  }
  const [variants, tally] = await Promise.all([
    target.editions.variants(editionId),
    target.ledger.variantTally(editionId),
  ]);
  const now = target.clock.now();
  const c = edition.counts;
  const timing = editionTiming(edition, now);
  const progress = editionProgress(edition);
  const tz = target.timezone;
  io.out(`${edition.id} — ${editionLabel(edition)}, ${edition.status} (${target.where})`);
  if (edition.cadence !== 'instant') {
    io.out(`  window:   ${formatTime(edition.from, tz)} → ${formatTime(edition.until, tz)}`);
  }
  io.out(
    `  counts:   planned ${c.planned}, sent ${c.sent}, skipped ${c.skipped}, failed ${c.failed}, ambiguous ${c.ambiguous ?? 0}, bounced ${c.bounced}, complained ${c.complained}`,
  );
  io.out(`  progress: ${progressBar(progress.fraction)}  ${progress.settled} of ${progress.planned}`);
  io.out(
    `  started ${formatTime(edition.createdAt, tz)}, ${edition.status === 'sending' ? 'running for' : 'took'} ${formatDuration(timing.durationMs)}, ${formatRate(timing.perMinute)}`,
  );
  if (edition.pauseReason) io.out(`  paused:   ${edition.pauseReason}`);
  const step = nextStep(edition);
  if (step) io.out(`  → ${step}`);
  const { rows, unrecorded } = variantRows(variants, tally);
  if (rows.length === 0) {
    io.out('  no variant recorded (nothing was planned, or it was planned before variants were recorded)');
  } else {
    io.out(`  ${count(rows.length, 'variant')}:`);
    for (const v of rows) {
      const topics = v.topics.length > 0 ? v.topics.join('+') : '–';
      const about = `${v.locale} · ${topics} · ${count(v.sections, 'section')}`;
      io.out(
        `    ${about.padEnd(44)} planned ${v.planned}, sent ${v.sent}, skipped ${v.skipped}, failed ${v.failed}${
          v.sending ? `, ambiguous ${v.sending}` : ''
        }`,
      );
    }
  }
  const open = unrecorded.sending + unrecorded.sent + unrecorded.skipped + unrecorded.failed;
  if (open > 0) {
    io.out(
      `    ${'without a variant'.padEnd(44)} ${count(unrecorded.sending, 'claim')} without an outcome, sent ${unrecorded.sent}, skipped ${unrecorded.skipped}, failed ${unrecorded.failed}`,
    );
  }
}

export interface WatchOptions {
  /** Draw one bar line per edition in place (a terminal); otherwise print a line when an edition changes. */
  tty: boolean;
  intervalMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** Stop after this many polls (tests); by default until no edition is sending. */
  maxPolls?: number;
  write?: (text: string) => void;
}

function watchLine(e: Edition, now: Date, tty: boolean): string {
  const p = editionProgress(e);
  const timing = editionTiming(e, now);
  const tail = `${p.settled}/${p.planned}  sent ${e.counts.sent}, skipped ${e.counts.skipped}, failed ${e.counts.failed}  ${formatDuration(timing.durationMs)}  ${formatRate(timing.perMinute)}  ${e.status}${e.pauseReason ? ` (${e.pauseReason})` : ''}`;
  return tty
    ? `${e.id.padEnd(34)} ${progressBar(p.fraction)} ${tail}`
    : `${e.id} ${Math.floor(p.fraction * 100)}% ${tail}`;
}

const running = (e: Edition) => e.status === 'sending' || e.status === 'planned';

/**
 * `tidings editions [--watch]`: the editions that are sending or paused (and the newest few, for context). With
 * `watch`, polls until none is sending: on a terminal the bars are redrawn in place; in a log, a line is printed
 * each time an edition's counts or status change, so a pipe gets a readable record and not a stream of repaints.
 */
export async function runEditions(
  target: StatusTarget,
  io: Io,
  watch: WatchOptions | undefined,
  limit = 10,
): Promise<void> {
  const sleep = watch?.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  const write = watch?.write ?? ((text: string) => process.stdout.write(text));
  const shown = new Map<string, string>();
  let drawn = 0;
  for (let poll = 1; ; poll++) {
    const editions = await recentEditions(target, limit);
    const active = editions.filter((e) => running(e) || e.status === 'paused');
    const now = target.clock.now();
    if (!watch) {
      if (editions.length === 0) io.out(`no edition yet in ${target.where}`);
      else if (active.length === 0) io.out(`no edition is sending in ${target.where}; the newest:`);
      for (const e of active.length > 0 ? active : editions.slice(0, 3)) io.out(watchLine(e, now, true));
      return;
    }
    // While watching: the ones that were running when watching started stay on screen until they finish.
    const tracked = editions.filter((e) => active.includes(e) || shown.has(e.id));
    if (watch.tty) {
      // Move up over the previous drawing and draw again (ANSI: cursor up, clear line).
      if (drawn > 0) write(`\x1b[${drawn}A`);
      const lines =
        tracked.length > 0
          ? tracked.map((e) => watchLine(e, now, true))
          : [`no edition is sending in ${target.where}`];
      for (const line of lines) write(`\x1b[2K${line}\n`);
      drawn = lines.length;
      for (const e of tracked) shown.set(e.id, '');
    } else {
      if (poll === 1 && tracked.length === 0) io.out(`no edition is sending in ${target.where}`);
      for (const e of tracked) {
        const key = `${e.status}|${JSON.stringify(e.counts)}`;
        if (shown.get(e.id) === key) continue;
        shown.set(e.id, key);
        io.out(watchLine(e, now, false));
      }
    }
    if (!tracked.some(running)) return;
    if (watch.maxPolls !== undefined && poll >= watch.maxPolls) return;
    await sleep(watch.intervalMs);
  }
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

export interface StatusCommandsContext {
  target(): Promise<StatusTarget>;
}

export function registerStatusCommands(program: Command, context: StatusCommandsContext): void {
  program
    .command('status')
    .argument('[edition]', 'one edition in detail, e.g. daily-2025-01-20')
    .option('-n, --limit <n>', 'how many recent editions', positive, 10)
    .description(
      'recent editions (planned/sent/skipped/failed/ambiguous/bounced/complained, pause reason, duration, rate), or one in detail with its variants',
    )
    .action((editionId: string | undefined, opts: { limit: number }) =>
      runCommand('status', async () => {
        const target = await context.target();
        if (editionId) await runStatusDetail(target, editionId, stdio);
        else await runStatusList(target, Math.floor(opts.limit), stdio);
      }),
    );

  program
    .command('editions')
    .option('-w, --watch', 'follow the running editions until they finish')
    .option('--interval <seconds>', 'how often to look again while watching', positive, 2)
    .description(
      'editions sending or paused, with progress; --watch follows them (a progress bar on a terminal, plain lines otherwise)',
    )
    .action((opts: { watch?: boolean; interval: number }) =>
      runCommand('editions', async () => {
        const target = await context.target();
        await runEditions(
          target,
          stdio,
          opts.watch ? { tty: process.stdout.isTTY === true, intervalMs: opts.interval * 1000 } : undefined,
        );
      }),
    );
}
