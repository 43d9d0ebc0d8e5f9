// Least privilege, evaluated: each function's synthesized role policy is run through an IAM policy simulator for
// the calls its code makes (allowed) and for the ones it must not be able to make (denied): no Scan anywhere, no
// BatchWrite or Delete where the code has none, S3 reads under articles/ only, SQS send only where jobs are queued.
import type { CfnElement } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_SDK_CALLS } from '../../functions/shared/sdk-calls.ts';
import { TABLE_ACCESS } from '../../infra/access.ts';
import { type Env, evaluate, type PolicyDocument, rolePolicies } from './iam.ts';
import { synthTemplate } from './stack-fixture.ts';

const env: Env = { account: '123456789012', region: 'ap-southeast-1' };
type Synth = ReturnType<typeof synthTemplate>;
type Fn = keyof Synth['stack']['functions'];

let prod: Synth;
let arn: { table: string; bucket: string; queue: string; requests: string; secret: string };
const policies = new Map<Fn, PolicyDocument[]>();

beforeAll(() => {
  prod = synthTemplate();
  const resources = prod.template.toJSON().Resources as Record<string, { Type: string }>;
  const idOf = (type: string, hint = '') =>
    Object.entries(resources).find(([id, r]) => r.Type === type && id.includes(hint))![0];
  // The names iam.ts gives each resource, so ARNs match the resolved policies.
  arn = {
    table: `arn:aws:dynamodb:${env.region}:${env.account}:table/tidings-${idOf('AWS::DynamoDB::Table')}`,
    bucket: `arn:aws:s3:::tidings-${idOf('AWS::S3::Bucket', 'DataContent')}`.toLowerCase(),
    queue: `arn:aws:sqs:${env.region}:${env.account}:tidings-${idOf('AWS::SQS::Queue', 'DeliverySend')}`,
    // SubscribeRequests/Requests: CDK folds the repeated word into SubscribeRequests<hash>.
    requests: `arn:aws:sqs:${env.region}:${env.account}:tidings-${Object.keys(resources).find((id) =>
      /^SubscribeRequests[0-9A-F]{8}$/.test(id),
    )!}`,
    secret: `arn:aws:secretsmanager:${env.region}:${env.account}:secret:tidings-${idOf('AWS::SecretsManager::Secret')}-AbCdEf`,
  };
  for (const name of Object.keys(prod.stack.functions) as Fn[]) {
    const role = prod.stack.getLogicalId(prod.stack.functions[name].fn.role!.node.defaultChild as CfnElement);
    policies.set(name, rolePolicies(prod.template.toJSON() as never, role, env));
  }
});

const may = (fn: Fn, action: string, resource: string, leadingKeys?: string[]) =>
  evaluate(
    policies.get(fn)!,
    { action, resource, ...(leadingKeys ? { context: { 'dynamodb:LeadingKeys': leadingKeys } } : {}) },
    env,
  );

const ALL_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:DeleteTable',
  'dynamodb:PartiQLSelect',
];

const HANDLER: Record<Fn, keyof typeof TABLE_ACCESS> = {
  subscriptions: 'http-subscriptions',
  articles: 'http-articles',
  publish: 'publish',
  plan: 'plan',
  send: 'send',
  feedback: 'feedback',
};

