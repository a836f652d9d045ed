import { type LeadFilters, filtersToSearchParams, namesFilters, parseLeadFilters } from "./filters";

/**
 * A lead opened from a list carries the list with it: the list's filters and the lead's place in
 * it (`at`, an opaque cursor), so its page can offer the next lead of that same list and a way
 * back to it. Only the address holds this, so it works without JavaScript and in a new tab.
 */
const POSITION_PARAM = "at";
const POSITION_MAX_LENGTH = 300;

/** The filters part of a list's address, written once per page and shared by its rows' links. */
export function queueQuery(filters: LeadFilters): string {
  const params = filtersToSearchParams(filters);
  // No filters at all is written out, so it does not turn into the viewer's default view.
  if (params.toString() === "") params.set("owner", "anyone");
  return params.toString();
}

/** The address of a lead opened from the list whose filters `queue` holds, at `position` in it. */
export function leadInQueueHref(leadId: number, queue: string, position: string): string {
  const params = new URLSearchParams(queue);
  params.set(POSITION_PARAM, position);
  return `/admin/leads/${leadId}?${params.toString()}`;
}

export interface LeadQueue {
  filters: LeadFilters;
  position: string;
}

/** The list a lead's address says it was opened from, or null when it says none or cannot be read. */
export function readLeadQueue(params: URLSearchParams): LeadQueue | null {
  const position = params.get(POSITION_PARAM);
  if (!position || position.length > POSITION_MAX_LENGTH || !namesFilters(params)) return null;
  // The filters ignore parameters they do not know, the position among them.
  const parsed = parseLeadFilters(params);
  return parsed.success ? { filters: parsed.data, position } : null;
}
