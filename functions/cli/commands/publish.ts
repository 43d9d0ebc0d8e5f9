// `tidings publish <file|dir>`: parse, classify and publish each article on the instance `npm start` runs, then
// send its instant alerts at once through the in-process queue. A directory publishes each *.md file in name
// order; a file that cannot be published says why and the others still go.
import type { Command } from 'commander';
import { count, type Io, runCommand, stdio } from '../run.ts';

export function registerPublish(program: Command): void {
  program
    .command('publish')
    .argument('<path>', 'a Markdown article, or a directory of them')
    .description(
      'publish articles on the running npm start: store their sections, send instant alerts (exit 1 when one was not published)',
    )
    .action((path: string) => runCommand('publish', () => runPublish(path, stdio)));
}

async function runPublish(path: string, io: Io): Promise<void> {
  const [
    { readArticles },
    { classifyArticle },
    { publishArticle },
    { startLocalDelivery },
    { gateAdvice, publishGate },
  ] = await Promise.all([
    import('../../adapters/fs/articles.ts'),
    import('../../core/topics/classify.ts'),
    import('../../core/delivery/publish.ts'),
    import('../../adapters/local/runtime.ts'),
    import('../../core/article/gate.ts'),
  ]);
  const files = await readArticles(path);
  if (files.length === 0) throw new Error(`${path}: no *.md files to publish`);
  const local = await startLocalDelivery();
  let notPublished = 0;
  for (const { file, result: parsed } of files) {
    for (const d of parsed.diagnostics) {
      io.err(`${d.file ?? file}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message} [${d.code}]`);
    }
    // The publish gate: errors always stop an article; warnings do unless its front matter accepts them.
    const gate = publishGate(parsed);
    if (!gate.publish || !parsed.article) {
      io.err(`${file}: not published: ${gateAdvice(gate)}`);
      notPublished++;
      continue;
    }
    const article = parsed.article;
    const themes = classifyArticle(article, local.ports.taxonomy);
    const before = { ...local.tally };
    const result = await publishArticle(
      local.coreDeps,
      article,
      themes,
      local.ports.clock.now().toISOString(),
    );
    if (!result.stored) {
      io.out(`${file}: ${article.slug} was published before — no alerts sent again`);
      continue;
    }
    await local.coreDeps.content.release(article.slug);
    io.out(
      `${file}: published ${article.slug} — ${count(result.sections, 'section')} stored, ${count(result.alerts, 'alert')} queued (${count(result.variants, 'variant')})`,
    );
    await local.queue.drain();
    const sent = local.tally.sent - before.sent;
    const skipped = local.tally.skipped - before.skipped;
    const failed = local.tally.failed - before.failed;
    if (result.alerts > 0) io.out(`  alerts: ${sent} sent, ${skipped} skipped, ${failed} failed`);
  }
  io.out(`outbox: ${local.outboxUrl}`);
  if (local.queue.deadLetters.length > 0) {
    io.err(`${count(local.queue.deadLetters.length, 'send job')} failed repeatedly and were set aside`);
    process.exitCode = 1;
  }
  if (notPublished > 0) {
    io.err(`${count(notPublished, 'file')} of ${files.length} not published`);
    process.exitCode = 1;
  }
}
