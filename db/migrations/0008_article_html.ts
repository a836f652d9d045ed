import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Each article's HTML is rendered and sanitised once, when it is seeded or changed, and
  // stored; pages read it instead of rendering Markdown on every view. `html_renderer` names the
  // renderer that produced it: rows written by an older renderer (and the rows that exist
  // before this migration, with '') are rendered again when the server starts.
  await db.schema
    .alterTable("articles")
    .addColumn("body_html", "text", (col) => col.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("articles")
    .addColumn("html_renderer", "text", (col) => col.notNull().defaultTo(""))
    .execute();
}
