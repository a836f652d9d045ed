import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** ISO-8601 timestamps and dates are stored as text so they sort and compare correctly. */
type Timestamp = string;

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string;
  author: string;
  body_markdown: string;
  /** The body rendered from Markdown and sanitised, stored when the article is seeded or changed. */
  body_html: ColumnType<string, string | undefined, string>;
  /** Which renderer produced body_html (MARKDOWN_RENDERER in articles/markdown.server.ts); '' before the first render. */
  html_renderer: ColumnType<string, string | undefined, string>;
  word_count: number;
  /** Optional topic-specific lead-in for the call to action at the end of the article. */
  cta_line: string | null;
  status: "published" | "draft";
  /** Calendar date (YYYY-MM-DD); an article is visible from this day on. */
  published_on: string;
  /** Hash of the source file, so re-seeding an unchanged article writes nothing. */
  source_hash: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface ArticleTopicsTable {
  article_id: number;
  topic: string;
  /** 0 for the article's primary topic, which its call to action speaks to. */
  position: number;
}

/** A JSON document stored as text. */
type Json = string;

export interface LeadDraftsTable {
  id: string;
  token_hash: string;
  /** JSON: answers keyed by question id. */
  answers: ColumnType<Json, Json | undefined, Json>;
  /** JSON: the contact step as typed (validated), or null before it is reached. */
  contact: Json | null;
  source_article: string | null;
  source_topic: string | null;
  utm: ColumnType<Json, Json | undefined, Json>;
  referrer: string | null;
  status: ColumnType<"open" | "submitted", "open" | "submitted" | undefined, "open" | "submitted">;
  lead_id: number | null;
  /** Why the contact step looked automated ("too-fast"), or null. */
  suspected: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
  expires_at: Timestamp;
  submitted_at: Timestamp | null;
  /** The furthest flow step reached (1 = the first; see `reachedStep` in the flow's domain). */
  reached_step: ColumnType<number, number | undefined, number>;
}

/**
 * How far one assessment got, copied from its draft by triggers and kept when the draft is
 * deleted (migration 0018): no personal data, for the reports' funnel and drop-off.
 */
export interface FlowProgressTable {
  id: Generated<number>;
  /** The draft's id while the draft exists; null once it is deleted. */
  draft_id: string | null;
  started_at: Timestamp;
  reached_step: number;
  submitted: number;
  source_article: string | null;
  source_topic: string | null;
}

export interface LeadsTable {
  id: Generated<number>;
  public_ref: string;
  summary_token_hash: string;
  draft_id: string;
  contact_name: string;
  contact_email: string;
  email_normalized: string;
  company: string;
  job_title: string;
  phone: string | null;
  message: string | null;
  ruleset_version: string;
  impact_score: number;
  priority: number;
  band: string;
  next_deadline: string | null;
  source_article: string | null;
  source_topic: string | null;
  utm: Json;
  referrer: string | null;
  consent_version: string;
  consent_at: Timestamp;
  marketing_opt_in: number;
  status: ColumnType<string, string | undefined, string>;
  duplicate_of: number | null;
  inbox_id: number | null;
  owner_id: number | null;
  routing_version: string | null;
  sla_due_at: Timestamp | null;
  first_response_at: Timestamp | null;
  /** Who gave the first response (null before it, or when older history does not say). */
  first_response_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** When the lead first reached qualified, proposal or won; kept by triggers, never cleared (migration 0019). */
  reached_qualified_at: ColumnType<Timestamp | null, never, never>;
  /** When the lead was won; kept by triggers (migration 0019). */
  reached_won_at: ColumnType<Timestamp | null, never, never>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
  erased_at: Timestamp | null;
}

/**
 * A lead's bulky documents, read only when one lead is opened, exported or re-routed: JSON
 * compressed with raw deflate, with a stored dictionary when `dictionary_id` is set.
 */
export interface LeadDocumentsTable {
  lead_id: number;
  dictionary_id: string | null;
  /** The parsed answers the assessment was made from. */
  answers: Buffer;
  /** The whole assessment as `assess` returned it. */
  assessment: Buffer;
  /** Why the lead went to its inbox and owner. */
  routing_trace: Buffer | null;
}

/** Compression dictionaries for lead documents; never changed once written, so old rows stay readable. */
export interface LeadDocumentDictionariesTable {
  id: string;
  dictionary: Buffer;
  created_at: Timestamp;
}

