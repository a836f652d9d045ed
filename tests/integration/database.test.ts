import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import {
  getPublishedArticle,
  latestArticles,
  listPublishedArticles,
  relatedArticles,
  renderStaleArticleHtml,
} from "~/server/articles/articles.server";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { checkReadiness } from "~/server/http/health.server";
import { MARKDOWN_RENDERER } from "~/server/articles/markdown.server";
import { migrateToLatest } from "~/server/storage/migrate.server";
import { SeedFileError, readArticleFiles } from "~/server/seed/article-files.server";
import { seedArticles, seedDemoContent } from "~/server/seed/seed.server";
import { createTestDatabase } from "../support/db";
import { TMP_ROOT, freshDatabasePath } from "../support/paths";

const open: DB[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

async function migratedDb() {
  const { db } = await createTestDatabase("db");
  open.push(db);
  return db;
}

function articleFile(
  dir: string,
  slug: string,
  frontMatter: Record<string, string>,
  body = "Body text of the article.",
) {
  const lines = Object.entries({ slug, ...frontMatter }).map(([key, value]) => `${key}: ${value}`);
  writeFileSync(path.join(dir, `${slug}.md`), `---\n${lines.join("\n")}\n---\n\n${body}\n`);
}

function articlesDir(): string {
  const dir = path.join(TMP_ROOT, `articles-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const GOOD = {
  title: '"A good article title"',
  summary: '"A summary that is long enough to be useful."',
  author: "Jonas Lindqvist",
  published: "2026-09-01",
  topics: "[nis2]",
};

describe("migrations", () => {
  it("create the schema on an empty file", async () => {
    const db = createDatabase(freshDatabasePath("migrate"));
    open.push(db);
    const applied = await migrateToLatest(db);
    expect(applied).toContain("0001_create_articles");
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
    expect(tables.rows.map((row) => row.name)).toEqual(expect.arrayContaining(["articles", "article_topics"]));
  });

  it("apply nothing the second time", async () => {
    const db = await migratedDb();
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it("turn on WAL and foreign keys", async () => {
    const db = await migratedDb();
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(journal.rows[0]?.journal_mode).toBe("wal");
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
  });
});

describe("transactions", () => {
  it("take the write lock when they begin, so a write from another connection meanwhile cannot make them fail", async () => {
    const path = freshDatabasePath("locks");
    const db = createDatabase(path);
    open.push(db);
    await migrateToLatest(db);
    // Another connection to the same file, as the mail worker's thread or a script has; it does
    // not wait, so a lock held by the transaction shows as a refusal instead of a pause.
    const other = new SQLite(path);
    other.pragma("busy_timeout = 0");
    let otherWrite: string | null = null;
    await db.transaction().execute(async (trx) => {
      await trx.selectFrom("articles").select("id").execute();
      try {
        other
          .prepare(
            "insert into inboxes (slug, name, address, created_at) values ('other', 'Other', 'o@x.example', '2026-01-01')",
          )
          .run();
        otherWrite = "written";
      } catch (error) {
        otherWrite = (error as Error).message;
      }
      await trx
        .insertInto("inboxes")
        .values({ slug: "mine", name: "Mine", address: "m@x.example", created_at: "2026-01-01" })
        .execute();
    });
    other.close();
    expect(otherWrite).toBe("database is locked");
    expect((await db.selectFrom("inboxes").select("slug").execute()).map((row) => row.slug)).toEqual(["mine"]);
  });
});

describe("seeding articles", () => {
  it("loads every article file shipped with the portal", async () => {
    const db = await migratedDb();
    const report = await seedDemoContent(db);
    expect(report.inserted).toBeGreaterThanOrEqual(6);
    expect(report.inserted).toBe((await readArticleFiles()).length);
  });

  it("changes nothing when run twice", async () => {
    const db = await migratedDb();
    await seedDemoContent(db);
    const before = await db.selectFrom("articles").selectAll().orderBy("id").execute();
    const topicsBefore = await db
      .selectFrom("article_topics")
      .selectAll()
      .orderBy("article_id")
      .orderBy("topic")
      .execute();
    const second = await seedDemoContent(db);
    expect(second).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: before.length,
      team: { inboxes: 0, users: 0, ruleset: false },
    });
    expect(await db.selectFrom("articles").selectAll().orderBy("id").execute()).toEqual(before);
    expect(await db.selectFrom("article_topics").selectAll().orderBy("article_id").orderBy("topic").execute()).toEqual(
      topicsBefore,
    );
  });

  it("updates an article whose file changed, keeping its identity", async () => {
    const db = await migratedDb();
    const dir = articlesDir();
    articleFile(dir, "nis2-basics", GOOD);
    await seedArticles(db, await readArticleFiles(dir));
    articleFile(dir, "nis2-basics", { ...GOOD, topics: "[nis2, dora]" }, "A new body.");
    expect(await seedArticles(db, await readArticleFiles(dir))).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const topics = await db.selectFrom("article_topics").select("topic").orderBy("position").execute();
    expect(topics.map((row) => row.topic)).toEqual(["nis2", "dora"]);
  });

  it("stores each article's rendered, sanitised HTML, and renders it again when the file changes", async () => {
    const db = await migratedDb();
    const dir = articlesDir();
    articleFile(dir, "nis2-basics", GOOD, "## Scope\n\nEssential <script>alert(1)</script> entities.");
    await seedArticles(db, await readArticleFiles(dir));
    const first = await db.selectFrom("articles").select(["body_html", "html_renderer"]).executeTakeFirstOrThrow();
    expect(first.body_html).toContain("<h2>Scope</h2>");
    expect(first.body_html).not.toContain("<script");
    expect(first.html_renderer).toBe(MARKDOWN_RENDERER);

    articleFile(dir, "nis2-basics", GOOD, "## Who is in scope\n\nImportant entities too.");
    await seedArticles(db, await readArticleFiles(dir));
    const second = await db.selectFrom("articles").select("body_html").executeTakeFirstOrThrow();
    expect(second.body_html).toContain("<h2>Who is in scope</h2>");
  });

  it("renders again only the articles whose stored HTML came from another renderer", async () => {
    const db = await migratedDb();
    const dir = articlesDir();
    articleFile(dir, "older-renderer", GOOD, "Kept *as rendered* before.");
    articleFile(dir, "current-renderer", GOOD, "Already current.");
    await seedArticles(db, await readArticleFiles(dir));
    await db
      .updateTable("articles")
      .set({ body_html: "stale", html_renderer: "an older renderer" })
      .where("slug", "=", "older-renderer")
      .execute();
    await db.updateTable("articles").set({ body_html: "untouched" }).where("slug", "=", "current-renderer").execute();

    expect(await renderStaleArticleHtml(db)).toBe(1);
    const rows = await db
      .selectFrom("articles")
      .select(["slug", "body_html", "html_renderer"])
      .orderBy("slug")
      .execute();
    expect(rows).toEqual([
      { slug: "current-renderer", body_html: "untouched", html_renderer: MARKDOWN_RENDERER },
      {
        slug: "older-renderer",
        body_html: "<p>Kept <em>as rendered</em> before.</p>\n",
        html_renderer: MARKDOWN_RENDERER,
      },
    ]);
    expect(await renderStaleArticleHtml(db)).toBe(0);
  });

  it("refuses a malformed file, naming the file and the field, and seeds nothing", async () => {
    const db = await migratedDb();
    const dir = articlesDir();
    articleFile(dir, "fine-article", GOOD);
    articleFile(dir, "broken-article", { ...GOOD, published: "sometime soon" });
    let thrown: unknown;
    try {
      await seedDemoContent(db, { articlesDirectory: dir });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SeedFileError);
    expect((thrown as Error).message).toMatch(/broken-article\.md: field "published" must be a date/);
    expect(await db.selectFrom("articles").selectAll().execute()).toEqual([]);
  });

  it("refuses a file whose slug does not match its name", async () => {
    const dir = articlesDir();
    writeFileSync(
      path.join(dir, "other-name.md"),
      `---\nslug: some-slug\ntitle: "${"A title"}"\nsummary: "A summary that is long enough."\nauthor: Amara Okafor\npublished: 2026-01-02\ntopics: [gdpr]\n---\nBody\n`,
    );
    await expect(readArticleFiles(dir)).rejects.toThrow(/other-name\.md: field "slug" must match the file name/);
  });

  it("refuses front matter that is not YAML", async () => {
    const dir = articlesDir();
    writeFileSync(path.join(dir, "bad-yaml.md"), "---\ntitle: [unclosed\n---\nBody\n");
    await expect(readArticleFiles(dir)).rejects.toThrow(/bad-yaml\.md: front matter is not valid YAML/);
  });
});

describe("published articles", () => {
  async function seeded() {
    const db = await migratedDb();
    const dir = articlesDir();
    articleFile(dir, "older-nis2", { ...GOOD, published: "2026-03-01" });
    articleFile(dir, "newer-nis2", { ...GOOD, published: "2026-05-01", topics: "[nis2, dora]" });
    articleFile(dir, "gdpr-piece", { ...GOOD, published: "2026-04-01", topics: "[gdpr]" });
    articleFile(dir, "draft-piece", { ...GOOD, status: "draft" });
    articleFile(dir, "future-piece", { ...GOOD, published: "2027-01-01" });
    await seedArticles(db, await readArticleFiles(dir));
    return db;
  }
  const today = "2026-11-26";

  it("lists only published articles dated up to today, newest first", async () => {
    const db = await seeded();
    const page = await listPublishedArticles(db, { page: 1, pageSize: 10, today });
    expect(page.articles.map((article) => article.slug)).toEqual(["newer-nis2", "gdpr-piece", "older-nis2"]);
    expect(page.total).toBe(3);
  });

  it("filters by topic", async () => {
    const db = await seeded();
    const page = await listPublishedArticles(db, { topic: "dora", page: 1, pageSize: 10, today });
    expect(page.articles.map((article) => article.slug)).toEqual(["newer-nis2"]);
  });

  it("pages through the list", async () => {
    const db = await seeded();
    const second = await listPublishedArticles(db, { page: 2, pageSize: 2, today });
    expect(second.articles.map((article) => article.slug)).toEqual(["older-nis2"]);
    expect(second.pageCount).toBe(2);
  });

  it("does not serve a draft or a future article by its slug", async () => {
    const db = await seeded();
    expect(await getPublishedArticle(db, "draft-piece", today)).toBeNull();
    expect(await getPublishedArticle(db, "future-piece", today)).toBeNull();
    expect(await getPublishedArticle(db, "future-piece", "2027-01-01")).not.toBeNull();
  });

  it("relates articles that share topics, most shared first, excluding itself", async () => {
    const db = await seeded();
    const related = await relatedArticles(db, { slug: "newer-nis2", topics: ["nis2", "dora"] }, 3, today);
    expect(related.map((article) => article.slug)).toEqual(["older-nis2"]);
    expect((await latestArticles(db, 1, today))[0]?.slug).toBe("newer-nis2");
  });
});

describe("readiness check", () => {
  it("reports ok when the database answers and takes a write", async () => {
    expect(await checkReadiness(await migratedDb())).toEqual({ status: "ok", db: "ok", write: "ok" });
  });

  it("reports unavailable when the database answers reads but refuses writes", async () => {
    const db = await migratedDb();
    await sql`pragma query_only = 1`.execute(db);
    expect(await checkReadiness(db)).toEqual({ status: "unavailable", db: "ok", write: "error" });
  });

  it("reports an error when the database is gone", async () => {
    const db = await migratedDb();
    await db.destroy();
    expect(await checkReadiness(db)).toEqual({ status: "unavailable", db: "error", write: "error" });
  });
});
