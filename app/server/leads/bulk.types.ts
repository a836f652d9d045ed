import type { BulkOutcome } from "../../domain/lead-inbox";

export interface BulkReview {
  rows: BulkReviewRow[];
  owner: { id: number; name: string } | null;
  applicable: number;
}

/** One selected lead as the review page lists it, with what the change would do to it. */
export interface BulkReviewRow {
  id: number;
  publicRef: string;
  company: string | null;
  status: string;
  ownerName: string | null;
  inboxName: string | null;
  outcome: BulkOutcome;
}
