import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

/** Several events close together (a bulk change) cause one reload of the page's data. */
const REVALIDATE_AFTER_MS = 500;

type LeadEventData = { leadId: number; kind: "created" | "changed" };

/** What a screen reader hears after a burst of events; null when nothing on the page changed. */
export function liveAnnouncement(created: number, changedOnPage: number): string | null {
  if (created > 0) return created === 1 ? "1 new lead" : `${created} new leads`;
  if (changedOnPage > 0) return changedOnPage === 1 ? "A lead on this page changed" : "Leads on this page changed";
  return null;
}

/**
 * Keeps the inbox current: listens to the portal's lead events (only others' changes, to leads
 * this user may see, arrive) and reloads the page's data, saying politely what happened. Without
 * JavaScript nothing changes: the page is as fresh as its last load.
 */
export function LiveInboxUpdates({ leadIds }: { leadIds: readonly number[] }) {
  const { revalidate } = useRevalidator();
  const [announcement, setAnnouncement] = useState("");
  // Read inside the long-lived listener, so the stream is not reopened on every reload.
  const latest = useRef({ revalidate, leadIds });
  useEffect(() => {
    latest.current = { revalidate, leadIds };
  });

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/admin/events");
    let created = 0;
    let changedOnPage = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const flush = () => {
      timer = undefined;
      // A hidden tab reloads when it is looked at again, not for every event meanwhile.
      if (document.hidden) return;
      const message = liveAnnouncement(created, changedOnPage);
      created = 0;
      changedOnPage = 0;
      latest.current.revalidate();
      if (message) setAnnouncement(message);
    };
    const onLead = (event: MessageEvent<string>) => {
      const data = parseEvent(event.data);
      if (!data) return;
      if (data.kind === "created") created += 1;
      else if (latest.current.leadIds.includes(data.leadId)) changedOnPage += 1;
      if (timer === undefined) timer = setTimeout(flush, REVALIDATE_AFTER_MS);
    };
    const onVisible = () => {
      if (!document.hidden && (created > 0 || changedOnPage > 0)) flush();
    };
    source.addEventListener("lead", onLead);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
      source.close();
    };
  }, []);

  return (
    <p role="status" className="sr-only" data-testid="live-updates">
      {announcement}
    </p>
  );
}

function parseEvent(text: string): LeadEventData | null {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== "object" || data === null) return null;
    const { leadId, kind } = data as Record<string, unknown>;
    if (typeof leadId !== "number" || (kind !== "created" && kind !== "changed")) return null;
    return { leadId, kind };
  } catch {
    return null;
  }
}
