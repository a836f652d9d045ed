/**
 * The columns that record a lead's first response, for an UPDATE that may be it: the instant and
 * the person, set once by whoever answers first and left alone afterwards, so the reports credit
 * the consultant who responded even when the lead changes hands later (decision 034).
 */
export function firstResponseColumns(
  lead: { first_response_at: string | null },
  responderId: number,
  at: string,
): { first_response_at: string; first_response_by: number } | Record<string, never> {
  return lead.first_response_at === null ? { first_response_at: at, first_response_by: responderId } : {};
}
