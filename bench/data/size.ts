/**
 * What leads take on disk, from SQLite's own page accounting (the `dbstat` table): every table
 * and index that holds lead data, the search index and verdict rows included; emails (the outbox
 * and the local mailbox) and everything that is not about leads left out.
 */
import type { Database as SqliteDatabase } from "better-sqlite3";

const NOT_LEAD_DATA = /^(outbox|mailbox_messages|articles|article_topics|users|inboxes|inbox_members|routing_rulesets|sessions|sign_in_failures|password_links|draft_resume_links|kysely_|lead_document_dictionaries|sqlite_(master|schema|sequence|stat))/;

export type DataSize = { leads: number; leadRowBytes: number; totalBytes: number; byObject: { name: string; bytes: number }[] };

export function measureDataSize(sqlite: SqliteDatabase): DataSize {
  const leads = Number((sqlite.prepare("select count(*) as n from leads").get() as { n: number }).n);
  const objects = sqlite.prepare("select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc").all() as { name: string; bytes: number }[];
  const leadData = objects.filter((object) => !NOT_LEAD_DATA.test(object.name));
  return {
    leads,
    leadRowBytes: objects.find((object) => object.name === "leads")?.bytes ?? 0,
    totalBytes: leadData.reduce((sum, object) => sum + object.bytes, 0),
    byObject: leadData,
  };
}
