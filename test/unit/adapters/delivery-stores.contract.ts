// Contract cases shared by every implementation of the delivery ports: the DynamoDB adapters on dynalite
// and the in-memory twins must behave the same, or unit tests on the twins prove nothing about production.
import { describe, expect, it } from 'vitest';
import type { Edition, PublishedSection } from '../../../functions/core/delivery/types.ts';
import type { CompiledEmail } from '../../../functions/core/render/types.ts';
import type {
  ContentStore,
  DeliveryLedger,
  EditionStore,
  ParkedJobs,
  VariantStore,
} from '../../../functions/ports.ts';

export interface StoreFactories {
  content: () => Promise<ContentStore>;
  editions: () => Promise<EditionStore>;
  variants: () => Promise<VariantStore>;
  ledger: () => Promise<DeliveryLedger>;
  parked?: () => Promise<ParkedJobs>;
}

export function section(slug: string, sectionId: string, publishedAt: string): PublishedSection {
  return {
    articleSlug: slug,
    articleTitle: `标题 ${slug}`,
    sectionId,
    heading: `罕见病 ${sectionId}`,
    lang: 'zh',
    paragraphs: ['第一段。', '第二段，含罕见病药物。'],
    themes: [
      {
        topic: 'health',
        score: 3.5,
        paragraphs: [1],
        evidence: [{ term: '罕见病', paragraph: 1, count: 1 }],
      },
    ],
    publishedAt,
  };
}

export function edition(id: string, cadence: Edition['cadence'], until: string): Edition {
  return {
    id,
    cadence,
    status: 'planned',
    from: '2025-01-01T00:00:00.000Z',
    until,
    counts: { planned: 3, sent: 0, skipped: 0, failed: 0, ambiguous: 0, bounced: 0, complained: 0 },
    createdAt: '2025-01-20T07:00:00.000Z',
    updatedAt: '2025-01-20T07:00:00.000Z',
  };
}

const sortKey = (s: PublishedSection) => `${s.publishedAt}#${s.articleSlug}#${s.sectionId}`;

