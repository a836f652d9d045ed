import { z } from "zod";
import { REGIMES } from "../exposure";
import { optionLabel } from "../questionnaire";
import { isTopicId, topicById } from "../topics";
import { CONDITION_SPECS, ROUTING_FIELDS, type RoutingField, type RoutingOperator } from "./rules";

// The rule builder offers exactly what the ruleset schema accepts. Its choices are read from the
// zod schemas in CONDITION_SPECS on the server and handed to the page as plain data, because the
// browser build of the admin gets an inert stand-in for zod and cannot look inside a schema.

export type Choice = { value: string; label: string };

/** How a condition's value is entered, derived from the value's schema. */
export type ValueWidget =
  | { kind: "choice"; options: Choice[] }
  | { kind: "choices"; options: Choice[] }
  | { kind: "number"; min: number; max: number }
  | { kind: "boolean" }
  /** A value the operator implies (`redFlag any` is always `true`): nothing to enter. */
  | { kind: "fixed"; value: string | number | boolean }
  /** Free words checked by a pattern (article slugs), written separated by commas or spaces. */
  | { kind: "words" }
  | { kind: "parts"; parts: { key: string; label: string; widget: ValueWidget }[] };

export interface ConditionChoice {
  field: string;
  op: string;
  /** The field and operator in words, e.g. "Band is one of". */
  label: string;
  widget: ValueWidget;
}

export interface RoutingFormCatalogue {
  conditions: ConditionChoice[];
  inboxes: Choice[];
}

const FIELD_LABELS: Record<RoutingField, string> = {
  regime: "Regime verdict",
  tier: "Obligation tier",
  band: "Band",
  priority: "Priority",
  engagement: "Engagement value",
  needsDiscovery: "Findings rest on “Not sure” answers",
  redFlag: "Red flag",
  employees: "Employees",
  markets: "Markets",
  sectors: "Sectors",
  mainConcern: "Main concern",
  sourceArticle: "Source article",
  sourceTopic: "Source topic",
};

const OPERATOR_LABELS: Record<RoutingOperator, string> = {
  is: "is",
  includes: "includes",
  in: "is one of",
  gte: "is at least",
  lte: "is at most",
  any: "any raised",
  includesAny: "includes any of",
};

const PART_LABELS: Record<string, string> = { regime: "Regime", status: "Verdict" };

const regimeNames = new Map<string, string>(REGIMES.map((regime) => [regime.id, regime.name]));

/** Option labels in the words the visitor or the team already knows them by. */
function labelOf(field: RoutingField, part: string, value: string): string {
  switch (field) {
    case "employees":
    case "markets":
    case "sectors":
    case "mainConcern":
      return optionLabel(field, value);
    case "sourceTopic":
      return isTopicId(value) ? topicById(value).label : value;
    case "regime":
      return part === "regime" ? (regimeNames.get(value) ?? value) : value;
    default:
      return value;
  }
}

function widgetOf(schema: z.ZodType, field: RoutingField, part: string): ValueWidget {
  const choices = (options: readonly string[]) =>
    options.map((value) => ({ value, label: labelOf(field, part, value) }));
  if (schema instanceof z.ZodEnum) return { kind: "choice", options: choices(schema.options as string[]) };
  if (schema instanceof z.ZodNumber) return { kind: "number", min: schema.minValue ?? 0, max: schema.maxValue ?? 0 };
  if (schema instanceof z.ZodBoolean) return { kind: "boolean" };
  if (schema instanceof z.ZodLiteral)
    return { kind: "fixed", value: [...schema.values][0] as string | number | boolean };
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    if (element instanceof z.ZodEnum) return { kind: "choices", options: choices(element.options as string[]) };
    if (element instanceof z.ZodString) return { kind: "words" };
  }
  if (schema instanceof z.ZodObject) {
    return {
      kind: "parts",
      parts: Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, inner]) => ({
        key,
        label: PART_LABELS[key] ?? key,
        widget: widgetOf(inner, field, key),
      })),
    };
  }
  // A new kind of value schema needs a way to be entered before the builder can offer it.
  throw new Error(`The rule builder has no input for the value of "${field}"`);
}

/** Every field/operator pair the rules accept, with how its value is entered. */
export function conditionChoices(): ConditionChoice[] {
  return ROUTING_FIELDS.flatMap((field) =>
    Object.entries(CONDITION_SPECS[field] as Record<string, z.ZodType>).map(([op, schema]) => ({
      field,
      op,
      label: `${FIELD_LABELS[field]} ${OPERATOR_LABELS[op as RoutingOperator]}`,
      widget: widgetOf(schema, field, ""),
    })),
  );
}

/** What the builder may offer: the conditions above and the inboxes that exist. */
export function routingFormCatalogue(inboxes: readonly { slug: string; name: string }[]): RoutingFormCatalogue {
  return {
    conditions: conditionChoices(),
    inboxes: inboxes.map((inbox) => ({ value: inbox.slug, label: inbox.name })),
  };
}
