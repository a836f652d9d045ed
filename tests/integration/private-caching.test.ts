import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { startAdminServer, stopAdminServer } from "../support/admin-client";
import { FlowVisitor, answersFixture } from "../support/flow-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;
let summaryPath: string;
let leadId: number;
let messageId = 0;

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer({ FORM_MIN_FILL_SECONDS: "0" }));
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
  await visitor.submitContact();
  summaryPath = (await visitor.post("/assess/review", {})).location ?? "";
  leadId = (await db.selectFrom("leads").select("id").executeTakeFirstOrThrow()).id;
  for (let attempt = 0; attempt < 100 && !messageId; attempt += 1) {
    messageId = (await db.selectFrom("mailbox_messages").select("id").executeTakeFirst())?.id ?? 0;
    if (!messageId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(() => stopAdminServer({ server, db }));

describe("personal data is never kept by a cache", () => {
  it.each([
    ["the local mailbox", () => "/admin/mailbox"],
    ["a message in it", () => `/admin/mailbox/${messageId}`],
    ["the users", () => "/admin/users"],
    ["a page's data with the admin frame's, as the browser fetches it", () => "/admin/users.data"],
    ["a lead's page", () => `/admin/leads/${leadId}`],
    [
      "a lead's data as the browser fetches it",
      () => `/admin/leads/${leadId}?_data=${encodeURIComponent("routes/admin.leads.$id")}`,
    ],
  ])("%s answers private, no-store", async (_name, path) => {
    const response = await fetch(`${server.baseUrl}${path()}`, {
      headers: { Cookie: adminCookie },
      redirect: "manual",
    });
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("a lead's export answers private, no-store", async () => {
    const response = await fetch(`${server.baseUrl}/admin/leads/${leadId}/export`, {
      method: "POST",
      headers: { Cookie: adminCookie, Origin: server.baseUrl },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("the visitor's summary answers private, no-store, page and data alike", async () => {
    for (const path of [summaryPath, `${summaryPath}?_data=${encodeURIComponent("routes/assess.done.$token")}`]) {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
  });
});
