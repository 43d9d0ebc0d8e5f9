// A stand-in for the Lambda Node.js runtime, one process per function: it loads the handler the template names
// (`_HANDLER`, e.g. index.handler) from the bundle folder (`LAMBDA_TASK_ROOT`) the way Lambda does — module file
// then export — and runs each event the parent sends over IPC, answering with the result or the error. Plain
// JavaScript on purpose: nothing here compiles or rewrites the bundle.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.env.LAMBDA_TASK_ROOT;
const spec = process.env._HANDLER ?? '';
const dot = spec.lastIndexOf('.');
const moduleName = spec.slice(0, dot);
const exportName = spec.slice(dot + 1);

function errorOf(error) {
  return {
    name: error?.name ?? 'Error',
    message: error?.message ?? String(error),
    stack: error?.stack,
  };
}

let handler;
try {
  const file = ['.mjs', '.js', '.cjs'].map((ext) => join(root, moduleName + ext)).find((f) => existsSync(f));
  if (!file) throw new Error(`Runtime.ImportModuleError: no ${moduleName}.mjs/.js/.cjs in ${root}`);
  const mod = await import(pathToFileURL(file).href);
  handler = mod[exportName];
  if (typeof handler !== 'function')
    throw new Error(`Runtime.HandlerNotFound: ${file} does not export a function named ${exportName}`);
  process.send({ ready: true });
} catch (error) {
  process.send({ ready: false, error: errorOf(error) });
  process.exit(1);
}

let invocation = 0;
process.on('message', async ({ id, event }) => {
  invocation++;
  const started = Date.now();
  const context = {
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: '$LATEST',
    invokedFunctionArn: process.env.REHEARSE_FUNCTION_ARN,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: `rehearsal-${process.pid}-${invocation}`,
    logGroupName: `/aws/lambda/${process.env.AWS_LAMBDA_FUNCTION_NAME}`,
    logStreamName: 'rehearsal',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () =>
      Math.max(0, Number(process.env.REHEARSE_TIMEOUT_MS ?? 10_000) - (Date.now() - started)),
  };
  try {
    const result = await handler(event, context);
    process.send({ id, result: result === undefined ? null : result });
  } catch (error) {
    process.send({ id, error: errorOf(error) });
  }
});
