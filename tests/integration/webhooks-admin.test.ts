import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";

const CONSULTANT = "priya.raman@meridian-audit.example";

/** A production server that keeps webhooks to public addresses, as deployed. */
let strict: { server: TestServer; db: DB; adminCookie: string };

beforeAll(async () => {
  strict = await startAdminServer();
});
afterAll(async () => stopAdminServer(strict ?? {}));

/**
 * A public address that needs no DNS. The endpoint made with it subscribes to calls booked (none
 * are in these tests) and is disabled before a delivery is resent, so nothing is ever sent to it.
 */
const PUBLIC_URL = "https://203.0.114.10/crm";

const add = (running: typeof strict, fields: [string, string][]) =>
  postForm(running.server.baseUrl, "/admin/webhooks", new URLSearchParams(fields), running.adminCookie);
const endpointCount = async (db: DB) => (await db.selectFrom("webhook_endpoints").select("id").execute()).length;

describe("the webhooks admin pages", () => {
  it("are for administrators only: a consultant is refused the page and the form", async () => {
    const consultant = await signIn(strict.server.baseUrl, CONSULTANT);
    const page = await fetch(`${strict.server.baseUrl}/admin/webhooks`, { headers: { Cookie: consultant } });
    expect(page.status).toBe(403);
    const posted = await postForm(
      strict.server.baseUrl,
      "/admin/webhooks",
      new URLSearchParams({ url: "https://crm.example/hooks", events: "lead.created" }),
      consultant,
    );
    expect(posted.status).toBe(403);
    expect(await endpointCount(strict.db)).toBe(0);
  });

  it.each([
    ["an http address in production", "http://crm.example/hooks", "Only https:// addresses can receive events."],
    ["a loopback address", "https://127.0.0.1/hooks", "127.0.0.1 is a private, loopback or otherwise non-public"],
    ["a private address", "https://10.1.2.3/hooks", "10.1.2.3 is a private, loopback or otherwise non-public"],
    ["a link-local IPv6 address", "https://[fe80::1]/hooks", "is a private, loopback or otherwise non-public"],
    ["the metadata service", "https://169.254.169.254/latest", "169.254.169.254 is a private"],
    ["a host name that resolves to loopback", "https://localhost/hooks", "localhost points to"],
    ["something that is not an address", "crm hooks", "Enter a full address"],
  ])("refuses %s with a message beside the field, storing nothing", async (_label, url, message) => {
    const refused = await add(strict, [
      ["url", url],
      ["events", "lead.created"],
    ]);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(message);
    expect(refused.text).toContain('id="url-error"');
    expect(await endpointCount(strict.db)).toBe(0);
  });

  it("refuses an event that does not exist, and a form with no event", async () => {
    const unknown = await add(strict, [
      ["url", PUBLIC_URL],
      ["events", "lead.stolen"],
    ]);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain("Choose events from the list.");
    const none = await add(strict, [["url", PUBLIC_URL]]);
    expect(none.status).toBe(400);
    expect(none.text).toContain("Choose at least one event.");
    expect(await endpointCount(strict.db)).toBe(0);
  });

  it("adds an endpoint, shows its secret once, and lists it", async () => {
    const added = await add(strict, [
      ["url", PUBLIC_URL],
      ["description", "The firm's CRM"],
      ["events", "booking.created"],
      ["events", "lead.erased"],
    ]);
    expect(added.status).toBe(200);
    const secret = /whsec_[A-Za-z0-9+/=]+/.exec(added.text)?.[0];
    expect(secret).toBeDefined();
    const list = await readable(
      await fetch(`${strict.server.baseUrl}/admin/webhooks`, { headers: { Cookie: strict.adminCookie } }),
    );
    expect(list).toContain(PUBLIC_URL);
    expect(list).toContain("booking.created, lead.erased");
    expect(list).not.toContain(secret);
  });

  it("answers 404 for an endpoint number that does not exist or is not a number", async () => {
    for (const id of ["999999", "1abc", "-1"]) {
      const page = await fetch(`${strict.server.baseUrl}/admin/webhooks/${id}`, {
        headers: { Cookie: strict.adminCookie },
      });
      expect(page.status).toBe(404);
      const posted = await postForm(
        strict.server.baseUrl,
        `/admin/webhooks/${id}`,
        new URLSearchParams({ intent: "disable" }),
        strict.adminCookie,
      );
      expect(posted.status).toBe(404);
    }
  });

  it("rotates the secret, disables and enables the endpoint, resends a delivery, and deletes it only when confirmed", async () => {
    const { db, server, adminCookie } = strict;
    const endpoint = await db
      .selectFrom("webhook_endpoints")
      .select(["id", "secret"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db
      .insertInto("webhook_deliveries")
      .values({
        id: "msg_test-delivery",
        endpoint_id: endpoint.id,
        event_type: "lead.created",
        lead_id: null,
        body: "{}",
        status: "failed",
        attempts: 8,
        response_code: 500,
        next_attempt_at: now,
        created_at: now,
      })
      .execute();
    const path = `/admin/webhooks/${endpoint.id}`;
    const post = (fields: Record<string, string>) =>
      postForm(server.baseUrl, path, new URLSearchParams(fields), adminCookie);

    const page = await readable(await fetch(`${server.baseUrl}${path}`, { headers: { Cookie: adminCookie } }));
    expect(page).toContain("msg_test-delivery");
    expect(page).toContain("failed");

    const rotated = await post({ intent: "rotate" });
    expect(rotated.status).toBe(200);
    const newSecret = /whsec_[A-Za-z0-9+/=]+/.exec(rotated.text)?.[0];
    expect(newSecret).toBeDefined();
    expect(newSecret).not.toBe(endpoint.secret);

    expect((await post({ intent: "disable" })).location).toBe(path);
    expect((await post({ intent: "enable" })).location).toBe(path);
    expect((await post({ intent: "disable" })).location).toBe(path);
    const enabled = await db
      .selectFrom("webhook_endpoints")
      .select("enabled")
      .where("id", "=", endpoint.id)
      .executeTakeFirst();
    expect(enabled).toEqual({ enabled: 0 });

    // Resent while the endpoint is disabled: queued again, and held until the endpoint is enabled.
    expect((await post({ intent: "resend", deliveryId: "msg_test-delivery" })).location).toBe(path);
    const resent = await db
      .selectFrom("webhook_deliveries")
      .select(["status", "attempts"])
      .where("id", "=", "msg_test-delivery")
      .executeTakeFirst();
    expect(resent).toEqual({ status: "pending", attempts: 0 });

    const stranger = await post({ intent: "resend", deliveryId: "msg_someone-elses" });
    expect(stranger.status).toBe(404);
    const bogus = await post({ intent: "explode" });
    expect(bogus.status).toBe(400);

    const unconfirmed = await post({ intent: "delete" });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.text).toContain("Tick the box to confirm");
    const deleted = await post({ intent: "delete", confirm: "yes" });
    expect(deleted.location).toBe("/admin/webhooks");
    expect(await db.selectFrom("webhook_endpoints").select("id").where("id", "=", endpoint.id).execute()).toEqual([]);
  });
});
