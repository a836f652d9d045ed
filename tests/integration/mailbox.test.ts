import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer());
});
afterAll(() => stopAdminServer({ server, db }));

async function deliveredTo(email: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const message = await db
      .selectFrom("mailbox_messages")
      .select(["id", "text"])
      .where("to_address", "=", email)
      .orderBy("id", "desc")
      .executeTakeFirst();
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing reached ${email}`);
}

const view = async (id: number) =>
  readable(await fetch(`${server.baseUrl}/admin/mailbox/${id}`, { headers: { Cookie: adminCookie } }));

describe("the local mailbox", () => {
  it("hides a colleague's set-password link from other administrators", async () => {
    await postForm(
      server.baseUrl,
      "/admin/users",
      new URLSearchParams({ name: "Kim Colleague", email: "kim@firm.example", role: "admin" }),
      adminCookie,
    );
    const message = await deliveredTo("kim@firm.example");
    const link = message.text.match(/\/admin\/reset\/[A-Za-z0-9_-]+/)?.[0] ?? "";
    expect(link).not.toBe("");

    const page = await view(message.id);
    expect(page).not.toContain(link);
    expect(page).toContain("Only kim@firm.example can see it here");
  });

  it("shows the recipient their own link", async () => {
    await postForm(server.baseUrl, "/admin/forgot", new URLSearchParams({ email: DEMO_ADMIN_EMAIL }), "");
    const message = await deliveredTo(DEMO_ADMIN_EMAIL);
    const link = message.text.match(/\/admin\/reset\/[A-Za-z0-9_-]+/)?.[0] ?? "";
    expect(await view(message.id)).toContain(link);
  });
});
