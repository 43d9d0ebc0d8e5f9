// Composition root for the delivery side: the sender's ports plus what publishing and planning need (content
// store, SQS send queue, S3 article reader, taxonomy), once per cold start, for the Lambda handlers (publish, plan,
// feedback) and the CLI alike. The send function uses sender-ports.ts alone.
import { S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DeskDeps } from '../core/desk/publishing.ts';
import type { EditionRenderer } from '../core/render/types.ts';
import type { Taxonomy } from '../core/topics/types.ts';
import type {
  ArticleHistory,
  ContentStore,
  PublishScheduler,
  ScheduledArticles,
  SendQueue,
} from '../ports.ts';
import { traced } from '../shared/tracing.ts';
import type { DeliveryConfig } from './delivery-config.ts';
import { createDynamoArticleHistory, createDynamoScheduledArticles } from './dynamodb/article-desk.ts';
import { createDynamoContentStore } from './dynamodb/content-store.ts';
import { loadTaxonomyFile } from './fs/taxonomy.ts';
import { type ArticleObjectReader, createS3ArticleReader } from './s3/article-object.ts';
import { createEventBridgePublishScheduler } from './scheduler/publish-scheduler.ts';
import { createSenderPorts, regionOf, type SenderPorts } from './sender-ports.ts';
import { createSqsSendQueue } from './sqs/send-queue.ts';

export { type DeliveryConfig, type DeliveryRole, readDeliveryConfig } from './delivery-config.ts';
export { systemClock } from './sender-ports.ts';

export interface DeliveryPorts extends SenderPorts {
  content: ContentStore;
  /** SQS when SEND_QUEUE_URL is set; otherwise the caller supplies one (the local in-process queue). */
  queue?: SendQueue;
  articles: ArticleObjectReader;
  taxonomy: Taxonomy;
  history: ArticleHistory;
  scheduled: ScheduledArticles;
  /**
   * EventBridge Scheduler, when the stack configured it (PUBLISH_SCHEDULE_GROUP): schedules invoke `targetArn` (the
   * publish function); without one it can only cancel. Undefined locally, where `npm start`'s timer schedules.
   */
  eventBridgeScheduler?: (targetArn?: string) => PublishScheduler;
}

export async function createDeliveryPorts(config: DeliveryConfig): Promise<DeliveryPorts> {
  const region = regionOf(config);
  const [sender, taxonomy] = await Promise.all([
    createSenderPorts(config),
    loadTaxonomyFile(config.taxonomyFile),
  ]);
  return {
    ...sender,
    content: createDynamoContentStore({ client: sender.dynamo, tableName: config.data.tableName }),
    ...(config.delivery.sendQueueUrl
      ? {
          queue: createSqsSendQueue({
            client: traced(new SQSClient(region ? { region } : {})),
            queueUrl: config.delivery.sendQueueUrl,
          }),
        }
      : {}),
    articles: createS3ArticleReader(traced(new S3Client(region ? { region } : {}))),
    taxonomy,
    history: createDynamoArticleHistory({ client: sender.dynamo, tableName: config.data.tableName }),
    scheduled: createDynamoScheduledArticles({ client: sender.dynamo, tableName: config.data.tableName }),
    ...(config.scheduler ? { eventBridgeScheduler: eventBridge(config.scheduler, region) } : {}),
  };
}

function eventBridge(settings: { groupName: string; roleArn: string }, region: string | undefined) {
  const client = traced(new SchedulerClient(region ? { region } : {}));
  return (targetArn?: string): PublishScheduler =>
    createEventBridgePublishScheduler({
      client,
      groupName: settings.groupName,
      roleArn: settings.roleArn,
      targetArn: targetArn ?? '',
    });
}

/** A scheduler for a runtime that cannot schedule: a future publishAt is refused with what to do instead. */
export function noScheduler(why: string): PublishScheduler {
  return {
    async schedule() {
      throw new Error(why);
    },
    async cancel() {},
  };
}

/** The desk's deps: publishing's, plus versions, scheduled articles and the scheduler. */
export function deskDeps<P extends object>(
  planning: P,
  ports: Pick<DeliveryPorts, 'history' | 'scheduled'>,
  scheduler: PublishScheduler,
): P & Pick<DeskDeps, 'history' | 'scheduled' | 'scheduler'> {
  return { ...planning, history: ports.history, scheduled: ports.scheduled, scheduler };
}

/**
 * What publishArticle and planDigest need, from the production ports. The renderer is passed in so that this
 * module never imports MJML: only the rendering functions' bundles carry it.
 */
export function planningDeps<Q extends SendQueue>(ports: DeliveryPorts, queue: Q, render: EditionRenderer) {
  return {
    content: ports.content,
    editions: ports.editions,
    variants: ports.variants,
    queue,
    subscribers: ports.subscribers,
    render,
    taxonomy: ports.taxonomy,
    siteUrl: ports.config.mail!.siteUrl,
    sender: { address: ports.config.mail!.senderEmail, name: ports.config.mail!.senderName },
    listIdDomain: ports.config.mail!.listIdDomain,
    ...(ports.config.mail!.replyTo ? { replyTo: ports.config.mail!.replyTo } : {}),
    ...(ports.config.mail!.inboundDomain ? { inboundDomain: ports.config.mail!.inboundDomain } : {}),
    ...(ports.config.mail!.postalAddress ? { postalAddress: ports.config.mail!.postalAddress } : {}),
    clock: ports.clock,
    timezone: ports.config.delivery.timezone,
  };
}
