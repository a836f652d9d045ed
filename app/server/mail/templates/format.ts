import { formatInstantWithZone } from "../../../domain/date-format";
import type { DueTime } from "./types";

/**
 * "Tue 3 March 2026, 14:00 CET": a consultant reading the email in another office must still
 * see which clock the deadline is on, so the zone name is always part of the text.
 */
export function formatDueTime({ at, timeZone }: DueTime): string {
  return formatInstantWithZone(at, timeZone);
}

/**
 * Mail clients open links outside the site, so a relative or non-web link would be dead or,
 * worse, a script URL; every link in an email passes through here.
 */
export function absoluteUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Email links must be absolute URLs, got: ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`Email links must be http(s) URLs, got: ${url}`);
  }
  return parsed.href;
}

/** The admin page of a lead, under the public origin the caller configured. */
export function leadUrl(publicUrl: string, leadId: number): string {
  return absoluteUrl(`${publicUrl.replace(/\/+$/, "")}/admin/leads/${encodeURIComponent(String(leadId))}`);
}

/**
 * A subject is a header line: line breaks typed into a company name must not reach it, and
 * runs of spaces only waste the few characters an inbox shows.
 */
export function subjectLine(...parts: string[]): string {
  return parts
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part !== "")
    .join(" · ");
}

/**
 * A bare address, nothing else: only such a value becomes a mailto link or a Reply-To, so query
 * characters or a second address typed into a form can never ride along.
 */
export const PLAIN_ADDRESS = /^[^\s@?&#<>",;]+@[^\s@?&#<>",;]+$/;
