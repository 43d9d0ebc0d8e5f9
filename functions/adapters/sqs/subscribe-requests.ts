// Adapter: SubscribeRequestQueue on SQS. One message per request (the endpoint queues one at a time); the
// subscription function's SQS event source processes them (handlers/http-subscriptions.ts).
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SubscribeRequestQueue } from '../../ports.ts';

export function createSqsSubscribeRequests(options: {
  client: SQSClient;
  queueUrl: string;
}): SubscribeRequestQueue {
  return {
    async enqueue(requests) {
      for (const request of requests)
        await options.client.send(
          new SendMessageCommand({ QueueUrl: options.queueUrl, MessageBody: JSON.stringify(request) }),
        );
    },
  };
}
