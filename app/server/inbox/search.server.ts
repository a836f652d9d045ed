import { type Expression, type SqlBool, sql } from "kysely";
import { SEARCH_MATCH_LIMIT } from "../../domain/lead-inbox/filters";
import type { DB } from "../storage/db.server";

/**
 * The SQLite-specific half of the inbox queries: full-text search through the FTS5 table
 * `lead_search` (created, and kept in step with leads and notes by triggers, in migration 0005).
 * Everything else the inbox asks goes through portable Kysely; a PostgreSQL deployment would
 * replace this module with a tsvector column and `@@`.
 */

/** More words than this add nothing a person meant and only make the query slower. */
export const MAX_SEARCH_WORDS = 12;

// The characters FTS5's unicode61 tokenizer keeps inside a token; everything else separates.
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Turns what a person typed into an FTS5 query that cannot be misread as FTS5 syntax. Each word
 * becomes a quoted phrase of its tokens, so "cto@msp.example" finds that address rather than any
 * lead mentioning "cto"; the last token of each word matches as a prefix, so the search works as
 * people type; all words must match. Returns null when nothing searchable was typed.
 */
export function searchMatchQuery(input: string): string | null {
  const phrases: string[] = [];
  for (const word of input.split(/\s+/)) {
    const tokens = word.match(TOKEN);
    if (!tokens) continue;
    // Tokens hold only letters, digits and marks, so they need no escaping inside the quotes.
    phrases.push(`"${tokens.join(" ")}"*`);
    if (phrases.length === MAX_SEARCH_WORDS) break;
  }
  return phrases.length > 0 ? phrases.join(" ") : null;
}

export { SEARCH_MATCH_LIMIT };

export type SearchMatches = { ids: number[]; truncated: boolean };

/**
 * The leads whose company, contact name, email address or notes match the search, newest first,
 * found once per request: matching a common prefix means merging many terms' lists, so the
 * inbox's several queries share one result instead of each matching again. A search with no
 * searchable characters ("@@") finds nothing.
 */
export async function findSearchMatches(db: DB, input: string): Promise<SearchMatches> {
  const match = searchMatchQuery(input);
  if (match === null) return { ids: [], truncated: false };
  const rows = await sql<{ rowid: number }>`
    select rowid from lead_search where lead_search match ${match} order by rowid desc limit ${SEARCH_MATCH_LIMIT + 1}
  `.execute(db);
  return {
    ids: rows.rows.slice(0, SEARCH_MATCH_LIMIT).map((row) => row.rowid),
    truncated: rows.rows.length > SEARCH_MATCH_LIMIT,
  };
}

/**
 * A condition on `leads.id` that holds for the search's matches. The ids go in as one JSON
 * parameter rather than one parameter each: up to 2,000 values per query would otherwise be built
 * and compiled as separate nodes three times a request, and the statement's text would change with
 * their number, so the prepared statement could not be reused.
 */
export function leadMatchesSearch(matches: SearchMatches): Expression<SqlBool> {
  if (matches.ids.length === 0) return sql<SqlBool>`0 = 1`;
  return sql<SqlBool>`${sql.ref("leads.id")} in (select value from json_each(${JSON.stringify(matches.ids)}))`;
}
