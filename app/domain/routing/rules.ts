import { z } from "zod";
import { ARTICLE_SLUG_PATTERN } from "../articles";
import { RED_FLAGS, REGIME_IDS, RULES, type Band, type FiredStatus } from "../exposure";
import { questionById, type OptionValue, type QuestionId } from "../questionnaire";
import { TOPIC_IDS } from "../topics";

// Routing rules are stored by admins and read back long after they were written, so they are
// plain data checked against a closed vocabulary: every field, operator and value a rule may use
// is listed here, and anything else is refused when the ruleset is saved rather than silently
// never matching once leads arrive.

export const BANDS = ["Low", "Moderate", "High", "Critical"] as const satisfies readonly Band[];
export const ROUTABLE_STATUSES = ["likely", "possible"] as const satisfies readonly FiredStatus[];

/** Every tier the exposure ruleset can decide a regime by (ids are shared across regimes). */
export const TIER_IDS = [...new Set(RULES.map((rule) => rule.tier))] as [string, ...string[]];
export const RED_FLAG_IDS = RED_FLAGS.map((flag) => flag.id) as [
  (typeof RED_FLAGS)[number]["id"],
  ...(typeof RED_FLAGS)[number]["id"][],
];
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf<const T extends string>(values: readonly [T, ...T[]], what: string) {
  return z.enum(values as [T, ...T[]], {
    error: (issue) => `Unknown ${what} ${JSON.stringify(issue.input)}; expected one of: ${values.join(", ")}`,
  });
}

/** Replaces zod's "expected object" wording only; unknown keys keep their own message. */
function notAnObject(message: string) {
  return (issue: { code?: string }) => (issue.code === "invalid_type" ? message : undefined);
}

function listOf<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: `Expected a list of ${what}s` }).min(1, `List at least one ${what}`);
}

/** The option values of a questionnaire question, read from the bank so rules follow its changes. */
function optionValues<Id extends QuestionId>(id: Id): [OptionValue<Id>, ...OptionValue<Id>[]] {
  return questionById(id).options.map((option) => option.value) as [OptionValue<Id>, ...OptionValue<Id>[]];
}

function answerList<Id extends QuestionId>(id: Id) {
  return listOf(oneOf(optionValues(id), `"${id}" option`), `"${id}" option`);
}

const PrioritySchema = z
  .number({ error: "Expected a priority from 0 to 100" })
  .min(0, "Expected a priority from 0 to 100")
  .max(100, "Expected a priority from 0 to 100");

const EngagementSchema = z
  .number({ error: "Expected an engagement value from 0 to 100" })
  .min(0, "Expected an engagement value from 0 to 100")
  .max(100, "Expected an engagement value from 0 to 100");

const RegimeVerdictSchema = z.strictObject(
  {
    regime: oneOf(REGIME_IDS, "regime"),
    status: listOf(oneOf(ROUTABLE_STATUSES, "status"), "status"),
  },
  { error: notAnObject('Expected { regime, status: ["likely" | "possible", …] }') },
);

const ArticleSlugSchema = z
  .string({ error: "Expected an article slug" })
  .regex(ARTICLE_SLUG_PATTERN, "Expected an article slug: lowercase words joined by hyphens");

/** For each field, the operators it accepts and the value each operator takes. */
export const CONDITION_SPECS = {
  regime: { is: RegimeVerdictSchema },
  tier: { includes: oneOf(TIER_IDS, "tier") },
  band: { in: listOf(oneOf(BANDS, "band"), "band") },
  priority: { gte: PrioritySchema, lte: PrioritySchema },
  // The second axis of decision 019: how big the engagement is likely to be, whatever the band.
  engagement: { gte: EngagementSchema, lte: EngagementSchema },
  // Findings that rest only on "Not sure" answers: such leads need discovery before anything else.
  needsDiscovery: { is: z.boolean({ error: "Expected true or false" }) },
  redFlag: {
    any: z.literal(true, { error: 'Expected true ("any red flag at all")' }),
    includes: oneOf(RED_FLAG_IDS, "red flag"),
  },
  employees: { in: answerList("employees") },
  markets: { includesAny: answerList("markets") },
  sectors: { includesAny: answerList("sectors") },
  mainConcern: { includesAny: answerList("mainConcern") },
  sourceArticle: { in: listOf(ArticleSlugSchema, "article slug") },
  sourceTopic: { in: listOf(oneOf(TOPIC_IDS, "topic"), "topic") },
} as const satisfies Record<string, Record<string, z.ZodType>>;

type Specs = typeof CONDITION_SPECS;
export type RoutingField = keyof Specs;
export const ROUTING_FIELDS = Object.keys(CONDITION_SPECS) as RoutingField[];

/** One condition; the union is derived from CONDITION_SPECS, so types and validation cannot drift apart. */
export type RoutingCondition = {
  [F in RoutingField]: {
    [O in keyof Specs[F]]: { field: F; op: O; value: z.output<Specs[F][O]> };
  }[keyof Specs[F]];
}[RoutingField];

export type RoutingOperator = RoutingCondition["op"];

export interface RoutingRule {
  id: string;
  name: string;
  /** Every condition must hold; an empty list matches every lead. */
  when: RoutingCondition[];
  /** Slug of the inbox that receives the lead. */
  inbox: string;
}

export interface RoutingRuleset {
  version: string;
  /** Tried in order; the first rule whose conditions all hold wins. */
  rules: RoutingRule[];
  /** Where a lead goes when no rule matches; mandatory so that every lead has an inbox. */
  fallbackInbox: string;
}

