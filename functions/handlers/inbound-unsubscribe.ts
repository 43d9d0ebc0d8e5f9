// Lambda entry: SES receipt rule → a mail to the unsubscribe mailbox (INBOUND_DOMAIN) ends the list its subject's
// token names, as the https one-click does. Mail clients that cannot POST (RFC 8058) send this mail when the reader
// presses "unsubscribe"; the token alone authorises it, so a forged sender changes nothing. Nothing is ever sent
// back (a reply to an unsubscribe would be mail they asked not to get); a mail without a valid token is logged and
// dropped, since retrying it cannot make it valid. Store errors throw: SES's asynchronous invocation retries.
import type { SESEvent } from 'aws-lambda';
import { createDynamoClient } from '../adapters/dynamodb/client.ts';
import { DynamoSubscriberStore } from '../adapters/dynamodb/subscriber-store.ts';
import { loadTokenKeys, reloadTokenKeys } from '../adapters/secrets/token-keys.ts';
import { unsubscribeMailbox } from '../core/delivery/editions.ts';
import type { UnsubscribeScope } from '../core/subscribers/lifecycle.ts';
import { unsubscribe } from '../core/subscriptions/use-cases.ts';
import { parseListKey, type TokenKey, verifyToken } from '../core/tokens.ts';
import type { Clock, SubscriberStore } from '../ports.ts';
import { ConfigError, dataConfig, tokenConfig } from '../shared/config.ts';
import { createLogger } from '../shared/logging.ts';

export interface InboundUnsubscribeDeps {
  /** The address unsubscribe mail is sent to: `unsubscribe@<INBOUND_DOMAIN>`. */
  mailbox: string;
  store: SubscriberStore;
  tokenKeys(): Promise<readonly TokenKey[]>;
  /** Reads the keys past any cache: a token signed with a key this process has not seen yet. */
  reloadTokenKeys(): Promise<readonly TokenKey[]>;
  clock: Clock;
  logger: {
    info(message: string, attributes: Record<string, unknown>): void;
    warn(message: string, attributes: Record<string, unknown>): void;
  };
}

export interface InboundSummary {
  unsubscribed: number;
  ignored: number;
}

// `<keyId>.<payload>.<signature>`: anywhere in the subject, so "Re: <token>" or a client's prefix still works.
const TOKEN = /[A-Za-z0-9_-]{1,16}\.[A-Za-z0-9_-]{4,400}\.[A-Za-z0-9_-]{43}/;

export function createInboundUnsubscribeHandler(
  deps: InboundUnsubscribeDeps,
): (event: SESEvent) => Promise<InboundSummary> {
  return async (event) => {
    const summary: InboundSummary = { unsubscribed: 0, ignored: 0 };
    for (const record of event.Records ?? []) {
      const { mail, receipt } = record.ses;
      const ignore = (reason: string) => {
        summary.ignored++;
        deps.logger.warn('unsubscribe mail ignored', { reason, messageId: mail.messageId });
      };
      if (!receipt.recipients.some((r) => r.toLowerCase() === deps.mailbox)) {
        ignore('not addressed to the unsubscribe mailbox');
        continue;
      }
      if (receipt.virusVerdict?.status === 'FAIL') {
        ignore('virus verdict FAIL');
        continue;
      }
      const token = TOKEN.exec(mail.commonHeaders.subject ?? '')?.[0];
      if (!token) {
        ignore('no token in the subject');
        continue;
      }
      const now = deps.clock.now();
      let verified = verifyToken(token, 'unsubscribe', await deps.tokenKeys(), now);
      if (!verified.ok && verified.reason === 'unknown-key')
        verified = verifyToken(token, 'unsubscribe', await deps.reloadTokenKeys(), now);
      if (!verified.ok) {
        ignore(`token ${verified.reason}`);
        continue;
      }
      const { claims } = verified;
      const list = claims.list === undefined ? undefined : parseListKey(claims.list);
      if (claims.list !== undefined && !list) {
        ignore('token names an unknown list');
        continue;
      }
      const scope: UnsubscribeScope = list ?? { kind: 'all' };
      const { outcome } = await unsubscribe(deps, claims.sub, scope);
      summary.unsubscribed++;
      deps.logger.info('unsubscribed by mail', {
        outcome,
        list: claims.list ?? 'all',
        subscriber: claims.sub,
      });
    }
    return summary;
  };
}

/** Composition root: the subscriber table and the token keys, from configuration (read at cold start). */
export function buildInboundUnsubscribeHandler(env: NodeJS.ProcessEnv = process.env) {
  const data = dataConfig(env);
  const tokens = tokenConfig(env);
  const inboundDomain = env.INBOUND_DOMAIN?.trim().toLowerCase();
  if (!inboundDomain) throw new ConfigError('invalid configuration — INBOUND_DOMAIN is not set');
  const client = createDynamoClient({
    ...(data.dynamodbEndpoint ? { endpoint: data.dynamodbEndpoint } : {}),
    ...(data.region ? { region: data.region } : {}),
  });
  return createInboundUnsubscribeHandler({
    mailbox: unsubscribeMailbox(inboundDomain),
    store: new DynamoSubscriberStore({ client, tableName: data.tableName }),
    tokenKeys: () => loadTokenKeys(tokens),
    reloadTokenKeys: () => reloadTokenKeys(tokens),
    clock: { now: () => new Date() },
    logger: createLogger('tidings-inbound-unsubscribe'),
  });
}

let wired: ReturnType<typeof buildInboundUnsubscribeHandler> | undefined;

export const handler = async (event: SESEvent): Promise<InboundSummary> => {
  wired ??= buildInboundUnsubscribeHandler();
  return wired(event);
};
