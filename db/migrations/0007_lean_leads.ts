import { type Kysely, sql } from "kysely";
import { deflateRawSync } from "node:zlib";

/**
 * Leads at scale: a narrow `leads` row, its bulky documents apart and compressed, indexes that
 * serve every inbox view in order, and tallies the inbox counts and routing read instead of
 * counting leads. See docs/decisions/011-leads-at-scale.md.
 *
 * SQLite cannot reorder or drop columns that indexes and triggers use, so the table is rebuilt
 * (SQLite's documented twelve-step procedure): foreign keys off, triggers that mention `leads`
 * dropped, a new table filled from the old one, the old one dropped, the new one renamed, the
 * triggers and indexes made again, the foreign keys checked. All of it in one transaction.
 *
 * Frozen like every migration: it uses no application code. Existing documents are compressed
 * with plain raw deflate (no dictionary); new leads use the dictionaries the application stores
 * in `lead_document_dictionaries`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      for (const trigger of [
        "leads_search_insert",
        "leads_search_update",
        "leads_search_delete",
        "lead_notes_search_insert",
        "lead_notes_search_update",
        "lead_notes_search_delete",
        "leads_regimes_insert",
        "leads_regimes_update",
      ]) {
        await sql.raw(`drop trigger if exists ${trigger}`).execute(trx);
      }

      // Columns every list reads come first, so a row read for the inbox stops early; free text last.
      await sql`
        create table leads_lean (
          id integer primary key autoincrement,
          status text not null default 'new',
          priority integer not null,
          band text not null,
          impact_score integer not null,
          created_at text not null,
          sla_due_at text,
          first_response_at text,
          inbox_id integer references inboxes (id),
          owner_id integer references users (id),
          erased_at text,
          duplicate_of integer references leads (id),
          source_article text,
          source_topic text,
          next_deadline text,
          updated_at text not null,
          public_ref text not null unique,
          ruleset_version text not null,
          routing_version text,
          consent_version text not null,
          consent_at text not null,
          marketing_opt_in integer not null default 0,
          company text not null,
          contact_name text not null,
          job_title text not null,
          contact_email text not null,
          email_normalized text not null,
          phone text,
          summary_token_hash text not null unique,
          draft_id text not null unique references lead_drafts (id),
          utm text not null default '{}',
          referrer text,
          message text
        )
      `.execute(trx);
      const columns = sql.raw(
        [
          "id",
          "status",
          "priority",
          "band",
          "impact_score",
          "created_at",
          "sla_due_at",
          "first_response_at",
          "inbox_id",
          "owner_id",
          "erased_at",
          "duplicate_of",
          "source_article",
          "source_topic",
          "next_deadline",
          "updated_at",
          "public_ref",
          "ruleset_version",
          "routing_version",
          "consent_version",
          "consent_at",
          "marketing_opt_in",
          "company",
          "contact_name",
          "job_title",
          "contact_email",
          "email_normalized",
          "phone",
          "summary_token_hash",
          "draft_id",
          "utm",
          "referrer",
          "message",
        ].join(", "),
      );
      await sql`insert into leads_lean (${columns}) select ${columns} from leads`.execute(trx);

      // The documents a lead page, an export and re-routing read; nothing that lists leads does.
      await sql`
        create table lead_document_dictionaries (
          id text primary key,
          dictionary blob not null,
          created_at text not null
        )
      `.execute(trx);
      await sql`
        create table lead_documents (
          lead_id integer primary key references leads (id) on delete cascade,
          dictionary_id text references lead_document_dictionaries (id),
          answers blob not null,
          assessment blob not null,
          routing_trace blob
        )
      `.execute(trx);
      const pack = (json: string | null) => (json === null ? null : deflateRawSync(Buffer.from(json, "utf8")));
      let lastId = 0;
      for (;;) {
        const batch = (
          await sql<{ id: number; answers: string; assessment: string; routing_trace: string | null }>`
            select id, answers, assessment, routing_trace from leads where id > ${lastId} order by id limit 500
          `.execute(trx)
        ).rows;
        if (batch.length === 0) break;
        for (const row of batch) {
          await sql`
            insert into lead_documents (lead_id, dictionary_id, answers, assessment, routing_trace)
            values (${row.id}, null, ${pack(row.answers)}, ${pack(row.assessment)}, ${pack(row.routing_trace)})
          `.execute(trx);
        }
        lastId = batch[batch.length - 1]?.id ?? lastId;
      }

      await sql`drop table leads`.execute(trx);
      await sql`alter table leads_lean rename to leads`.execute(trx);

      // Only verdicts that fire are kept: the inbox, its filter and the reports read nothing else,
      // and each reaches them by lead, through the primary key.
      await sql`delete from lead_regimes where status not in ('likely', 'possible')`.execute(trx);
      await sql`drop index if exists lead_regimes_regime_status`.execute(trx);

      await sql`create index leads_email_created on leads (email_normalized, created_at)`.execute(trx);
      await sql`create index leads_created_at on leads (created_at, id)`.execute(trx);
      // The inbox order (priority, then oldest first, then id) after each filter's equality, so
      // every view walks an index in the order it shows and stops after a page.
      const queue = "priority desc, created_at, id";
      await sql.raw(`create index leads_queue on leads (${queue})`).execute(trx);
      await sql.raw(`create index leads_status_queue on leads (status, ${queue})`).execute(trx);
      for (const column of ["inbox_id", "owner_id", "band", "source_article"]) {
        const name = column.replace(/_id$|_article$/, "");
        await sql.raw(`create index leads_${name}_queue on leads (${column}, ${queue})`).execute(trx);
        await sql.raw(`create index leads_${name}_status_queue on leads (${column}, status, ${queue})`).execute(trx);
      }
      // Unanswered new leads are the only ones that can be overdue: a small set, walked in order.
      await sql
        .raw(
          `create index leads_unanswered_queue on leads (${queue}) where status = 'new' and first_response_at is null`,
        )
        .execute(trx);

      // The search index, kept in step as migration 0005 set out.
      const reindex = (leadId: string) =>
        sql.raw(`
          insert or replace into lead_search (rowid, company, contact_name, email, notes)
          select leads.id, leads.company, leads.contact_name, leads.contact_email,
                 coalesce((select group_concat(body, char(10)) from lead_notes where lead_notes.lead_id = leads.id), '')
          from leads where leads.id = ${leadId};
        `);
      await sql`create trigger leads_search_insert after insert on leads begin ${reindex("new.id")} end`.execute(trx);
      await sql`create trigger leads_search_update after update of company, contact_name, contact_email on leads begin ${reindex("new.id")} end`.execute(
        trx,
      );
      await sql`create trigger leads_search_delete after delete on leads begin delete from lead_search where rowid = old.id; end`.execute(
        trx,
      );
      await sql`create trigger lead_notes_search_insert after insert on lead_notes begin ${reindex("new.lead_id")} end`.execute(
        trx,
      );
      await sql`create trigger lead_notes_search_update after update on lead_notes begin ${reindex("old.lead_id")} ${reindex("new.lead_id")} end`.execute(
        trx,
      );
      await sql`create trigger lead_notes_search_delete after delete on lead_notes begin ${reindex("old.lead_id")} end`.execute(
        trx,
      );

      // Tallies: leads per (inbox, owner, band, status, erased). The inbox's counts and routing's
      // open-lead counts are sums over this small table. 0 stands for "none" so that the key is
      // unique (a null would make every row distinct).
      await sql`
        create table lead_tallies (
          inbox_key integer not null,
          owner_key integer not null,
          band text not null,
          status text not null,
          erased integer not null,
          leads integer not null,
          primary key (inbox_key, owner_key, band, status, erased)
        ) without rowid
      `.execute(trx);
      await sql`create index lead_tallies_owner on lead_tallies (owner_key, status)`.execute(trx);
      await sql`
        insert into lead_tallies (inbox_key, owner_key, band, status, erased, leads)
        select coalesce(inbox_id, 0), coalesce(owner_id, 0), band, status, erased_at is not null, count(*)
        from leads group by 1, 2, 3, 4, 5
      `.execute(trx);
      const add = (row: "new" | "old", delta: 1 | -1) =>
        sql.raw(`
          insert into lead_tallies (inbox_key, owner_key, band, status, erased, leads)
          values (coalesce(${row}.inbox_id, 0), coalesce(${row}.owner_id, 0), ${row}.band, ${row}.status, ${row}.erased_at is not null, ${delta})
          on conflict (inbox_key, owner_key, band, status, erased) do update set leads = leads + ${delta};
        `);
      const dropEmpty = sql.raw("delete from lead_tallies where leads = 0;");
      await sql`create trigger leads_tally_insert after insert on leads begin ${add("new", 1)} end`.execute(trx);
      await sql`create trigger leads_tally_delete after delete on leads begin ${add("old", -1)} ${dropEmpty} end`.execute(
        trx,
      );
      await sql`
        create trigger leads_tally_update after update of inbox_id, owner_id, band, status, erased_at on leads
        when old.inbox_id is not new.inbox_id or old.owner_id is not new.owner_id or old.band is not new.band
          or old.status is not new.status or (old.erased_at is null) is not (new.erased_at is null)
        begin ${add("old", -1)} ${add("new", 1)} ${dropEmpty} end
      `.execute(trx);

      // The articles leads came from, for the inbox's source filter, kept like the tallies.
      await sql`create table lead_sources (source_article text primary key, leads integer not null) without rowid`.execute(
        trx,
      );
      await sql`
        insert into lead_sources (source_article, leads)
        select source_article, count(*) from leads where source_article is not null group by source_article
      `.execute(trx);
      await sql`
        create trigger leads_sources_insert after insert on leads when new.source_article is not null begin
          insert into lead_sources (source_article, leads) values (new.source_article, 1)
          on conflict (source_article) do update set leads = leads + 1;
        end
      `.execute(trx);
      await sql`
        create trigger leads_sources_delete after delete on leads when old.source_article is not null begin
          update lead_sources set leads = leads - 1 where source_article = old.source_article;
          delete from lead_sources where leads = 0;
        end
      `.execute(trx);

      // Email jobs may carry a template and its data instead of rendered parts: the worker
      // renders them when it sends, outside any transaction that stores a lead.
      await sql`alter table outbox add column template text`.execute(trx);
      await sql`alter table outbox add column data text`.execute(trx);

      const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0)
        throw new Error(`Foreign keys broken by the lean leads migration: ${JSON.stringify(broken.rows.slice(0, 5))}`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
