/** Who is looking at leads: the parts of the signed-in user that decide what they may see. */
export interface LeadViewer {
  id: number;
  role: "admin" | "consultant";
  inboxIds: readonly number[];
}

/**
 * Admins see every lead. A consultant sees the leads of the inboxes they belong to and the leads
 * they own, wherever those were routed (a repeat submitter can follow them across inboxes).
 */
export function canViewLead(viewer: LeadViewer, lead: { inboxId: number | null; ownerId: number | null }): boolean {
  if (viewer.role === "admin") return true;
  if (lead.ownerId === viewer.id) return true;
  return lead.inboxId !== null && viewer.inboxIds.includes(lead.inboxId);
}
