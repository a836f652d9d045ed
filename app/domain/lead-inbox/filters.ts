import { z } from "zod";
import { ARTICLE_SLUG_PATTERN } from "../articles";
import { type Band, REGIME_IDS, type RegimeId } from "../exposure";
import { BANDS } from "../routing";
import { INBOX_SLUG_PATTERN } from "../team/inbox";
import { LEAD_STATUSES } from "./statuses";

/** The filter names as they appear in the inbox's address, in the order the form shows them. */
export const FILTER_KEYS = ["q", "status", "inbox", "owner", "band", "regime", "source", "from", "to"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const OWNER_CHOICES = ["anyone", "me", "unassigned"] as const;
export type OwnerFilter = (typeof OWNER_CHOICES)[number] | number;

export const SEARCH_MAX_LENGTH = 200;
/** At most this many matches are listed; a broader search lists its most recent matches and says so. */
export const SEARCH_MATCH_LIMIT = 2000;
const USER_ID = /^[1-9][0-9]{0,9}$/;

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) => `Unknown ${what} ${JSON.stringify(issue.input)}; choose one of: ${values.join(", ")}`,
  });

/** A status filter names one status, or "open": every status still being worked (`OPEN_STATUSES`). */
export const STATUS_CHOICES = [...LEAD_STATUSES, "open"] as const;
export type StatusFilter = (typeof STATUS_CHOICES)[number];

const day = (what: string) => z.iso.date({ error: `The ${what} date must be a calendar date written YYYY-MM-DD` });

const LeadFiltersObjectSchema = z
  .object({
    q: z.string().max(SEARCH_MAX_LENGTH, `Search for at most ${SEARCH_MAX_LENGTH} characters`).optional(),
    status: oneOf(STATUS_CHOICES, "status").optional(),
    inbox: z
      .string()
      .regex(INBOX_SLUG_PATTERN, "The inbox must be an inbox's short name, such as privacy-data")
      .optional(),
    owner: z
      .string()
      .refine((value) => (OWNER_CHOICES as readonly string[]).includes(value) || USER_ID.test(value), {
        error: `The owner must be one of ${OWNER_CHOICES.join(", ")} or a consultant's number`,
      })
      .transform((value): OwnerFilter =>
        USER_ID.test(value) ? Number(value) : (value as (typeof OWNER_CHOICES)[number]),
      )
      .optional(),
    band: oneOf(BANDS, "band").optional(),
    regime: oneOf(REGIME_IDS, "regime").optional(),
    source: z.string().max(120).regex(ARTICLE_SLUG_PATTERN, "The source must be an article's slug").optional(),
    from: day("from").optional(),
    to: day("to").optional(),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    error: "The from date must not be after the to date",
    path: ["to"],
  });

/** Reads the filters from a query string: blank fields (as an empty form sends them) are absent. */
function fromSearchParams(input: unknown): unknown {
  const get =
    input instanceof URLSearchParams
      ? (key: string) => input.get(key)
      : typeof input === "object" && input !== null
        ? (key: string) => (input as Record<string, unknown>)[key]
        : null;
  if (!get) return input;
  const values: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const raw = get(key);
    const value = typeof raw === "string" ? raw.trim() : raw;
    if (value !== undefined && value !== null && value !== "") values[key] = value;
  }
  return values;
}

/**
 * The inbox filters, parsed from the address (`LeadFiltersSchema.safeParse(url.searchParams)`)
 * or from a plain object. Unknown parameters, such as the page cursor, are ignored.
 */
export const LeadFiltersSchema = z.preprocess(fromSearchParams, LeadFiltersObjectSchema);

export interface LeadFilters {
  /** Words to find in the company, contact name, email address or notes. */
  q?: string;
  /** One status, or "open" for any of `OPEN_STATUSES`. */
  status?: StatusFilter;
  /** An inbox's slug. */
  inbox?: string;
  /** Defaults to anyone. */
  owner?: OwnerFilter;
  band?: Band;
  /** Leads for which this regime likely or possibly applies. */
  regime?: RegimeId;
  /** The slug of the article the lead came from. */
  source?: string;
  /** Received on or after this calendar day (YYYY-MM-DD), in the business time zone. */
  from?: string;
  /** Received on or before this calendar day. */
  to?: string;
}

export type ParseLeadFiltersResult = { success: true; data: LeadFilters } | { success: false; problems: string[] };

export function parseLeadFilters(input: URLSearchParams | Record<string, unknown>): ParseLeadFiltersResult {
  const parsed = LeadFiltersSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, problems: parsed.error.issues.map((issue) => issue.message) };
}

/** The query string for a set of filters, leaving out defaults, so links stay short and stable. */
export function filtersToSearchParams(filters: LeadFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === "" || (key === "owner" && value === "anyone")) continue;
    params.set(key, String(value));
  }
  return params;
}

/**
 * What a consultant sees on opening the inbox with no filters in its address: the open leads they
 * own, the work that is theirs. Administrators, who oversee the team, see every lead.
 */
export function defaultFilters(role: "admin" | "consultant"): LeadFilters {
  return role === "consultant" ? { owner: "me", status: "open" } : {};
}

/** Whether the address names any filter; without one, the viewer's default view applies. */
export function namesFilters(params: URLSearchParams): boolean {
  return FILTER_KEYS.some((key) => params.has(key));
}

/** Whether any filter narrows the list (so the page can offer to clear them). */
export function hasFilters(filters: LeadFilters): boolean {
  return filtersToSearchParams(filters).toString() !== "";
}
