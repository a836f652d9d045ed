import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("articles")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("slug", "text", (col) => col.notNull().unique())
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("summary", "text", (col) => col.notNull())
    .addColumn("author", "text", (col) => col.notNull())
    .addColumn("body_markdown", "text", (col) => col.notNull())
    .addColumn("word_count", "integer", (col) => col.notNull())
    .addColumn("cta_line", "text")
    .addColumn("status", "text", (col) => col.notNull().check(sql`status in ('published', 'draft')`))
    .addColumn("published_on", "text", (col) => col.notNull())
    .addColumn("source_hash", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createIndex("articles_status_published_on")
    .on("articles")
    .columns(["status", "published_on"])
    .execute();

  await db.schema
    .createTable("article_topics")
    .addColumn("article_id", "integer", (col) => col.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("topic", "text", (col) => col.notNull())
    .addColumn("position", "integer", (col) => col.notNull())
    .addPrimaryKeyConstraint("article_topics_pk", ["article_id", "topic"])
    .execute();

  await db.schema.createIndex("article_topics_topic").on("article_topics").columns(["topic", "article_id"]).execute();
}
