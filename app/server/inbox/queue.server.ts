import { type LeadViewer, leadInQueueHref, queueQuery, readLeadQueue } from "~/domain/lead-inbox";
import type { DB } from "../storage/db.server";
import { InvalidCursorError, LeadFilterError, nextInQueue } from "./leads.server";
import type { LeadQueueNav } from "./queue.types";
export type { LeadQueueNav } from "./queue.types";

/**
 * Where a lead's page leads on to: back to the list it was opened from and to the next lead in
 * it. Null when the address names no list, or one that cannot be read (a lead's page never fails
 * because its address carries a stale or altered list).
 */
export async function leadQueueNav(
  db: DB,
  viewer: LeadViewer,
  params: URLSearchParams,
  timeZone: string,
): Promise<LeadQueueNav | null> {
  const queue = readLeadQueue(params);
  if (!queue) return null;
  const query = queueQuery(queue.filters);
  try {
    const next = await nextInQueue(db, viewer, queue.filters, queue.position, { timeZone });
    return {
      listHref: `/admin?${query}`,
      next: next
        ? {
            href: leadInQueueHref(next.id, query, next.position),
            label: next.company === null ? next.publicRef : `${next.publicRef} ${next.company}`,
          }
        : null,
    };
  } catch (error) {
    if (error instanceof InvalidCursorError || error instanceof LeadFilterError) return null;
    throw error;
  }
}
