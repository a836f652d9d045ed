import { readStoredAssessment, reassessment } from "../../domain/exposure";
import type { Utm } from "../../domain/flow/source";
import {
  type EventNames,
  type LeadViewer,
  canViewLead,
  eventDetail,
  eventLabel,
  isOverdue,
} from "../../domain/lead-inbox";
import { type Answers, describeAnswers } from "../../domain/questionnaire";
import { isTopicId, topicById } from "../../domain/topics";
import type { DB } from "../storage/db.server";
import { readLeadDocuments } from "./documents.server";
import { quotedSlugs } from "../../domain/routing";
import type { RoutingTrace } from "../routing/routing.server";
import type { LeadDetailResult } from "./detail.types";
export type { LeadDetail, LeadDetailResult } from "./detail.types";

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Stored answers were validated when the lead was submitted, but the question bank may have
 * changed since (and erasure may have emptied them): keep only values an answer can have, so
 * an old lead still renders instead of failing.
 */
function storedAnswers(raw: unknown): Answers {
  if (!isRecord(raw)) return {} as Answers;
  const answers: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") answers[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === "string")) answers[key] = value;
  }
  return answers as Answers;
}

function storedUtm(text: string): Utm {
  const raw = parseJson(text);
  if (!isRecord(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  ) as Utm;
}

/**
 * The names of the articles and inboxes a stored routing trace quotes by slug, so the page can
 * show names where the trace, stored as written at routing time, has slugs.
 */
async function slugNames(
  db: DB,
  stored: unknown,
  inboxes: { slug: string; name: string }[],
): Promise<Record<string, string>> {
  if (!isRecord(stored) || !isRecord(stored.routing)) return {};
  const slugs = quotedSlugs(stored.routing as unknown as RoutingTrace["routing"]);
  if (slugs.length === 0) return {};
  const articles = await db.selectFrom("articles").select(["slug", "title"]).where("slug", "in", slugs).execute();
  const named: [string, string][] = [
    ...inboxes.filter((inbox) => slugs.includes(inbox.slug)).map((inbox): [string, string] => [inbox.slug, inbox.name]),
    ...articles.map((article): [string, string] => [article.slug, article.title]),
  ];
  return Object.fromEntries(named);
}

/** Rule names of a stored routing ruleset by rule id; empty when the version is unknown or unreadable. */
async function routingRuleNames(db: DB, version: unknown): Promise<Record<string, string>> {
  if (typeof version !== "string") return {};
  const row = await db
    .selectFrom("routing_rulesets")
    .select("ruleset")
    .where("version", "=", version)
    .executeTakeFirst();
  const ruleset = parseJson(row?.ruleset ?? null);
  if (!isRecord(ruleset) || !Array.isArray(ruleset.rules)) return {};
  const names: Record<string, string> = {};
  for (const rule of ruleset.rules) {
    if (isRecord(rule) && typeof rule.id === "string" && typeof rule.name === "string") names[rule.id] = rule.name;
  }
  return names;
}

/** Actors are stored as text (a user id, or null for the visitor and the system). */
function actorId(actor: string | null): number | null {
  return actor !== null && /^[1-9][0-9]{0,9}$/.test(actor) ? Number(actor) : null;
}

/**
 * Everything the lead page shows, for a viewer who may see the lead. Says "not-found" for no
 * such lead and "forbidden" for a lead outside the viewer's inboxes, so the page can answer 404
 * or 403; nothing about a forbidden lead is read beyond its inbox and owner.
 */
export async function getLeadDetail(
  db: DB,
  viewer: LeadViewer,
  leadId: number,
  { now = new Date() }: { now?: Date } = {},
): Promise<LeadDetailResult> {
  if (!Number.isSafeInteger(leadId) || leadId < 1) return { kind: "not-found" };
  const access = await db
    .selectFrom("leads")
    .select(["inbox_id", "owner_id"])
    .where("id", "=", leadId)
    .executeTakeFirst();
  if (!access) return { kind: "not-found" };
  if (!canViewLead(viewer, { inboxId: access.inbox_id, ownerId: access.owner_id })) return { kind: "forbidden" };

  const lead = await db.selectFrom("leads").selectAll().where("id", "=", leadId).executeTakeFirstOrThrow();
  const [documents, owner, inbox, duplicateOf, article, emails, events, notes] = await Promise.all([
    readLeadDocuments(db, lead.id),
    lead.owner_id === null
      ? undefined
      : db.selectFrom("users").select(["id", "name"]).where("id", "=", lead.owner_id).executeTakeFirst(),
    lead.inbox_id === null
      ? undefined
      : db.selectFrom("inboxes").select(["id", "slug", "name"]).where("id", "=", lead.inbox_id).executeTakeFirst(),
    lead.duplicate_of === null
      ? undefined
      : db.selectFrom("leads").select(["id", "public_ref"]).where("id", "=", lead.duplicate_of).executeTakeFirst(),
    lead.source_article === null
      ? undefined
      : db.selectFrom("articles").select(["slug", "title"]).where("slug", "=", lead.source_article).executeTakeFirst(),
    db
      .selectFrom("outbox")
      .select([
        "id",
        "kind",
        "to_address",
        "subject",
        "status",
        "attempts",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "last_error",
      ])
      .where("lead_id", "=", leadId)
      .orderBy("created_at")
      .orderBy("next_attempt_at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("lead_events")
      .select(["id", "type", "actor", "data", "created_at"])
      .where("lead_id", "=", leadId)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("lead_notes")
      .innerJoin("users", "users.id", "lead_notes.author_id")
      .select([
        "lead_notes.id",
        "lead_notes.body",
        "lead_notes.created_at",
        "users.id as author_id",
        "users.name as author_name",
      ])
      .where("lead_notes.lead_id", "=", leadId)
      .orderBy("lead_notes.created_at")
      .orderBy("lead_notes.id")
      .execute(),
  ]);

  // Actors are resolved in one query rather than joined: `lead_events.actor` is text and a join
  // on it would rely on SQLite's loose typing.
  const actorIds = [...new Set(events.map((event) => actorId(event.actor)).filter((id): id is number => id !== null))];
  const actors = new Map(
    actorIds.length === 0
      ? []
      : (await db.selectFrom("users").select(["id", "name"]).where("id", "in", actorIds).execute()).map((user) => [
          user.id,
          user.name,
        ]),
  );

  const sourceTopic = lead.source_topic;
  const routing = documents?.routingTrace ?? null;
  const [inboxNames, ruleNames] = await Promise.all([
    db.selectFrom("inboxes").select(["slug", "name"]).execute(),
    routingRuleNames(db, isRecord(routing) && isRecord(routing.routing) ? routing.routing.rulesetVersion : null),
  ]);
  const names: EventNames = {
    article: (slug) => (slug === lead.source_article ? (article?.title ?? undefined) : undefined),
    inbox: (slug) => inboxNames.find((inbox) => inbox.slug === slug)?.name,
    rule: (id) => ruleNames[id],
  };
  const assessment = documents ? readStoredAssessment(documents.assessment) : null;
  return {
    kind: "ok",
    lead: {
      id: lead.id,
      publicRef: lead.public_ref,
      status: lead.status,
      receivedAt: lead.created_at,
      updatedAt: lead.updated_at,
      erasedAt: lead.erased_at,
      contact: {
        name: lead.contact_name,
        email: lead.contact_email,
        jobTitle: lead.job_title,
        phone: lead.phone,
        message: lead.message,
        marketingOptIn: lead.marketing_opt_in === 1,
        consentVersion: lead.consent_version,
        consentAt: lead.consent_at,
      },
      company: lead.company,
      answers: describeAnswers(storedAnswers(documents?.answers)),
      scores: { band: lead.band, impact: lead.impact_score, priority: lead.priority },
      assessment,
      reassessment: reassessment(documents?.answers, assessment),
      routing:
        isRecord(routing) && isRecord(routing.routing) && isRecord(routing.assignment)
          ? (routing as unknown as RoutingTrace)
          : null,
      slugNames: await slugNames(db, routing, inboxNames),
      ruleNames,
      source: {
        article: lead.source_article === null ? null : { slug: lead.source_article, title: article?.title ?? null },
        topic: isTopicId(sourceTopic) ? { id: sourceTopic, label: topicById(sourceTopic).label } : null,
        utm: storedUtm(lead.utm),
        referrer: lead.referrer,
      },
      sla: {
        dueAt: lead.sla_due_at,
        firstResponseAt: lead.first_response_at,
        overdue: isOverdue(
          { status: lead.status, slaDueAt: lead.sla_due_at, firstResponseAt: lead.first_response_at },
          now,
        ),
        metDeadline:
          lead.first_response_at === null || lead.sla_due_at === null
            ? null
            : lead.first_response_at <= lead.sla_due_at,
      },
      owner: owner ?? null,
      inbox: inbox ?? null,
      duplicateOf: duplicateOf ? { id: duplicateOf.id, publicRef: duplicateOf.public_ref } : null,
      emails: emails.map((email) => ({
        id: email.id,
        kind: email.kind,
        to: email.to_address,
        subject: email.subject,
        status: email.status,
        attempts: email.attempts,
        queuedAt: email.created_at,
        nextAttemptAt: email.next_attempt_at,
        sentAt: email.sent_at,
        lastError: email.last_error,
      })),
      timeline: events.map((event) => {
        const data = parseJson(event.data);
        const id = actorId(event.actor);
        return {
          id: event.id,
          type: event.type,
          label: eventLabel(event.type),
          detail: eventDetail(event.type, isRecord(data) ? data : {}, names),
          at: event.created_at,
          actor: id === null ? null : { id, name: actors.get(id) ?? `Former user ${id}` },
        };
      }),
      notes: notes.map((note) => ({
        id: note.id,
        body: note.body,
        createdAt: note.created_at,
        author: { id: note.author_id, name: note.author_name },
      })),
    },
  };
}
