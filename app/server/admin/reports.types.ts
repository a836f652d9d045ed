import type { DropOffRow, FunnelStage, OutcomeRow, ReportPeriod, WeekCount } from "../../domain/reports";

/**
 * First responses against the deadline credited to one consultant: the leads they answered first,
 * and the unanswered leads they own now (owner null: unassigned and unanswered).
 */
export interface ResponseRow {
  ownerId: number | null;
  name: string;
  leads: number;
  inTime: number;
  late: number;
  overdue: number;
  waiting: number;
  /** Mean hours (wall clock) from receipt to first response, over the answered leads. */
  meanHours: number | null;
}

export interface LeadReport {
  period: ReportPeriod;
  /** Assessments started (drafts) and leads submitted in the period. */
  funnel: { started: number; submitted: number };
  /** Leads and qualified leads per ISO week of the period, weeks without leads as zero. */
  weeks: Array<WeekCount & { from: string; to: string }>;
  /**
   * Assessments started → submitted → contacted → qualified → won. Started is null when an inbox
   * is chosen: assessments get an inbox only once submitted.
   */
  stages: FunnelStage[];
  /** Per questionnaire stage, for assessments started in the period; null when an inbox is chosen. */
  dropOff: DropOffRow[] | null;
  /** First responses per consultant, for the period's leads with a deadline (spam left out). */
  responses: ResponseRow[];
  totals: Omit<OutcomeRow, "key" | "label">;
  /** First responses against the SLA deadline, for the period's leads that had one (spam left out). */
  sla: { inTime: number; late: number; overdue: number; waiting: number };
  bySource: OutcomeRow[];
  byRegime: OutcomeRow[];
  byBand: OutcomeRow[];
}
