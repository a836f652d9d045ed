import { type Kysely, sql } from "kysely";

/**
 * The consultants' inbox: notes on leads, a full-text index over who the lead is and what was
 * noted about it, and each lead's regime verdicts as rows so "leads where the AI Act likely or
 * possibly applies" is an indexed lookup instead of parsing every assessment.
 *
 * The index and the verdict rows are kept in step by triggers, so every path that writes a lead
 * or a note (the public flow today, triage and erasure later) keeps them right without knowing
 * about them. Both are SQLite-specific; see docs/decisions/008-admin-inbox-queries.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("lead_notes")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("lead_id", "integer", (col) => col.notNull().references("leads.id").onDelete("cascade"))
    .addColumn("author_id", "integer", (col) => col.notNull().references("users.id"))
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("lead_notes_lead").on("lead_notes").columns(["lead_id", "id"]).execute();

  await db.schema
    .createTable("lead_regimes")
    .addColumn("lead_id", "integer", (col) => col.notNull().references("leads.id").onDelete("cascade"))
    .addColumn("regime", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("exposure", "real", (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("lead_regimes_pk", ["lead_id", "regime"])
    .execute();
  await db.schema
    .createIndex("lead_regimes_regime_status")
    .on("lead_regimes")
    .columns(["regime", "status", "lead_id"])
    .execute();

  // The date-range and source filters of the inbox.
  await db.schema.createIndex("leads_created_at").on("leads").columns(["created_at", "id"]).execute();
  await db.schema.createIndex("leads_source_article").on("leads").column("source_article").execute();

  // Contentless: the index keeps no second copy of names and addresses, so erasing a lead's
  // contact fields leaves nothing readable behind. `contentless_delete` lets a row be replaced
  // or removed, and `secure-delete` removes the old tokens from the index pages at once instead
  // of at the next merge. Diacritics are folded so "asa" finds "Åsa"; the prefix indexes serve
  // the as-you-type prefix queries.
  await sql`
    create virtual table lead_search using fts5(
      company, contact_name, email, notes,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    )
  `.execute(db);
  await sql`insert into lead_search (lead_search, rank) values ('secure-delete', 1)`.execute(db);

  // One statement rebuilds a lead's row from the lead and all its notes; every trigger uses it,
  // so the index can only ever hold what the tables hold.
  const reindex = (leadId: string) =>
    sql.raw(`
      insert or replace into lead_search (rowid, company, contact_name, email, notes)
      select leads.id, leads.company, leads.contact_name, leads.contact_email,
             coalesce((select group_concat(body, char(10)) from lead_notes where lead_notes.lead_id = leads.id), '')
      from leads where leads.id = ${leadId};
    `);

  await sql`create trigger leads_search_insert after insert on leads begin ${reindex("new.id")} end`.execute(db);
  await sql`create trigger leads_search_update after update of company, contact_name, contact_email on leads begin ${reindex("new.id")} end`.execute(
    db,
  );
  await sql`create trigger leads_search_delete after delete on leads begin delete from lead_search where rowid = old.id; end`.execute(
    db,
  );
  await sql`create trigger lead_notes_search_insert after insert on lead_notes begin ${reindex("new.lead_id")} end`.execute(
    db,
  );
  await sql`create trigger lead_notes_search_update after update on lead_notes begin ${reindex("old.lead_id")} ${reindex("new.lead_id")} end`.execute(
    db,
  );
  await sql`create trigger lead_notes_search_delete after delete on lead_notes begin ${reindex("old.lead_id")} end`.execute(
    db,
  );

  // A lead's verdicts, one row per regime, from `assessment.regimes`. An assessment that is not
  // valid JSON yields no rows rather than failing the write that stores the lead.
  const verdicts = (leadId: string, assessment: string) =>
    sql.raw(`
      delete from lead_regimes where lead_id = ${leadId};
      insert or replace into lead_regimes (lead_id, regime, status, exposure)
      select ${leadId}, json_extract(value, '$.regime'), json_extract(value, '$.status'), coalesce(json_extract(value, '$.exposure'), 0)
      from json_each(case when json_valid(${assessment}) then ${assessment} else '{}' end, '$.regimes')
      where json_type(value, '$.regime') = 'text' and json_type(value, '$.status') = 'text';
    `);
  await sql`create trigger leads_regimes_insert after insert on leads begin ${verdicts("new.id", "new.assessment")} end`.execute(
    db,
  );
  await sql`create trigger leads_regimes_update after update of assessment on leads begin ${verdicts("new.id", "new.assessment")} end`.execute(
    db,
  );

  // Leads stored before this migration.
  await sql`
    insert or replace into lead_search (rowid, company, contact_name, email, notes)
    select id, company, contact_name, contact_email, '' from leads
  `.execute(db);
  await sql`
    insert or replace into lead_regimes (lead_id, regime, status, exposure)
    select leads.id, json_extract(value, '$.regime'), json_extract(value, '$.status'), coalesce(json_extract(value, '$.exposure'), 0)
    from leads, json_each(case when json_valid(leads.assessment) then leads.assessment else '{}' end, '$.regimes')
    where json_type(value, '$.regime') = 'text' and json_type(value, '$.status') = 'text'
  `.execute(db);
}
