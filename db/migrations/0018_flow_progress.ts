import { type Kysely, sql } from "kysely";

/**
 * How far each assessment got, kept after its draft is gone, for the reports' funnel and drop-off
 * (decision 030). A draft records the furthest step it reached (`reached_step`, set in the same
 * UPDATE that saves a step); triggers copy that into `flow_progress` only when it moves forward or
 * the draft is submitted, so a step costs the flow no extra statement and at most one small row
 * write. A progress row holds no personal data: start time, furthest step, submitted or not and
 * where the visitor came from. When a draft is deleted (expiry) its row loses the draft's id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table lead_drafts add column reached_step integer not null default 1`.execute(trx);
    await trx.schema
      .createTable("flow_progress")
      .addColumn("id", "integer", (col) => col.primaryKey())
      .addColumn("draft_id", "text")
      .addColumn("started_at", "text", (col) => col.notNull())
      .addColumn("reached_step", "integer", (col) => col.notNull().defaultTo(1))
      .addColumn("submitted", "integer", (col) => col.notNull().defaultTo(0))
      .addColumn("source_article", "text")
      .addColumn("source_topic", "text")
      .execute();
    await sql`create unique index flow_progress_draft on flow_progress (draft_id) where draft_id is not null`.execute(
      trx,
    );
    // The reports read a period's rows from this index alone.
    await sql`create index flow_progress_started on flow_progress (started_at, submitted, reached_step, source_article, source_topic)`.execute(
      trx,
    );
    await sql`
      insert into flow_progress (draft_id, started_at, reached_step, submitted, source_article, source_topic)
      select id, created_at, reached_step, status = 'submitted', source_article, source_topic from lead_drafts
    `.execute(trx);
    await sql`
      create trigger lead_drafts_progress_insert after insert on lead_drafts begin
        insert into flow_progress (draft_id, started_at, reached_step, submitted, source_article, source_topic)
        values (new.id, new.created_at, new.reached_step, new.status = 'submitted', new.source_article, new.source_topic);
      end
    `.execute(trx);
    await sql`
      create trigger lead_drafts_progress_update after update of reached_step, status on lead_drafts
      when new.reached_step <> old.reached_step or new.status <> old.status begin
        update flow_progress set reached_step = new.reached_step, submitted = new.status = 'submitted'
        where draft_id = new.id;
      end
    `.execute(trx);
    await sql`
      create trigger lead_drafts_progress_delete after delete on lead_drafts begin
        update flow_progress set draft_id = null where draft_id = old.id;
      end
    `.execute(trx);
  });
}
