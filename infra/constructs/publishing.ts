// An article uploaded under articles/*.md in the content bucket triggers publish.
import { Stack, Validations } from 'aws-cdk-lib';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import type { TidingsFunction } from './function.ts';

export const ARTICLE_PREFIX = 'articles/';
export const ARTICLE_SUFFIX = '.md';

export interface PublishingProps {
  bucket: IBucket;
  publish: TidingsFunction;
}

export class Publishing extends Construct {
  constructor(scope: Construct, id: string, props: PublishingProps) {
    super(scope, id);
    props.bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(props.publish.fn), {
      prefix: ARTICLE_PREFIX,
      suffix: ARTICLE_SUFFIX,
    });
    // CDK installs the notification through its own singleton custom-resource Lambda at stack level.
    const stack = Stack.of(this);
    const handler = stack.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
    if (handler) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's own bucket-notification custom resource uses AWSLambdaBasicExecutionRole for its logs; it runs only at deploy time.",
      });
    }
  }
}
