import { describe, expect, it } from "vitest";
import { LEAD_CSV_HEADERS, type LeadCsvSource, leadCsvRecord } from "~/domain/csv-export";

const lead: LeadCsvSource = {
  publicRef: "ID-7KQ2",
  receivedAt: "2026-11-20T09:15:00.000Z",
  company: "Copperleaf Payments BV",
  contactName: "Femke Visser",
  band: "High",
  impactScore: 71,
  priority: 3,
  status: "qualified",
  owner: { name: "Amara Okafor" },
  inbox: { name: "Financial services" },
  slaDueAt: "2026-11-20T13:15:00.000Z",
  firstResponseAt: null,
  overdue: false,
  topRegimes: [
    { name: "DORA", status: "likely" },
    { name: "NIS2", status: "possible" },
  ],
  duplicateOf: null,
  erased: false,
};

const cellsByHeader = (source: LeadCsvSource) =>
  Object.fromEntries(LEAD_CSV_HEADERS.map((header, index) => [header, leadCsvRecord(source)[index]]));

describe("a lead as a CSV record", () => {
  it("has one cell per header, in the header's order", () => {
    expect(LEAD_CSV_HEADERS).toEqual([
      "Reference",
      "Received (UTC)",
      "Company",
      "Contact",
      "Band",
      "Impact score",
      "Priority",
      "Status",
      "Owner",
      "Inbox",
      "First response due (UTC)",
      "First response (UTC)",
      "Overdue",
      "Regimes",
      "Duplicate of lead",
      "Erased",
    ]);
    expect(cellsByHeader(lead)).toEqual({
      Reference: "ID-7KQ2",
      "Received (UTC)": "2026-11-20T09:15:00.000Z",
      Company: "Copperleaf Payments BV",
      Contact: "Femke Visser",
      Band: "High",
      "Impact score": "71",
      Priority: "3",
      Status: "Qualified",
      Owner: "Amara Okafor",
      Inbox: "Financial services",
      "First response due (UTC)": "2026-11-20T13:15:00.000Z",
      "First response (UTC)": "",
      Overdue: "no",
      Regimes: "DORA (likely); NIS2 (possible)",
      "Duplicate of lead": "",
      Erased: "no",
    });
  });

  it("leaves out the company and contact of an erased lead, even if they were still stored", () => {
    const cells = cellsByHeader({ ...lead, erased: true });
    expect(cells.Company).toBe("");
    expect(cells.Contact).toBe("");
    expect(cells.Erased).toBe("yes");
    expect(cells.Reference).toBe("ID-7KQ2");
  });

  it("neutralises hostile text a visitor typed", () => {
    const cells = cellsByHeader({ ...lead, company: "=cmd|' /C calc'!A0", contactName: "@Femke" });
    expect(cells.Company).toBe("'=cmd|' /C calc'!A0");
    expect(cells.Contact).toBe("'@Femke");
  });
});
