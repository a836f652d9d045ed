import {
  type RoutingRuleset,
  type RulesetDiff,
  diffRulesets,
  parseRoutingRuleset,
  problemsByField,
  routingIssueLines,
} from "../../domain/routing";
import type { DB } from "../storage/db.server";
import { RoutingRulesetError, activeRoutingRuleset, saveRoutingRuleset } from "./routing.server";
import type { RoutingOverview } from "./overview.types";
export type { RoutingOverview } from "./overview.types";

/** The rules in force, every stored version (newest first) and the inboxes rules may name. */
export async function routingOverview(db: DB): Promise<RoutingOverview> {
  const [active, rows, inboxes] = await Promise.all([
    activeRoutingRuleset(db),
    db
      .selectFrom("routing_rulesets")
      .select(["version", "created_at", "active", "ruleset"])
      .orderBy("created_at", "desc")
      .orderBy("version", "desc")
      .execute(),
    db.selectFrom("inboxes").select(["slug", "name"]).orderBy("name").execute(),
  ]);
  const versions = rows.map((row) => {
    const stored = JSON.parse(row.ruleset) as Partial<RoutingRuleset>;
    return {
      version: row.version,
      createdAt: row.created_at,
      active: row.active === 1,
      rules: Array.isArray(stored.rules) ? stored.rules.length : 0,
    };
  });
  return { active, versions, inboxes };
}

/** Where in the text JSON.parse gave up, as a line and column a person can find. */
function syntaxProblem(text: string, error: SyntaxError): string {
  const position = Number(/position (\d+)/.exec(error.message)?.[1]);
  if (!Number.isFinite(position)) return `The rules are not valid JSON: ${error.message}`;
  const before = text.slice(0, position).split("\n");
  return `The rules are not valid JSON: ${error.message.replace(/ in JSON at position \d+.*$/, "")} at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** The rules written as JSON, unchecked; text that is not JSON is refused with where it went wrong. */
export function rulesFromText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RoutingRulesetError([syntaxProblem(text, error as SyntaxError)]);
  }
}

/** A refusal that also says which form field each problem belongs to. */
export class RoutingFieldsError extends RoutingRulesetError {
  constructor(
    problems: string[],
    readonly fields: Record<string, string>,
  ) {
    super(problems);
  }
}

/**
 * Checks a ruleset from either editor against today's inboxes and stored versions, as saving
 * would, without storing it: for a dry run, and before a save so problems are known per field.
 */
export async function checkRuleset(db: DB, input: unknown): Promise<RoutingRuleset> {
  const inboxes = await db.selectFrom("inboxes").select("slug").execute();
  const parsed = parseRoutingRuleset(
    input,
    inboxes.map((inbox) => inbox.slug),
  );
  if (!parsed.success)
    throw new RoutingFieldsError(routingIssueLines(parsed.error), problemsByField(parsed.error.issues));
  return parsed.data;
}

/** Stores a checked ruleset as a new version (in force only when asked), in one transaction. */
export async function saveCheckedRuleset(
  db: DB,
  ruleset: RoutingRuleset,
  { activate, now = new Date() }: { activate: boolean; now?: Date },
): Promise<RoutingRuleset> {
  const taken = await db
    .selectFrom("routing_rulesets")
    .select("version")
    .where("version", "=", ruleset.version)
    .executeTakeFirst();
  if (taken) {
    const message = `${ruleset.version} already exists; give the new rules a new version`;
    throw new RoutingFieldsError([`version: ${message}`], { version: message });
  }
  return db.transaction().execute((trx) => saveRoutingRuleset(trx, ruleset, { activate, now }));
}

/** Two stored versions and what changed between them; null when either is not stored. */
export async function versionDiff(
  db: DB,
  from: string,
  to: string,
): Promise<{ before: RoutingRuleset; after: RoutingRuleset; diff: RulesetDiff } | null> {
  const rows = await db
    .selectFrom("routing_rulesets")
    .select(["version", "ruleset"])
    .where("version", "in", [from, to])
    .execute();
  const read = (version: string) => {
    const row = rows.find((candidate) => candidate.version === version);
    return row ? (JSON.parse(row.ruleset) as RoutingRuleset) : null;
  };
  const before = read(from);
  const after = read(to);
  if (!before || !after) return null;
  return { before, after, diff: diffRulesets(before, after) };
}

/**
 * Stores a new version of the rules written as JSON, and makes it the one in force when asked,
 * in one transaction. Invalid JSON, unknown fields, operators, values or inboxes, a missing
 * fallback or a version already used are refused with one line per problem, saving nothing.
 */
export async function saveRulesFromText(
  db: DB,
  text: string,
  { activate, now = new Date() }: { activate: boolean; now?: Date },
): Promise<RoutingRuleset> {
  const input = rulesFromText(text);
  return db.transaction().execute((trx) => saveRoutingRuleset(trx, input, { activate, now }));
}

/**
 * Puts a stored version back in force (to undo a change). It is checked again against today's
 * inboxes first, so a version naming an inbox that no longer exists cannot be switched on.
 */
export async function activateRoutingVersion(db: DB, version: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("routing_rulesets")
      .select(["ruleset", "active"])
      .where("version", "=", version)
      .executeTakeFirst();
    if (!row) throw new RoutingRulesetError([`There is no stored version ${version}`]);
    if (row.active === 1) throw new RoutingRulesetError([`Version ${version} is already in force`]);
    const inboxes = await trx.selectFrom("inboxes").select("slug").execute();
    const parsed = parseRoutingRuleset(
      JSON.parse(row.ruleset) as unknown,
      inboxes.map((inbox) => inbox.slug),
    );
    if (!parsed.success) throw new RoutingRulesetError(routingIssueLines(parsed.error));
    await trx.updateTable("routing_rulesets").set({ active: 0 }).where("active", "=", 1).execute();
    await trx.updateTable("routing_rulesets").set({ active: 1 }).where("version", "=", version).execute();
  });
}
