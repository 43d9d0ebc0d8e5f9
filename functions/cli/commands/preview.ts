// `tidings preview`: without --persona, every email template (zh and en) and article page rendered to files; with
// `--persona "health:daily,talent:instant"`, the email(s) that reader would get now from the running npm start —
// the next digest of each cadence they follow, or with --article the alert for that article — written as .eml
// (the whole message, as SES would get it) and .html. Nothing is sent and nothing is opened.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { renderPreviews } from '../../adapters/render/previews.ts';
import type { PublishedSection } from '../../core/delivery/types.ts';
import type { PreviewedEmail } from '../../core/desk/preview.ts';
import type { DigestCadence, Lang } from '../../core/types.ts';
import { count, type Io, runCommand, stdio, UsageError } from '../run.ts';
import { type LocalTarget, localTarget } from '../target.ts';

export { renderPreviews };

export interface PersonaOptions {
  persona: string;
  lang: string;
  contentLangs?: Lang[];
  article?: string;
  edition?: DigestCadence;
  out: string;
  /** Where an article not published yet is read from (`<dir>/<slug>.md`). */
  contentDir: string;
}

const KB = 1024;

async function articleSections(
  target: LocalTarget,
  ref: string,
  contentDir: string,
): Promise<{ slug: string; sections: PublishedSection[]; source: string }> {
  const { toPublishedSections } = await import('../../core/delivery/publish.ts');
  const now = target.clock.now().toISOString();
  const isFile = ref.endsWith('.md') || ref.includes('/');
  if (!isFile) {
    const stored = await target.content.sectionsOf(ref);
    if (stored.length > 0) return { slug: ref, sections: stored, source: 'as published' };
    const scheduled = await target.scheduled.get(ref);
    if (scheduled) {
      return {
        slug: ref,
        sections: toPublishedSections(scheduled.article, scheduled.themes, scheduled.publishAt),
        source: `as scheduled for ${scheduled.publishAtText}`,
      };
    }
  }
  const [{ readArticleFile }, { classifyArticle }] = await Promise.all([
    import('../../adapters/fs/articles.ts'),
    import('../../core/topics/classify.ts'),
  ]);
  const file = isFile ? resolve(ref) : join(contentDir, `${ref}.md`);
  const parsed = await readArticleFile(file);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.article || errors.length > 0) {
    throw new Error(
      `${file}: ${errors.map((d) => `${d.message} [${d.code}]`).join('; ') || 'not an article'} — \`tidings lint\` shows every problem`,
    );
  }
  const themes = classifyArticle(parsed.article, target.local.ports.taxonomy);
  return {
    slug: parsed.article.slug,
    sections: toPublishedSections(parsed.article, themes, now),
    source: `from ${file} (not published)`,
  };
}

async function write(outDir: string, email: PreviewedEmail, locale: string, io: Io): Promise<void> {
  const base = join(outDir, `${email.editionId}.${locale}`);
  await writeFile(`${base}.eml`, email.eml);
  await writeFile(`${base}.html`, email.html);
  const size = email.eml.length;
  io.out(`${email.kind === 'alert' ? 'alert ' : 'digest'} ${email.editionId}: “${email.subject}”`);
  io.out(
    `  ${count(email.sections.length, 'section')} (${email.sections.join(', ')}), topics ${email.topics.join('+')}, ${(size / KB).toFixed(1)} KB`,
  );
  if (size > 100 * KB) io.err(`  over 100 KB: some inboxes (Gmail) clip it`);
  io.out(`  ${base}.eml`);
  io.out(`  ${base}.html`);
}

