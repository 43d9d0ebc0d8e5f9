// `npm start`: the whole pipeline on http://localhost:3000 (PORT overrides).

// Set before the handlers load (they build their clients and metrics at import): the SDK's Node 22 notice is not
// for someone trying tidings (versions are pinned by the lock file), and CloudWatch metrics (EMF lines) have no
// reader on a laptop; neither do X-Ray traces (Tracer is off outside Lambda anyway: this says so).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_TRACE_ENABLED ??= 'false';
const { startLocal } = await import('./server.ts');

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

try {
  const local = await startLocal({
    port,
    dynamoPort: Number(process.env.DYNAMODB_PORT ?? 4567),
    sesPort: Number(process.env.SES_PORT ?? 8005),
    log: (line) => console.log(`tidings: ${line}`),
    writeState: true,
    // As deployed: a subscribe request is answered before it is processed (issue 16 #4).
    queuedSubscriptions: true,
    ...(process.env.TIDINGS_DATA_DIR ? { dataDir: process.env.TIDINGS_DATA_DIR } : {}),
  });
  console.log(`
tidings is running
  index        ${local.url}/dev
  subscribe    ${local.url}/
  outbox       ${local.standins.outboxUrl}
Data is kept in .tidings/ (delete it to start over); \`npx tidings\` acts on this instance. Ctrl-C stops.`);
  const stop = async () => {
    await local.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`tidings: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
