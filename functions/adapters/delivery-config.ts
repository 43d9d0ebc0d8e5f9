// Configuration of the delivery functions (publish, plan, send, feedback) and the CLI: each role reads only the
// variables its function is given, so a missing one fails its cold start with the variable's name.
import {
  ConfigError,
  dataConfig,
  deliveryConfig,
  mailConfig,
  schedulerConfig,
  tokenConfig,
} from '../shared/config.ts';
import { DEFAULT_TAXONOMY_FILE } from './fs/taxonomy-json.ts';

/** Which Lambda (or the CLI) is being wired; `operator`: the edition commands run against AWS (no mail sent). */
export type DeliveryRole = 'publish' | 'plan' | 'send' | 'feedback' | 'cli' | 'operator';

const NEEDS: Record<DeliveryRole, { mail: boolean; tokens: boolean }> = {
  publish: { mail: true, tokens: true },
  plan: { mail: true, tokens: false },
  send: { mail: true, tokens: true },
  feedback: { mail: false, tokens: false },
  cli: { mail: true, tokens: true },
  operator: { mail: false, tokens: false },
};

const BULK_MAIL = new Set<DeliveryRole>(['publish', 'plan', 'cli']);

export interface DeliveryConfig {
  role: DeliveryRole;
  data: ReturnType<typeof dataConfig>;
  mail?: ReturnType<typeof mailConfig>;
  tokens?: ReturnType<typeof tokenConfig>;
  delivery: ReturnType<typeof deliveryConfig>;
  /** Scheduled publishing on AWS (publish function, operator); absent locally. */
  scheduler?: ReturnType<typeof schedulerConfig>;
  taxonomyFile: string;
}

/** Parses the variables `role` needs; throws a ConfigError naming the missing or invalid one. */
export function readDeliveryConfig(
  env: NodeJS.ProcessEnv = process.env,
  role: DeliveryRole = 'cli',
): DeliveryConfig {
  const needs = NEEDS[role];
  const config: DeliveryConfig = {
    role,
    data: dataConfig(env),
    ...(needs.mail ? { mail: mailConfig(env) } : {}),
    ...(needs.tokens ? { tokens: tokenConfig(env) } : {}),
    delivery: deliveryConfig(env),
    scheduler: schedulerConfig(env),
    taxonomyFile: env.TAXONOMY_FILE || DEFAULT_TAXONOMY_FILE,
  };
  // The roles that render bulk mail: CAN-SPAM and CASL want the sender's postal address in every one.
  if (config.mail && BULK_MAIL.has(role) && !config.mail.postalAddress) {
    throw new ConfigError(
      'invalid configuration — POSTAL_ADDRESS is not set: every digest and alert shows the sender’s postal address (one line, e.g. "tidings, 1 Example Road, Singapore 000000")',
    );
  }
  return config;
}
