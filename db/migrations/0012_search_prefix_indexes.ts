import { type Kysely, sql } from "kysely";

/**
 * Full-text search as people type, at a million leads: FTS5 answers a prefix query ("nordic*")
 * from a prefix index when one of that length exists; without one it reads and merges the list
 * of every term that begins so (`nordic1`, `nordic12`, … from generated and real addresses alike:
 * tens of thousands of terms), which took 50–80 ms. Prefix indexes of 2 to 8 characters cover
 * the words people type into the inbox's search; a longer prefix matches few terms and stays
 * cheap without one. They cost about 125 bytes per lead.
 *
 * An FTS5 table's options cannot be changed, so the table is made again with the same columns,
 * tokenizer and contentless settings as migration 0005 set out, and filled from the leads and
 * their notes with the statement the triggers use. The triggers name the table, not its options,
 * and keep working unchanged. Erased leads are indexed as what they hold now: nothing. All in one
 * transaction, so an interrupted migration leaves the old index in place.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => rebuild(trx));
}

async function rebuild(db: Kysely<unknown>): Promise<void> {
  await sql`drop table lead_search`.execute(db);
  await sql`
    create virtual table lead_search using fts5(
      company, contact_name, email, notes,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4 5 6 7 8'
    )
  `.execute(db);
  await sql`insert into lead_search (lead_search, rank) values ('secure-delete', 1)`.execute(db);
  await sql`
    insert into lead_search (rowid, company, contact_name, email, notes)
    select leads.id, leads.company, leads.contact_name, leads.contact_email,
           coalesce((select group_concat(body, char(10)) from lead_notes where lead_notes.lead_id = leads.id), '')
    from leads
  `.execute(db);
  // One b-tree of segments instead of the many the bulk insert left, so the first searches do not merge them.
  await sql`insert into lead_search (lead_search) values ('optimize')`.execute(db);
}
