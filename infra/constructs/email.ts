// SES sending: the domain identity (Easy DKIM, custom MAIL FROM) and the DNS records it needs, a configuration set
// that requires TLS, tracks reputation and reports bounces, complaints, rejects and delivery delays to the
// feedback function, and the one IAM statement that lets a function send — only as the sender, only through the
// identities SES authorizes the send against.
import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnRecordSet, type IHostedZone, MxRecord, TxtRecord } from 'aws-cdk-lib/aws-route53';
import {
  ConfigurationSet,
  ConfigurationSetEventDestination,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  MailFromBehaviorOnMxFailure,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { type DeadLetterQueue, deadLetterQueue } from './dead-letters.ts';
import type { TidingsFunction } from './function.ts';

/** What SES reports to the feedback topic: bounces and complaints act on subscribers, the others are logged. */
export const FEEDBACK_EVENTS = [
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.REJECT,
  EmailSendingEvent.DELIVERY_DELAY,
] as const;

export interface EmailProps {
  senderEmail: string;
  /** The verified domain identity: DKIM signs as this domain, so DMARC aligns with the From address. */
  senderDomain: string;
  /** MAIL FROM subdomain label: `bounce` gives bounce.<domain> (SPF then aligns too). */
  mailFromSubdomain: string;
  /** The address is verified as an identity of its own: SES authorizes sends against it, so IAM names it. */
  addressIdentity: boolean;
  /**
   * In the SES sandbox, SES also checks IAM against each recipient's identity: the verified test recipients the
   * send grant must cover. Empty outside the sandbox.
   */
  sandboxRecipients: readonly string[];
  /** When given, the DKIM and MAIL FROM records are created in it. */
  hostedZone?: IHostedZone;
  feedback: TidingsFunction;
}

export interface DnsRecord {
  name: string;
  type: 'CNAME' | 'MX' | 'TXT';
  value: string;
}

export class Email extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly identity: EmailIdentity;
  readonly feedbackTopic: Topic;
  readonly feedbackDeliveryFailures: DeadLetterQueue;
  readonly senderEmail: string;
  readonly mailFromDomain: string;
  /** Identity ARNs the send grant names: the domain, the address when it is an identity, sandbox recipients. */
  readonly identityArns: string[];
  /** The records SES needs: DKIM CNAMEs, MAIL FROM MX and SPF, and the recommended DMARC policy. */
  readonly dnsRecords: DnsRecord[];

  constructor(scope: Construct, id: string, props: EmailProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.senderEmail = props.senderEmail;
    this.mailFromDomain = `${props.mailFromSubdomain}.${props.senderDomain}`;

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      sendingEnabled: true,
      reputationMetrics: true,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      // Addresses that bounced or complained anywhere in SES are not mailed again even if our own record lags.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.identity = new EmailIdentity(this, 'Domain', {
      identity: Identity.domain(props.senderDomain),
      // Mail sent without naming a configuration set still reports its bounces and complaints.
      configurationSet: this.configurationSet,
      // Easy DKIM signs as the domain itself (not amazonses.com), so DMARC aligns with the From address.
      dkimSigning: true,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      mailFromDomain: this.mailFromDomain,
      // Until the MX record resolves SES falls back to amazonses.com (DKIM still aligns): nothing is refused.
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });

    const identityArn = (name: string) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: name });
    this.identityArns = [
      identityArn(props.senderDomain),
      ...(props.addressIdentity ? [identityArn(props.senderEmail)] : []),
      ...props.sandboxRecipients.map(identityArn),
    ];

    const ses = this.identity;
    const dkim = [
      { name: ses.dkimDnsTokenName1, value: ses.dkimDnsTokenValue1 },
      { name: ses.dkimDnsTokenName2, value: ses.dkimDnsTokenValue2 },
      { name: ses.dkimDnsTokenName3, value: ses.dkimDnsTokenValue3 },
    ];
    const feedbackHost = `feedback-smtp.${stack.region}.amazonses.com`;
    const dmarc = `"v=DMARC1; p=none; rua=mailto:dmarc@${props.senderDomain}"`;
    this.dnsRecords = [
      ...dkim.map((d) => ({ name: d.name, type: 'CNAME' as const, value: d.value })),
      { name: this.mailFromDomain, type: 'MX', value: `10 ${feedbackHost}` },
      { name: this.mailFromDomain, type: 'TXT', value: '"v=spf1 include:amazonses.com ~all"' },
      { name: `_dmarc.${props.senderDomain}`, type: 'TXT', value: dmarc },
    ];
    dkim.forEach((d, i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, {
        description: `SES Easy DKIM: CNAME ${i + 1} of 3 for ${props.senderDomain}`,
        value: `${d.name} CNAME ${d.value}`,
      });
    });
    new CfnOutput(this, 'MailFromMxRecord', {
      description: `Custom MAIL FROM: MX record of ${this.mailFromDomain}`,
      value: `${this.mailFromDomain} MX 10 ${feedbackHost}`,
    });
    new CfnOutput(this, 'MailFromSpfRecord', {
      description: `Custom MAIL FROM: SPF record of ${this.mailFromDomain}`,
      value: `${this.mailFromDomain} TXT "v=spf1 include:amazonses.com ~all"`,
    });
    new CfnOutput(this, 'DmarcRecord', {
      description:
        'Recommended if the domain has no DMARC record yet (Gmail and Yahoo require one for bulk mail)',
      value: `_dmarc.${props.senderDomain} TXT ${dmarc}`,
    });

    if (props.hostedZone) {
      const zone = props.hostedZone;
      const ttl = Duration.hours(1);
      dkim.forEach((d, i) => {
        // The record name is an SES attribute (a token), already fully qualified: the L1 takes it as it is.
        new CfnRecordSet(this, `Dkim${i + 1}`, {
          hostedZoneId: zone.hostedZoneId,
          name: d.name,
          type: 'CNAME',
          resourceRecords: [d.value],
          ttl: String(ttl.toSeconds()),
        });
      });
      new MxRecord(this, 'MailFromMx', {
        zone,
        recordName: this.mailFromDomain,
        values: [{ priority: 10, hostName: feedbackHost }],
        ttl,
      });
      new TxtRecord(this, 'MailFromSpf', {
        zone,
        recordName: this.mailFromDomain,
        values: ['v=spf1 include:amazonses.com ~all'],
        ttl,
      });
      // DMARC is left to the owner of the domain: a second _dmarc record would break the one they have.
    }

    this.feedbackTopic = new Topic(this, 'Feedback', { enforceSSL: true });
    Validations.of(this.feedbackTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'SES event notifications to a KMS-encrypted topic need a customer-managed key with an SES key policy; the payload is bounce/complaint metadata that the table already holds, and SNS encrypts in transit (enforceSSL).',
    });
    new ConfigurationSetEventDestination(this, 'Feedback-Events', {
      configurationSet: this.configurationSet,
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [...FEEDBACK_EVENTS],
    });
    // SNS retries a Lambda it cannot invoke, then keeps the notification here instead of dropping it.
    this.feedbackDeliveryFailures = deadLetterQueue(
      this,
      'FeedbackDeliveryFailures',
      'SES notifications SNS could not deliver to the feedback function',
    );
    this.feedbackTopic.addSubscription(
      new LambdaSubscription(props.feedback.fn, { deadLetterQueue: this.feedbackDeliveryFailures.queue }),
    );
  }

  get configurationSetArn(): string {
    return Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }

  /**
   * One send action on exactly the identities SES authorizes against and the configuration set, From the sender
   * address; nothing else. `raw`: SendRawEmail, for messages the function composes (the sender); `composed`:
   * SendEmail, for messages SES composes (the confirmation email from the subscription API).
   */
  grantSend(fn: IFunction, message: 'raw' | 'composed'): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: [message === 'raw' ? 'ses:SendRawEmail' : 'ses:SendEmail'],
        resources: [...this.identityArns, this.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': this.senderEmail } },
      }),
    );
  }

  /**
   * ses:GetSendQuota, for the subscription API: it sizes its hourly confirmation budget from the account's 24-hour
   * quota at cold start (a new account's 200 a day is not a production account's 50,000). SES defines no resource
   * for it, so the statement names `*`; the action only reads the account's quota and send rate.
   */
  grantQuotaRead(fn: IFunction): void {
    fn.addToRolePolicy(new PolicyStatement({ actions: ['ses:GetSendQuota'], resources: ['*'] }));
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'ses:GetSendQuota takes no resource-level permissions (Resource must be *) and only reads the account quota; with X-Ray the only actions on *.',
    });
  }
}
