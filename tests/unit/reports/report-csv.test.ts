import { describe, expect, it } from "vitest";
import { reportCsvResponse, reportTable } from "~/server/admin/report-csv.server";
import type { LeadReport } from "~/server/admin/reports.server";

const report = {
  period: { from: "2026-11-01", to: "2026-11-30" },
  bySource: [
    { key: "a", label: '=HYPERLINK("http://evil.example","Click")', leads: 3, qualified: 1, won: 0, spam: 0 },
    { key: "b", label: "Plain, with a comma", leads: 2, qualified: 2, won: 1, spam: 0 },
  ],
  responses: [
    { ownerId: 1, name: "Mateo Ruiz", leads: 4, inTime: 3, late: 1, overdue: 0, waiting: 0, meanHours: 5.25 },
  ],
} as unknown as LeadReport;

describe("a report table as CSV", () => {
  it("neutralises a cell that a spreadsheet would read as a formula, and quotes one with a comma", async () => {
    const bytes = await reportCsvResponse(report, "sources").arrayBuffer();
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.split("\r\n")).toEqual([
      "\uFEFFSource article,Leads,Qualified,Won,Spam",
      `"'=HYPERLINK(""http://evil.example"",""Click"")",3,1,0,0`,
      '"Plain, with a comma",2,2,1,0',
      "",
    ]);
  });

  it("rounds the mean response time to a tenth of an hour", () => {
    expect(reportTable(report, "responses").rows).toEqual([["Mateo Ruiz", 4, 3, 1, 0, 0, 5.3]]);
  });
});
