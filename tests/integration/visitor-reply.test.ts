import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceFromAddress } from "~/domain/lead-mail";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";
import { MANY_SUBMITS_SETTINGS, visitorWithSubmittedLead } from "../support/submitted-lead";

let running: { server: TestServer; db: DB; adminCookie: string };

beforeAll(async () => {
  // No RESEND_API_KEY: email goes to the local mailbox.
  running = await startAdminServer(MANY_SUBMITS_SETTINGS);
});
afterAll(() => stopAdminServer(running));

/** A lead written to from its page, and the email as it landed in the local mailbox. */
async function leadWrittenTo() {
  const { baseUrl } = running.server;
  const { lead } = await visitorWithSubmittedLead(baseUrl, running.db, "reply");
  const sent = await postForm(
    baseUrl,
    `/admin/leads/${lead.id}/email`,
    new URLSearchParams({ subject: "Shall we talk?", body: "Dear Grace,\n\nShall we talk?" }),
    running.adminCookie,
  );
  expect(sent.status).toBe(302);
  const query = () =>
    running.db
      .selectFrom("mailbox_messages")
      .select(["id", "reply_to", "to_address"])
      .where("lead_id", "=", lead.id)
      .where("subject", "=", "Shall we talk?")
      .executeTakeFirst();
  // The mail worker delivers it in its own time.
  await expect.poll(query, { timeout: 10_000 }).toBeTruthy();
  const message = (await query())!;
  return { lead, message };
}

const replies = (leadId: number) =>
  running.db
    .selectFrom("lead_messages")
    .select(["direction", "from_address", "subject", "body"])
    .where("lead_id", "=", leadId)
    .where("direction", "=", "received")
    .execute();

describe("replying as the visitor from the local mailbox", () => {
  it("stores the reply on the lead's conversation, as a reply through the webhook would be", async () => {
    const { lead, message } = await leadWrittenTo();
    expect(message.reply_to).toMatch(/\+ID-[0-9A-Z]{6}@/);
    const page = await readable(
      await fetch(`${running.server.baseUrl}/admin/mailbox/${message.id}`, {
        headers: { Cookie: running.adminCookie },
      }),
    );
    expect(page).toContain("Reply as the visitor");

    const done = await postForm(
      running.server.baseUrl,
      `/admin/mailbox/${message.id}`,
      new URLSearchParams({ text: "Yes, Tuesday." }),
      running.adminCookie,
    );
    expect(done.status).toBe(302);
    expect(done.location).toBe(`/admin/leads/${lead.id}#conversation`);
    expect(await replies(lead.id)).toEqual([
      { direction: "received", from_address: message.to_address, subject: "Re: Shall we talk?", body: "Yes, Tuesday." },
    ]);
  });

  it("refuses an empty reply with a message beside the field and stores nothing", async () => {
    const { lead, message } = await leadWrittenTo();
    const done = await postForm(
      running.server.baseUrl,
      `/admin/mailbox/${message.id}`,
      new URLSearchParams({ text: "   " }),
      running.adminCookie,
    );
    expect(done.status).toBe(400);
    expect(done.text).toContain("Please write the reply");
    expect(await replies(lead.id)).toEqual([]);
  });

  it("offers no reply on a message that is not an email to a lead", async () => {
    await leadWrittenTo();
    // The new-lead notification to the consultant: its Reply-To is the visitor, not a lead's thread.
    const all = await running.db.selectFrom("mailbox_messages").select(["id", "reply_to"]).execute();
    const other = all.find((message) => !referenceFromAddress(message.reply_to ?? ""));
    if (!other) throw new Error("The mailbox holds no other email");
    const done = await postForm(
      running.server.baseUrl,
      `/admin/mailbox/${other.id}`,
      new URLSearchParams({ text: "Hello" }),
      running.adminCookie,
    );
    expect(done.status).toBe(404);
  });
});
