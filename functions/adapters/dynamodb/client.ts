import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from '../../shared/tracing.ts';

export interface DynamoClientOptions {
  region?: string;
  /** A local endpoint (dynalite) for `npm start` and tests; unset on AWS. */
  endpoint?: string;
}

/** Built once per cold start at module scope by the handlers. */
export function createDynamoClient(options: DynamoClientOptions = {}): DynamoDBDocumentClient {
  const local = options.endpoint !== undefined;
  const client = traced(
    new DynamoDBClient({
      region: options.region ?? process.env.AWS_REGION ?? 'us-east-1',
      ...(local
        ? {
            endpoint: options.endpoint,
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
            // A local endpoint that hangs would otherwise wait forever.
            requestHandler: { requestTimeout: 5_000, throwOnRequestTimeout: true },
          }
        : {}),
    }),
  );
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
