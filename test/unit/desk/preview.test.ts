// A persona preview is the email the planner and sender make for a real reader with the same topics and language:
// planned and sent on the in-memory twins, then compared with the preview, only the links' tokens differing.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { editionRenderer } from '../../../functions/adapters/render/renderer.ts';
import type { Article } from '../../../functions/core/article/types.ts';
import { planDigest } from '../../../functions/core/delivery/plan.ts';
import { publishArticle } from '../../../functions/core/delivery/publish.ts';
import { sendJob } from '../../../functions/core/delivery/send.ts';
import {
  PersonaError,
  parsePersona,
  personaLocale,
  personaSubscriber,
  previewAlert,
  previewDigest,
} from '../../../functions/core/desk/preview.ts';
import { world as countingWorld, section, subscriber } from '../delivery/world.ts';

/** The real templates (MJML): the date, excerpts and links are compared, not only which sections. */
const world = (now?: Date) => ({
  ...countingWorld(now),
  render: editionRenderer,
  postalAddress: '1 Harbour Road',
});

const TOPICS = new Set(['health', 'talent', 'compute', 'industry']);
/** Tokens differ (signed per reader vs `preview`), and so do per-message ids and dates. */
const withoutTokens = (s: string) => s.replace(/token=[A-Za-z0-9._~-]+/g, 'token=T');

async function sendAll(w: ReturnType<typeof countingWorld>) {
  while (w.queue.jobs.length > 0) await sendJob(w, w.queue.jobs.shift()!);
}

describe('persona preview', () => {
  it('parses a persona and names what is wrong in one', () => {
    expect(parsePersona('health:daily, talent:instant', TOPICS)).toEqual({
      health: 'daily',
      talent: 'instant',
    });
    const wrong = (spec: string) => () => parsePersona(spec, TOPICS);
    expect(wrong('')).toThrow(PersonaError);
    expect(wrong('helth:daily')).toThrow(
      /unknown topic "helth" \(topics: health, talent, compute, industry\)/,
    );
    expect(wrong('health:hourly')).toThrow(/unknown cadence "hourly" for health/);
    expect(wrong('health')).toThrow(/"health" is not topic:cadence/);
    expect(wrong('health:daily,health:weekly')).toThrow(/health is given twice/);
    expect(personaLocale('zh')).toBe('zh-Hans');
    expect(personaLocale('zh-Hant')).toBe('zh-Hant');
    expect(() => personaLocale('fr')).toThrow(/unknown language "fr"/);
  });

  it('the next digest is the one a reader with the same topics gets from the planner and sender', async () => {
    const w = world(new Date('2025-01-20T00:00:00.000Z'));
    await w.content.publish('a', [section('a', 's1', ['health'], '2025-01-19T10:00:00.000Z')]);
    await w.content.publish('b', [section('b', 's1', ['talent'], '2025-01-19T11:00:00.000Z')]);
    await w.content.publish('c', [section('c', 's1', ['compute'], '2025-01-19T12:00:00.000Z')]);
    const topics = parsePersona('health:daily,talent:instant,compute:daily', TOPICS);
    const reader = personaSubscriber(topics, personaLocale('en'));

    const preview = await previewDigest(w, reader, 'daily');
    expect(preview.email?.editionId).toBe('daily-2025-01-20');
    // talent is followed at instant: its section came as an alert, the digest leaves it out.
    expect(preview.email?.sections).toEqual(['a#s1', 'c#s1']);

    await w.subscribers.create({ ...subscriber('real', topics, 'en') });
    await planDigest(w, 'daily');
    await sendAll(w);
    expect(w.mailer.sent).toHaveLength(1);
    const sent = await simpleParser(Buffer.from(w.mailer.sent[0]!.data));
    const previewed = await simpleParser(preview.email!.eml);
    expect(previewed.subject).toBe(sent.subject);
    expect(withoutTokens(String(previewed.html))).toBe(withoutTokens(String(sent.html)));
    expect(withoutTokens(String(previewed.text))).toBe(withoutTokens(String(sent.text)));
    expect(previewed.headers.get('list-id')).toEqual(sent.headers.get('list-id'));
    expect(preview.email!.html).toBe(String(previewed.html));

    // Once the edition is planned, the next one has nothing yet.
    const after = await previewDigest(w, reader, 'daily');
    expect(after.email).toBeUndefined();
    expect(after.reason).toBe('nothing was published since the last daily edition');
  });

  it('says why a persona gets no digest', async () => {
    const w = world();
    await w.content.publish('a', [section('a', 's1', ['industry'], '2025-01-19T10:00:00.000Z')]);
    const reader = personaSubscriber({ health: 'weekly' }, 'en');
    expect((await previewDigest(w, reader, 'daily')).reason).toBe('the persona follows no topic at daily');
    expect((await previewDigest(w, reader, 'weekly')).reason).toMatch(
      /^none of the 1 sections published since the last weekly edition is on the persona's weekly topics/,
    );
  });

  it('the alert for an article is the one an instant reader gets when it is published', async () => {
    const w = world();
    const topics = { health: 'instant', talent: 'daily' } as const;
    await w.subscribers.create(subscriber('real', topics, 'en'));
    const article: Article = {
      slug: 'clinic',
      title: 'Clinic',
      lang: 'zh',
      lead: { id: 'lead', heading: 'Clinic', paragraphs: [{ text: '第一段。', line: 5 }] },
      sections: [],
      figures: [],
    } as unknown as Article;
    const themes = [
      { sectionId: 'lead', themes: [{ topic: 'health', score: 9, paragraphs: [0], evidence: [] }] },
    ];
    await publishArticle(w, article, themes, '2025-01-20T00:00:00.000Z');
    await sendAll(w);
    expect(w.mailer.sent).toHaveLength(1);
    const sections = await w.content.sectionsOf('clinic');
    const reader = personaSubscriber(topics, 'en');
    const preview = await previewAlert(w, reader, 'clinic', sections);
    expect(preview.email).toMatchObject({ kind: 'alert', editionId: 'alert-clinic', topics: ['health'] });
    const sent = await simpleParser(Buffer.from(w.mailer.sent[0]!.data));
    const previewed = await simpleParser(preview.email!.eml);
    expect(previewed.subject).toBe(sent.subject);
    expect(withoutTokens(String(previewed.html))).toBe(withoutTokens(String(sent.html)));

    const digestOnly = await previewAlert(
      w,
      personaSubscriber({ health: 'daily' }, 'en'),
      'clinic',
      sections,
    );
    expect(digestOnly.reason).toMatch(/follows none of clinic's themes \(health\) at instant/);
    const otherLang = await previewAlert(w, personaSubscriber(topics, 'en', ['en']), 'clinic', sections);
    expect(otherLang.reason).toBe('clinic is in zh, which the persona does not read');
  });
});
