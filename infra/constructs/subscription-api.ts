// The public HTTP surface: subscription pages and API, and the article archive. Throttled at the stage so a
// flood of sign-ups cannot exhaust Lambda concurrency or the confirmation-mail budget.
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { articleRoutes } from '../../functions/handlers/http-articles.ts';
import { subscriptionRoutes } from '../../functions/handlers/http-subscriptions.ts';
import type { TidingsFunction } from './function.ts';

/** Every route the subscription handler serves, from the handler itself so the API and the code never drift. */
export const SUBSCRIPTION_ROUTES: ReadonlyArray<[HttpMethod, string]> = subscriptionRoutes.map((r) => [
  HttpMethod[r.method],
  r.path,
]);

/** How long API access logs are kept (the privacy note says the same). */
export const ACCESS_LOG_RETENTION = RetentionDays.ONE_MONTH;

export interface SubscriptionApiProps {
  subscriptions: TidingsFunction;
  articles: TidingsFunction;
  throttleRate: number;
  throttleBurst: number;
}

export class SubscriptionApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: SubscriptionApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', { createDefaultStage: false });
    const subscriptions = new HttpLambdaIntegration('Subscriptions', props.subscriptions.fn);
    for (const [method, path] of SUBSCRIPTION_ROUTES) {
      this.api.addRoutes({ path, methods: [method], integration: subscriptions });
    }
    const articles = new HttpLambdaIntegration('Articles', props.articles.fn);
    for (const route of articleRoutes) {
      this.api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration: articles });
    }

    // No client address in the access log (behind CloudFront sourceIp is CloudFront's anyway, and the privacy
    // note keeps only a /24 in the consent record); kept ACCESS_LOG_RETENTION, deleted with the stack.
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: ACCESS_LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttleRate, burstLimit: props.throttleBurst },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        // No query string: confirm/unsubscribe tokens must not land in logs.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            route: '$context.routeKey',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Public newsletter sign-up, confirmation, preference and archive pages: anonymous by design; state-changing requests carry signed tokens checked by the handler.',
    });
  }

  /** The public origin: the custom domain when set, else the API's default endpoint. */
  get url(): string {
    return this.stage.url.replace(/\/$/, '');
  }
}
