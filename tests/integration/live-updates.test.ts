import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB } from "~/server/storage/db.server";
import { signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import { generateLeadSpecs, insertLeadSpecs, loadTeam } from "../support/lead-factory";
import { MANY_SUBMITS_SETTINGS, visitorWithSubmittedLead } from "../support/submitted-lead";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer(MANY_SUBMITS_SETTINGS));
});

afterAll(async () => {
  await stopAdminServer({ server, db });
});

/** An open event stream, read one `lead` event at a time. */
async function openStream(cookie: string) {
  const abort = new AbortController();
  const response = await fetch(`${server.baseUrl}/admin/events`, {
    headers: { Cookie: cookie, Accept: "text/event-stream", "Accept-Encoding": "gzip, br" },
    signal: abort.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  async function nextLeadEvent(): Promise<{ leadId: number; kind: string }> {
    for (;;) {
      const end = buffered.indexOf("\n\n");
      if (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = block.match(/^data: (.*)$/m)?.[1];
        if (block.startsWith("event: lead") && data) return JSON.parse(data);
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("The stream ended");
      buffered += value;
    }
  }
  return { response, nextLeadEvent, close: () => abort.abort() };
}

/** Logs a call on a lead as the given user, as the lead page does. */
async function logContact(leadId: number, cookie: string) {
  const response = await fetch(`${server.baseUrl}/admin/leads/${leadId}`, {
    method: "POST",
    body: new URLSearchParams({ intent: "log-contact", channel: "call", outcome: "reached" }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: server.baseUrl },
    redirect: "manual",
  });
  expect(response.status).toBeLessThan(400);
}

/** A new, unassigned lead in one inbox, written straight into the database. */
async function leadInInbox(slug: string) {
  const inbox = await db.selectFrom("inboxes").select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
  const [spec] = generateLeadSpecs(await loadTeam(db), { count: 1, seed: 7, now: new Date() });
  const [lead] = await insertLeadSpecs(db, [{ ...spec!, inboxId: inbox.id, ownerId: null, status: "new" }]);
  return lead!;
}

describe("live inbox updates", () => {
  it("refuses the stream to someone who is not signed in", async () => {
    const response = await fetch(`${server.baseUrl}/admin/events`, { redirect: "manual" });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).not.toContain("text/event-stream");
  });

  it("streams uncompressed, uncached events to a signed-in administrator", async () => {
    const stream = await openStream(adminCookie);
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get("content-type")).toContain("text/event-stream");
      expect(stream.response.headers.get("content-encoding")).toBeNull();
      expect(stream.response.headers.get("cache-control")).toContain("no-store");
    } finally {
      stream.close();
    }
  });

  it("tells an open inbox that a visitor submitted a new lead", async () => {
    const stream = await openStream(adminCookie);
    try {
      const { lead } = await visitorWithSubmittedLead(server.baseUrl, db, "live");
      expect(await stream.nextLeadEvent()).toEqual({ leadId: lead.id, kind: "created" });
    } finally {
      stream.close();
    }
  });

  it("does not echo a change back to the user who made it", async () => {
    const { lead: changed } = await visitorWithSubmittedLead(server.baseUrl, db, "live-own");
    const stream = await openStream(adminCookie);
    try {
      await logContact(changed.id, adminCookie);
      // The next event the administrator hears of is the next lead, not their own change.
      const { lead: next } = await visitorWithSubmittedLead(server.baseUrl, db, "live-next");
      expect(await stream.nextLeadEvent()).toEqual({ leadId: next.id, kind: "created" });
    } finally {
      stream.close();
    }
  });

  it("tells a consultant only of changes to leads of their inboxes", async () => {
    const hidden = await leadInInbox("cyber-resilience");
    const visible = await leadInInbox("privacy-data");
    const stream = await openStream(await signIn(server.baseUrl, "amara.okafor@meridian-audit.example"));
    try {
      await logContact(hidden.id, adminCookie);
      await logContact(visible.id, adminCookie);
      expect(await stream.nextLeadEvent()).toEqual({ leadId: visible.id, kind: "changed" });
    } finally {
      stream.close();
    }
  });
});
