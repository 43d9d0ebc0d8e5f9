// `tidings publish <file>`: parse, classify and publish an article on the local stand-ins, then send its
// instant alerts at once through the in-process queue.
import type { Command } from 'commander';

export function registerPublish(program: Command): void {
  program
    .command('publish')
    .argument('<file>', 'a Markdown article')
    .description(
      'publish an article locally (npm start must be running): store its sections, send instant alerts',
    )
    .action(async (file: string) => {
      try {
        await run(file);
      } catch (error) {
        fail(error);
      }
    });
}

async function run(file: string): Promise<void> {
  // Versions are pinned by the lock file; the SDK's Node 22 notice is not for someone running the CLI.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const [{ readArticleFile }, { classifyArticle }, { publishArticle }, { startLocalDelivery }] =
    await Promise.all([
      import('../../adapters/fs/articles.ts'),
      import('../../core/topics/classify.ts'),
      import('../../core/delivery/publish.ts'),
      import('../../adapters/local/runtime.ts'),
    ]);
  const parsed = await readArticleFile(file);
  for (const d of parsed.diagnostics) {
    console.error(`${d.file ?? file}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message} [${d.code}]`);
  }
  if (!parsed.article || parsed.diagnostics.some((d) => d.severity === 'error')) {
    console.error(`tidings publish: ${file} was not published (fix the errors above)`);
    process.exitCode = 1;
    return;
  }
  const local = await startLocalDelivery();
  const article = parsed.article;
  const themes = classifyArticle(article, local.ports.taxonomy);
  const result = await publishArticle(local.coreDeps, article, themes, local.ports.clock.now().toISOString());
  if (!result.stored) {
    console.log(`${article.slug}: already published — no alerts sent again`);
    return;
  }
  console.log(
    `${article.slug}: ${result.sections} sections stored, ${result.alerts} alerts queued (${result.variants} variants)`,
  );
  await local.queue.drain();
  const { sent, skipped, failed } = local.tally;
  console.log(`alerts: ${sent} sent, ${skipped} skipped, ${failed} failed — outbox: ${local.outboxUrl}`);
  if (local.queue.deadLetters.length > 0) {
    console.error(`${local.queue.deadLetters.length} send jobs failed repeatedly and were set aside`);
    process.exitCode = 1;
  }
}

/** The reason, never a stack trace: a missing stand-in or a bad setting is something the user can fix. */
function fail(error: unknown): void {
  console.error(`tidings publish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
