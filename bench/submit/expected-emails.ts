/**
 * The emails a new lead causes, read from the lead row alone (see app/server/leads/emails.server.ts):
 * the notification to its owner or inbox, the visitor's confirmation and the inbox's escalation at
 * the deadline, plus the owner's reminder when the lead has an owner.
 */
export function expectedEmailKinds(lead: { owner_id: number | null }): string[] {
  const kinds = ["consultant-notification", "visitor-confirmation", "sla-escalation"];
  if (lead.owner_id !== null) kinds.push("sla-reminder");
  return kinds.sort();
}
