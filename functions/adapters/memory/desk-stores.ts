// In-memory twins of the desk's stores (article history, scheduled articles) and a scheduler that records what
// it was asked, for unit tests; the shared contract keeps them and the DynamoDB adapters alike.
import type { ArticleVersion, ScheduledArticle } from '../../core/desk/types.ts';
import type { ArticleHistory, PublishScheduler, ScheduledArticles } from '../../ports.ts';

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryArticleHistory implements ArticleHistory {
  private readonly entries = new Map<string, ArticleVersion>();
  async add(version: ArticleVersion) {
    const key = `${version.slug}\u0000${String(version.version).padStart(6, '0')}`;
    if (this.entries.has(key)) return false;
    this.entries.set(key, copy(version));
    return true;
  }
  async versions(slug: string) {
    return [...this.entries.values()]
      .filter((v) => v.slug === slug)
      .sort((a, b) => a.version - b.version)
      .map(copy);
  }
}

export class MemoryScheduledArticles implements ScheduledArticles {
  private readonly entries = new Map<string, ScheduledArticle>();
  async put(entry: ScheduledArticle) {
    this.entries.set(entry.slug, copy(entry));
  }
  async get(slug: string) {
    const found = this.entries.get(slug);
    return found && copy(found);
  }
  async list() {
    return [...this.entries.values()]
      .map(({ article: _a, themes: _t, diagnostics: _d, ...summary }) => copy(summary))
      .sort((a, b) => a.publishAt.localeCompare(b.publishAt) || a.slug.localeCompare(b.slug));
  }
  async remove(slug: string, publishAt?: string) {
    const found = this.entries.get(slug);
    if (!found || (publishAt !== undefined && found.publishAt !== publishAt)) return false;
    this.entries.delete(slug);
    return true;
  }
}

/** Records the schedules it holds; `due(now)` lists those whose time has come (a test drives the clock). */
export class MemoryPublishScheduler implements PublishScheduler {
  readonly schedules = new Map<string, Date>();
  async schedule(slug: string, at: Date) {
    this.schedules.set(slug, at);
  }
  async cancel(slug: string) {
    this.schedules.delete(slug);
  }
  due(now: Date): string[] {
    return [...this.schedules].filter(([, at]) => at <= now).map(([slug]) => slug);
  }
}
