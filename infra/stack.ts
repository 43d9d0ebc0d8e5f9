// The whole pipeline in one stack: stateful data, the functions, and the wiring between them. Business logic
// lives in functions/; this file only decides who may touch what.
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate, CertificateValidation, type ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import { HostedZone, type IHostedZone } from 'aws-cdk-lib/aws-route53';
import type { Construct } from 'constructs';
import { TABLE_ACCESS } from './access.ts';
import type { StageConfig } from './config.ts';
import { Alarms } from './constructs/alarms.ts';
import { Data } from './constructs/data.ts';
import { deadLetterQueue } from './constructs/dead-letters.ts';
import { Delivery } from './constructs/delivery.ts';
import { Site, WebFirewall } from './constructs/edge.ts';
import { Email } from './constructs/email.ts';
import { TidingsFunction } from './constructs/function.ts';
import { InboundUnsubscribe } from './constructs/inbound-unsubscribe.ts';
import { OperatorPolicy } from './constructs/operator-policy.ts';
import { PublishScheduler } from './constructs/publish-scheduler.ts';
import { ARTICLE_PREFIX, Publishing } from './constructs/publishing.ts';
import { SubscribeRequests } from './constructs/subscribe-requests.ts';
import { SubscriptionApi } from './constructs/subscription-api.ts';

export interface TidingsStackProps extends StackProps {
  config: StageConfig;
  /** From the us-east-1 edge stack when this stack is elsewhere; made here when this stack is in us-east-1. */
  edge?: { webAclArn: string; certificate?: ICertificate } | undefined;
}

export const SENDER_TIMEOUT = Duration.seconds(60);

/** Metrics of one stage never mix with another's. */
export const metricsNamespaceOf = (stage: string) => `Tidings/${stage}`;

/**
 * The stage's runtime settings as the functions read them (PLAN decision 3); unset optional ones stay absent so
 * the function's own default (or "none") applies. A disabled digest cadence has no *_DIGEST_AT.
 */
export function runtimeSettings(config: StageConfig, siteUrl: string): Record<string, string> {
  const env: Record<string, string> = {
    SITE_URL: siteUrl,
    TIMEZONE: config.timezone,
    ZH_HANT_VARIANT: config.zhHantVariant,
  };
  if (config.postalAddress) env.POSTAL_ADDRESS = config.postalAddress;
  if (config.replyTo) env.REPLY_TO = config.replyTo;
  if (config.inboundDomain) env.INBOUND_DOMAIN = config.inboundDomain;
  if (config.dailyDigestAt) env.DAILY_DIGEST_AT = config.dailyDigestAt;
  if (config.weeklyDigestAt) env.WEEKLY_DIGEST_AT = config.weeklyDigestAt;
  return env;
}

export class TidingsStack extends Stack {
  readonly data: Data;
  readonly api: SubscriptionApi;
  readonly delivery: Delivery;
  readonly email: Email;
  readonly hostedZone?: IHostedZone;
  readonly site: Site;
  readonly alarms: Alarms;
  readonly publishScheduler: PublishScheduler;
  readonly functions: Record<
    'subscriptions' | 'articles' | 'publish' | 'plan' | 'send' | 'feedback',
    TidingsFunction
  >;

