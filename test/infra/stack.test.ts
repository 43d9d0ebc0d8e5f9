import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { GSIS, TTL_ATTRIBUTE } from '../../functions/adapters/dynamodb/table.ts';
import { parseTokenKeys } from '../../functions/adapters/secrets/token-keys.ts';
import { senderConcurrency } from '../../infra/config.ts';
import { TOKEN_KEY_GENERATION } from '../../infra/constructs/data.ts';
import { SENDER_TIMEOUT } from '../../infra/stack.ts';
import { synthTemplate } from './stack-fixture.ts';

type Template = ReturnType<typeof synthTemplate>['template'];
type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };

function statements(template: Template): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (p) =>
      (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
        .Statement,
  );
}
const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

let template: Template;
beforeAll(() => {
  // The committed prod stage of tidings.config.ts: what `cdk deploy -c stage=prod` would create.
  template = synthTemplate().template;
});

describe('data', () => {
  it('keeps subscribers: PITR, deletion protection, RETAIN, TTL, GSIs from table.ts', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: GSIS.map((g) =>
          Match.objectLike({
            IndexName: g.indexName,
            KeySchema: [
              { AttributeName: g.partitionKey, KeyType: 'HASH' },
              { AttributeName: g.sortKey, KeyType: 'RANGE' },
            ],
          }),
        ),
      }),
    });
  });

  it('content bucket is private, encrypted, versioned, logged and retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'content/' }),
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
      }),
    });
  });

  it('token keys are generated in a shape the loader accepts', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({
        SecretStringTemplate: TOKEN_KEY_GENERATION.secretStringTemplate,
        GenerateStringKey: 'secret',
        PasswordLength: 64,
        ExcludePunctuation: true,
      }),
    });
    // What Secrets Manager would store: the template plus 64 letters and digits under "secret".
    const generated = JSON.stringify({
      ...JSON.parse(TOKEN_KEY_GENERATION.secretStringTemplate),
      secret: 'aZ09'.repeat(16),
    });
    const keys = parseTokenKeys(generated, 'generated secret');
    expect(keys).toHaveLength(1);
    expect(keys[0]!.id).toBe('k1');
    expect(keys[0]!.secret.length).toBeGreaterThanOrEqual(32);
  });
});

describe('functions', () => {
  it('all run on arm64 Node 24, ESM bundles, with explicit memory and timeout and retained logs', () => {
    // Ours, not CDK's own deploy-time bucket-notification handler.
    const fns = Object.fromEntries(
      Object.entries(template.findResources('AWS::Lambda::Function')).filter(
        ([id]) => !id.startsWith('BucketNotificationsHandler'),
      ),
    );
    expect(Object.keys(fns)).toHaveLength(6);
    for (const fn of Object.values(fns) as Array<{ Properties: Record<string, unknown> }>) {
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
      expect(fn.Properties.MemorySize).toBeGreaterThanOrEqual(256);
      expect(fn.Properties.Timeout).toBeGreaterThan(3);
      expect(fn.Properties.LoggingConfig).toMatchObject({ LogGroup: expect.anything() });
    }
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('never puts a secret value in the environment, only its ARN', () => {
    const fns = Object.values(template.findResources('AWS::Lambda::Function')) as Array<{
      Properties: { Environment?: { Variables: Record<string, unknown> } };
    }>;
    let withSecret = 0;
    for (const fn of fns) {
      const vars = fn.Properties.Environment?.Variables ?? {};
      const text = JSON.stringify(vars);
      expect(text).not.toMatch(/resolve:secretsmanager|SecretString/i);
      if ('TOKEN_KEYS_SECRET_ARN' in vars) {
        withSecret++;
        expect(vars.TOKEN_KEYS_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/TokenKeys/) });
      }
    }
    expect(withSecret).toBe(3);
  });

  it('rendering functions find templates and taxonomy shipped in the bundle', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          TIDINGS_TEMPLATES_DIR: '/var/task/templates',
          TAXONOMY_FILE: '/var/task/topics.json',
          POWERTOOLS_SERVICE_NAME: 'tidings-plan',
          TIMEZONE: 'Asia/Shanghai',
          SEND_QUEUE_URL: Match.anyValue(),
        }),
      },
    });
  });
});

