import type { DB } from "../storage/db.server";
import { type ArticleSource, readArticleFiles } from "./article-files.server";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "../../../db/seed/team";
import { MARKDOWN_RENDERER, loadMarkdownRenderer } from "../articles/markdown.server";
import { verifyPassword } from "../auth/passwords.server";
import { seedDemoTeam } from "./team.server";

export type SeedReport = { inserted: number; updated: number; unchanged: number };

/**
 * Upserts articles by slug in one transaction, storing each changed article's rendered HTML. An
 * article whose source file has not changed is left untouched, so seeding twice changes nothing.
 */
export async function seedArticles(db: DB, sources: ArticleSource[], now = new Date()): Promise<SeedReport> {
  const report: SeedReport = { inserted: 0, updated: 0, unchanged: 0 };
  const timestamp = now.toISOString();
  const renderMarkdown = await loadMarkdownRenderer();
  await db.transaction().execute(async (trx) => {
    for (const source of sources) {
      const existing = await trx
        .selectFrom("articles")
        .select(["id", "source_hash"])
        .where("slug", "=", source.slug)
        .executeTakeFirst();
      if (existing?.source_hash === source.sourceHash) {
        report.unchanged += 1;
        continue;
      }
      const values = {
        title: source.title,
        summary: source.summary,
        author: source.author,
        body_markdown: source.body,
        // Rendered and sanitised here, once per change, so that no page view renders Markdown.
        body_html: renderMarkdown(source.body),
        html_renderer: MARKDOWN_RENDERER,
        word_count: source.wordCount,
        cta_line: source.cta ?? null,
        status: source.status,
        published_on: source.published,
        source_hash: source.sourceHash,
        updated_at: timestamp,
      };
      let articleId: number;
      if (existing) {
        await trx.updateTable("articles").set(values).where("id", "=", existing.id).execute();
        await trx.deleteFrom("article_topics").where("article_id", "=", existing.id).execute();
        articleId = existing.id;
        report.updated += 1;
      } else {
        const inserted = await trx
          .insertInto("articles")
          .values({ ...values, slug: source.slug, created_at: timestamp })
          .returning("id")
          .executeTakeFirstOrThrow();
        articleId = inserted.id;
        report.inserted += 1;
      }
      await trx
        .insertInto("article_topics")
        .values(source.topics.map((topic, position) => ({ article_id: articleId, topic, position })))
        .execute();
    }
  });
  return report;
}

async function isEmpty(db: DB, table: "articles" | "inboxes"): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count) === 0;
}

export type DemoReport = SeedReport & { team: Awaited<ReturnType<typeof seedDemoTeam>> | null };

/** Seeds the demo content: the firm's articles, then its inboxes, consultants and routing rules. */
export async function seedDemoContent(
  db: DB,
  { articlesDirectory, demoPassword }: { articlesDirectory?: string; demoPassword?: string | null } = {},
): Promise<DemoReport> {
  const articles = await seedArticles(db, await readArticleFiles(articlesDirectory));
  return { ...articles, team: await seedDemoTeam(db, { demoPassword }) };
}

/**
 * On start: seeds what an empty database lacks, so a first `npm start` shows articles and routes
 * leads, while a database someone has filled is left alone.
 */
export async function seedWhereEmpty(
  db: DB,
  { demoPassword }: { demoPassword: string | null },
): Promise<{ articles: number | null; team: boolean }> {
  const articles = (await isEmpty(db, "articles")) ? (await seedArticles(db, await readArticleFiles())).inserted : null;
  const team = await isEmpty(db, "inboxes");
  if (team) await seedDemoTeam(db, { demoPassword });
  return { articles, team };
}

/** The demo partner's sign-in, while that account still has the demo password; null otherwise. */
export async function demoSignIn(db: DB): Promise<{ email: string; password: string } | null> {
  const admin = await db
    .selectFrom("users")
    .select(["password_hash", "active"])
    .where("email", "=", DEMO_ADMIN_EMAIL)
    .executeTakeFirst();
  if (!admin?.password_hash || admin.active !== 1) return null;
  return (await verifyPassword(DEMO_PASSWORD, admin.password_hash))
    ? { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD }
    : null;
}