  constructor(scope: Construct, id: string, props: TidingsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const metricsNamespace = metricsNamespaceOf(config.stage);
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

    this.data = new Data(this, 'Data', { existing: config.existing });
    const { table, contentBucket, tokenKeys } = this.data;

    const subscriptions = fn('Subscriptions', 'http-subscriptions');
    const articles = fn('Articles', 'http-articles');
    const publish = fn('Publish', 'publish', { timeout: Duration.minutes(2) });
    const plan = fn('Plan', 'plan', { timeout: Duration.minutes(10) });
    const send = fn('Send', 'send', { timeout: SENDER_TIMEOUT });
    const feedback = fn('Feedback', 'feedback');
    this.functions = { subscriptions, articles, publish, plan, send, feedback };

    this.hostedZone = config.hostedZone
      ? HostedZone.fromHostedZoneAttributes(this, 'Zone', {
          hostedZoneId: config.hostedZone.id,
          zoneName: config.hostedZone.name,
        })
      : undefined;
    this.email = new Email(this, 'Email', {
      senderEmail: config.sender.email,
      senderDomain: config.sender.domain,
      mailFromSubdomain: config.sender.mailFromSubdomain,
      addressIdentity: config.sender.addressIdentity,
      sandboxRecipients: config.sandbox ? config.testRecipients : [],
      ...(this.hostedZone ? { hostedZone: this.hostedZone } : {}),
      feedback,
    });
    this.api = new SubscriptionApi(this, 'Http', {
      subscriptions,
      articles,
      throttleRate: config.api.throttleRate,
      throttleBurst: config.api.throttleBurst,
    });
    // CloudFront needs its web ACL and certificate in us-east-1: here when this stack is there, else the edge stack.
    const local = props.edge === undefined;
    const webAclArn =
      props.edge?.webAclArn ??
      new WebFirewall(this, 'Firewall', {
        subscribeLimitPerIp: config.subscribeLimitPerIp,
        metricPrefix: `tidings-${config.stage}`,
      }).webAcl.attrArn;
    let certificate: ICertificate | undefined;
    if (config.customDomain?.certificateArn)
      certificate = Certificate.fromCertificateArn(this, 'Certificate', config.customDomain.certificateArn);
    else if (config.customDomain && props.edge?.certificate) certificate = props.edge.certificate;
    else if (config.customDomain && local && this.hostedZone)
      certificate = new Certificate(this, 'Certificate', {
        domainName: config.customDomain.name,
        validation: CertificateValidation.fromDns(this.hostedZone),
      });
    this.site = new Site(this, 'Site', {
      apiEndpoint: this.api.api.apiEndpoint,
      webAclArn,
      ...(config.customDomain && certificate
        ? { customDomain: { name: config.customDomain.name, certificate } }
        : {}),
      ...(this.hostedZone ? { hostedZone: this.hostedZone } : {}),
    });
    // Every link in every email: the configured origin, else the site's (never the execute-api host).
    const siteUrl = config.siteUrl ?? this.site.url;

    // Functions that build email: sender identity, links and the configuration set for feedback events.
    for (const f of [subscriptions, publish, plan, send]) {
      f.setEnv('SENDER_EMAIL', config.sender.email)
        .setEnv('CONFIGURATION_SET', this.email.configurationSet.configurationSetName)
        .setEnv('LIST_ID_DOMAIN', config.sender.domain);
      if (config.sender.name) f.setEnv('SENDER_NAME', config.sender.name);
    }
    // The runtime settings of PLAN decision 3 on every function that renders mail or pages (they read them
    // through functions/shared/config.ts): links, footer, schedule wording, Traditional Chinese variant.
    for (const f of [subscriptions, articles, publish, plan, send]) {
      for (const [name, value] of Object.entries(runtimeSettings(config, siteUrl))) f.setEnv(name, value);
    }

    // Each function gets the table actions its code calls (infra/access.ts); article pages read the sections
    // stored at publication, never the bucket; publish reads uploads under articles/ only.
    for (const f of Object.values(this.functions)) f.bindTable(table, TABLE_ACCESS[f.handler]);
    publish.bindBucket(contentBucket, ARTICLE_PREFIX);
    // Tokens sign unsubscribe/preference links (publish renders alert variants, send fills them per recipient).
    for (const f of [subscriptions, publish, send]) f.bindSecret(tokenKeys);
    // Only functions that call SES themselves, each with the one action it uses: the sender sends what the planner
    // composed, the subscription API has SES compose the confirmation email. Publish and plan only queue.
    this.email.grantSend(send.fn, 'raw');
    this.email.grantSend(subscriptions.fn, 'composed');
    // Its confirmation budget follows the account's quota (found denied by the deploy rehearsal, test/rehearse).
    this.email.grantQuotaRead(subscriptions.fn);
    // Subscribe requests are queued by the endpoint and processed by the same function (issue 16 #4).
    const subscribeRequests = new SubscribeRequests(this, 'SubscribeRequests', { subscriptions });

    new Publishing(this, 'Publishing', { bucket: contentBucket, publish });
    // Articles with a future publishAt: one-time schedules that invoke publish (the desk, issue 12).
    this.publishScheduler = new PublishScheduler(this, 'PublishScheduler', { publish });
    this.delivery = new Delivery(this, 'Delivery', {
      plan,
      send,
      timezone: config.timezone,
      sendRate: config.sendRate,
      dailyDigestAt: config.dailyDigestAt,
      weeklyDigestAt: config.weeklyDigestAt,
    });
    // Instant alerts are queued by publish, like digest jobs by plan.
    publish.bindQueue(this.delivery.queue);

    // Events AWS hands over asynchronously (S3 → publish, Scheduler → plan, SNS → feedback) that still fail after
    // Lambda's retries land in a queue of their own, never lost silently.
    const failures = {
      Publish: deadLetterQueue(this, 'PublishFailures', 'article uploads publish failed on after 3 tries'),
      Plan: deadLetterQueue(this, 'PlanFailures', 'digest plans that failed after 3 tries'),
      Feedback: deadLetterQueue(
        this,
        'FeedbackFailures',
        'SES notifications the feedback function failed on after 3 tries',
      ),
    };
    publish.sendAsyncFailuresTo(failures.Publish.queue);
    plan.sendAsyncFailuresTo(failures.Plan.queue);
    feedback.sendAsyncFailuresTo(failures.Feedback.queue);
    const synchronous =
      'API Gateway invokes it synchronously and answers the caller: async destinations and DLQs never apply (failures show as API 5xx, alarmed).';
    subscriptions.noAsyncDestination(
      `${synchronous} Its other source, the subscribe-request queue, redrives to that queue's dead-letter queue after 5 receives (alarmed).`,
    );
    articles.noAsyncDestination(synchronous);
    send.noAsyncDestination(
      'Invoked by its SQS event source: failed jobs are redriven by the send queue to its dead-letter queue after 5 receives (alarmed).',
    );

    // mailto: List-Unsubscribe, only with an inbound domain (otherwise the https one-click link alone).
    const inbound = config.inboundDomain
      ? new InboundUnsubscribe(this, 'InboundUnsubscribe', {
          inboundDomain: config.inboundDomain,
          handler: fn('InboundUnsubscribeFn', 'inbound-unsubscribe', {
            serviceName: 'tidings-inbound-unsubscribe',
          }),
          table,
          tokenKeys,
        })
      : undefined;

    this.alarms = new Alarms(this, 'Alarms', {
      namespace: metricsNamespace,
      dashboardName: `tidings-${config.stage}`,
      ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
      deadLetters: {
        SendJobs: { queue: this.delivery.deadLetters, holds: 'send jobs that failed 5 receives' },
        PublishFailures: failures.Publish,
        PlanFailures: failures.Plan,
        FeedbackFailures: failures.Feedback,
        FeedbackDeliveryFailures: this.email.feedbackDeliveryFailures,
        ScheduleFailures: this.delivery.scheduleFailures,
        SubscribeRequests: subscribeRequests.deadLetters,
        ...(inbound ? { InboundUnsubscribeFailures: inbound.failures } : {}),
      },
      erroring: { Send: send, Plan: plan, Publish: publish, Feedback: feedback },
      all: this.functions,
      api: this.api.api,
      plan,
      cadences: (['daily', 'weekly'] as const).filter((c) =>
        c === 'daily' ? config.dailyDigestAt !== false : config.weeklyDigestAt !== false,
      ),
    });

    // What `tidings --stack` needs, for the people who run it (output OperatorPolicyArn).
    new OperatorPolicy(this, 'Operator', {
      table,
      contentBucket,
      articlePrefix: ARTICLE_PREFIX,
      plan: plan.fn,
      sendQueue: this.delivery.queue,
      schedulesArn: this.publishScheduler.schedulesArn,
      tokenKeys,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: this.api.url,
      description: 'The HTTP API behind CloudFront (for diagnosis; links use SiteUrl)',
    });
    new CfnOutput(this, 'SiteUrl', {
      value: siteUrl,
      description: 'Subscription pages; origin of every email link',
    });
    new CfnOutput(this, 'ContentBucketName', {
      value: contentBucket.bucketName,
      description: 'Upload articles as articles/<slug>.md (retained on teardown: existing.contentBucketName)',
    });
    new CfnOutput(this, 'PlanFunctionName', {
      value: plan.fn.functionName,
      description: 'Invoke with {"cadence":"daily"} to plan a digest now',
    });
    new CfnOutput(this, 'TableName', {
      value: table.tableName,
      description: 'Retained on teardown: existing.tableName to attach it again',
    });
    new CfnOutput(this, 'TokenKeysSecretArn', {
      value: tokenKeys.secretArn,
      description: 'Retained on teardown: existing.tokenKeysSecretArn keeps every emailed link working',
    });
    new CfnOutput(this, 'PublishScheduleGroup', {
      value: this.publishScheduler.group.scheduleGroupName,
      description: 'One-time schedules of articles with a future publishAt (`tidings scheduled`)',
    });
    new CfnOutput(this, 'SendQueueUrl', {
      value: this.delivery.queue.queueUrl,
      description: 'For `tidings resume` run against AWS (with TABLE_NAME)',
    });
  }
}
