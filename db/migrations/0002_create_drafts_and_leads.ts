import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("lead_drafts")
    .addColumn("id", "text", (col) => col.primaryKey())
    // Only a hash of the cookie's token is stored: a copy of the database opens no drafts.
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("answers", "text", (col) => col.notNull().defaultTo("{}"))
    .addColumn("contact", "text")
    .addColumn("source_article", "text")
    .addColumn("source_topic", "text")
    .addColumn("utm", "text", (col) => col.notNull().defaultTo("{}"))
    .addColumn("referrer", "text")
    .addColumn("status", "text", (col) =>
      col
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open', 'submitted')`),
    )
    .addColumn("lead_id", "integer")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("submitted_at", "text")
    .execute();
  await db.schema.createIndex("lead_drafts_expires_at").on("lead_drafts").column("expires_at").execute();

  await db.schema
    .createTable("leads")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("public_ref", "text", (col) => col.notNull().unique())
    .addColumn("summary_token_hash", "text", (col) => col.notNull().unique())
    .addColumn("draft_id", "text", (col) => col.notNull().unique().references("lead_drafts.id"))
    .addColumn("contact_name", "text", (col) => col.notNull())
    .addColumn("contact_email", "text", (col) => col.notNull())
    .addColumn("email_normalized", "text", (col) => col.notNull())
    .addColumn("company", "text", (col) => col.notNull())
    .addColumn("job_title", "text", (col) => col.notNull())
    .addColumn("phone", "text")
    .addColumn("message", "text")
    .addColumn("answers", "text", (col) => col.notNull())
    .addColumn("ruleset_version", "text", (col) => col.notNull())
    .addColumn("assessment", "text", (col) => col.notNull())
    .addColumn("impact_score", "integer", (col) => col.notNull())
    .addColumn("priority", "integer", (col) => col.notNull())
    .addColumn("band", "text", (col) => col.notNull())
    .addColumn("next_deadline", "text")
    .addColumn("source_article", "text")
    .addColumn("source_topic", "text")
    .addColumn("utm", "text", (col) => col.notNull().defaultTo("{}"))
    .addColumn("referrer", "text")
    .addColumn("consent_version", "text", (col) => col.notNull())
    .addColumn("consent_at", "text", (col) => col.notNull())
    .addColumn("marketing_opt_in", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("status", "text", (col) => col.notNull().defaultTo("new"))
    .addColumn("duplicate_of", "integer", (col) => col.references("leads.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("erased_at", "text")
    .execute();
  await db.schema.createIndex("leads_email_created").on("leads").columns(["email_normalized", "created_at"]).execute();
  await db.schema.createIndex("leads_status_created").on("leads").columns(["status", "created_at"]).execute();
  await db.schema.createIndex("leads_priority_created").on("leads").columns(["priority", "created_at"]).execute();

  await db.schema
    .createTable("lead_events")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("lead_id", "integer", (col) => col.notNull().references("leads.id").onDelete("cascade"))
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("actor", "text")
    .addColumn("data", "text", (col) => col.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("lead_events_lead").on("lead_events").columns(["lead_id", "id"]).execute();
}
