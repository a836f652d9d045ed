import { leadStatusLabel } from "../lead-inbox";
import { csvCell } from "./cells";

/** What the export reads of one lead: the inbox's columns, nothing the inbox does not show. */
export interface LeadCsvSource {
  publicRef: string;
  receivedAt: string;
  company: string;
  contactName: string;
  band: string;
  impactScore: number;
  priority: number;
  status: string;
  owner: { name: string } | null;
  inbox: { name: string } | null;
  slaDueAt: string | null;
  firstResponseAt: string | null;
  overdue: boolean;
  topRegimes: { name: string; status: string }[];
  duplicateOf: number | null;
  erased: boolean;
}

/** The export's columns, in order: a header a spreadsheet user can read, and how each cell is made. */
export const LEAD_CSV_COLUMNS = [
  { header: "Reference", cell: (lead: LeadCsvSource) => lead.publicRef },
  { header: "Received (UTC)", cell: (lead: LeadCsvSource) => lead.receivedAt },
  // Erasure blanks these in the database already; the export does not trust that alone.
  { header: "Company", cell: (lead: LeadCsvSource) => (lead.erased ? "" : lead.company) },
  { header: "Contact", cell: (lead: LeadCsvSource) => (lead.erased ? "" : lead.contactName) },
  { header: "Band", cell: (lead: LeadCsvSource) => lead.band },
  { header: "Impact score", cell: (lead: LeadCsvSource) => lead.impactScore },
  { header: "Priority", cell: (lead: LeadCsvSource) => lead.priority },
  { header: "Status", cell: (lead: LeadCsvSource) => leadStatusLabel(lead.status) },
  { header: "Owner", cell: (lead: LeadCsvSource) => lead.owner?.name ?? "" },
  { header: "Inbox", cell: (lead: LeadCsvSource) => lead.inbox?.name ?? "" },
  { header: "First response due (UTC)", cell: (lead: LeadCsvSource) => lead.slaDueAt },
  { header: "First response (UTC)", cell: (lead: LeadCsvSource) => lead.firstResponseAt },
  { header: "Overdue", cell: (lead: LeadCsvSource) => lead.overdue },
  {
    header: "Regimes",
    cell: (lead: LeadCsvSource) => lead.topRegimes.map((regime) => `${regime.name} (${regime.status})`).join("; "),
  },
  { header: "Duplicate of lead", cell: (lead: LeadCsvSource) => lead.duplicateOf },
  { header: "Erased", cell: (lead: LeadCsvSource) => lead.erased },
] as const;

export const LEAD_CSV_HEADERS: readonly string[] = LEAD_CSV_COLUMNS.map((column) => column.header);

/** One lead as the cells of one CSV record, neutralised against formulas. */
export function leadCsvRecord(lead: LeadCsvSource): string[] {
  return LEAD_CSV_COLUMNS.map((column) => csvCell(column.cell(lead)));
}
