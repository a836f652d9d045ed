/**
 * The statuses a lead moves through, in workflow order: new → contacted → qualified → proposal →
 * won | lost, or spam. A submission that looked automated but may be a person (sent very fast, or
 * from an address over its hourly limit) waits as "unconfirmed" until an administrator confirms
 * it (it becomes new) or marks it as spam. The inbox filters and counts by them; the transitions
 * themselves belong to the triage workflow.
 */
export const LEAD_STATUSES = [
  "new",
  "contacted",
  "qualified",
  "proposal",
  "won",
  "lost",
  "spam",
  "unconfirmed",
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** The statuses of a lead someone is still working: neither decided (won, lost), nor spam, nor waiting for confirmation. */
export const OPEN_STATUSES = ["new", "contacted", "qualified", "proposal"] as const satisfies readonly LeadStatus[];

export const LEAD_STATUS_LABELS: Readonly<Record<LeadStatus, string>> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  proposal: "Proposal",
  won: "Won",
  lost: "Lost",
  spam: "Spam",
  unconfirmed: "Unconfirmed (suspected automation)",
};

export function isLeadStatus(value: unknown): value is LeadStatus {
  return typeof value === "string" && (LEAD_STATUSES as readonly string[]).includes(value);
}

/** A status as people read it; anything unknown is shown as stored rather than hidden. */
export function leadStatusLabel(status: string): string {
  return isLeadStatus(status) ? LEAD_STATUS_LABELS[status] : status;
}

export interface SlaClockInput {
  status: string;
  slaDueAt: string | null;
  firstResponseAt: string | null;
}

/**
 * Overdue means nobody has answered a new lead by its deadline. Once the first response is
 * recorded, or the lead has left "new", the clock has stopped; the inbox query applies the same
 * rule in SQL (`overdueExpression`).
 */
export function isOverdue(lead: SlaClockInput, now: Date): boolean {
  if (lead.status !== "new" || lead.firstResponseAt !== null || lead.slaDueAt === null) return false;
  return lead.slaDueAt < now.toISOString();
}