/**
 * Leads per inbox, owner, band, status and erasure, kept by triggers on `leads`; 0 stands for
 * no inbox or no owner. The inbox's counts and routing's open-lead counts read it. Never written
 * by the app.
 */
export interface LeadTalliesTable {
  inbox_key: number;
  owner_key: number;
  band: string;
  status: string;
  erased: number;
  leads: number;
}

/** The articles leads came from, with how many, kept by triggers on `leads`. */
export interface LeadSourcesTable {
  source_article: string;
  leads: number;
}

export interface LeadEventsTable {
  id: Generated<number>;
  lead_id: number;
  type: string;
  /** Who did it: a user id, or null for the visitor and the system. */
  actor: string | null;
  data: ColumnType<Json, Json | undefined, Json>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: "admin" | "consultant";
  active: ColumnType<number, number | undefined, number>;
  capacity: ColumnType<number, number | undefined, number>;
  out_of_office_from: Timestamp | null;
  out_of_office_until: Timestamp | null;
  last_assigned_at: Timestamp | null;
  password_hash: string | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface InboxesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** The shared mailbox address told about waiting and overdue leads. */
  address: string;
  created_at: Timestamp;
}

export interface InboxMembersTable {
  inbox_id: number;
  user_id: number;
  weight: ColumnType<number, number | undefined, number>;
}

export interface RoutingRulesetsTable {
  version: string;
  /** JSON: the whole validated ruleset. */
  ruleset: Json;
  active: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
}

export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "dead" | "cancelled";

