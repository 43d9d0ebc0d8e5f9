// Edition status as the desk shows it (`tidings status`, `tidings editions --watch`, the /dev desk): how far an
// edition got, how long it took, how fast it sent, and the same per variant. Pure: the stores are read by the
// callers, the words and colours are theirs.
import type { DeliveryStatus, Edition, EditionVariant } from '../delivery/types.ts';
import type { Cadence } from '../types.ts';

export interface EditionTiming {
  /** From planning to the last recorded change (done or paused), or to now while it sends. */
  durationMs: number;
  /** Emails sent per minute over that duration; undefined before a whole second has passed or nothing was sent. */
  perMinute?: number;
}

/** Recipients with an outcome (sent, skipped, failed or ambiguous) out of the planned ones. */
export function editionProgress(edition: Pick<Edition, 'counts'>): {
  settled: number;
  planned: number;
  fraction: number;
} {
  const c = edition.counts;
  const settled = c.sent + c.skipped + c.failed + (c.ambiguous ?? 0);
  const planned = c.planned;
  return { settled, planned, fraction: planned > 0 ? Math.min(1, settled / planned) : 1 };
}

export function editionTiming(
  edition: Pick<Edition, 'status' | 'createdAt' | 'updatedAt' | 'counts'>,
  now: Date,
): EditionTiming {
  const start = Date.parse(edition.createdAt);
  // A running edition is still going: its duration grows until its last change (done, paused) is recorded.
  const end =
    edition.status === 'sending' || edition.status === 'planned'
      ? now.getTime()
      : Date.parse(edition.updatedAt);
  const durationMs = Math.max(0, end - start);
  const timing: EditionTiming = { durationMs };
  if (durationMs >= 1000 && edition.counts.sent > 0)
    timing.perMinute = (edition.counts.sent * 60_000) / durationMs;
  return timing;
}

/** `850 ms`, `42 s`, `3 min 20 s`, `2 h 5 min`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

/** `1,200/min`, `0.5/min`. */
export function formatRate(perMinute: number | undefined): string {
  if (perMinute === undefined) return '–';
  const value = perMinute >= 10 ? Math.round(perMinute).toLocaleString('en') : perMinute.toFixed(1);
  return `${value}/min`;
}

/** `[██████░░░░]  60%`: a bar of `width` cells. */
export function progressBar(fraction: number, width = 24): string {
  const f = Math.max(0, Math.min(1, fraction));
  const full = Math.floor(f * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
}

/** Newest first, across cadences (`recent` is per cadence). */
export function newestFirst(editions: readonly Edition[], limit: number): Edition[] {
  return [...editions]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id.localeCompare(a.id))
    .slice(0, limit);
}

export const CADENCES: readonly Cadence[] = ['daily', 'weekly', 'instant'];

export interface VariantRow extends EditionVariant, Record<DeliveryStatus, number> {}

/**
 * The planner's variants joined with the ledger's per-variant tally. `unrecorded`: settled deliveries whose variant
 * is not among the recorded ones (sent before variants were recorded), and claims not settled yet.
 */
export function variantRows(
  variants: readonly EditionVariant[],
  tally: Record<string, Record<DeliveryStatus, number>>,
): { rows: VariantRow[]; unrecorded: Record<DeliveryStatus, number> } {
  const empty = () => ({ sending: 0, sent: 0, skipped: 0, failed: 0 });
  const rows = variants.map((v) => ({ ...v, ...empty(), ...tally[v.key] }));
  const known = new Set(variants.map((v) => v.key));
  const unrecorded = empty();
  for (const [key, counts] of Object.entries(tally)) {
    if (known.has(key)) continue;
    for (const status of Object.keys(unrecorded) as DeliveryStatus[]) unrecorded[status] += counts[status];
  }
  return { rows: rows.sort((a, b) => b.planned - a.planned || a.key.localeCompare(b.key)), unrecorded };
}

/** What an operator can do about an edition in this state: the next command, or nothing. */
export function nextStep(edition: Pick<Edition, 'id' | 'status' | 'counts'>): string | undefined {
  if (edition.status === 'paused') return `when the cause is fixed: tidings resume ${edition.id}`;
  if (edition.status === 'sending' && editionProgress(edition).fraction >= 1)
    return `every recipient has an outcome but the edition is not finished: tidings recount ${edition.id}`;
  return undefined;
}
