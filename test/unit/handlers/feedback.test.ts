import type { SNSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createFeedbackHandler, type SesNotification } from '../../../functions/handlers/feedback.ts';
import { captureObservability } from '../adapters/observability-fakes.ts';

const sns = (...messages: string[]): SNSEvent =>
  ({
    Records: messages.map((Message, i) => ({ Sns: { Message, MessageId: `sns-${i}` } })),
  }) as unknown as SNSEvent;

const bounce = (bounceType: string) =>
  JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType }, mail: { messageId: 'm1' } });

describe('feedback handler', () => {
  it('applies each SES notification and counts hard bounces and complaints', async () => {
    const obs = captureObservability();
    const applied: SesNotification[] = [];
    const handler = createFeedbackHandler({
      ...obs,
      applyFeedback: async (n) => {
        applied.push(n);
        const type = n.notificationType ?? n.eventType;
        if (type === 'Complaint') return [{ kind: 'complaint' }];
        return n.bounce?.bounceType === 'Permanent'
          ? [{ kind: 'hard-bounce' }, { kind: 'hard-bounce', editionId: 'e1', paused: 'bounce rate 6%' }]
          : [{ kind: 'soft-bounce' }];
      },
    });
    const summary = await handler(
      sns(
        bounce('Permanent'),
        bounce('Transient'),
        JSON.stringify({ eventType: 'Complaint', mail: { messageId: 'm2' } }),
      ),
    );
    expect(summary).toEqual({ applied: 3, ignored: 0 });
    expect(applied.map((n) => n.notificationType ?? n.eventType)).toEqual(['Bounce', 'Bounce', 'Complaint']);
    expect(obs.counts).toEqual({ bounced: 2, complained: 1, EditionPaused: 1 });
    expect(obs.logs.some((l) => l.level === 'error' && l.message === 'edition paused')).toBe(true);
  });

  it('drops messages that are not SES notifications without failing the others', async () => {
    const obs = captureObservability();
    let calls = 0;
    const handler = createFeedbackHandler({
      ...obs,
      applyFeedback: async () => {
        calls++;
        return [];
      },
    });
    const summary = await handler(sns('not json', '[]', '{"hello":1}', bounce('Permanent')));
    expect(summary).toEqual({ applied: 1, ignored: 3 });
    expect(calls).toBe(1);
  });

  it('lets a store failure throw so Lambda retries the notification', async () => {
    const handler = createFeedbackHandler({
      ...captureObservability(),
      applyFeedback: async () => {
        throw new Error('DynamoDB unavailable');
      },
    });
    await expect(handler(sns(bounce('Permanent')))).rejects.toThrow('DynamoDB unavailable');
  });
});
