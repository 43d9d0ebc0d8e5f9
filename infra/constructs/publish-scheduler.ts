// Scheduled publishing: an article with a future `publishAt` gets an EventBridge Scheduler one-time schedule in
// this group, which invokes the publish function at that time (it deletes itself after it ran). The publish
// function creates, moves and deletes those schedules, and passes the scheduler this role, which may invoke the
// publish function and nothing else.
import { Stack, Token, Validations } from 'aws-cdk-lib';
import { Effect, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import type { TidingsFunction } from './function.ts';

export interface PublishSchedulerProps {
  publish: TidingsFunction;
}

/** The actions on one-time publish schedules: the publish function's, and `tidings unschedule`'s (delete). */
export const SCHEDULE_ACTIONS = [
  'scheduler:CreateSchedule',
  'scheduler:UpdateSchedule',
  'scheduler:DeleteSchedule',
];

export class PublishScheduler extends Construct {
  readonly group: ScheduleGroup;
  readonly role: Role;
  /** Every schedule in the group: `arn:…:scheduler:<region>:<account>:schedule/<group>/*`. */
  readonly schedulesArn: string;

  constructor(scope: Construct, id: string, props: PublishSchedulerProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // Named after the stack, so the operator can recognise it (and so its schedules' ARN is known at synth).
    const groupName = `${stack.stackName}-publish`;
    this.group = new ScheduleGroup(this, 'Group', { scheduleGroupName: groupName });
    this.schedulesArn = stack.formatArn({
      service: 'scheduler',
      resource: 'schedule',
      resourceName: `${groupName}/*`,
    });
    this.role = new Role(this, 'InvokePublish', {
      description: 'EventBridge Scheduler invokes the publish function for a scheduled article',
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });
    // A policy of its own, not the role's inline default: the publish function's environment names this role, so
    // the role itself must not depend on the function (that would be a cycle).
    new Policy(this, 'InvokePublishPolicy', {
      roles: [this.role],
      statements: [
        new PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [props.publish.fn.functionArn],
        }),
      ],
    });

    const publish = props.publish.fn;
    publish.addToRolePolicy(
      new PolicyStatement({ actions: SCHEDULE_ACTIONS, resources: [this.schedulesArn] }),
    );
    publish.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['iam:PassRole'],
        resources: [this.role.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
    props.publish
      .setEnv('PUBLISH_SCHEDULE_GROUP', this.group.scheduleGroupName)
      .setEnv('PUBLISH_SCHEDULER_ROLE_ARN', this.role.roleArn);

    // As cdk-nag prints the resource: pseudo parameters where the stage leaves account and region open.
    const known = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
    const partition = Token.isUnresolved(stack.region) ? '<AWS::Partition>' : 'aws';
    Validations.of(publish).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${partition}:scheduler:${known(stack.region, 'Region')}:${known(stack.account, 'AccountId')}:schedule/${groupName}/*]`,
      reason:
        'One-time publish schedules are named per article (publish-<slug>): the grant covers the schedules of this one group only.',
    });
  }
}
