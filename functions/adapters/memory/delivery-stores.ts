// In-memory twins of the delivery ports, with the DynamoDB adapters' semantics (conditional create and claim,
// copies in and out), for unit tests, fault injection and the benchmark. The shared contract test keeps them honest.

import type { HeldArticle } from '../../core/article/gate.ts';
import { sectionOrder } from '../../core/delivery/sections.ts';
import type {
  Delivery,
  DeliveryStatus,
  Edition,
  EditionCounts,
  EditionVariant,
  PreparedVariant,
  PublishedSection,
  SendJob,
} from '../../core/delivery/types.ts';
import type { ArticlePage, ArticleRecord, Withdrawal } from '../../core/desk/types.ts';
import type { Cadence, DigestCadence } from '../../core/types.ts';
import type {
  ContentStore,
  DeliveryLedger,
  EditionStore,
  ParkedJobs,
  SendQueue,
  VariantStore,
} from '../../ports.ts';

const copy = <T>(value: T): T => structuredClone(value);
const time = (iso: string) => new Date(iso).getTime();

interface StoredArticle {
  state: 'storing' | 'done' | 'withdrawn';
  publishedAt: string;
  version: number;
  hash: string;
  page?: ArticlePage;
  updatedAt?: string;
  withdrawn?: Withdrawal;
}

export class MemoryContentStore implements ContentStore {
  private readonly records = new Map<string, StoredArticle>();
  private readonly sections: PublishedSection[] = [];
  private readonly holds = new Map<string, HeldArticle>();

  async hold(held: HeldArticle) {
    this.holds.set(held.slug, copy(held));
  }

  async held() {
    return [...this.holds.values()].sort((a, b) => b.heldAt.localeCompare(a.heldAt)).map(copy);
  }

  async release(articleSlug: string) {
    this.holds.delete(articleSlug);
  }

  async publish(articleSlug: string, given: PublishedSection[], page?: ArticlePage & { hash: string }) {
    const marker = this.records.get(articleSlug);
    if (marker && marker.state !== 'storing') return false;
    const publishedAt = marker?.publishedAt ?? given[0]?.publishedAt ?? new Date().toISOString();
    const { hash = '', ...rest } = page ?? {};
    this.records.set(
      articleSlug,
      marker ?? {
        state: 'storing',
        publishedAt,
        version: 1,
        hash,
        ...(page ? { page: copy(rest as ArticlePage) } : {}),
      },
    );
    this.putSections(articleSlug, given, publishedAt);
    return true;
  }

  private putSections(articleSlug: string, given: PublishedSection[], publishedAt: string) {
    for (const section of given) {
      const stored = { ...copy(section), publishedAt };
      const at = this.sections.findIndex(
        (s) => s.articleSlug === articleSlug && s.sectionId === section.sectionId,
      );
      if (at >= 0) this.sections[at] = stored;
      else this.sections.push(stored);
    }
  }

  private dropSections(articleSlug: string, keep: ReadonlySet<string> = new Set()) {
    for (let i = this.sections.length - 1; i >= 0; i--) {
      const s = this.sections[i]!;
      if (s.articleSlug === articleSlug && !keep.has(s.sectionId)) this.sections.splice(i, 1);
    }
  }

  async finish(articleSlug: string) {
    const marker = this.records.get(articleSlug);
    if (marker) marker.state = 'done';
  }

  async sectionsOf(articleSlug: string) {
    return this.sections
      .filter((s) => s.articleSlug === articleSlug)
      .sort((a, b) => sectionOrder(a.sectionId) - sectionOrder(b.sectionId))
      .map(copy);
  }

  async sectionsBetween(fromExclusive: string, untilInclusive: string) {
    const from = time(fromExclusive);
    const until = time(untilInclusive);
    return this.sections
      .filter((s) => time(s.publishedAt) > from && time(s.publishedAt) <= until)
      .sort((a, b) => time(a.publishedAt) - time(b.publishedAt))
      .map(copy);
  }

  private record(slug: string, stored: StoredArticle): ArticleRecord {
    const first = this.sections.find((s) => s.articleSlug === slug);
    const page = stored.page ?? {
      title: first?.articleTitle ?? slug,
      lang: first?.lang ?? 'zh',
      figures: [],
    };
    return copy({
      ...page,
      slug,
      state:
        stored.state === 'storing' ? 'storing' : stored.state === 'withdrawn' ? 'withdrawn' : 'published',
      publishedAt: stored.publishedAt,
      version: stored.version,
      hash: stored.hash,
      sectionCount: this.sections.filter((s) => s.articleSlug === slug).length,
      ...(stored.updatedAt ? { updatedAt: stored.updatedAt } : {}),
      ...(stored.withdrawn ? { withdrawn: stored.withdrawn } : {}),
    });
  }

