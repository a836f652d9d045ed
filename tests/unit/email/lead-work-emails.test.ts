import { describe, expect, it } from "vitest";
import { renderFollowUpReminder, renderLeadReassignedAway, renderTemplate } from "~/server/mail/templates";
import { FIRM, PUBLIC_URL, hrefsOf } from "./fixtures";

describe("the follow-up reminder", () => {
  const data = {
    firmName: FIRM,
    publicUrl: PUBLIC_URL,
    leadId: 12,
    ref: "ID-7K3F9Q",
    ownerName: "Amara Okafor",
    title: "Follow up: call, left a message",
    dueOn: "2026-12-04",
  };

  it("names the follow-up, its day and the lead, and links to the lead", async () => {
    const email = await renderFollowUpReminder(data);
    expect(email.subject).toContain("Follow-up due 2026-12-04: ID-7K3F9Q");
    expect(email.text).toContain("Follow up: call, left a message");
    expect(hrefsOf(email.html)).toContain(`${PUBLIC_URL}/admin/leads/12`);
  });

  it("is rendered by the worker from its stored template name", async () => {
    expect((await renderTemplate("follow-up-reminder", data)).text).toContain("Amara Okafor");
  });
});

describe("the notice to the previous owner", () => {
  const data = (leads: { id: number; ref: string; newOwnerName: string | null }[]) => ({
    firmName: FIRM,
    publicUrl: PUBLIC_URL,
    name: "Priya Raman",
    changedBy: "Helena Vos",
    leads,
  });

  it("says who reassigned the lead and who has it now", async () => {
    const email = await renderLeadReassignedAway(data([{ id: 3, ref: "ID-000003", newOwnerName: "Jonas Lindqvist" }]));
    expect(email.subject).toContain("Helena Vos reassigned ID-000003");
    expect(email.text).toContain("now with Jonas Lindqvist");
    expect(hrefsOf(email.html)).toContain(`${PUBLIC_URL}/admin/leads/3`);
  });

  it("covers a batch in one email, saying when a lead waits for an owner", async () => {
    const email = await renderLeadReassignedAway(
      data([
        { id: 1, ref: "ID-000001", newOwnerName: "Jonas Lindqvist" },
        { id: 2, ref: "ID-000002", newOwnerName: null },
      ]),
    );
    expect(email.subject).toContain("Helena Vos reassigned 2 of your leads");
    expect(email.text).toContain("ID-000002: now waiting in its inbox for an owner");
  });
});