describe('table actions per function', () => {
  it.each(Object.keys(HANDLER) as Fn[])('%s may call exactly its table actions', async (fn) => {
    const granted = new Set<string>(TABLE_ACCESS[HANDLER[fn]].actions);
    for (const action of ALL_TABLE_ACTIONS) {
      const verdict = await may(fn, action, arn.table);
      expect(`${action}: ${verdict}`).toBe(
        `${action}: ${granted.has(action) ? 'Allowed' : 'ImplicitlyDenied'}`,
      );
    }
  });

  it('no function may Scan, and only publish may BatchWrite', async () => {
    for (const fn of Object.keys(HANDLER) as Fn[]) {
      expect(await may(fn, 'dynamodb:Scan', arn.table), fn).toBe('ImplicitlyDenied');
      expect(await may(fn, 'dynamodb:BatchWriteItem', arn.table), fn).toBe(
        fn === 'publish' ? 'Allowed' : 'ImplicitlyDenied',
      );
    }
  });

  it('the public subscription API cannot delete in bulk, scan or read the audience indexes', async () => {
    expect(await may('subscriptions', 'dynamodb:Query', `${arn.table}/index/audience-daily`)).toBe(
      'ImplicitlyDenied',
    );
    expect(await may('subscriptions', 'dynamodb:BatchWriteItem', arn.table)).toBe('ImplicitlyDenied');
  });

  it('only the planners query the audience indexes, and only this table’s', async () => {
    for (const fn of Object.keys(HANDLER) as Fn[])
      expect(await may(fn, 'dynamodb:Query', `${arn.table}/index/audience-daily`), fn).toBe(
        fn === 'plan' || fn === 'publish' ? 'Allowed' : 'ImplicitlyDenied',
      );
    expect(
      await may(
        'plan',
        'dynamodb:Query',
        `arn:aws:dynamodb:${env.region}:${env.account}:table/other/index/x`,
      ),
    ).toBe('ImplicitlyDenied');
  });

  it('the public subscription API and feedback touch only their own partitions (dynamodb:LeadingKeys)', async () => {
    for (const pk of ['SUB#1', 'EMAIL#a@example.org', 'LIMIT#x', 'SUPPRESS#h'])
      expect(await may('subscriptions', 'dynamodb:UpdateItem', arn.table, [pk]), pk).toBe('Allowed');
    for (const pk of ['EDITION#daily-2026-01-01', 'DELIVERY#x', 'ARTICLE#a', 'VARIANT#v', 'HELD_ARTICLES'])
      expect(await may('subscriptions', 'dynamodb:GetItem', arn.table, [pk]), pk).toBe('ImplicitlyDenied');
    expect(await may('subscriptions', 'dynamodb:GetItem', arn.table, ['SUB#1', 'EDITION#x'])).toBe(
      'ImplicitlyDenied',
    );
    for (const pk of ['SUB#1', 'EMAIL#a@example.org', 'EDITION#daily-2026-01-01'])
      expect(await may('feedback', 'dynamodb:UpdateItem', arn.table, [pk]), pk).toBe('Allowed');
    for (const pk of ['LIMIT#x', 'DELIVERY#x', 'SUPPRESS#h'])
      expect(await may('feedback', 'dynamodb:UpdateItem', arn.table, [pk]), pk).toBe('ImplicitlyDenied');
  });

  it("the sender touches a job's edition, variant, recipients, deliveries and parked jobs only (dynamodb:LeadingKeys)", async () => {
    for (const pk of ['EDITION#e', 'VARIANT#v', 'DELIVERY#e', 'PARKED#e'])
      expect(await may('send', 'dynamodb:UpdateItem', arn.table, [pk]), pk).toBe('Allowed');
    expect(await may('send', 'dynamodb:BatchGetItem', arn.table, ['SUB#1', 'SUB#2'])).toBe('Allowed');
    for (const pk of [
      'EMAIL#a@example.org',
      'SUPPRESS#h',
      'LIMIT#x',
      'ARTICLE#a',
      'SECTIONS#2026-01',
      'EDITIONS#daily',
    ])
      expect(await may('send', 'dynamodb:GetItem', arn.table, [pk]), pk).toBe('ImplicitlyDenied');
    expect(await may('send', 'dynamodb:BatchGetItem', arn.table, ['SUB#1', 'EMAIL#a@example.org'])).toBe(
      'ImplicitlyDenied',
    );
  });

  it('the planner writes editions and reads sections and subscribers on the table only (dynamodb:LeadingKeys)', async () => {
    for (const pk of [
      'EDITION#e',
      'EDITIONS#daily',
      'VARIANT#v',
      'SECTIONS#2026-01',
      'SECTION_MONTHS',
      'SUB#1',
    ])
      expect(await may('plan', 'dynamodb:PutItem', arn.table, [pk]), pk).toBe('Allowed');
    for (const pk of ['EMAIL#a@example.org', 'SUPPRESS#h', 'LIMIT#x', 'DELIVERY#e', 'PARKED#e', 'ARTICLE#a'])
      expect(await may('plan', 'dynamodb:GetItem', arn.table, [pk]), pk).toBe('ImplicitlyDenied');
    // Its index statement: queries only, with no key condition.
    expect(await may('plan', 'dynamodb:Query', `${arn.table}/index/audience-daily`, ['daily#3'])).toBe(
      'Allowed',
    );
    expect(await may('plan', 'dynamodb:GetItem', `${arn.table}/index/audience-daily`, ['daily#3'])).toBe(
      'ImplicitlyDenied',
    );
  });

  it('the article pages and the archive read articles, sections and editions only (dynamodb:LeadingKeys)', async () => {
    for (const pk of [
      'ARTICLE#a',
      'ARTICLES',
      'SECTIONS#2026-01',
      'SECTION_MONTHS',
      'EDITION#e',
      'EDITIONS#daily',
    ])
      expect(await may('articles', 'dynamodb:GetItem', arn.table, [pk]), pk).toBe('Allowed');
    expect(await may('articles', 'dynamodb:BatchGetItem', arn.table, ['ARTICLE#a', 'ARTICLE#b'])).toBe(
      'Allowed',
    );
    for (const pk of [
      'SUB#1',
      'EMAIL#a@example.org',
      'SUPPRESS#h',
      'LIMIT#x',
      'DELIVERY#e',
      'VARIANT#v',
      'HELD_ARTICLES',
    ])
      expect(await may('articles', 'dynamodb:Query', arn.table, [pk]), pk).toBe('ImplicitlyDenied');
    expect(await may('articles', 'dynamodb:BatchGetItem', arn.table, ['ARTICLE#a', 'SUB#1'])).toBe(
      'ImplicitlyDenied',
    );
  });

  it('every table grant says why', () => {
    for (const access of Object.values(TABLE_ACCESS)) expect(access.why.length).toBeGreaterThan(30);
  });
});

