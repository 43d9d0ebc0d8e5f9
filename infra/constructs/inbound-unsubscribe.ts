// mailto: unsubscribe (present only when the stage sets inboundDomain): SES receives mail for
// unsubscribe@<inboundDomain> and a receipt rule hands each one to the inbound-unsubscribe function, which ends
// the list named by the token in its subject. The https one-click link stays the primary way; this serves mail
// clients that can only send mail. Not done here (one per account and region, so an operator's decision): the MX
// record of the domain and activating the rule set — see docs/deploy.md.
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { type IReceiptRuleSet, ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType } from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';
import { unsubscribeMailbox } from '../../functions/core/delivery/editions.ts';
import { TABLE_ACCESS } from '../access.ts';
import { type DeadLetterQueue, deadLetterQueue } from './dead-letters.ts';
import type { TidingsFunction } from './function.ts';

export interface InboundUnsubscribeProps {
  /** The domain SES receives mail for (its MX record points at inbound-smtp.<region>.amazonaws.com). */
  inboundDomain: string;
  /** The inbound-unsubscribe function. */
  handler: TidingsFunction;
  /** The subscriber table it updates. */
  table: ITable;
  /** The keys that verify unsubscribe tokens. */
  tokenKeys: ISecret;
  /**
   * The rule set to add the rule to; SES has one active set per region.
   * @default a new rule set, to be activated once (`aws ses set-active-receipt-rule-set`)
   */
  ruleSet?: IReceiptRuleSet;
}

export class InboundUnsubscribe extends Construct {
  readonly ruleSet: IReceiptRuleSet;
  readonly mailbox: string;
  /** Unsubscribe mails the function failed on after Lambda's retries (alarm it with the other queues). */
  readonly failures: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: InboundUnsubscribeProps) {
    super(scope, id);
    this.mailbox = unsubscribeMailbox(props.inboundDomain);
    this.failures = deadLetterQueue(
      this,
      'Failures',
      'unsubscribe mails the function failed on after 3 tries',
    );
    props.handler
      .bindTable(props.table, TABLE_ACCESS['inbound-unsubscribe'])
      .bindSecret(props.tokenKeys)
      .setEnv('INBOUND_DOMAIN', props.inboundDomain)
      .sendAsyncFailuresTo(this.failures.queue);
    this.ruleSet = props.ruleSet ?? new ReceiptRuleSet(this, 'RuleSet');
    this.ruleSet.addRule('Unsubscribe', {
      recipients: [this.mailbox],
      // Virus verdicts for the function to drop infected mail; the message itself is never stored.
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [new Lambda({ function: props.handler.fn, invocationType: LambdaInvocationType.EVENT })],
    });
  }
}
