/**
 * Reference (b): a bare node:http server that reads an urlencoded form, validates it with zod and
 * writes a lead, its event and its email job in one better-sqlite3 transaction (WAL, like the
 * portal). The floor of what storing a submission costs on this machine.
 */
import { createServer } from "node:http";
import { openReferenceDatabase } from "./shared/database";
import { ReferenceFormSchema, readReferenceForm } from "./shared/form";
import { listenAndAnnounce } from "./shared/listen";
import { type ReferenceRows, referenceRows } from "./shared/rows";

const MAX_BODY_BYTES = 64 * 1024;

const databasePath = process.env.DATABASE_PATH;
if (!databasePath) throw new Error("DATABASE_PATH must name the reference's database file");
const db = openReferenceDatabase(databasePath);

const insertLead = db.prepare(`
  INSERT INTO leads (public_ref, status, band, contact_name, contact_email, company, job_title, phone, message, answers, assessment, created_at)
  VALUES (@public_ref, @status, @band, @contact_name, @contact_email, @company, @job_title, @phone, @message, @answers, @assessment, @created_at)`);
const insertEvent = db.prepare(
  "INSERT INTO lead_events (lead_id, kind, details, created_at) VALUES (@lead_id, @kind, @details, @created_at)",
);
const insertJob = db.prepare(`
  INSERT INTO outbox (id, lead_id, kind, to_address, template_data, status, next_attempt_at, created_at)
  VALUES (@id, @lead_id, @kind, @to_address, @template_data, @status, @next_attempt_at, @created_at)`);

const store = db.transaction((rows: ReferenceRows) => {
  const leadId = Number(insertLead.run(rows.lead).lastInsertRowid);
  insertEvent.run({ ...rows.event, lead_id: leadId });
  insertJob.run({ ...rows.outboxJob, lead_id: leadId });
});

const server = createServer((request, response) => {
  if (request.method !== "POST" || request.url !== "/submit") {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  request.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      response.writeHead(413, { "Content-Type": "text/plain", Connection: "close" }).end("Too large");
      request.destroy();
      return;
    }
    chunks.push(chunk);
  });
  request.on("end", () => {
    if (response.headersSent) return;
    const parsed = ReferenceFormSchema.safeParse(
      readReferenceForm(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))),
    );
    if (!parsed.success) {
      const errors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
      response.writeHead(400, { "Content-Type": "application/json" }).end(JSON.stringify({ errors }));
      return;
    }
    const rows = referenceRows(parsed.data);
    store(rows);
    response.writeHead(302, { Location: `/done/${rows.lead.public_ref}` }).end();
  });
});

listenAndAnnounce(server, "Insert reference", () => db.close());