/** Writes what the persona would get now; exit 1 when they would get nothing. */
export async function runPersonaPreview(target: LocalTarget, options: PersonaOptions, io: Io): Promise<void> {
  const { parsePersona, personaLocale, personaSubscriber, previewAlert, previewDigest, PersonaError } =
    await import('../../core/desk/preview.ts');
  const { local } = target;
  let reader: ReturnType<typeof personaSubscriber>;
  try {
    const topics = parsePersona(options.persona, new Set(local.ports.taxonomy.byId.keys()));
    reader = personaSubscriber(topics, personaLocale(options.lang), options.contentLangs);
  } catch (error) {
    if (error instanceof PersonaError) throw new UsageError(error.message);
    throw error;
  }
  const deps = { ...local.coreDeps, timezone: target.timezone };
  const outDir = resolve(options.out);
  await mkdir(outDir, { recursive: true });
  const described = Object.entries(reader.topics)
    .map(([t, c]) => `${t}:${c}`)
    .join(', ');
  io.out(`persona ${described}, ${reader.locale}, reads ${reader.contentLangs.join('+')} — ${target.where}`);
  let written = 0;
  if (options.article) {
    const { slug, sections, source } = await articleSections(target, options.article, options.contentDir);
    io.out(`${slug} ${source}`);
    const alert = await previewAlert(deps, reader, slug, sections);
    if (alert.email) {
      await write(outDir, alert.email, reader.locale, io);
      written++;
    } else io.out(`no alert: ${alert.reason}`);
  } else {
    const cadences: DigestCadence[] = options.edition
      ? [options.edition]
      : (['daily', 'weekly'] as const).filter((c) => Object.values(reader.topics).includes(c));
    if (cadences.length === 0) {
      io.out('the persona follows topics at instant only: alerts come per article (--article <slug>)');
    }
    for (const cadence of cadences) {
      const digest = await previewDigest(deps, reader, cadence);
      if (digest.email) {
        await write(outDir, digest.email, reader.locale, io);
        written++;
      } else io.out(`no ${cadence} digest: ${digest.reason}`);
    }
  }
  if (written === 0) process.exitCode = 1;
}

function cadence(value: string): DigestCadence {
  if (value !== 'daily' && value !== 'weekly') throw new InvalidArgumentError('daily or weekly');
  return value;
}

function langs(value: string): Lang[] {
  const list = value.split(',').map((v) => v.trim());
  for (const lang of list) {
    if (lang !== 'zh' && lang !== 'en') throw new InvalidArgumentError('a list of zh and en, e.g. zh,en');
  }
  return list as Lang[];
}

export function registerPreview(program: Command): void {
  program
    .command('preview')
    .option(
      '--out <dir>',
      'where to write the preview files (default .tidings/preview, with --persona .tidings/preview/persona)',
    )
    .option(
      '--content <dir>',
      'directory of Markdown articles (pages; with --persona, articles not published yet)',
    )
    .option(
      '--site-url <url>',
      'site origin used in links (default https://news.example.org; not with --persona)',
    )
    .option(
      '--persona <topics>',
      'one reader, e.g. "health:daily,talent:instant": what they would get now from npm start',
    )
    .option('--lang <lang>', 'the persona’s language: en, zh (zh-Hans) or zh-Hant', 'en')
    .option('--content-langs <langs>', 'article languages the persona reads (default zh,en)', langs)
    .option(
      '--article <slug|file>',
      'with --persona: the alert for this article (published, scheduled, or a file)',
    )
    .option('--edition <cadence>', 'with --persona: only this digest, daily or weekly', cadence)
    .description(
      'render every email template and article page to files; with --persona, the exact email(s) one reader would get now, as .eml + .html',
    )
    .action(
      (opts: {
        out?: string;
        content?: string;
        siteUrl?: string;
        persona?: string;
        lang: string;
        contentLangs?: Lang[];
        article?: string;
        edition?: DigestCadence;
      }) =>
        runCommand('preview', async () => {
          if (!opts.persona) {
            if (opts.article || opts.edition)
              throw new UsageError('--article and --edition need --persona "topic:cadence,…"');
            const outDir = resolve(opts.out ?? '.tidings/preview');
            const result = await renderPreviews(outDir, { contentDir: opts.content, siteUrl: opts.siteUrl });
            for (const e of result.emails) {
              console.log(
                `${e.htmlFile.padEnd(16)} ${(e.bytes / 1024).toFixed(1).padStart(6)} KB  ${e.subject}`,
              );
            }
            for (const a of result.articles) console.log(`${a.file}  ${a.title}`);
            console.log(`\nOpen ${resolve(outDir, 'index.html')}`);
            return;
          }
          if (opts.article && opts.edition) throw new UsageError('give --article or --edition, not both');
          if (program.opts<{ stack?: string }>().stack ?? process.env.TIDINGS_STACK) {
            throw new UsageError(
              'preview --persona renders from the local npm start (its templates and content); it does not read a deployed stack — run it without --stack / TIDINGS_STACK',
            );
          }
          await runPersonaPreview(
            await localTarget(),
            {
              persona: opts.persona,
              lang: opts.lang,
              ...(opts.contentLangs ? { contentLangs: opts.contentLangs } : {}),
              ...(opts.article ? { article: opts.article } : {}),
              ...(opts.edition ? { edition: opts.edition } : {}),
              out: opts.out ?? '.tidings/preview/persona',
              contentDir: resolve(opts.content ?? process.env.TIDINGS_CONTENT_DIR ?? 'content/articles'),
            },
            stdio,
          );
        }),
    );
}
