import { describe, expect, it, vi } from 'vitest';
import { countDeliveries, createMetrics, METRICS_NAMESPACE } from '../../../functions/shared/logging.ts';

/** The EMF record Powertools prints (CloudWatch turns it into metrics under its Namespace). */
function emitted(namespaceEnv: string | undefined) {
  const lines: string[] = [];
  // Powertools writes EMF through its own Console on process.stdout.
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  try {
    const metrics = createMetrics('tidings-send', {
      ...(namespaceEnv ? { POWERTOOLS_METRICS_NAMESPACE: namespaceEnv } : {}),
    });
    countDeliveries(metrics, { sent: 2 });
    metrics.publishStoredMetrics();
  } finally {
    spy.mockRestore();
  }
  const emf = lines.map((l) => JSON.parse(l)).find((r) => r._aws);
  return emf._aws.CloudWatchMetrics[0] as { Namespace: string; Dimensions: string[][] };
}

describe('metrics namespace', () => {
  it('is the stage namespace the stack sets (Tidings/<stage>), so dev and prod never mix', () => {
    expect(emitted('Tidings/prod').Namespace).toBe('Tidings/prod');
  });

  it('falls back to Tidings locally, where no stage sets it', () => {
    expect(emitted(undefined).Namespace).toBe(METRICS_NAMESPACE);
  });
});
