// `tidings publish <file|dir>`: parse, classify and publish each article on the instance `npm start` runs, then
// send its instant alerts at once through the in-process queue. A republished article is a correction (no new
// alert), a future `publishAt` schedules it (npm start's timer publishes it then). A directory publishes each
// *.md file in name order; a file that cannot be published says why and the others still go.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { PublishOutcome } from '../../core/desk/publishing.ts';
import type { CliContext } from '../context.ts';
import { describeOutcome } from '../format.ts';
import { count, type Io, runCommand, stdio } from '../run.ts';
import type { StackInfo } from '../stack.ts';
import { type LocalTarget, localEditor, localTarget } from '../target.ts';

/** Where the stack's publish function reads uploads (infra/stack.ts ARTICLE_PREFIX). */
const ARTICLE_PREFIX = 'articles/';

export function registerPublish(program: Command, context?: CliContext): void {
  program
    .command('publish')
    .argument('<path>', 'a Markdown article, or a directory of them')
    .description(
      'publish articles on the running npm start (or, with --stack, upload them to the stack’s content bucket): first time with instant alerts, again as a correction, or at their publishAt (exit 1 when one was not published)',
    )
    .action((path: string) =>
      runCommand('publish', async () => {
        const stack = context?.stack();
        if (stack) await runStackPublish(path, stack, stdio);
        else await runPublish(path, await localTarget(), localEditor(), stdio);
      }),
    );
}

/**
 * On a deployed stack an article is published the way editors do it there: uploaded to the content bucket, where
 * the publish function applies the gate and publishes, corrects or schedules it. Files with errors are not
 * uploaded (the same parser says why here, at once).
 */
export async function runStackPublish(path: string, stack: StackInfo, io: Io): Promise<void> {
  const [{ readArticles }, { S3Client, PutObjectCommand }] = await Promise.all([
    import('../../adapters/fs/articles.ts'),
    import('@aws-sdk/client-s3'),
  ]);
  const files = await readArticles(path);
  if (files.length === 0) throw new Error(`${path}: no *.md files to publish`);
  const s3 = new S3Client({ region: stack.region });
  const bucket = stack.outputs.ContentBucketName;
  let refused = 0;
  for (const { file, result } of files) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (!result.article || errors.length > 0) {
      for (const d of errors)
        io.err(`${d.file ?? file}${d.line ? `:${d.line}` : ''}: error: ${d.message} [${d.code}]`);
      io.err(`${file}: not uploaded (fix the errors above)`);
      refused++;
      continue;
    }
    const key = `${ARTICLE_PREFIX}${result.article.slug}.md`;
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: await readFile(file),
        ContentType: 'text/markdown; charset=utf-8',
      }),
    );
    io.out(
      `${file}: uploaded to s3://${bucket}/${key} — the publish function publishes, corrects or schedules it; \`tidings --stack ${stack.name} history ${result.article.slug}\` shows the outcome`,
    );
  }
  if (refused > 0) {
    io.err(`${count(refused, 'file')} of ${files.length} not uploaded`);
    process.exitCode = 1;
  }
}

/** Publishes each article; sets exit code 1 when one was not published (invalid, held, or a conflict). */
export async function runPublish(path: string, target: LocalTarget, by: string, io: Io): Promise<void> {
  const [{ readArticles }, { classifyArticle }, { submitArticle }] = await Promise.all([
    import('../../adapters/fs/articles.ts'),
    import('../../core/topics/classify.ts'),
    import('../../core/desk/schedule.ts'),
  ]);
  const files = await readArticles(path);
  if (files.length === 0) throw new Error(`${path}: no *.md files to publish`);
  const { local } = target;
  let notPublished = 0;
  for (const { file, result: parsed } of files) {
    for (const d of parsed.diagnostics) {
      io.err(`${d.file ?? file}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message} [${d.code}]`);
    }
    if (!parsed.article || parsed.diagnostics.some((d) => d.severity === 'error')) {
      io.err(`${file}: not published (fix the errors above)`);
      notPublished++;
      continue;
    }
    const article = parsed.article;
    const themes = classifyArticle(article, local.ports.taxonomy);
    const before = { ...local.tally };
    const outcome: PublishOutcome = await submitArticle(
      local.desk,
      { article, themes, diagnostics: parsed.diagnostics },
      { by },
    );
    const line = `${file}: ${describeOutcome(outcome)}`;
    if (outcome.status === 'held' || outcome.status === 'conflict') {
      io.err(line);
      notPublished++;
      continue;
    }
    io.out(line);
    if (outcome.status === 'scheduled') {
      io.out('  npm start publishes it then (while it runs); `tidings scheduled` lists what waits');
    }
    await local.queue.drain();
    const sent = local.tally.sent - before.sent;
    const skipped = local.tally.skipped - before.skipped;
    const failed = local.tally.failed - before.failed;
    if (sent + skipped + failed > 0) io.out(`  alerts: ${sent} sent, ${skipped} skipped, ${failed} failed`);
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
