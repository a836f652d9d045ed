import type { OutboxStatus } from "../../../db/schema";
import type { Reassessment, StoredAssessment } from "../../domain/exposure";
import type { Utm } from "../../domain/flow/source";
import type { AnswerLine } from "../../domain/questionnaire";
import type { TopicId } from "../../domain/topics";
import type { RoutingTrace } from "../routing/routing.types";

export interface LeadDetail {
  id: number;
  publicRef: string;
  status: string;
  receivedAt: string;
  updatedAt: string;
  /** Set once the lead's personal data was erased; the contact fields are then empty. */
  erasedAt: string | null;
  contact: {
    name: string;
    email: string;
    jobTitle: string;
    phone: string | null;
    message: string | null;
    marketingOptIn: boolean;
    consentVersion: string;
    consentAt: string;
  };
  company: string;
  /** Every answered question in questionnaire order, as question text and answer label. */
  answers: AnswerLine[];
  /** Band and scores as stored in the lead's columns, which every lead has. */
  scores: { band: string; impact: number; priority: number };
  /** The whole assessment; null when it is stored in a form the page cannot show. */
  assessment: StoredAssessment | null;
  /** For a lead assessed under an earlier ruleset: what the current one says, on the same day. */
  reassessment: Reassessment | null;
  /** Why the lead went to its inbox and owner; null for a lead stored before routing existed. */
  routing: RoutingTrace | null;
  /** The names of the rules of the ruleset that routed the lead, by id, for the rules it tried. */
  ruleNames: Record<string, string>;
  /** Names of the articles and inboxes the routing trace quotes by slug, by slug. */
  slugNames: Record<string, string>;
  source: {
    article: { slug: string; title: string | null } | null;
    topic: { id: TopicId; label: string } | null;
    utm: Utm;
    referrer: string | null;
  };
  sla: {
    dueAt: string | null;
    firstResponseAt: string | null;
    overdue: boolean;
    /** Whether the first response came by the deadline; null until there is one. */
    metDeadline: boolean | null;
  };
  owner: { id: number; name: string } | null;
  inbox: { id: number; slug: string; name: string } | null;
  duplicateOf: { id: number; publicRef: string } | null;
  emails: {
    id: string;
    kind: string;
    to: string;
    subject: string;
    status: OutboxStatus;
    attempts: number;
    queuedAt: string;
    nextAttemptAt: string;
    sentAt: string | null;
    lastError: string | null;
  }[];
  timeline: {
    id: number;
    type: string;
    label: string;
    detail: string | null;
    at: string;
    /** The person who did it, or null for the visitor and the system. */
    actor: { id: number; name: string } | null;
  }[];
  notes: { id: number; body: string; createdAt: string; author: { id: number; name: string } }[];
}

export type LeadDetailResult = { kind: "ok"; lead: LeadDetail } | { kind: "not-found" } | { kind: "forbidden" };
