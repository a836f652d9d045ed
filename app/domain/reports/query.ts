import { z } from "zod";
import { ARTICLE_SLUG_PATTERN } from "../articles";
import { addLocalDays, formatLocalDate, isoWeekday, localDateOf } from "../sla";
import { INBOX_SLUG_PATTERN } from "../team/inbox";
import { TOPIC_IDS, type TopicId } from "../topics";
import { MAX_PERIOD_DAYS, type ReportPeriod, resolvePeriod } from "./period";

/** Presets of whole ISO weeks up to and including the current one. */
export const PERIOD_PRESETS = [
  { id: "4w", weeks: 4, label: "Last 4 weeks" },
  { id: "12w", weeks: 12, label: "Last 12 weeks" },
  { id: "26w", weeks: 26, label: "Last 26 weeks" },
  { id: "52w", weeks: 52, label: "Last 52 weeks" },
] as const;
export type PresetId = (typeof PERIOD_PRESETS)[number]["id"];
const PRESET_IDS = PERIOD_PRESETS.map((preset) => preset.id) as [PresetId, ...PresetId[]];

/** The names the report's address uses, in the order its form shows them. */
export const REPORT_QUERY_KEYS = ["preset", "from", "to", "inbox", "source", "topic"] as const;

const day = (what: string) =>
  z.iso.date({ error: `The ${what} date must be a calendar date written YYYY-MM-DD` }).optional();

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * The report's address: a preset or a from/to period (a preset, when given, wins over the dates,
 * since the form sends both), and the filters. Each bad value is refused with a message for its
 * own field.
 */
export const ReportQuerySchema = z
  .object({
    preset: z.enum(PRESET_IDS, { error: `The period must be one of ${PRESET_IDS.join(", ")}, or dates` }).optional(),
    from: day("from"),
    to: day("to"),
    inbox: z
      .string()
      .max(80, "The inbox must be an inbox's short name, such as privacy-data")
      .regex(INBOX_SLUG_PATTERN, "The inbox must be an inbox's short name, such as privacy-data")
      .optional(),
    source: z
      .string()
      .max(120, "The source must be an article's slug")
      .regex(ARTICLE_SLUG_PATTERN, "The source must be an article's slug")
      .optional(),
    topic: z.enum(TOPIC_IDS, { error: `The topic must be one of ${TOPIC_IDS.join(", ")}` }).optional(),
  })
  .refine((query) => query.preset || !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "The from date must not be after the to date",
  })
  .refine((query) => query.preset || !query.from || !query.to || daysBetween(query.from, query.to) < MAX_PERIOD_DAYS, {
    path: ["to"],
    message: `A report covers at most ${MAX_PERIOD_DAYS} days`,
  });

export type ReportQuery = z.infer<typeof ReportQuerySchema>;

/**
 * The query's values from an address: blank fields (as an empty form sends them) are absent, and
 * a field sent twice is refused rather than silently read once.
 */
export function reportQueryInput(params: URLSearchParams): { input: Record<string, string>; repeated: string[] } {
  const input: Record<string, string> = {};
  const repeated: string[] = [];
  for (const key of REPORT_QUERY_KEYS) {
    const values = params.getAll(key);
    if (values.length > 1) repeated.push(key);
    const value = values[0]?.trim();
    if (value) input[key] = value;
  }
  return { input, repeated };
}

export interface ReportFilters {
  inbox?: string;
  source?: string;
  topic?: TopicId;
}

/** The period a query stands for: a preset's whole weeks up to today, or the dates with their defaults. */
export function periodOf(query: ReportQuery, now: Date, timeZone: string): ReportPeriod {
  const preset = PERIOD_PRESETS.find((candidate) => candidate.id === query.preset);
  if (!preset) return resolvePeriod(query, now, timeZone);
  const today = localDateOf(now.getTime(), timeZone);
  const monday = addLocalDays(today, 1 - isoWeekday(today));
  return { from: formatLocalDate(addLocalDays(monday, -7 * (preset.weeks - 1))), to: formatLocalDate(today) };
}
