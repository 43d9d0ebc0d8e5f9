// The whole pipeline in one stack: stateful data, the functions, and the wiring between them. Business logic
// lives in functions/; this file only decides who may touch what.
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StackConfig } from './config.ts';
import { Alarms } from './constructs/alarms.ts';
import { Data } from './constructs/data.ts';
import { Delivery } from './constructs/delivery.ts';
import { Email } from './constructs/email.ts';
import { TidingsFunction } from './constructs/function.ts';
import { Publishing } from './constructs/publishing.ts';
import { SubscriptionApi } from './constructs/subscription-api.ts';

export interface TidingsStackProps extends StackProps {
  config: StackConfig;
}

export const SENDER_TIMEOUT = Duration.seconds(60);

export class TidingsStack extends Stack {
  readonly data: Data;
  readonly api: SubscriptionApi;
  readonly delivery: Delivery;
  readonly email: Email;
  readonly functions: Record<
    'subscriptions' | 'articles' | 'publish' | 'plan' | 'send' | 'feedback',
    TidingsFunction
  >;

  constructor(scope: Construct, id: string, props: TidingsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const metricsNamespace = `Tidings/${config.stage}`;
    const fn = (
      id: string,
      handler: ConstructorParameters<typeof TidingsFunction>[2]['handler'],
      extra: Partial<ConstructorParameters<typeof TidingsFunction>[2]> = {},
    ) =>
      new TidingsFunction(this, id, {
        handler,
        serviceName: `tidings-${id.toLowerCase()}`,
        metricsNamespace,
        ...extra,
      });

    this.data = new Data(this, 'Data');
    const { table, contentBucket, tokenKeys } = this.data;

    const subscriptions = fn('Subscriptions', 'http-subscriptions');
    const articles = fn('Articles', 'http-articles');
    const publish = fn('Publish', 'publish', { timeout: Duration.minutes(2) });
    const plan = fn('Plan', 'plan', { timeout: Duration.minutes(10) });
    const send = fn('Send', 'send', { timeout: SENDER_TIMEOUT });
    const feedback = fn('Feedback', 'feedback');
    this.functions = { subscriptions, articles, publish, plan, send, feedback };

    this.email = new Email(this, 'Email', {
      senderEmail: config.senderEmail,
      senderDomain: config.senderDomain,
      feedback,
    });
    this.api = new SubscriptionApi(this, 'Http', {
      subscriptions,
      articles,
      throttleRate: config.throttleRate,
      throttleBurst: config.throttleBurst,
      domainName: config.domainName,
      certificateArn: config.certificateArn,
    });
    const siteUrl = config.siteUrl ?? (config.domainName ? `https://${config.domainName}` : this.api.url);

    // Functions that build email: sender identity, links and the configuration set for feedback events.
    for (const f of [subscriptions, publish, plan, send]) {
      f.setEnv('SENDER_EMAIL', config.senderEmail)
        .setEnv('CONFIGURATION_SET', this.email.configurationSet.configurationSetName)
        .setEnv('SITE_URL', siteUrl)
        .setEnv('LIST_ID_DOMAIN', config.senderDomain ?? config.senderEmail.split('@')[1]!)
        .setEnv('TIMEZONE', config.timezone);
      if (config.senderName) f.setEnv('SENDER_NAME', config.senderName);
    }
    articles.setEnv('SITE_URL', siteUrl);

    for (const f of [subscriptions, publish, plan, send, feedback]) f.bindTable(table, 'readWrite');
    // Article pages on AWS come from the sections stored at publication: the table, never the bucket.
    articles.bindTable(table, 'read');
    publish.bindBucket(contentBucket, 'read');
    // Tokens sign unsubscribe/preference links (publish renders alert variants, send fills them per recipient).
    for (const f of [subscriptions, publish, send]) f.bindSecret(tokenKeys);
    // Only functions that call SES themselves, each with the one action it uses: the sender sends what the planner
    // composed, the subscription API has SES compose the confirmation email. Publish and plan only queue.
    this.email.grantSend(send.fn, 'raw');
    this.email.grantSend(subscriptions.fn, 'composed');

    new Publishing(this, 'Publishing', { bucket: contentBucket, publish });
    this.delivery = new Delivery(this, 'Delivery', {
      plan,
      send,
      timezone: config.timezone,
      sendRate: config.sendRate,
    });
    // Instant alerts are queued by publish, like digest jobs by plan.
    publish.bindQueue(this.delivery.queue, 'send');
    new Alarms(this, 'Alarms', {
      deadLetters: this.delivery.deadLetters,
      sender: send.fn,
      alarmEmail: config.alarmEmail,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Subscription pages and API' });
    new CfnOutput(this, 'SiteUrl', { value: siteUrl, description: 'Origin used in email links' });
    new CfnOutput(this, 'ContentBucketName', {
      value: contentBucket.bucketName,
      description: 'Upload articles as articles/<slug>.md',
    });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'SendQueueUrl', {
      value: this.delivery.queue.queueUrl,
      description: 'For `tidings resume` run against AWS (with TABLE_NAME)',
    });
  }
}