describe('IAM', () => {
  it('SES: one send action per function, on the identity and configuration set, from the sender address', () => {
    const ses = statements(template).filter((s) => actions(s).some((a) => a.startsWith('ses:Send')));
    expect(ses.map(actions).sort()).toEqual([['ses:SendEmail'], ['ses:SendRawEmail']]);
    // Besides sending, only reading the account quota (the subscription API's confirmation budget).
    const other = statements(template)
      .flatMap(actions)
      .filter((a) => a.startsWith('ses:') && !a.startsWith('ses:Send'));
    expect(other).toEqual(['ses:GetSendQuota']);
    for (const s of ses) {
      expect(s.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'news@example.org' } });
      const resources = JSON.stringify(s.Resource);
      expect(resources).toContain(':identity/example.org');
      expect(resources).toContain(':configuration-set/');
      expect(s.Resource).toHaveLength(2);
    }
  });

  it('only the sender and the subscription API may send; the article pages cannot read the bucket', () => {
    const { stack, template: t } = synthTemplate();
    const roleOf = (name: keyof typeof stack.functions) =>
      stack.getLogicalId(stack.functions[name].fn.role!.node.defaultChild as CfnElement);
    const policiesOf = (name: keyof typeof stack.functions) =>
      JSON.stringify(
        Object.values(t.findResources('AWS::IAM::Policy')).filter((p) =>
          JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles).includes(roleOf(name)),
        ),
      );
    expect(policiesOf('send')).toContain('"ses:SendRawEmail"');
    expect(policiesOf('send')).not.toContain('"ses:SendEmail"');
    expect(policiesOf('subscriptions')).toContain('"ses:SendEmail"');
    expect(policiesOf('subscriptions')).not.toContain('"ses:SendRawEmail"');
    expect(policiesOf('subscriptions')).toContain('"ses:GetSendQuota"');
    expect(policiesOf('send')).not.toContain('"ses:GetSendQuota"');
    for (const name of ['publish', 'plan', 'feedback', 'articles'] as const)
      expect(policiesOf(name)).not.toContain('ses:');
    expect(policiesOf('articles')).not.toContain('s3:');
    expect(policiesOf('publish')).toContain('s3:GetObject');
  });

  it('grants no service-wide action and no bare * resource (but X-Ray and the SES quota, which have no resource types)', () => {
    const resourceless = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments', 'ses:GetSendQuota'];
    for (const s of statements(template)) {
      for (const a of actions(s)) expect(a).not.toMatch(/^[a-z0-9-]+:\*$/);
      if (actions(s).every((a) => resourceless.includes(a))) continue;
      expect(s.Resource).not.toBe('*');
      expect(Array.isArray(s.Resource) ? s.Resource : [s.Resource]).not.toContain('*');
    }
  });

  it("the identity is the sender domain, by default the From address's domain", () => {
    const t = synthTemplate({ stage: 'dev', context: { 'sender.email': 'alerts@example.net' } }).template;
    const ses = statements(t).filter((s) => actions(s).includes('ses:SendRawEmail'));
    expect(JSON.stringify(ses[0]!.Resource)).toContain(':identity/example.net');
    expect(JSON.stringify(ses[0]!.Resource)).not.toContain(':identity/alerts@example.net');
  });
});

