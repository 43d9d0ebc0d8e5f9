// Lambda entry: S3 ObjectCreated on the content bucket → read the article → parse → classify → publish
// (store sections, send instant alerts; a republish is a correction, a future publishAt a schedule). An article
// the parser refuses is logged with its diagnostics and reported, not thrown: retrying an invalid file cannot fix
// it. Store or queue failures do throw, so the asynchronous invocation is retried (publishing is conditional on
// the article's version, so a retry is safe). Two more events: `tidings --stack … publish` invokes it with
// {kind: 'publish', bucket, key, by} and reads the report; a publish schedule fires {kind: 'scheduled-publish',
// slug}.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, S3Event } from 'aws-lambda';
import {
  createDeliveryPorts,
  type DeliveryConfig,
  deskDeps,
  noScheduler,
  planningDeps,
  readDeliveryConfig,
} from '../adapters/delivery-ports.ts';
import { editionRenderer } from '../adapters/render/renderer.ts';
import { type ArticleObject, ArticleObjectError, decodeS3Key } from '../adapters/s3/article-object.ts';
import { gateAdvice, publishGate } from '../core/article/gate.ts';
import { parseArticle } from '../core/article/parse.ts';
import type { Article, ParseResult } from '../core/article/types.ts';
import type { PublishOutcome } from '../core/desk/publishing.ts';
import { type FireOutcome, publishScheduled, submitArticle } from '../core/desk/schedule.ts';
import { classifyArticle } from '../core/topics/classify.ts';
import type { SectionThemes } from '../core/topics/types.ts';
import type { Diagnostic } from '../core/types.ts';
import type { Clock, ContentStore } from '../ports.ts';
import { ConfigError } from '../shared/config.ts';
import { createLogger, createMetrics } from '../shared/logging.ts';
import { withTracing } from '../shared/tracing.ts';

export interface PublishContext {
  /** Who publishes: the uploader's principal, or the operator the CLI names. */
  by: string;
  /** The S3 key. */
  source: string;
  diagnostics: Diagnostic[];
}

export interface PublishHandlerDeps<R> {
  readObject(bucket: string, key: string): Promise<ArticleObject>;
  parse(source: string, file: string): ParseResult;
  classify(article: Article): SectionThemes[] | Promise<SectionThemes[]>;
  publish(
    article: Article,
    themes: SectionThemes[],
    publishedAt: string,
    context: PublishContext,
  ): Promise<R>;
  /** A publish schedule fired for the slug. */
  fireSchedule?(slug: string): Promise<unknown>;
  /** Where articles the publish gate holds are recorded (ContentStore.hold / release). */
  holds: Pick<ContentStore, 'hold' | 'release'>;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
}

/** `tidings --stack … publish <file>`: the CLI uploaded the article and waits for the report. */
export interface DeskPublishEvent {
  kind: 'publish';
  bucket: string;
  key: string;
  by: string;
}

export interface ScheduledPublishEvent {
  kind: 'scheduled-publish';
  slug: string;
}

export type PublishEvent = S3Event | DeskPublishEvent | ScheduledPublishEvent;

export type PublishReport<R> =
  | { key: string; status: 'published'; slug: string; result: R; warnings: Diagnostic[] }
  | { key: string; status: 'rejected'; diagnostics: Diagnostic[] }
  | { key: string; status: 'held'; slug: string; diagnostics: Diagnostic[] }
  | { key: string; status: 'skipped'; reason: string };

