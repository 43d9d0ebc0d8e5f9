// The desk's part of the stack: scheduled publishing (a schedule group, a role the scheduler assumes that may only
// invoke the publish function, and the publish function's rights on that group's schedules) and the outputs the
// CLI reads with `--stack`.
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_TABLE_ACTIONS } from '../../infra/constructs/operator-policy.ts';
import { type Env, evaluate, type PolicyDocument, resolve, stackIdOf } from './iam.ts';
import { synthTemplate } from './stack-fixture.ts';

type Built = ReturnType<typeof synthTemplate>;
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
let built: Built;
beforeAll(() => {
  built = synthTemplate();
});

const logicalId = (element: unknown) => built.stack.getLogicalId(element as CfnElement);
const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

function policiesOf(roleLogicalId: string): Statement[] {
  return Object.values(built.template.findResources('AWS::IAM::Policy'))
    .map(
      (p) =>
        (p as { Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } } }).Properties,
    )
    .filter((p) => JSON.stringify(p.Roles).includes(roleLogicalId))
    .flatMap((p) => p.PolicyDocument.Statement);
}

describe('scheduled publishing', () => {
  it('has a schedule group named after the stack, output for the CLI', () => {
    built.template.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'tidings-prod-publish' });
    built.template.hasOutput('PublishScheduleGroup', {});
  });

  it('the scheduler role is assumed by EventBridge Scheduler of this account and may only invoke publish', () => {
    const roleId = logicalId(built.stack.publishScheduler.role.node.defaultChild);
    built.template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [
          Match.objectLike({
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': Match.anyValue() } },
          }),
        ],
      }),
    });
    const publishId = logicalId(built.stack.functions.publish.fn.node.defaultChild);
    expect(policiesOf(roleId)).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [publishId, 'Arn'] } },
    ]);
  });

  it('publish may create, move and delete schedules of its group only, and pass the scheduler role only to Scheduler', () => {
    const publishRole = logicalId(built.stack.functions.publish.fn.role!.node.defaultChild);
    const statements = policiesOf(publishRole);
    const schedules = statements.filter((s) => actions(s).some((a) => a.startsWith('scheduler:')));
    expect(schedules).toHaveLength(1);
    expect(actions(schedules[0]!).sort()).toEqual([
      'scheduler:CreateSchedule',
      'scheduler:DeleteSchedule',
      'scheduler:UpdateSchedule',
    ]);
    expect(JSON.stringify(schedules[0]!.Resource)).toContain(':schedule/tidings-prod-publish/*');
    const pass = statements.filter((s) => actions(s).includes('iam:PassRole'));
    expect(pass).toEqual([
      expect.objectContaining({
        Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    ]);
    const env = Object.values(built.template.findResources('AWS::Lambda::Function')).find((f) =>
      JSON.stringify(f).includes('PUBLISH_SCHEDULE_GROUP'),
    ) as { Properties: { Environment: { Variables: Record<string, unknown> } } };
    expect(env.Properties.Environment.Variables).toMatchObject({
      PUBLISH_SCHEDULE_GROUP: 'tidings-prod-publish',
      PUBLISH_SCHEDULER_ROLE_ARN: {
        'Fn::GetAtt': [logicalId(built.stack.publishScheduler.role.node.defaultChild), 'Arn'],
      },
    });
  });
});

describe('the operator policy (tidings --stack)', () => {
  const env: Env = { account: '123456789012', region: 'ap-southeast-1' };
  let policy: PolicyDocument;
  let arn: Record<'table' | 'bucket' | 'queue' | 'plan' | 'send' | 'schedules' | 'secret', string>;

  beforeAll(() => {
    const json = built.template.toJSON() as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const id = logicalId(built.stack.node.findChild('Operator').node.findChild('Policy').node.defaultChild);
    policy = resolve(
      json.Resources[id]!.Properties.PolicyDocument as never,
      json.Resources as never,
      env,
    ) as PolicyDocument;
    const idOf = (type: string, hint = '') =>
      Object.entries(json.Resources).find(([k, r]) => r.Type === type && k.includes(hint))![0];
    const fnArn = (name: 'plan' | 'send') =>
      resolve(
        { 'Fn::GetAtt': [logicalId(built.stack.functions[name].fn.node.defaultChild), 'Arn'] },
        json.Resources as never,
        env,
      ) as string;
    arn = {
      table: `arn:aws:dynamodb:${env.region}:${env.account}:table/tidings-${idOf('AWS::DynamoDB::Table')}`,
      bucket: `arn:aws:s3:::tidings-${idOf('AWS::S3::Bucket', 'DataContent')}`.toLowerCase(),
      queue: `arn:aws:sqs:${env.region}:${env.account}:tidings-${idOf('AWS::SQS::Queue', 'DeliverySend')}`,
      plan: fnArn('plan'),
      send: fnArn('send'),
      schedules: `arn:aws:scheduler:${env.region}:${env.account}:schedule/tidings-prod-publish`,
      secret: `arn:aws:secretsmanager:${env.region}:${env.account}:secret:tidings-${idOf('AWS::SecretsManager::Secret')}-AbCdEf`,
    };
  });

  const may = (action: string, resource: string) => evaluate([policy], { action, resource }, env);

  it('is output for the people who run the CLI', () => {
    built.template.hasOutput('OperatorPolicyArn', {});
    built.template.resourceCountIs('AWS::IAM::ManagedPolicy', 1);
  });

  it('allows each call the --stack commands make', async () => {
    const calls: [string, string][] = [
      ['cloudformation:DescribeStacks', stackIdOf(env)],
      ...OPERATOR_TABLE_ACTIONS.map((a): [string, string] => [a, arn.table]),
      ['s3:PutObject', `${arn.bucket}/articles/ferry-news.md`],
      ['lambda:InvokeFunction', arn.plan],
      ['sqs:SendMessage', arn.queue],
      ['scheduler:DeleteSchedule', `${arn.schedules}/publish-ferry-news`],
      ['secretsmanager:GetSecretValue', arn.secret],
    ];
    for (const [action, resource] of calls)
      expect(await may(action, resource), `${action} ${resource}`).toBe('Allowed');
  });

  it('allows nothing else: other keys, functions, groups, or destructive table and bucket actions', async () => {
    const refused: [string, string][] = [
      ['s3:PutObject', `${arn.bucket}/templates/x.md`],
      ['s3:GetObject', `${arn.bucket}/articles/ferry-news.md`],
      ['s3:DeleteObject', `${arn.bucket}/articles/ferry-news.md`],
      ['lambda:InvokeFunction', arn.send],
      ['dynamodb:DeleteTable', arn.table],
      ['dynamodb:Query', `${arn.table}/index/audience-daily`],
      ['dynamodb:GetItem', `arn:aws:dynamodb:${env.region}:${env.account}:table/another`],
      ['sqs:ReceiveMessage', arn.queue],
      ['sqs:PurgeQueue', arn.queue],
      ['scheduler:CreateSchedule', `${arn.schedules}/publish-ferry-news`],
      ['scheduler:DeleteSchedule', `arn:aws:scheduler:${env.region}:${env.account}:schedule/default/x`],
      ['cloudformation:DescribeStacks', `arn:aws:cloudformation:${env.region}:${env.account}:stack/other/1`],
      ['cloudformation:DeleteStack', stackIdOf(env)],
      ['secretsmanager:PutSecretValue', arn.secret],
    ];
    for (const [action, resource] of refused)
      expect(await may(action, resource), `${action} ${resource}`).toBe('ImplicitlyDenied');
  });
});
