import { z } from "zod";
import { csvCell } from "../../domain/csv-export";
import type { OutcomeRow } from "../../domain/reports";
import type { LeadReport } from "./reports.server";
import { csvDownload, csvText } from "../http/csv-download.server";

/** The tables of the reports page that download as CSV, by the name the address gives them. */
export const REPORT_TABLES = ["weeks", "funnel", "drop-off", "responses", "sources", "regimes", "bands"] as const;
export type ReportTableId = (typeof REPORT_TABLES)[number];

export const ReportTableSchema = z.enum(REPORT_TABLES, { error: "Choose one of the report's tables" });

type Cell = string | number | null;
interface Table {
  header: string[];
  rows: Cell[][];
}

const outcomes = (first: string, rows: OutcomeRow[]): Table => ({
  header: [first, "Leads", "Qualified", "Won", "Spam"],
  rows: rows.map((row) => [row.label, row.leads, row.qualified, row.won, row.spam]),
});

/** One table of a report as the page shows it: its column headings and its lines. */
export function reportTable(report: LeadReport, table: ReportTableId): Table {
  switch (table) {
    case "weeks":
      return {
        header: ["Week", "From", "To", "Leads", "Qualified"],
        rows: report.weeks.map((week) => [week.label, week.from, week.to, week.leads, week.qualified]),
      };
    case "funnel":
      return { header: ["Stage", "Count"], rows: report.stages.map((stage) => [stage.label, stage.count]) };
    case "drop-off":
      return {
        header: ["Step", "Reached", "Left there"],
        rows: (report.dropOff ?? []).map((row) => [row.label, row.reached, row.left]),
      };
    case "responses":
      return {
        header: ["Consultant", "Leads", "In time", "Late", "Overdue", "Not yet due", "Mean hours to first response"],
        rows: report.responses.map((row) => [
          row.name,
          row.leads,
          row.inTime,
          row.late,
          row.overdue,
          row.waiting,
          row.meanHours === null ? null : Math.round(row.meanHours * 10) / 10,
        ]),
      };
    case "sources":
      return outcomes("Source article", report.bySource);
    case "regimes":
      return outcomes("Regulation", report.byRegime);
    case "bands":
      return outcomes("Band", report.byBand);
  }
}

/**
 * A report table as a CSV download: UTF-8 with a BOM for spreadsheet programs, CRLF records, and
 * every cell neutralised against formulas (article titles and names are typed by people).
 */
export function reportCsvResponse(report: LeadReport, table: ReportTableId): Response {
  const { header, rows } = reportTable(report, table);
  const { from, to } = report.period;
  return csvDownload(
    csvText(
      rows.map((row) => row.map(csvCell)),
      { header },
    ),
    `report-${table}-${from}-to-${to}.csv`,
  );
}