  async article(articleSlug: string) {
    const stored = this.records.get(articleSlug);
    return stored && this.record(articleSlug, stored);
  }

  async articles() {
    return [...this.records]
      .map(([slug, stored]) => this.record(slug, stored))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
  }

  async correct(
    articleSlug: string,
    given: PublishedSection[],
    page: ArticlePage & { hash: string },
    expectedVersion: number,
    at: string,
  ) {
    const stored = this.records.get(articleSlug);
    if (!stored || stored.state === 'storing' || stored.version !== expectedVersion) return false;
    this.putSections(articleSlug, given, stored.publishedAt);
    this.dropSections(articleSlug, new Set(given.map((s) => s.sectionId)));
    const { hash, ...rest } = page;
    stored.state = 'done';
    stored.version = expectedVersion + 1;
    stored.hash = hash;
    stored.page = copy(rest);
    stored.updatedAt = at;
    delete stored.withdrawn;
    return true;
  }

  async withdraw(articleSlug: string, withdrawal: Withdrawal, expectedVersion: number) {
    const stored = this.records.get(articleSlug);
    if (!stored || stored.state === 'storing') return false;
    if (stored.state !== 'withdrawn') {
      if (stored.version !== expectedVersion) return false;
      stored.state = 'withdrawn';
      stored.withdrawn = copy(withdrawal);
      stored.version = expectedVersion + 1;
    }
    this.dropSections(articleSlug);
    return true;
  }
}

export class MemoryEditionStore implements EditionStore {
  readonly editions = new Map<string, Edition>();

  /** As the DynamoDB store: an update stamps updatedAt (what `tidings status` times a finished edition by). */
  constructor(private readonly clock?: { now(): Date }) {}

  async create(edition: Edition) {
    if (this.editions.has(edition.id)) return false;
    this.editions.set(edition.id, copy(edition));
    return true;
  }

  async get(id: string) {
    const found = this.editions.get(id);
    return found && copy(found);
  }

  async latest(cadence: DigestCadence) {
    let best: Edition | undefined;
    for (const e of this.editions.values()) {
      if (e.cadence !== cadence) continue;
      if (!best || time(e.until) > time(best.until) || (e.until === best.until && e.id > best.id)) best = e;
    }
    return best && copy(best);
  }

  async recent(cadence: Cadence, limit: number) {
    return [...this.editions.values()]
      .filter((e) => e.cadence === cadence)
      .sort((a, b) => time(b.until) - time(a.until) || b.id.localeCompare(a.id))
      .slice(0, limit)
      .map(copy);
  }

  async covering(cadence: DigestCadence, at: string) {
    const t = time(at);
    const found = [...this.editions.values()].find(
      (e) => e.cadence === cadence && time(e.from) < t && t <= time(e.until),
    );
    return found && copy(found);
  }

  async update(id: string, patch: Partial<Pick<Edition, 'status' | 'pauseReason' | 'until'>>) {
    const current = this.editions.get(id);
    if (!current) return;
    const next: Edition = { ...current, ...patch };
    if (this.clock) next.updatedAt = this.clock.now().toISOString();
    if ('pauseReason' in patch && patch.pauseReason === undefined) delete next.pauseReason;
    this.editions.set(id, next);
  }

  async addCounts(id: string, delta: Partial<EditionCounts>) {
    const current = this.editions.get(id);
    if (!current) return;
    for (const [name, value] of Object.entries(delta) as [keyof EditionCounts, number][]) {
      current.counts[name] += value;
    }
  }

  async setCounts(id: string, counts: Partial<EditionCounts>) {
    const current = this.editions.get(id);
    if (!current) throw new Error(`edition ${id} does not exist`);
    Object.assign(current.counts, counts);
  }

  private readonly variantsOf = new Map<string, Map<string, EditionVariant>>();

  async recordVariants(id: string, variants: EditionVariant[]) {
    const known = this.variantsOf.get(id) ?? new Map<string, EditionVariant>();
    for (const v of variants) known.set(v.key, copy(v));
    this.variantsOf.set(id, known);
  }

