import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { LeadDraftRow } from "../../../db/schema";
import type { DraftState } from "../../domain/flow/progress";
import type { LeadSource } from "../../domain/flow/source";
import { mainConcernFromTopic } from "../../domain/questionnaire";
import type { DB } from "../storage/db.server";
import { formatDueTime, renderResumeLink } from "../mail/templates";
import type { Env } from "../env.server";
import { enqueueEmail } from "../mail/outbox.server";
import { hashToken, randomToken } from "../auth/tokens.server";

export const DRAFT_LIFETIME_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Draft = DraftState & {
  id: string;
  status: "open" | "submitted";
  leadId: number | null;
  /** Why the contact step looked automated, or null (see `checkForBots`). */
  suspected: string | null;
  source: LeadSource;
  expiresAt: string;
};

function expiryFrom(now: Date): string {
  return new Date(now.getTime() + DRAFT_LIFETIME_DAYS * DAY_MS).toISOString();
}

function toDraft(row: LeadDraftRow): Draft {
  return {
    id: row.id,
    status: row.status,
    leadId: row.lead_id,
    suspected: row.suspected,
    answers: JSON.parse(row.answers) as Record<string, unknown>,
    contact: row.contact === null ? null : (JSON.parse(row.contact) as unknown),
    source: {
      article: row.source_article,
      topic: row.source_topic as LeadSource["topic"],
      utm: JSON.parse(row.utm) as LeadSource["utm"],
      referrer: row.referrer,
    },
    expiresAt: row.expires_at,
  };
}

/**
 * Starts a draft for a visitor arriving from the call to action. A known topic pre-selects the
 * matching "main concern". Returns the token for the visitor's cookie; only its hash is kept.
 */
