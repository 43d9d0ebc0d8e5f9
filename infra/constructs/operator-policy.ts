// What a person running `tidings --stack <name> …` needs, as one customer-managed policy the stack outputs
// (OperatorPolicyArn): attach it to the operators' group or role. Each statement is one command family's calls
// (functions/cli/stack.ts and the adapters it uses), on this stack's resources only.
import { CfnOutput, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { nagResource } from './function.ts';

/** The table actions of the operator commands (status, history, withdraw, unschedule, resume, recount, export, import, erase). */
export const OPERATOR_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  // `tidings export` reads every subscriber; `tidings erase` finds one person's delivery records (rare, filtered).
  'dynamodb:Scan',
] as const;

export interface OperatorPolicyProps {
  table: ITable;
  contentBucket: IBucket;
  /** Where publish reads uploads (`articles/`): the only keys `tidings --stack … publish` writes. */
  articlePrefix: string;
  plan: IFunction;
  sendQueue: IQueue;
  /** The publish schedules' ARN (`…:schedule/<group>/*`): `tidings unschedule` deletes one. */
  schedulesArn: string;
  /** Its pepper keys suppression entries: `tidings erase` and `import` read it. */
  tokenKeys: ISecret;
}

export class OperatorPolicy extends Construct {
  readonly policy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: OperatorPolicyProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const articles = props.contentBucket.arnForObjects(`${props.articlePrefix}*`);
    this.policy = new ManagedPolicy(this, 'Policy', {
      description: `What \`tidings --stack ${stack.stackName}\` needs: read the outputs, the desk and edition commands on the table, publish by upload, plan a digest, resume, cancel a schedule`,
      statements: [
        new PolicyStatement({
          sid: 'ReadStackOutputs',
          actions: ['cloudformation:DescribeStacks'],
          resources: [stack.stackId],
        }),
        new PolicyStatement({
          sid: 'DeskTable',
          actions: [...OPERATOR_TABLE_ACTIONS],
          resources: [props.table.tableArn],
        }),
        new PolicyStatement({ sid: 'PublishByUpload', actions: ['s3:PutObject'], resources: [articles] }),
        new PolicyStatement({
          sid: 'PlanDigest',
          actions: ['lambda:InvokeFunction'],
          resources: [props.plan.functionArn],
        }),
        // `tidings resume` puts parked jobs back (SendMessageBatch is authorized as SendMessage).
        new PolicyStatement({
          sid: 'Resume',
          actions: ['sqs:SendMessage'],
          resources: [props.sendQueue.queueArn],
        }),
        new PolicyStatement({
          sid: 'SuppressionPepper',
          actions: ['secretsmanager:GetSecretValue'],
          resources: [props.tokenKeys.secretArn],
        }),
        new PolicyStatement({
          sid: 'Unschedule',
          actions: ['scheduler:DeleteSchedule'],
          resources: [props.schedulesArn],
        }),
      ],
    });
    Validations.of(this.policy).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::${nagResource(this, articles)}]`,
        reason: `Operators publish by uploading articles under ${props.articlePrefix} (the publish function's trigger); no other key, no read or delete.`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::${nagResource(this, props.schedulesArn)}]`,
        reason:
          'Schedules are named per article (publish-<slug>): delete only, on the schedules of this stack’s group only.',
      },
    );
    new CfnOutput(stack, 'OperatorPolicyArn', {
      value: this.policy.managedPolicyArn,
      description:
        'Attach to the people who run `tidings --stack` (docs/deploy.md, "Operating with the CLI")',
    });
  }
}
