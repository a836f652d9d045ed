import { Link } from "@remix-run/react";
import type { LeadQueueNav } from "~/server/inbox/queue.types";

/**
 * Back to the list the lead was opened from, and on to the next lead in it: the way through a
 * day's queue without going back to the inbox between leads. `j` follows the next-lead link.
 */
export function LeadQueueLinks({ nav }: { nav: LeadQueueNav }) {
  return (
    <nav aria-label="Your list" className="mb-4 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-sm">
      <Link to={nav.listHref} className="link py-2">
        Back to the list
      </Link>
      {nav.next ? (
        <Link to={nav.next.href} className="link py-2 font-semibold" data-next-lead="" aria-keyshortcuts="j">
          {`Next lead: ${nav.next.label}`}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className="py-2 text-ink-soft">The last lead in this list</span>
      )}
    </nav>
  );
}