export async function createDraft(
  db: DB,
  source: LeadSource,
  now = new Date(),
): Promise<{ draft: Draft; token: string }> {
  const token = randomToken();
  const concern = mainConcernFromTopic(source.topic);
  const timestamp = now.toISOString();
  const row = await db
    .insertInto("lead_drafts")
    .values({
      id: randomUUID(),
      token_hash: hashToken(token),
      answers: JSON.stringify(concern ? { mainConcern: concern } : {}),
      contact: null,
      source_article: source.article,
      source_topic: source.topic,
      utm: JSON.stringify(source.utm),
      referrer: source.referrer,
      created_at: timestamp,
      updated_at: timestamp,
      expires_at: expiryFrom(now),
      submitted_at: null,
      lead_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { draft: toDraft(row), token };
}

/** The visitor's draft, unless the token is unknown or the draft has expired. */
export async function findDraftByToken(db: DB, token: string, now = new Date()): Promise<Draft | null> {
  const row = await db
    .selectFrom("lead_drafts")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  return row ? toDraft(row) : null;
}

/** A draft by its id, whatever its state or expiry: for the submit, which was given the id. */
export async function findDraftById(db: DB, draftId: string): Promise<Draft | null> {
  const row = await db.selectFrom("lead_drafts").selectAll().where("id", "=", draftId).executeTakeFirst();
  return row ? toDraft(row) : null;
}

/**
 * Saves answers or contact details of an open draft; each save keeps it for another 30 days.
 * `reached` (see `reachedStep`) raises the furthest step the draft got to, in the same statement;
 * a trigger copies a raise into `flow_progress` for the reports (migration 0018).
 */
export async function updateDraft(
  db: DB,
  draftId: string,
  changes: { answers?: Record<string, unknown>; contact?: unknown; suspected?: string | null; reached?: number },
  now = new Date(),
): Promise<void> {
  await db
    .updateTable("lead_drafts")
    .set({
      ...(changes.answers ? { answers: JSON.stringify(changes.answers) } : {}),
      ...(changes.contact !== undefined ? { contact: JSON.stringify(changes.contact) } : {}),
      ...(changes.suspected !== undefined ? { suspected: changes.suspected } : {}),
      ...(changes.reached !== undefined ? { reached_step: sql<number>`max(reached_step, ${changes.reached})` } : {}),
      updated_at: now.toISOString(),
      expires_at: expiryFrom(now),
    })
    .where("id", "=", draftId)
    .where("status", "=", "open")
    .execute();
}

/** Removes drafts past their expiry that never became leads. */
export async function deleteExpiredDrafts(db: DB, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom("lead_drafts")
    .where("expires_at", "<=", now.toISOString())
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const RESUME_LINK_LIFETIME_HOURS = 72;

/** Creates a single-use link token that reopens the draft; only its hash is stored. */
export async function createResumeLink(
  db: DB,
  draftId: string,
  email: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + RESUME_LINK_LIFETIME_HOURS * 60 * 60 * 1000);
  await db
    .insertInto("draft_resume_links")
    .values({
      token_hash: hashToken(token),
      draft_id: draftId,
      email,
      expires_at: expiresAt.toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

/**
 * "Continue later": stores a new single-use link to the draft and queues the email that carries
 * it, in one transaction, so a link is never stored without its email or sent without its row.
 */
export async function emailResumeLink(
  db: DB,
  {
    draftId,
    email,
    env,
  }: { draftId: string; email: string; env: Pick<Env, "firmName" | "publicUrl" | "mailFrom" | "businessCalendar"> },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { token, expiresAt } = await createResumeLink(trx, draftId, email);
    const rendered = await renderResumeLink({
      firmName: env.firmName,
      publicUrl: env.publicUrl,
      resumeUrl: `${env.publicUrl}/assess/resume/${token}`,
      expiresText: formatDueTime({ at: expiresAt.toISOString(), timeZone: env.businessCalendar.timeZone }),
    });
    await enqueueEmail(trx, { kind: "resume-link", leadId: null, from: env.mailFrom, to: email, ...rendered });
  });
}

function usableResumeLink(db: Pick<DB, "selectFrom">, token: string, now: Date) {
  return db
    .selectFrom("draft_resume_links")
    .innerJoin("lead_drafts", "lead_drafts.id", "draft_resume_links.draft_id")
    .select(["draft_resume_links.token_hash", "lead_drafts.id as draftId"])
    .where("draft_resume_links.token_hash", "=", hashToken(token))
    .where("draft_resume_links.used_at", "is", null)
    .where("draft_resume_links.expires_at", ">", now.toISOString())
    .where("lead_drafts.status", "=", "open")
    .where("lead_drafts.expires_at", ">", now.toISOString())
    .executeTakeFirst();
}

/**
 * Whether a continue-later link would still open its draft, without using it up: opening the
 * link only shows a button, so a mail scanner that fetches every link spends nothing.
 */
export async function isResumeLinkUsable(db: DB, token: string, now = new Date()): Promise<boolean> {
  return (await usableResumeLink(db, token, now)) !== undefined;
}

/**
 * Spends a resume link: when it is unused, unexpired and its draft still open, marks it used and
 * gives the draft a new cookie token (the draft now belongs to the browser that followed the
 * link). Returns that token, or null for a link that cannot be used.
 */
export async function redeemResumeLink(
  db: DB,
  token: string,
  now = new Date(),
): Promise<{ draft: Draft; token: string } | null> {
  return db.transaction().execute(async (trx) => {
    const link = await usableResumeLink(trx, token, now);
    if (!link) return null;
    await trx
      .updateTable("draft_resume_links")
      .set({ used_at: now.toISOString() })
      .where("token_hash", "=", link.token_hash)
      .execute();
    const draftToken = randomToken();
    const row = await trx
      .updateTable("lead_drafts")
      .set({ token_hash: hashToken(draftToken), updated_at: now.toISOString(), expires_at: expiryFrom(now) })
      .where("id", "=", link.draftId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { draft: toDraft(row), token: draftToken };
  });
}
