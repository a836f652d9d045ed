import { describe, expect, it } from "vitest";
import { type LeadAssignedData, renderLeadAssigned } from "~/server/mail/templates";
import { FIRM, PUBLIC_URL, hrefsOf } from "./fixtures";

const data = (leads: LeadAssignedData["leads"]): LeadAssignedData => ({
  firmName: FIRM,
  publicUrl: PUBLIC_URL,
  name: "Amara Okafor",
  assignedBy: "Helena Vos",
  leads,
});
const lead = (id: number, company: string | null = `Company ${id}`) => ({
  id,
  ref: `ID-00000${id}`,
  company,
  band: "High",
});

describe("the assignment notice", () => {
  it("names the lead and who assigned it, and links to its page", async () => {
    const email = await renderLeadAssigned(data([lead(7)]));
    expect(email.subject).toContain("Helena Vos assigned you ID-000007");
    expect(email.text).toContain("Company 7 (High)");
    expect(hrefsOf(email.html)).toContain(`${PUBLIC_URL}/admin/leads/7`);
  });

  it("lists every lead of a batch in one email, linking to the new owner's leads", async () => {
    const email = await renderLeadAssigned(data([lead(1), lead(2), lead(3, null)]));
    expect(email.subject).toContain("Helena Vos assigned you 3 leads");
    for (const id of [1, 2]) expect(hrefsOf(email.html)).toContain(`${PUBLIC_URL}/admin/leads/${id}`);
    expect(email.text).toContain("personal data erased");
    expect(hrefsOf(email.html)).toContain(`${PUBLIC_URL}/admin?owner=me`);
  });
});
