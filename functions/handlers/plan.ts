// Lambda entry: EventBridge Scheduler (or an operator, on demand) → plan one digest edition.
// Input: `{ "cadence": "daily" | "weekly", "until"?: ISO timestamp }`.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { z } from 'zod';
import type { DigestCadence } from '../core/types.ts';

export const planEventSchema = z.object({
  cadence: z.enum(['daily', 'weekly']),
  until: z.iso.datetime({ offset: true }).optional(),
});

export interface PlanHandlerDeps<R> {
  planDigest(cadence: DigestCadence, options: { until?: Date }): Promise<R>;
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
    const { cadence, until } = parsed.data;
    try {
      const result = await deps.planDigest(cadence, until ? { until: new Date(until) } : {});
      logger.info('edition planned', { cadence, result: result as unknown as Record<string, unknown> });
      return result;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

// Interim entry until the composition root (config + delivery core) lands; replaced in the next commit.
export const handler = async (): Promise<never> => {
  throw new Error('plan: not wired yet');
};
