// Test doubles for the Powertools logger and metrics: capture what a handler logs and counts.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';

export interface Captured {
  logger: Logger;
  metrics: Metrics;
  logs: { level: string; message: string; attributes: unknown[] }[];
  counts: Record<string, number>;
  published: number;
}

export function captureObservability(): Captured {
  const captured: Captured = { logs: [], counts: {}, published: 0 } as unknown as Captured;
  const log =
    (level: string) =>
    (message: string, ...attributes: unknown[]) =>
      captured.logs.push({ level, message, attributes });
  captured.logger = {
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    debug: log('debug'),
  } as unknown as Logger;
  captured.metrics = {
    addMetric: (name: string, _unit: string, value: number) => {
      captured.counts[name] = (captured.counts[name] ?? 0) + value;
    },
    publishStoredMetrics: () => {
      captured.published++;
    },
  } as unknown as Metrics;
  return captured;
}