export interface OutboxTable {
  /** Also the provider's idempotency key. */
  id: string;
  kind: string;
  lead_id: number | null;
  from_address: string;
  to_address: string;
  subject: string;
  /** Rendered parts; empty while `template` is set and the job has not been rendered. */
  html: string;
  text: string;
  /** A template the worker renders with `data` (JSON) when it sends, or null when already rendered. */
  template: ColumnType<string | null, string | null | undefined, string | null>;
  data: ColumnType<Json | null, Json | null | undefined, Json | null>;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  lease_until: Timestamp | null;
  provider: string | null;
  provider_id: string | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface MailboxMessagesTable {
  id: Generated<number>;
  outbox_id: string;
  lead_id: number | null;
  from_address: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  created_at: Timestamp;
  reply_to: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON: [{ filename, contentType, content }] with text content (the .ics invitations). */
  attachments: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A call a visitor booked from their summary; see migration 0010 and decision 017. */
export interface CallBookingsTable {
  id: Generated<number>;
  lead_id: number;
  /** "user:<id>" or "inbox:<id>". */
  host: string;
  host_name: string;
  host_email: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: ColumnType<
    "booked" | "cancelled" | "moved",
    "booked" | "cancelled" | "moved" | undefined,
    "booked" | "cancelled" | "moved"
  >;
  visitor_time_zone: string;
  manage_token_hash: string;
  uid: string;
  sequence: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface DraftResumeLinksTable {
  token_hash: string;
  draft_id: string;
  email: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
  /** A one-time message for the next page (JSON), taken by the first read; see http/flash.server.ts. */
  flash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  /** "account:<email>" or "ip:<address>". */
  key: string;
  at: Timestamp;
}

/** A consultant's note on a lead: plain text, line breaks kept. Indexed for the inbox search. */
export interface LeadNotesTable {
  id: Generated<number>;
  lead_id: number;
  author_id: number;
  body: string;
  created_at: Timestamp;
}

/**
 * One row per regime a lead's assessment found likely or possible, written with the lead, so the
 * inbox and the reports can filter on verdicts without reading the assessment.
 */
export interface LeadRegimesTable {
  lead_id: number;
  regime: string;
  status: string;
  exposure: number;
}

export interface PasswordLinksTable {
  token_hash: string;
  user_id: number;
  purpose: "reset" | "invite";
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

/** The single row the readiness check writes. */
export interface HealthChecksTable {
  id: number;
  checked_at: Timestamp;
}

/** One CSV export: who, which view, when, and how many rows reached them. */
export interface CsvExportsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  /** The view's filters as its query string ("" for none). */
  filters: string;
  rows: ColumnType<number, number | undefined, number>;
  /** "started" while streaming, then "complete" or "interrupted" (the connection closed first). */
  outcome: ColumnType<string, string | undefined, string>;
  started_at: Timestamp;
  finished_at: Timestamp | null;
}

/** An email written to a lead or received from it: the conversation on its page (decision 026). */
export interface LeadMessagesTable {
  id: Generated<number>;
  lead_id: number;
  direction: "sent" | "received";
  /** The consultant who wrote it; null for a received email. */
  author_id: number | null;
  from_address: string;
  to_address: string;
  subject: string;
  /** Plain text, as written or as received. */
  body: string;
  /** The outbox job that sends a written email. */
  outbox_id: string | null;
  /** The provider's id of a received email; unique, so a delivery seen twice is stored once. */
  provider_email_id: string | null;
  created_at: Timestamp;
}

/** Inbound webhook deliveries already handled, by their signed message id (replays are refused). */
export interface InboundWebhooksTable {
  webhook_id: string;
  email_id: string;
  received_at: Timestamp;
}

/** An inbox view someone named: filters and search as a query string (migration 0016). */
export interface SavedViewsTable {
  id: Generated<number>;
  owner_id: number;
  name: string;
  /** The inbox's query string for the view, normalised ("owner=anyone" for every lead). */
  query: string;
  /** 1 when the whole team sees it, 0 when only its owner does. */
  shared: number;
  /** Its place in its owner's list, lowest first. */
  position: number;
  created_at: Timestamp;
}

/** A follow-up on a lead for one person (migration 0014). */
export interface LeadTasksTable {
  id: Generated<number>;
  lead_id: number;
  owner_id: number;
  title: string;
  /** Calendar day (YYYY-MM-DD) in the business time zone. */
  due_on: string;
  created_by: number;
  created_at: Timestamp;
  done_at: Timestamp | null;
  done_by: number | null;
  /** The reminder's outbox job, so the worker can tell whether the task is still open. */
  reminder_outbox_id: string | null;
}

export interface Database {
  articles: ArticlesTable;
  article_topics: ArticleTopicsTable;
  lead_drafts: LeadDraftsTable;
  flow_progress: FlowProgressTable;
  leads: LeadsTable;
  lead_documents: LeadDocumentsTable;
  lead_document_dictionaries: LeadDocumentDictionariesTable;
  lead_tallies: LeadTalliesTable;
  lead_sources: LeadSourcesTable;
  lead_events: LeadEventsTable;
  users: UsersTable;
  inboxes: InboxesTable;
  inbox_members: InboxMembersTable;
  routing_rulesets: RoutingRulesetsTable;
  outbox: OutboxTable;
  mailbox_messages: MailboxMessagesTable;
  call_bookings: CallBookingsTable;
  draft_resume_links: DraftResumeLinksTable;
  lead_notes: LeadNotesTable;
  lead_regimes: LeadRegimesTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  password_links: PasswordLinksTable;
  health_checks: HealthChecksTable;
  csv_exports: CsvExportsTable;
  lead_messages: LeadMessagesTable;
  inbound_webhooks: InboundWebhooksTable;
  lead_tasks: LeadTasksTable;
  saved_views: SavedViewsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type LeadDraftRow = Selectable<LeadDraftsTable>;
export type LeadRow = Selectable<LeadsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type UserRow = Selectable<UsersTable>;

/** Where administrators send events (decision 029). */
export interface WebhookEndpointsTable {
  id: Generated<number>;
  url: string;
  description: string;
  /** The subscribed event types, as a JSON array. */
  events: string;
  /** `whsec_` and the base64 of the key. */
  secret: string;
  /** The secret before the last rotation, still signing until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: Timestamp | null;
  enabled: ColumnType<number, number | undefined, number>;
  disabled_reason: string | null;
  consecutive_failures: ColumnType<number, number | undefined, number>;
  failing_since: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type WebhookDeliveryStatus = "pending" | "sending" | "delivered" | "failed";

/** One event for one endpoint, queued in the transaction of the change. */
export interface WebhookDeliveriesTable {
  /** `msg_…`: the `webhook-id` header, the same on every attempt. */
  id: string;
  endpoint_id: number;
  event_type: string;
  lead_id: number | null;
  body: string;
  status: ColumnType<WebhookDeliveryStatus, WebhookDeliveryStatus | undefined, WebhookDeliveryStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  lease_until: Timestamp | null;
  response_code: number | null;
  last_error: string | null;
  last_attempt_at: Timestamp | null;
  delivered_at: Timestamp | null;
  created_at: Timestamp;
}

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
