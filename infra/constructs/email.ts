// SES sending: a configuration set that reports bounces and complaints to the feedback function, and the one
// IAM statement that lets a function send mail — only from the sender address, only through that identity.
import { Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ConfigurationSet,
  ConfigurationSetEventDestination,
  EmailSendingEvent,
  EventDestination,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { TidingsFunction } from './function.ts';

export interface EmailProps {
  senderEmail: string;
  /** Verified domain identity; when unset the email address is the identity. */
  senderDomain?: string;
  feedback: TidingsFunction;
}

export class Email extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly feedbackTopic: Topic;
  readonly identityArn: string;
  readonly senderEmail: string;

  constructor(scope: Construct, id: string, props: EmailProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.senderEmail = props.senderEmail;
    this.identityArn = stack.formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: props.senderDomain ?? props.senderEmail,
    });
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      sendingEnabled: true,
    });
    this.feedbackTopic = new Topic(this, 'Feedback', { enforceSSL: true });
    Validations.of(this.feedbackTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'SES event notifications to a KMS-encrypted topic need a customer-managed key with an SES key policy; the payload is bounce/complaint metadata that the table already holds, and SNS encrypts in transit (enforceSSL).',
    });
    new ConfigurationSetEventDestination(this, 'BounceComplaint', {
      configurationSet: this.configurationSet,
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.feedbackTopic.addSubscription(new LambdaSubscription(props.feedback.fn));
  }

  get configurationSetArn(): string {
    return Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }

  /**
   * One send action on exactly this identity and configuration set, From the sender address; nothing else.
   * `raw`: SendRawEmail, for messages the function composes (the sender); `composed`: SendEmail, for messages SES
   * composes (the confirmation email from the subscription API).
   */
  grantSend(fn: IFunction, message: 'raw' | 'composed'): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: [message === 'raw' ? 'ses:SendRawEmail' : 'ses:SendEmail'],
        resources: [this.identityArn, this.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': this.senderEmail } },
      }),
    );
  }
}