export const ROUTING_MESSAGES = {
  unknownField: (field: string) =>
    `Unknown field ${JSON.stringify(field)}; expected one of: ${ROUTING_FIELDS.join(", ")}`,
  unknownOperator: (field: string, op: string, allowed: readonly string[]) =>
    `Operator ${JSON.stringify(op)} is not allowed for field "${field}"; expected: ${allowed.join(", ")}`,
  unknownInbox: (slug: string, known: readonly string[]) =>
    `Unknown inbox ${JSON.stringify(slug)}; known inboxes: ${known.length > 0 ? known.join(", ") : "(none)"}`,
  fallbackRequired: "A fallback inbox is required: leads that match no rule go there",
  duplicateRuleId: (id: string) => `Duplicate rule id ${JSON.stringify(id)}; rule ids must be unique`,
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSpecKey<T extends object>(object: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(object, key);
}

export const RoutingConditionSchema = z
  .strictObject(
    {
      field: z.string({ error: "A condition needs a field" }),
      op: z.string({ error: "A condition needs an operator (op)" }),
      value: z.unknown(),
    },
    { error: notAnObject("Expected a condition { field, op, value }") },
  )
  .transform((raw, ctx): RoutingCondition => {
    if (!isSpecKey(CONDITION_SPECS, raw.field)) {
      ctx.addIssue({ code: "custom", path: ["field"], message: ROUTING_MESSAGES.unknownField(raw.field) });
      return z.NEVER;
    }
    const ops: Record<string, z.ZodType> = CONDITION_SPECS[raw.field];
    const valueSchema = isSpecKey(ops, raw.op) ? ops[raw.op] : undefined;
    if (!valueSchema) {
      ctx.addIssue({
        code: "custom",
        path: ["op"],
        message: ROUTING_MESSAGES.unknownOperator(raw.field, raw.op, Object.keys(ops)),
      });
      return z.NEVER;
    }
    const value = valueSchema.safeParse(raw.value);
    if (!value.success) {
      for (const issue of value.error.issues) {
        ctx.addIssue({ code: "custom", path: ["value", ...issue.path], message: issue.message });
      }
      return z.NEVER;
    }
    // The field/op pair was just looked up in CONDITION_SPECS and the value parsed by its schema.
    return { field: raw.field, op: raw.op, value: value.data } as RoutingCondition;
  });

const RoutingRuleSchema = z.strictObject(
  {
    id: z
      .string({ error: "A rule needs an id" })
      .regex(RULE_ID_PATTERN, "A rule id is lowercase words joined by hyphens, e.g. ai-act-high-risk"),
    name: z.string({ error: "A rule needs a name" }).trim().min(1, "A rule needs a name"),
    when: z.array(RoutingConditionSchema, { error: "Expected a list of conditions (empty for every lead)" }),
    inbox: z.string({ error: "A rule needs an inbox" }),
  },
  { error: notAnObject("Expected a rule { id, name, when, inbox }") },
);

/** The ruleset schema for a given set of inboxes; inboxes live in the database, so they are a parameter. */
export function routingRulesetSchema(knownInboxSlugs: readonly string[]) {
  const known = new Set(knownInboxSlugs);
  return z
    .strictObject(
      {
        version: z.string({ error: "A ruleset needs a version" }).trim().min(1, "A ruleset needs a version"),
        rules: z.array(RoutingRuleSchema, { error: "Expected a list of rules" }),
        fallbackInbox: z
          .string({ error: ROUTING_MESSAGES.fallbackRequired })
          .trim()
          .min(1, ROUTING_MESSAGES.fallbackRequired),
      },
      { error: notAnObject("Expected a ruleset { version, rules, fallbackInbox }") },
    )
    .superRefine(
      (raw, ctx) => {
        // Runs even when parts failed, on the raw input, so one save shows every problem.
        const ruleset = raw as { rules?: unknown; fallbackInbox?: unknown };
        const rules: unknown[] = Array.isArray(ruleset.rules) ? ruleset.rules : [];
        const seen = new Set<string>();
        rules.forEach((rule, index) => {
          if (!isRecord(rule)) return;
          if (typeof rule.id === "string") {
            if (seen.has(rule.id)) {
              ctx.addIssue({
                code: "custom",
                path: ["rules", index, "id"],
                message: ROUTING_MESSAGES.duplicateRuleId(rule.id),
              });
            }
            seen.add(rule.id);
          }
          if (typeof rule.inbox === "string" && !known.has(rule.inbox)) {
            ctx.addIssue({
              code: "custom",
              path: ["rules", index, "inbox"],
              message: ROUTING_MESSAGES.unknownInbox(rule.inbox, knownInboxSlugs),
            });
          }
        });
        const fallback = typeof ruleset.fallbackInbox === "string" ? ruleset.fallbackInbox.trim() : "";
        if (fallback !== "" && !known.has(fallback)) {
          ctx.addIssue({
            code: "custom",
            path: ["fallbackInbox"],
            message: ROUTING_MESSAGES.unknownInbox(fallback, knownInboxSlugs),
          });
        }
      },
      { when: (payload) => isRecord(payload.value) },
    );
}

export type ParseRoutingRulesetResult = z.ZodSafeParseResult<RoutingRuleset>;

/** Validates a ruleset before it is saved or used; nothing unchecked ever reaches `routeLead`. */
export function parseRoutingRuleset(input: unknown, knownInboxSlugs: readonly string[]): ParseRoutingRulesetResult {
  return routingRulesetSchema(knownInboxSlugs).safeParse(input);
}

/** One line per problem, `path: message`, for admin forms, logs and the command line. */
export function routingIssueLines(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)"}: ${issue.message}`,
  );
}

export { DEMO_ROUTING_RULESET, DEMO_INBOX_SLUGS } from "./demo";
