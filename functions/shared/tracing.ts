// X-Ray tracing with Powertools' Tracer: one instance per process (the service name comes from
// POWERTOOLS_SERVICE_NAME), every AWS client captured where it is built, and each handler wrapped so its
// invocation is a subsegment annotated with ColdStart and Service. Tracer switches itself off outside Lambda
// (no AWS_EXECUTION_ENV); `npm start`, the CLI and the tests also set POWERTOOLS_TRACE_ENABLED=false, so none of
// them patch clients or print X-Ray notices.
import { Tracer } from '@aws-lambda-powertools/tracer';
import { redactEmails } from './logging.ts';
import { recordSdkCalls } from './sdk-calls.ts';

// The functions make no HTTP calls but AWS ones, and those are captured per client: no global http patching.
export const tracer = new Tracer({ captureHTTPsRequests: false });

/**
 * The client, with a subsegment per call (service, operation, status, retries) when tracing is on, and each call
 * recorded when the least-privilege test asks for it (sdk-calls.ts; never on AWS).
 */
export function traced<Client>(client: Client): Client {
  return tracer.captureAWSv3Client(recordSdkCalls(client));
}

/**
 * Wraps a Lambda handler in a `## <name>` subsegment annotated with ColdStart and Service. Errors are recorded
 * with addresses redacted; responses are not (pages and batch answers carry nothing a trace needs).
 */
export function withTracing<Event, Context, Result>(
  name: string,
  handler: (event: Event, context?: Context) => Promise<Result>,
): (event: Event, context?: Context) => Promise<Result> {
  return async (event, context) => {
    if (!tracer.isTracingEnabled()) return handler(event, context);
    const segment = tracer.getSegment();
    const subsegment = segment?.addNewSubsegment(`## ${name}`);
    if (subsegment) tracer.setSegment(subsegment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      return await handler(event, context);
    } catch (error) {
      tracer.addErrorAsMetadata(redacted(error));
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
    }
  };
}

function redacted(error: unknown): Error {
  const copy = new Error(redactEmails(error instanceof Error ? error.message : String(error)));
  copy.name = error instanceof Error ? error.name : 'Error';
  if (error instanceof Error && error.stack) copy.stack = redactEmails(error.stack);
  return copy;
}