  async variants(id: string) {
    return [...(this.variantsOf.get(id)?.values() ?? [])]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(copy);
  }
}

export class MemoryVariantStore implements VariantStore {
  readonly variants = new Map<string, PreparedVariant>();
  async put(key: string, variant: PreparedVariant) {
    this.variants.set(key, copy(variant));
  }
  async get(key: string) {
    const found = this.variants.get(key);
    return found && copy(found);
  }
}

export class MemoryDeliveryLedger implements DeliveryLedger {
  readonly deliveries = new Map<string, Delivery>();
  private readonly claimants = new Map<string, string>();
  private key(editionId: string, subscriberId: string) {
    return `${editionId}\u0000${subscriberId}`;
  }
  async claim(editionId: string, subscriberId: string, at: string, claimant?: string) {
    const key = this.key(editionId, subscriberId);
    const existing = this.deliveries.get(key);
    if (existing) {
      return existing.status === 'sending' && claimant !== undefined && this.claimants.get(key) === claimant;
    }
    this.deliveries.set(key, { editionId, subscriberId, status: 'sending', at });
    if (claimant !== undefined) this.claimants.set(key, claimant);
    else this.claimants.delete(key);
    return true;
  }
  async settle(delivery: Delivery) {
    const key = this.key(delivery.editionId, delivery.subscriberId);
    this.deliveries.set(key, copy(delivery));
    // As the DynamoDB put: the settled record carries no claimant, so nobody can release or reclaim it.
    this.claimants.delete(key);
  }
  async release(editionId: string, subscriberId: string, claimant?: string) {
    const key = this.key(editionId, subscriberId);
    if (this.deliveries.get(key)?.status !== 'sending') return;
    if (claimant !== undefined && this.claimants.get(key) !== claimant) return;
    this.deliveries.delete(key);
    this.claimants.delete(key);
  }
  async get(editionId: string, subscriberId: string) {
    const found = this.deliveries.get(this.key(editionId, subscriberId));
    return found && copy(found);
  }
  /** Test helper: every delivery of an edition. */
  async tally(editionId: string) {
    const tally = { sending: 0, sent: 0, skipped: 0, failed: 0 };
    for (const d of this.of(editionId)) tally[d.status]++;
    return tally;
  }
  async variantTally(editionId: string) {
    const tally: Record<string, Record<DeliveryStatus, number>> = {};
    for (const d of this.of(editionId)) {
      const key = d.variant ?? '';
      tally[key] ??= { sending: 0, sent: 0, skipped: 0, failed: 0 };
      tally[key][d.status]++;
    }
    return tally;
  }
  of(editionId: string): Delivery[] {
    return [...this.deliveries.values()].filter((d) => d.editionId === editionId).map(copy);
  }
}

/** Records enqueued jobs; tests and the benchmark drain them into the sender themselves. */
export class MemorySendQueue implements SendQueue {
  readonly jobs: SendJob[] = [];
  async enqueue(jobs: SendJob[]) {
    this.jobs.push(...copy(jobs));
  }
  /** Removes and returns everything queued so far. */
  take(): SendJob[] {
    return this.jobs.splice(0, this.jobs.length);
  }
}

export class MemoryParkedJobs implements ParkedJobs {
  private readonly parked = new Map<string, Map<string, SendJob>>();
  private next = 0;
  async park(job: SendJob) {
    const jobs = this.parked.get(job.editionId) ?? new Map<string, SendJob>();
    const id = String(++this.next).padStart(8, '0');
    jobs.set(id, copy(job));
    this.parked.set(job.editionId, jobs);
    return id;
  }
  async list(editionId: string) {
    return [...(this.parked.get(editionId) ?? new Map<string, SendJob>())].map(([id, job]) => ({
      id,
      job: copy(job),
    }));
  }
  async remove(editionId: string, id: string) {
    this.parked.get(editionId)?.delete(id);
  }
}

/** A fresh set of in-memory delivery stores, wired the way the unit tests and the benchmark need them. */
export function memoryDeliveryStores(clock?: { now(): Date }) {
  return {
    content: new MemoryContentStore(),
    editions: new MemoryEditionStore(clock),
    variants: new MemoryVariantStore(),
    ledger: new MemoryDeliveryLedger(),
    parked: new MemoryParkedJobs(),
    queue: new MemorySendQueue(),
  };
}