export function createPublishHandler<R>(
  deps: PublishHandlerDeps<R>,
): (event: PublishEvent) => Promise<{ reports: PublishReport<R>[]; scheduled?: unknown }> {
  const { logger, metrics } = deps;

  async function publishOne(bucket: string, key: string, by: string): Promise<PublishReport<R>> {
    if (!key.toLowerCase().endsWith('.md')) return { key, status: 'skipped', reason: 'not a Markdown file' };
    let object: ArticleObject;
    try {
      object = await deps.readObject(bucket, key);
    } catch (error) {
      if (!(error instanceof ArticleObjectError)) throw error;
      const diagnostic: Diagnostic = {
        severity: 'error',
        code: 'unreadable-object',
        message: error.message,
        file: key,
      };
      return { key, status: 'rejected', diagnostics: [diagnostic] };
    }
    const parsed = deps.parse(object.text, key);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (!parsed.article || errors.length > 0)
      return { key, status: 'rejected', diagnostics: parsed.diagnostics };
    // The publish gate: warnings nobody accepted hold the article until the file is fixed or accepts them.
    const gate = publishGate(parsed);
    if (!gate.publish) {
      const diagnostics = [...gate.errors, ...gate.blocking];
      await deps.holds.hold({
        slug: parsed.article.slug,
        source: key,
        heldAt: deps.clock.now().toISOString(),
        diagnostics,
      });
      return { key, status: 'held', slug: parsed.article.slug, diagnostics };
    }
    const themes = await deps.classify(parsed.article);
    const result = await deps.publish(parsed.article, themes, deps.clock.now().toISOString(), {
      by,
      source: key,
      diagnostics: parsed.diagnostics,
    });
    await deps.holds.release(parsed.article.slug);
    return {
      key,
      status: 'published',
      slug: parsed.article.slug,
      result,
      warnings: parsed.diagnostics.filter((d) => d.severity === 'warning'),
    };
  }

  return async (event) => {
    const reports: PublishReport<R>[] = [];
    if ('kind' in event && event.kind === 'scheduled-publish') {
      if (!deps.fireSchedule) throw new ConfigError('scheduled publishing is not configured');
      try {
        const scheduled = await deps.fireSchedule(event.slug);
        logger.info('scheduled publish', { slug: event.slug, outcome: scheduled as Record<string, unknown> });
        return { reports, scheduled };
      } finally {
        metrics.publishStoredMetrics();
      }
    }
    const objects =
      'kind' in event
        ? [{ bucket: event.bucket, key: event.key, by: event.by }]
        : event.Records.map((record) => ({
            bucket: record.s3.bucket.name,
            key: decodeS3Key(record.s3.object.key),
            by: `s3 upload by ${record.userIdentity?.principalId ?? 'an unknown principal'}`,
          }));
    try {
      for (const { bucket, key, by } of objects) {
        const report = await publishOne(bucket, key, by);
        reports.push(report);
        if (report.status === 'held') {
          logger.warn('article held: warnings need an editor', {
            key,
            slug: report.slug,
            codes: [...new Set(report.diagnostics.map((d) => d.code))],
            diagnostics: report.diagnostics,
            advice: gateAdvice({ publish: false, errors: [], blocking: report.diagnostics, accepted: [] }),
          });
          metrics.addMetric('ArticlesHeld', 'Count', 1);
        } else if (report.status === 'rejected') {
          logger.error('article rejected', { key, diagnostics: report.diagnostics });
          metrics.addMetric('articlesRejected', 'Count', 1);
        } else if (report.status === 'published') {
          logger.info('article published', {
            key,
            slug: report.slug,
            warnings: report.warnings.length,
            result: report.result as unknown as Record<string, unknown>,
          });
          metrics.addMetric('articlesPublished', 'Count', 1);
        } else {
          logger.info('object skipped', { key, reason: report.reason });
        }
      }
    } finally {
      metrics.publishStoredMetrics();
    }
    return { reports };
  };
}

const logger = createLogger('tidings-publish');
const metrics = createMetrics('tidings-publish');

/**
 * Composition root: the production ports from configuration, the core use cases bound to them. `selfArn`: this
 * function's ARN, the target of the one-time schedules it creates for articles with a future publishAt.
 */
export async function buildPublishHandler(config: DeliveryConfig, selfArn?: string) {
  const ports = await createDeliveryPorts(config);
  if (!ports.queue) throw new ConfigError('invalid configuration — SEND_QUEUE_URL is not set');
  const scheduler =
    ports.eventBridgeScheduler?.(selfArn) ??
    noScheduler('scheduled publishing is not configured on this stack (PUBLISH_SCHEDULE_GROUP is not set)');
  const deps = deskDeps(planningDeps(ports, ports.queue, editionRenderer), ports, scheduler);

  return createPublishHandler<PublishOutcome>({
    readObject: (bucket, key) => ports.articles.read(bucket, key),
    parse: (source, file) => parseArticle(source, { file }),
    classify: (article) => classifyArticle(article, ports.taxonomy),
    publish: (article, themes, _publishedAt, context) =>
      submitArticle(
        deps,
        { article, themes, diagnostics: context.diagnostics, source: context.source },
        { by: context.by },
      ),
    fireSchedule: (slug): Promise<FireOutcome> => publishScheduled(deps, slug),
    holds: ports.content,
    clock: ports.clock,
    logger,
    metrics,
  });
}

// Read at init on Lambda, so a missing variable fails the cold start with its name.
const lambdaConfig = process.env.AWS_LAMBDA_FUNCTION_NAME
  ? readDeliveryConfig(process.env, 'publish')
  : undefined;
let wired: ReturnType<typeof buildPublishHandler> | undefined;

export const handler = withTracing(
  'publish',
  async (event: PublishEvent, context?: Pick<Context, 'invokedFunctionArn'>) => {
    wired ??= buildPublishHandler(
      lambdaConfig ?? readDeliveryConfig(process.env, 'publish'),
      context?.invokedFunctionArn,
    );
    wired.catch(() => {
      wired = undefined; // retried on the next invocation
    });
    return (await wired)(event);
  },
);
