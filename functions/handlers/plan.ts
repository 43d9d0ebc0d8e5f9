// Lambda entry: EventBridge Scheduler (or an operator, on demand) → plan one digest edition.
// Input: `{ "cadence": "daily" | "weekly", "until"?: ISO timestamp }`.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import {
  createDeliveryPorts,
  type DeliveryConfig,
  planningDeps,
  readDeliveryConfig,
} from '../adapters/delivery-ports.ts';
import { editionRenderer } from '../adapters/render/renderer.ts';
import { planDigest } from '../core/delivery/plan.ts';
import type { DigestCadence } from '../core/types.ts';
import { ConfigError } from '../shared/config.ts';
import { createLogger, createMetrics } from '../shared/logging.ts';
import { withTracing } from '../shared/tracing.ts';
import * as z from '../shared/validation.ts';

export const planEventSchema = z.object({
  cadence: z.enum(['daily', 'weekly']),
  until: z.optional(z.iso.datetime({ offset: true })),
  /** An operator's `tidings --stack … digest --again --force`: today's edition once more (see planDigest). */
  again: z.optional(z.boolean()),
});

export interface PlanHandlerDeps<R> {
  planDigest(cadence: DigestCadence, options: { until?: Date; again?: boolean }): Promise<R>;
  logger: Logger;
  metrics: Metrics;
}

export class PlanEventError extends Error {
  override name = 'PlanEventError';
}

export function createPlanHandler<R>(deps: PlanHandlerDeps<R>): (event: unknown) => Promise<R> {
  const { logger, metrics } = deps;
  return async (event) => {
    const parsed = planEventSchema.safeParse(event);
    if (!parsed.success) {
      // A wrong schedule payload is a deployment mistake: fail loudly, with what was wrong, not a stack trace.
      const issue = parsed.error.issues[0];
      const reason = `plan event needs {"cadence":"daily"|"weekly"}: ${issue?.path.join('.') || 'event'} ${issue?.message ?? ''}`;
      logger.error('invalid plan event', { reason });
      throw new PlanEventError(reason.trim());
    }
    const { cadence, until, again } = parsed.data;
    try {
      const result = await deps.planDigest(cadence, {
        ...(until ? { until: new Date(until) } : {}),
        ...(again ? { again } : {}),
      });
      logger.info('edition planned', { cadence, result: result as unknown as Record<string, unknown> });
      return result;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

const logger = createLogger('tidings-plan');
const metrics = createMetrics('tidings-plan');

/** Composition root: the production ports from configuration, planDigest bound to them. */
export async function buildPlanHandler(config: DeliveryConfig) {
  const ports = await createDeliveryPorts(config);
  if (!ports.queue) throw new ConfigError('invalid configuration — SEND_QUEUE_URL is not set');
  const deps = planningDeps(ports, ports.queue, editionRenderer);

  return createPlanHandler({
    planDigest: (cadence, options) => planDigest(deps, cadence, options),
    logger,
    metrics,
  });
}

// Read at init on Lambda, so a missing variable fails the cold start with its name.
const lambdaConfig = process.env.AWS_LAMBDA_FUNCTION_NAME
  ? readDeliveryConfig(process.env, 'plan')
  : undefined;
let wired: ReturnType<typeof buildPlanHandler> | undefined;

export const handler = withTracing('plan', async (event: unknown) => {
  wired ??= buildPlanHandler(lambdaConfig ?? readDeliveryConfig(process.env, 'plan'));
  wired.catch(() => {
    wired = undefined; // retried on the next invocation
  });
  return (await wired)(event);
});
