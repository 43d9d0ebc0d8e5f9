// Composition root for the delivery side: the sender's ports plus what publishing and planning need (content
// store, SQS send queue, S3 article reader, taxonomy), once per cold start, for the Lambda handlers (publish, plan,
// feedback) and the CLI alike. The send function uses sender-ports.ts alone.
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { EditionRenderer } from '../core/render/types.ts';
import type { Taxonomy } from '../core/topics/types.ts';
import type { ContentStore, SendQueue } from '../ports.ts';
import { traced } from '../shared/tracing.ts';
import type { DeliveryConfig } from './delivery-config.ts';
import { createDynamoContentStore } from './dynamodb/content-store.ts';
import { loadTaxonomyFile } from './fs/taxonomy.ts';
import { type ArticleObjectReader, createS3ArticleReader } from './s3/article-object.ts';
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
  };
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
    clock: ports.clock,
    timezone: ports.config.delivery.timezone,
  };
}
