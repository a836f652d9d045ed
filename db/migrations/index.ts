import type { Migration } from "kysely";
import * as createArticles from "./0001_create_articles";
import * as createDraftsAndLeads from "./0002_create_drafts_and_leads";
import * as routingAndOutbox from "./0003_routing_and_outbox";
import * as draftResumeLinks from "./0004_draft_resume_links";
import * as leadSearch from "./0005_lead_search";
import * as signIn from "./0006_sign_in";
import * as leanLeads from "./0007_lean_leads";
import * as articleHtml from "./0008_article_html";
import * as dataLifecycle from "./0009_data_lifecycle";
import * as callBookings from "./0010_call_bookings";
import * as csvExports from "./0011_csv_exports";
import * as searchPrefixIndexes from "./0012_search_prefix_indexes";
import * as leadWork from "./0014_lead_work";
import * as leadMessages from "./0015_lead_messages";
import * as savedViews from "./0016_saved_views";
import * as webhooks from "./0017_webhooks";
import * as flowProgress from "./0018_flow_progress";
import * as leadMilestones from "./0019_lead_milestones";
import * as webhookLeaseIndex from "./0020_webhook_lease_index";

/**
 * Every migration, in order. Listed explicitly (rather than read from the folder at run time)
 * so the same list works in the compiled server, under tsx and under vitest. Migrations are
 * forward-only: add a new numbered file, never edit one that has shipped.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_create_articles": createArticles,
  "0002_create_drafts_and_leads": createDraftsAndLeads,
  "0003_routing_and_outbox": routingAndOutbox,
  "0004_draft_resume_links": draftResumeLinks,
  "0005_lead_search": leadSearch,
  "0006_sign_in": signIn,
  "0007_lean_leads": leanLeads,
  "0008_article_html": articleHtml,
  "0009_data_lifecycle": dataLifecycle,
  "0010_call_bookings": callBookings,
  "0011_csv_exports": csvExports,
  "0012_search_prefix_indexes": searchPrefixIndexes,
  "0014_lead_work": leadWork,
  "0015_lead_messages": leadMessages,
  "0016_saved_views": savedViews,
  "0017_webhooks": webhooks,
  "0018_flow_progress": flowProgress,
  "0019_lead_milestones": leadMilestones,
  "0020_webhook_lease_index": webhookLeaseIndex,
};
