// The desk's part of the stack: scheduled publishing (a schedule group, a role the scheduler assumes that may only
// invoke the publish function, and the publish function's rights on that group's schedules) and the outputs the
// CLI reads with `--stack`.
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
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
