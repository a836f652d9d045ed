/**
 * What one row of the inbox page shows, and nothing else. The page's data is sent twice (as HTML
 * and again for hydration), so every field here is paid for fifty times over: names instead of
 * objects with ids, the deadline's wording worked out once, optional fields left out when empty.
 * Times come formatted in the business time zone: the browser's date formatting may differ from
 * the server's (one writes "Sept", another "Sep"), and the hydrated page must show the same text.
 */
export interface InboxListRow {
  id: number;
  ref: string;
  /** Null once the lead's personal data is erased. */
  company: string | null;
  contact: string | null;
  band: string;
  score: number;
  status: string;
  owner: string | null;
  inbox: string | null;
  /** When the lead came in, formatted. */
  received: string;
  sla: InboxSla;
  /** The likely and possible regimes shown, most exposed first: [regime id, "likely" | "possible"]. */
  regimes: [string, string][];
  /** A repeat submission of an earlier lead. */
  repeat?: true;
  /** The start of a call the visitor booked and that is still to come, formatted. */
  call?: string;
  /** The lead's place in the list, carried by its link so its page can offer the next lead. */
  at: string;
}

/**
 * The service-level clock as the row shows it: the deadline as an instant and as text, and while
 * the lead is new how long is left, or how late it is (`left`).
 */
export type InboxSla =
  | { state: "none" }
  | { state: "answered"; text: string }
  | { state: "due" | "overdue"; at: string; text: string; left?: string };