describe('delivery', () => {
  it('send queue: DLQ after 5 receives, visibility 6 × sender timeout, encrypted, TLS only', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: SENDER_TIMEOUT.toSeconds() * 6,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
    });
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    expect(JSON.stringify(policies)).toContain('aws:SecureTransport');
  });

  it('sender consumes with partial batch failures and a concurrency cap shared with its token bucket', () => {
    const cap = senderConcurrency(14); // the prod stage's sendRate
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: cap },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: SENDER_TIMEOUT.toSeconds(),
      Environment: { Variables: Match.objectLike({ SEND_RATE: '14', SENDER_CONCURRENCY: String(cap) }) },
    });
  });

  it('concurrency follows the send rate: at least 2, one sender per 5 msg/s, at most 100', () => {
    expect([1, 14, 50, 51, 10_000].map(senderConcurrency)).toEqual([2, 3, 10, 11, 100]);
  });

  it('daily and weekly schedules run at the configured times in the configured time zone', () => {
    const t = synthTemplate({
      context: { timezone: 'Europe/Berlin', dailyDigestAt: '06:30', weeklyDigestAt: 'fri 17:05' },
    }).template;
    const expected = { daily: 'cron(30 6 * * ? *)', weekly: 'cron(5 17 ? * FRI *)' };
    for (const [cadence, expression] of Object.entries(expected)) {
      t.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: expression,
        ScheduleExpressionTimezone: 'Europe/Berlin',
        Target: Match.objectLike({ Input: JSON.stringify({ cadence }) }),
      });
    }
    template.resourceCountIs('AWS::Scheduler::Schedule', 2);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
    });
  });

  it('a cadence set to false has no schedule', () => {
    const t = synthTemplate({ context: { weeklyDigestAt: 'false' } }).template;
    t.resourceCountIs('AWS::Scheduler::Schedule', 1);
    t.hasResourceProperties('AWS::Scheduler::Schedule', {
      Target: Match.objectLike({ Input: JSON.stringify({ cadence: 'daily' }) }),
    });
  });

  it('articles under articles/*.md trigger publish', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          Match.objectLike({
            Events: ['s3:ObjectCreated:*'],
            Filter: {
              Key: {
                FilterRules: [
                  { Name: 'suffix', Value: '.md' },
                  { Name: 'prefix', Value: 'articles/' },
                ],
              },
            },
          }),
        ],
      },
    });
  });
});

describe('SES feedback and alarms', () => {
  it('bounces and complaints go to SNS and on to feedback', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint']),
        SnsDestination: Match.anyValue(),
      }),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda' });
  });

  it("alarm mail goes to the stage's alarmEmail; a stage without one subscribes nobody", () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
    const dev = synthTemplate({ stage: 'dev' }).template;
    expect(JSON.stringify(dev.findResources('AWS::SNS::Subscription'))).not.toContain('"email"');
  });
});

describe('HTTP API', () => {
  it('serves every subscription and article route, throttled, with access logs', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => (r as { Properties: { RouteKey: string } }).Properties.RouteKey,
    );
    expect(routes.sort()).toEqual(
      [
        'GET /',
        'POST /api/subscriptions',
        'GET /api/topics',
        'GET /confirm',
        'POST /confirm',
        'GET /preferences',
        'POST /preferences',
        'GET /unsubscribe',
        'POST /unsubscribe',
        'POST /unsubscribe/undo',
        'GET /check-inbox',
        'POST /fresh-link',
        'GET /articles/{slug}',
        'GET /archive',
        'GET /archive/{edition}',
        'GET /archive/topics/{topic}',
        'GET /feeds/{feed}',
      ].sort(),
    );
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.not(Match.stringLikeRegexp('querystring')),
      },
    });
  });

  it('throttling comes from the stage (or -c), links from the custom domain', () => {
    const t = synthTemplate({ context: { 'api.throttleRate': '5', 'api.throttleBurst': '9' } }).template;
    t.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 9 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SITE_URL: 'https://news.example.org' }) },
    });
  });

  it('mailto: unsubscribe only with an inbound domain: a receipt rule for its mailbox → the inbound function', () => {
    template.resourceCountIs('AWS::SES::ReceiptRule', 0);
    const t = synthTemplate({ context: { inboundDomain: 'in.news.example.org' } }).template;
    t.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Recipients: ['unsubscribe@in.news.example.org'],
        Enabled: true,
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [{ LambdaAction: Match.objectLike({ InvocationType: 'Event' }) }],
      }),
    });
    t.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          INBOUND_DOMAIN: 'in.news.example.org',
          TOKEN_KEYS_SECRET_ARN: Match.anyValue(),
          TABLE_NAME: Match.anyValue(),
          POWERTOOLS_SERVICE_NAME: 'tidings-inbound-unsubscribe',
        }),
      },
    });
    // Only SES, from this account, may invoke it.
    t.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'ses.amazonaws.com',
      SourceAccount: Match.anyValue(),
    });
  });

  it('outputs the API URL, content bucket and table', () => {
    for (const name of ['ApiUrl', 'ContentBucketName', 'TableName'])
      template.hasOutput(name, Match.anyValue());
  });
});
