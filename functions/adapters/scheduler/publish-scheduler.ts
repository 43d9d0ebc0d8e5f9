// Adapter: PublishScheduler on EventBridge Scheduler. Each scheduled article has one one-time schedule in the
// stack's schedule group, `at(…)` in UTC, that invokes the publish function with {kind: 'scheduled-publish',
// slug} and deletes itself after it ran. The function then publishes what ScheduledArticles holds for the slug.
import { createHash } from 'node:crypto';
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { PublishScheduler } from '../../ports.ts';

export interface EventBridgePublishSchedulerOptions {
  client: SchedulerClient;
  /** The stack's schedule group for publish schedules. */
  groupName: string;
  /** The publish function's ARN (the schedule's target). */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke it. */
  roleArn: string;
}

/** What the publish function receives when a schedule fires. */
export interface ScheduledPublishEvent {
  kind: 'scheduled-publish';
  slug: string;
}

/** Schedule names are ≤ 64 of [0-9A-Za-z-_.]; slugs are ≤ 80: a long slug is cut and told apart by a hash. */
export function scheduleName(slug: string): string {
  const name = `publish-${slug}`;
  if (name.length <= 64) return name;
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, 8);
  return `${name.slice(0, 55)}-${hash}`;
}

/** `at(yyyy-mm-ddThh:mm:ss)` in UTC (whole seconds: the expression takes no fraction). */
export function atExpression(at: Date): string {
  return `at(${at.toISOString().slice(0, 19)})`;
}

const isName = (error: unknown, name: string) => (error as { name?: string } | undefined)?.name === name;

export function createEventBridgePublishScheduler(
  options: EventBridgePublishSchedulerOptions,
): PublishScheduler {
  const { client, groupName } = options;
  const input = (slug: string, at: Date): CreateScheduleCommandInput => ({
    Name: scheduleName(slug),
    GroupName: groupName,
    Description: `tidings: publish ${slug}`,
    ScheduleExpression: atExpression(at),
    ScheduleExpressionTimezone: 'UTC',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    Target: {
      Arn: options.targetArn,
      RoleArn: options.roleArn,
      Input: JSON.stringify({ kind: 'scheduled-publish', slug } satisfies ScheduledPublishEvent),
      RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
    },
  });
  return {
    async schedule(slug, at) {
      try {
        await client.send(new CreateScheduleCommand(input(slug, at)));
      } catch (error) {
        // Rescheduled: the one schedule of the slug moves.
        if (!(error instanceof ConflictException || isName(error, 'ConflictException'))) throw error;
        await client.send(new UpdateScheduleCommand(input(slug, at)));
      }
    },
    async cancel(slug) {
      try {
        await client.send(new DeleteScheduleCommand({ Name: scheduleName(slug), GroupName: groupName }));
      } catch (error) {
        // Already run (it deletes itself) or never created.
        if (!(error instanceof ResourceNotFoundException || isName(error, 'ResourceNotFoundException')))
          throw error;
      }
    },
  };
}