describe('bucket, queue and secret', () => {
  it('publish reads uploads under articles/ only: nothing else in the bucket, no listing, no writes', async () => {
    expect(await may('publish', 's3:GetObject', `${arn.bucket}/articles/ai-shanghai-2025.md`)).toBe(
      'Allowed',
    );
    expect(await may('publish', 's3:GetObject', `${arn.bucket}/drafts/secret.md`)).toBe('ImplicitlyDenied');
    expect(await may('publish', 's3:ListBucket', arn.bucket)).toBe('ImplicitlyDenied');
    expect(await may('publish', 's3:PutObject', `${arn.bucket}/articles/x.md`)).toBe('ImplicitlyDenied');
    for (const fn of ['subscriptions', 'articles', 'plan', 'send', 'feedback'] as const)
      expect(await may(fn, 's3:GetObject', `${arn.bucket}/articles/x.md`), fn).toBe('ImplicitlyDenied');
  });

  it('plan and publish may queue send jobs; the sender only consumes; nobody purges', async () => {
    for (const fn of Object.keys(HANDLER) as Fn[])
      expect(await may(fn, 'sqs:SendMessage', arn.queue), fn).toBe(
        fn === 'plan' || fn === 'publish' ? 'Allowed' : 'ImplicitlyDenied',
      );
    for (const action of ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility'])
      expect(await may('send', action, arn.queue), action).toBe('Allowed'); // its event source mapping polls as it
    for (const fn of Object.keys(HANDLER) as Fn[])
      expect(await may(fn, 'sqs:PurgeQueue', arn.queue), fn).toBe('ImplicitlyDenied');
    expect(await may('plan', 'sqs:ReceiveMessage', arn.queue)).toBe('ImplicitlyDenied');
  });

  it('only the subscription function queues subscribe requests, and it alone consumes them', async () => {
    for (const fn of Object.keys(HANDLER) as Fn[]) {
      const own = fn === 'subscriptions' ? 'Allowed' : 'ImplicitlyDenied';
      expect(await may(fn, 'sqs:SendMessage', arn.requests), fn).toBe(own);
      expect(await may(fn, 'sqs:ReceiveMessage', arn.requests), fn).toBe(own);
      expect(await may(fn, 'sqs:PurgeQueue', arn.requests), fn).toBe('ImplicitlyDenied');
    }
  });

  it('the token keys: GetSecretValue for the functions that sign or verify links, nothing else', async () => {
    for (const fn of Object.keys(HANDLER) as Fn[])
      expect(await may(fn, 'secretsmanager:GetSecretValue', arn.secret), fn).toBe(
        ['subscriptions', 'publish', 'send'].includes(fn) ? 'Allowed' : 'ImplicitlyDenied',
      );
    expect(await may('send', 'secretsmanager:DescribeSecret', arn.secret)).toBe('ImplicitlyDenied');
    expect(await may('send', 'secretsmanager:PutSecretValue', arn.secret)).toBe('ImplicitlyDenied');
  });
});

describe('the SDK call recorder', () => {
  it('is off in every deployed function (test/e2e/journey.test.ts turns it on locally)', () => {
    const resources = prod.template.toJSON().Resources as Record<
      string,
      { Type: string; Properties?: { Environment?: { Variables?: Record<string, unknown> } } }
    >;
    const functions = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    expect(functions.length).toBeGreaterThanOrEqual(6);
    for (const f of functions)
      expect(f.Properties?.Environment?.Variables ?? {}).not.toHaveProperty(RECORD_SDK_CALLS);
  });
});