export function deliveryStoreContract(name: string, make: StoreFactories): void {
  describe(`${name} ContentStore`, () => {
    it('records held articles with their diagnostics, lists them newest first, and releases them', async () => {
      const store = await make.content();
      expect(await store.held()).toEqual([]);
      const warning = {
        severity: 'warning' as const,
        code: 'cut-off-sentence',
        message: 'the paragraph ends mid-sentence',
        file: 'articles/a.md',
        line: 12,
      };
      await store.hold({
        slug: 'a',
        source: 'articles/a.md',
        heldAt: '2025-01-20T08:00:00.000Z',
        diagnostics: [warning],
      });
      await store.hold({
        slug: 'b',
        heldAt: '2025-01-20T09:00:00.000Z',
        diagnostics: [{ ...warning, line: 3 }],
      });
      // Held again after an edit: the newer hold replaces the older one.
      await store.hold({
        slug: 'a',
        source: 'articles/a.md',
        heldAt: '2025-01-20T10:00:00.000Z',
        diagnostics: [warning],
      });
      const held = await store.held();
      expect(held.map((h) => [h.slug, h.heldAt])).toEqual([
        ['a', '2025-01-20T10:00:00.000Z'],
        ['b', '2025-01-20T09:00:00.000Z'],
      ]);
      expect(held[0]).toEqual({
        slug: 'a',
        source: 'articles/a.md',
        heldAt: '2025-01-20T10:00:00.000Z',
        diagnostics: [warning],
      });
      await store.release('a');
      await store.release('never-held');
      expect((await store.held()).map((h) => h.slug)).toEqual(['b']);
      // A hold stores nothing to send.
      expect(await store.sectionsOf('b')).toEqual([]);
    });

    it('stores sections once and refuses a republish of the same article', async () => {
      const store = await make.content();
      const sections = [
        section('a', 'lead', '2025-01-20T08:00:00.000Z'),
        section('a', 's1', '2025-01-20T08:00:00.000Z'),
      ];
      expect(await store.publish('a', sections)).toBe(true);
      await store.finish('a');
      expect(await store.publish('a', [section('a', 's9', '2025-01-20T09:00:00.000Z')])).toBe(false);
      const found = await store.sectionsBetween('2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
      expect(found.map((s) => s.sectionId).sort()).toEqual(['lead', 's1']);
      expect(found[0]).toEqual(sections.find((s) => s.sectionId === found[0]?.sectionId));
    });

    it('takes up a publish that stopped before finishing, under its first publication time', async () => {
      const store = await make.content();
      const first = [section('a', 'lead', '2025-01-20T08:00:00.000Z')];
      expect(await store.publish('a', first)).toBe(true);
      // The publisher crashed here; the retry comes an hour later with the full article.
      const retry = ['lead', 's1'].map((id) => section('a', id, '2025-01-20T09:00:00.000Z'));
      expect(await store.publish('a', retry)).toBe(true);
      await store.finish('a');
      const found = await store.sectionsOf('a');
      expect(found.map((s) => [s.sectionId, s.publishedAt])).toEqual([
        ['lead', '2025-01-20T08:00:00.000Z'],
        ['s1', '2025-01-20T08:00:00.000Z'],
      ]);
      expect(await store.publish('a', retry)).toBe(false);
    });

    it('returns the sections of one article in article order, and nothing for an unknown article', async () => {
      const store = await make.content();
      const at = '2025-01-20T08:00:00.000Z';
      await store.publish('a', [section('a', 's10', at), section('a', 'lead', at), section('a', 's2', at)]);
      await store.publish('ab', [section('ab', 'lead', at)]);
      expect((await store.sectionsOf('a')).map((s) => s.sectionId)).toEqual(['lead', 's2', 's10']);
      expect((await store.sectionsOf('ab')).map((s) => s.articleSlug)).toEqual(['ab']);
      expect(await store.sectionsOf('missing')).toEqual([]);
    });

    it('returns sections in (from, until] across month boundaries, excluding from and including until', async () => {
      const store = await make.content();
      await store.publish('dec', [section('dec', 'lead', '2024-12-31T23:00:00.000Z')]);
      await store.publish('edge', [section('edge', 'lead', '2025-01-10T00:00:00.000Z')]);
      await store.publish('jan', [section('jan', 'lead', '2025-01-15T12:00:00.000Z')]);
      await store.publish('feb', [section('feb', 'lead', '2025-02-02T00:00:00.000Z')]);
      await store.publish('mar', [section('mar', 'lead', '2025-03-05T00:00:00.000Z')]);

      const window = await store.sectionsBetween('2025-01-10T00:00:00.000Z', '2025-02-02T00:00:00.000Z');
      expect(window.map(sortKey).sort()).toEqual([
        '2025-01-15T12:00:00.000Z#jan#lead',
        '2025-02-02T00:00:00.000Z#feb#lead',
      ]);
      const fromEpoch = await store.sectionsBetween('1970-01-01T00:00:00.000Z', '2025-01-31T00:00:00.000Z');
      expect(fromEpoch.map((s) => s.articleSlug).sort()).toEqual(['dec', 'edge', 'jan']);
      expect(await store.sectionsBetween('2025-04-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z')).toEqual([]);
    });
  });

  describe(`${name} EditionStore`, () => {
    it('creates an edition once; a second plan of the same id is refused and changes nothing', async () => {
      const store = await make.editions();
      const daily = edition('daily-2025-01-20', 'daily', '2025-01-20T07:00:00.000Z');
      expect(await store.create(daily)).toBe(true);
      expect(await store.create({ ...daily, status: 'done' })).toBe(false);
      expect(await store.get(daily.id)).toEqual(daily);
      expect(await store.get('daily-1999-01-01')).toBeUndefined();
    });

    it('latest returns the edition with the newest until for that cadence only', async () => {
      const store = await make.editions();
      expect(await store.latest('daily')).toBeUndefined();
      await store.create(edition('daily-2025-01-21', 'daily', '2025-01-21T07:00:00.000Z'));
      await store.create(edition('daily-2025-01-20', 'daily', '2025-01-20T07:00:00.000Z'));
      await store.create(edition('weekly-2025-01-27', 'weekly', '2025-01-27T07:00:00.000Z'));
      expect((await store.latest('daily'))?.id).toBe('daily-2025-01-21');
      expect((await store.latest('weekly'))?.id).toBe('weekly-2025-01-27');
    });

    it('update patches status, pause reason and until; latest follows a moved until', async () => {
      const store = await make.editions();
      await store.create(edition('daily-2025-01-20', 'daily', '2025-01-20T07:00:00.000Z'));
      await store.create(edition('daily-2025-01-19', 'daily', '2025-01-19T07:00:00.000Z'));
      await store.update('daily-2025-01-20', { status: 'paused', pauseReason: 'daily quota exceeded' });
      let got = await store.get('daily-2025-01-20');
      expect(got?.status).toBe('paused');
      expect(got?.pauseReason).toBe('daily quota exceeded');
      await store.update('daily-2025-01-20', { status: 'sending', pauseReason: undefined });
      got = await store.get('daily-2025-01-20');
      expect(got?.status).toBe('sending');
      expect(got?.pauseReason).toBeUndefined();
      await store.update('daily-2025-01-19', { until: '2025-01-25T07:00:00.000Z' });
      expect((await store.latest('daily'))?.id).toBe('daily-2025-01-19');
    });

    it('addCounts adds concurrent deltas without losing any', async () => {
      const store = await make.editions();
      await store.create(edition('daily-2025-01-20', 'daily', '2025-01-20T07:00:00.000Z'));
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.addCounts('daily-2025-01-20', { sent: 1, failed: i % 2 })),
      );
      await store.addCounts('daily-2025-01-20', { bounced: 2, complained: 1, skipped: 0 });
      expect((await store.get('daily-2025-01-20'))?.counts).toEqual({
        planned: 3,
        sent: 20,
        skipped: 0,
        failed: 10,
        ambiguous: 0,
        bounced: 2,
        complained: 1,
      });
    });

    it('setCounts overwrites only the counts it is given, and refuses an unknown edition', async () => {
      const store = await make.editions();
      await store.create(edition('daily-2025-01-21', 'daily', '2025-01-21T07:00:00.000Z'));
      await store.addCounts('daily-2025-01-21', { sent: 5, bounced: 1 });
      await store.setCounts('daily-2025-01-21', { sent: 2, skipped: 1, failed: 0 });
      expect((await store.get('daily-2025-01-21'))?.counts).toEqual({
        planned: 3,
        sent: 2,
        skipped: 1,
        failed: 0,
        ambiguous: 0,
        bounced: 1,
        complained: 0,
      });
      await expect(store.setCounts('nope', { sent: 1 })).rejects.toThrow();
    });

    it('records the variants of an edition beside it, apart from other editions', async () => {
      const store = await make.editions();
      await store.create(edition('daily-2025-01-22', 'daily', '2025-01-22T07:00:00.000Z'));
      await store.create(edition('daily-2025-01-23', 'daily', '2025-01-23T07:00:00.000Z'));
      const zh = {
        key: 'daily-2025-01-22/a',
        locale: 'zh-Hans',
        topics: ['health'],
        sections: 2,
        planned: 40,
      };
      const en = {
        key: 'daily-2025-01-22/b',
        locale: 'en',
        topics: ['health', 'talent'],
        sections: 3,
        planned: 7,
      };
      await store.recordVariants('daily-2025-01-22', [zh, en]);
      expect(await store.variants('daily-2025-01-22')).toEqual([zh, en]);
      expect(await store.variants('daily-2025-01-23')).toEqual([]);
      // The edition itself reads as before.
      expect((await store.get('daily-2025-01-22'))?.id).toBe('daily-2025-01-22');
      expect((await store.latest('daily'))?.id).toBe('daily-2025-01-23');
    });
  });

  describe(`${name} VariantStore`, () => {
    it('round-trips a prepared CJK variant: compiled email and MIME template', async () => {
      const store = await make.variants();
      const email: CompiledEmail = {
        template: 'digest',
        lang: 'zh',
        subject: '每日摘要 · 健康',
        preheader: '罕见病药物进展',
        html: `<html><body>${'<p>人工智能与罕见病，算力与人才。</p>'.repeat(1500)}</body></html>`,
        text: '人工智能与罕见病'.repeat(500),
        placeholders: ['manageUrl', 'unsubscribeUrl'],
      };
      const mime = {
        parts: ['From: =?UTF-8?B?5r2u5rGQ?= <news@example.org>\r\nTo: ', '\r\n\r\n--b--'],
        slots: ['to'],
        from: 'news@example.org',
      };
      await store.put('daily-2025-01-20/health', { email, mime });
      expect(await store.get('daily-2025-01-20/health')).toEqual({ email, mime });
      expect(await store.get('daily-2025-01-20/none')).toBeUndefined();
    });
  });

  describe(`${name} DeliveryLedger`, () => {
    it('lets exactly one of many concurrent claims win', async () => {
      const ledger = await make.ledger();
      const wins = await Promise.all(
        Array.from({ length: 8 }, () =>
          ledger.claim('daily-2025-01-20', 'sub-1', '2025-01-20T07:00:00.000Z'),
        ),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect((await ledger.get('daily-2025-01-20', 'sub-1'))?.status).toBe('sending');
      expect(await ledger.claim('daily-2025-01-21', 'sub-1', '2025-01-21T07:00:00.000Z')).toBe(true);
    });

    it('a settled delivery keeps blocking claims and cannot be released', async () => {
      const ledger = await make.ledger();
      await ledger.claim('e1', 'sub-1', '2025-01-20T07:00:00.000Z');
      await ledger.settle({
        editionId: 'e1',
        subscriberId: 'sub-1',
        status: 'sent',
        messageId: 'm-1',
        at: '2025-01-20T07:00:01.000Z',
      });
      await ledger.release('e1', 'sub-1');
      expect(await ledger.claim('e1', 'sub-1', '2025-01-20T07:05:00.000Z')).toBe(false);
      expect(await ledger.get('e1', 'sub-1')).toEqual({
        editionId: 'e1',
        subscriberId: 'sub-1',
        status: 'sent',
        messageId: 'm-1',
        at: '2025-01-20T07:00:01.000Z',
      });
    });

    it('a released claim may be claimed again (retry after a transient failure)', async () => {
      const ledger = await make.ledger();
      expect(await ledger.claim('e1', 'sub-2', '2025-01-20T07:00:00.000Z')).toBe(true);
      await ledger.release('e1', 'sub-2');
      expect(await ledger.get('e1', 'sub-2')).toBeUndefined();
      expect(await ledger.claim('e1', 'sub-2', '2025-01-20T07:01:00.000Z')).toBe(true);
      await ledger.settle({
        editionId: 'e1',
        subscriberId: 'sub-2',
        status: 'failed',
        reason: 'rejected',
        at: '2025-01-20T07:01:01.000Z',
      });
      expect((await ledger.get('e1', 'sub-2'))?.reason).toBe('rejected');
    });

    it('recognizes a claimant’s own unsettled claim, and releases a claim only for its claimant', async () => {
      const ledger = await make.ledger();
      const at = '2025-01-20T07:00:00.000Z';
      expect(await ledger.claim('e-own', 'sub-1', at, 'A')).toBe(true);
      // A's write landed but A never heard back: claiming again, A learns the claim is its own.
      expect(await ledger.claim('e-own', 'sub-1', at, 'A')).toBe(true);
      expect(await ledger.claim('e-own', 'sub-1', at, 'B')).toBe(false);
      expect(await ledger.claim('e-own', 'sub-1', at)).toBe(false);
      await ledger.release('e-own', 'sub-1', 'B'); // not B's to give back
      expect(await ledger.claim('e-own', 'sub-1', at, 'B')).toBe(false);
      await ledger.release('e-own', 'sub-1', 'A');
      expect(await ledger.claim('e-own', 'sub-1', at, 'B')).toBe(true);
      await ledger.settle({ editionId: 'e-own', subscriberId: 'sub-1', status: 'sent', at });
      expect(await ledger.claim('e-own', 'sub-1', at, 'B')).toBe(false); // settled: nobody's any more
      await ledger.release('e-own', 'sub-1', 'B');
      expect((await ledger.get('e-own', 'sub-1'))?.status).toBe('sent');
    });

    it('tallies the deliveries of one edition by status', async () => {
      const ledger = await make.ledger();
      const at = '2025-01-20T07:00:00.000Z';
      const statuses = ['sent', 'sent', 'sent', 'skipped', 'failed', 'sending'] as const;
      for (const [i, status] of statuses.entries()) {
        await ledger.claim('e-tally', `sub-${i}`, at);
        if (status !== 'sending')
          await ledger.settle({ editionId: 'e-tally', subscriberId: `sub-${i}`, status, at });
      }
      await ledger.claim('e-other', 'sub-0', at);
      expect(await ledger.tally('e-tally')).toEqual({ sending: 1, sent: 3, skipped: 1, failed: 1 });
      expect(await ledger.tally('e-none')).toEqual({ sending: 0, sent: 0, skipped: 0, failed: 0 });
    });

    it('tallies by variant: settled deliveries under their variant, open claims under none', async () => {
      const ledger = await make.ledger();
      const at = '2025-01-20T07:00:00.000Z';
      const rows = [
        ['v1', 'sent'],
        ['v1', 'sent'],
        ['v1', 'skipped'],
        ['v2', 'failed'],
        ['v2', 'sending'],
      ] as const;
      for (const [i, [variant, status]] of rows.entries()) {
        await ledger.claim('e-vt', `sub-${i}`, at);
        if (status !== 'sending')
          await ledger.settle({ editionId: 'e-vt', variant, subscriberId: `sub-${i}`, status, at });
      }
      expect(await ledger.variantTally('e-vt')).toEqual({
        v1: { sending: 0, sent: 2, skipped: 1, failed: 0 },
        v2: { sending: 0, sent: 0, skipped: 0, failed: 1 },
        '': { sending: 1, sent: 0, skipped: 0, failed: 0 },
      });
      expect((await ledger.get('e-vt', 'sub-0'))?.variant).toBe('v1');
      expect(await ledger.variantTally('e-none')).toEqual({});
    });
  });

  const parked = make.parked;
  if (parked) {
    describe(`${name} ParkedJobs`, () => {
      it('lists the parked jobs of one edition until each is removed', async () => {
        const store = await parked();
        const job = (editionId: string, variantKey: string) => ({
          editionId,
          variantKey,
          list: { kind: 'digest' as const, cadence: 'daily' as const },
          recipients: ['sub-1', 'sub-2'],
        });
        await store.park(job('e1', 'a'));
        await store.park(job('e1', 'b'));
        await store.park(job('e2', 'c'));
        const e1 = (await store.list('e1')).sort((x, y) => x.job.variantKey.localeCompare(y.job.variantKey));
        expect(e1.map((p) => p.job.variantKey)).toEqual(['a', 'b']);
        expect(await store.list('e1')).toHaveLength(2); // listing takes nothing
        await store.remove('e1', e1[0]!.id);
        await store.remove('e1', e1[0]!.id); // removing twice is no error
        expect((await store.list('e1')).map((p) => p.job)).toEqual([job('e1', 'b')]);
        expect((await store.list('e2')).map((p) => p.job)).toEqual([job('e2', 'c')]);
        expect(await store.list('e3')).toEqual([]);
      });
    });
  }
}
