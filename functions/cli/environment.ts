// Where CLI commands find the pipeline's data: AWS when TABLE_NAME is set (with the usual AWS credentials),
// otherwise the local stand-ins a running `npm start` provides, on their default ports.
import { resolve } from 'node:path';

export const LOCAL_DEFAULTS = {
  TABLE_NAME: 'tidings',
  DYNAMODB_ENDPOINT: `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 4567}`,
  SES_ENDPOINT: `http://127.0.0.1:${process.env.SES_PORT ?? 8005}`,
  SITE_URL: `http://localhost:${process.env.PORT ?? 3000}`,
  SENDER_EMAIL: 'news@tidings.localhost.test',
  SENDER_NAME: 'tidings',
  TOKEN_KEYS_FILE: resolve('.tidings/token-keys.json'),
  AWS_REGION: 'us-east-1',
} as const;

export function cliEnvironment(env: NodeJS.ProcessEnv = process.env): {
  env: NodeJS.ProcessEnv;
  local: boolean;
} {
  if (env.TABLE_NAME) return { env, local: false };
  return { env: { ...LOCAL_DEFAULTS, ...env }, local: true };
}

/** Turns a connection failure against the local stand-ins into advice a person can act on. */
export function explainConnectionError(error: unknown, local: boolean): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (local && /ECONNREFUSED|TimeoutError|socket hang up|fetch failed/i.test(text)) {
    return 'cannot reach the local DynamoDB: start the pipeline with `npm start` in another terminal first (or set TABLE_NAME and AWS credentials to use AWS)';
  }
  return text;
}
