import type { ConditionChoice, RoutingFormCatalogue, ValueWidget } from "./form-catalogue";
import type { RoutingRuleset } from "./rules";

// The rule builder's form, as data. A draft holds what the form fields hold (strings, as posted),
// so a refused submission is shown back exactly as it was sent. It becomes a ruleset only through
// `draftToRulesetInput` followed by the same `parseRoutingRuleset` the JSON editor uses: the two
// editors cannot disagree about what is valid.

/** A condition's value as posted: the whole value under "", or each part of an object under its key. */
export type ValueDraft = Record<string, string[]>;
export interface ConditionDraft {
  field: string;
  op: string;
  value: ValueDraft;
}
export interface RuleDraft {
  id: string;
  name: string;
  inbox: string;
  when: ConditionDraft[];
}
export interface RulesetDraft {
  version: string;
  fallbackInbox: string;
  rules: RuleDraft[];
}

/** Far above any real ruleset; indexes beyond are not read, so a tampered post cannot grow the draft. */
export const MAX_DRAFT_RULES = 300;
export const MAX_DRAFT_CONDITIONS = 30;

/** The form field names; the page and the parser below share them. */
export const formName = {
  version: "version",
  fallbackInbox: "fallbackInbox",
  rule: (rule: number, part: "id" | "name" | "inbox" | "newCondition") => `rules.${rule}.${part}`,
  condition: (rule: number, condition: number, part: "field" | "op") => `rules.${rule}.when.${condition}.${part}`,
  value: (rule: number, condition: number, key = "") =>
    `rules.${rule}.when.${condition}.value${key === "" ? "" : `.${key}`}`,
};

/** The key that names a field/operator pair in the "add a condition" choice. */
export const conditionKey = (choice: Pick<ConditionChoice, "field" | "op">) => `${choice.field}:${choice.op}`;

export function findCondition(catalogue: RoutingFormCatalogue, field: string, op: string): ConditionChoice | undefined {
  return catalogue.conditions.find((choice) => choice.field === field && choice.op === op);
}

/** Rule values are strings, numbers, booleans or lists of them (the schema allows nothing else). */
function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item as string)));
}

function encodeValue(value: unknown): ValueDraft {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, strings(inner)]));
  }
  return { "": strings(value) };
}

/** A stored ruleset as the builder shows it. */
export function rulesetToDraft(ruleset: RoutingRuleset): RulesetDraft {
  return {
    version: ruleset.version,
    fallbackInbox: ruleset.fallbackInbox,
    rules: ruleset.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      inbox: rule.inbox,
      when: rule.when.map((condition) => ({
        field: condition.field,
        op: condition.op,
        value: encodeValue(condition.value),
      })),
    })),
  };
}

const WORD_SEPARATORS = /[\s,]+/;

function decodeValue(widget: ValueWidget, posted: string[] | undefined, parts: ValueDraft): unknown {
  const given = posted ?? [];
  switch (widget.kind) {
    case "choice":
      return given[0];
    case "choices":
      return given;
    case "number": {
      const text = given[0]?.trim() ?? "";
      // An empty box is "no value" (the schema says what is expected); other text stays NaN and is refused.
      return text === "" ? undefined : Number(text);
    }
    case "boolean":
      return given[0] === "true" ? true : given[0] === "false" ? false : given[0];
    case "fixed":
      return widget.value;
    case "words":
      return given.flatMap((text) => text.split(WORD_SEPARATORS)).filter((word) => word !== "");
    case "parts":
      return Object.fromEntries(widget.parts.map((part) => [part.key, decodeValue(part.widget, parts[part.key], {})]));
  }
}

/**
 * The ruleset the draft stands for, as unchecked input for `parseRoutingRuleset`. Values are
 * typed by the widget of their field and operator; a field or operator the catalogue does not
 * know is passed on as it came, for the schema to refuse with its own message.
 */
export function draftToRulesetInput(draft: RulesetDraft, catalogue: RoutingFormCatalogue): unknown {
  return {
    version: draft.version,
    fallbackInbox: draft.fallbackInbox,
    rules: draft.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      inbox: rule.inbox,
      when: rule.when.map((condition) => {
        const choice = findCondition(catalogue, condition.field, condition.op);
        return {
          field: condition.field,
          op: condition.op,
          value: choice ? decodeValue(choice.widget, condition.value[""], condition.value) : condition.value[""]?.[0],
        };
      }),
    })),
  };
}

const RULE_FIELD = /^rules\.(\d{1,3})\.(id|name|inbox|newCondition)$/;
const CONDITION_FIELD = /^rules\.(\d{1,3})\.when\.(\d{1,2})\.(field|op|value)(?:\.([A-Za-z]{1,30}))?$/;

/**
 * The draft a posted builder form holds. Names it does not know are ignored; rules and
 * conditions keep the order of their indexes, with gaps closed.
 */
export function draftFromForm(entries: Iterable<[string, unknown]>): RulesetDraft {
  const rules = new Map<number, RuleDraft & { conditions: Map<number, ConditionDraft> }>();
  const ruleAt = (index: number) => {
    let rule = rules.get(index);
    if (!rule) rules.set(index, (rule = { id: "", name: "", inbox: "", when: [], conditions: new Map() }));
    return rule;
  };
  let version = "";
  let fallbackInbox = "";
  for (const [name, raw] of entries) {
    if (typeof raw !== "string") continue;
    if (name === formName.version) version = raw;
    else if (name === formName.fallbackInbox) fallbackInbox = raw;
    const ruleField = RULE_FIELD.exec(name);
    if (ruleField && Number(ruleField[1]) < MAX_DRAFT_RULES) {
      const part = ruleField[2] as "id" | "name" | "inbox" | "newCondition";
      if (part !== "newCondition") ruleAt(Number(ruleField[1]))[part] = raw;
      else ruleAt(Number(ruleField[1]));
      continue;
    }
    const conditionField = CONDITION_FIELD.exec(name);
    if (!conditionField || Number(conditionField[1]) >= MAX_DRAFT_RULES) continue;
    if (Number(conditionField[2]) >= MAX_DRAFT_CONDITIONS) continue;
    const rule = ruleAt(Number(conditionField[1]));
    const conditionIndex = Number(conditionField[2]);
    let condition = rule.conditions.get(conditionIndex);
    if (!condition) rule.conditions.set(conditionIndex, (condition = { field: "", op: "", value: {} }));
    const part = conditionField[3] as "field" | "op" | "value";
    if (part === "value") {
      const key = conditionField[4] ?? "";
      (condition.value[key] ??= []).push(raw);
    } else {
      condition[part] = raw;
    }
  }
  const byIndex = <T>(map: Map<number, T>) => [...map.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
  return {
    version,
    fallbackInbox,
    rules: byIndex(rules).map(({ conditions, ...rule }) => ({ ...rule, when: byIndex(conditions) })),
  };
}

/** The name/value pairs a browser posts for a draft, in the order the page lays its fields out. */
export function draftToFormEntries(draft: RulesetDraft, catalogue: RoutingFormCatalogue): [string, string][] {
  const entries: [string, string][] = [
    [formName.version, draft.version],
    [formName.fallbackInbox, draft.fallbackInbox],
  ];
  const valueEntries = (name: string, widget: ValueWidget, given: string[]): [string, string][] => {
    if (widget.kind === "fixed") return [];
    if (widget.kind === "words") return [[name, given.join(", ")]];
    return given.map((value) => [name, value]);
  };
  draft.rules.forEach((rule, r) => {
    entries.push([formName.rule(r, "id"), rule.id], [formName.rule(r, "name"), rule.name]);
    rule.when.forEach((condition, c) => {
      entries.push(
        [formName.condition(r, c, "field"), condition.field],
        [formName.condition(r, c, "op"), condition.op],
      );
      const widget = findCondition(catalogue, condition.field, condition.op)?.widget;
      if (!widget) return;
      if (widget.kind === "parts") {
        for (const part of widget.parts) {
          entries.push(...valueEntries(formName.value(r, c, part.key), part.widget, condition.value[part.key] ?? []));
        }
      } else {
        entries.push(...valueEntries(formName.value(r, c), widget, condition.value[""] ?? []));
      }
    });
    entries.push([formName.rule(r, "inbox"), rule.inbox]);
  });
  return entries;
}

// Editing the draft. Each edit is a submit button of the form (so it works without JavaScript,
// answered by the server with the edited draft) and, with JavaScript, a change of page state.

export type DraftEdit =
  | { edit: "add-rule" }
  | { edit: "remove-rule"; rule: number }
  | { edit: "rule-up"; rule: number }
  | { edit: "rule-down"; rule: number }
  | { edit: "add-condition"; rule: number; choice: string }
  | { edit: "remove-condition"; rule: number; condition: number };

/** The button value for an edit ("rule-up.2"); the choice of an added condition comes from its own field. */
export function editIntent(edit: DraftEdit): string {
  switch (edit.edit) {
    case "add-rule":
      return edit.edit;
    case "remove-condition":
      return `${edit.edit}.${edit.rule}.${edit.condition}`;
    default:
      return `${edit.edit}.${edit.rule}`;
  }
}

const EDIT_INTENT =
  /^(add-rule|remove-rule|rule-up|rule-down|add-condition|remove-condition)(?:\.(\d{1,3}))?(?:\.(\d{1,2}))?$/;

/** The edit a button value asks for; null when the value is not one. */
export function parseEditIntent(intent: string, draft: RulesetDraft, newConditionOf: (rule: number) => string) {
  const match = EDIT_INTENT.exec(intent);
  if (!match) return null;
  const [, edit, first, second] = match;
  const rule = Number(first);
  if (edit === "add-rule") return first === undefined ? ({ edit } as DraftEdit) : null;
  if (first === undefined || rule >= draft.rules.length) return null;
  if (edit === "remove-condition") {
    const condition = Number(second);
    return second !== undefined && condition < (draft.rules[rule]?.when.length ?? 0)
      ? ({ edit, rule, condition } as DraftEdit)
      : null;
  }
  if (second !== undefined) return null;
  if (edit === "add-condition") return { edit, rule, choice: newConditionOf(rule) } as DraftEdit;
  return { edit, rule } as DraftEdit;
}

function freshRuleId(draft: RulesetDraft): string {
  const taken = new Set(draft.rules.map((rule) => rule.id));
  let n = draft.rules.length + 1;
  while (taken.has(`rule-${n}`)) n += 1;
  return `rule-${n}`;
}

function withRules(draft: RulesetDraft, rules: RuleDraft[]): RulesetDraft {
  return { ...draft, rules };
}

/**
 * The draft after one edit. An edit that does not apply (moving the first rule up, a condition
 * the catalogue does not offer) leaves the draft as it was.
 */
export function applyDraftEdit(draft: RulesetDraft, edit: DraftEdit, catalogue: RoutingFormCatalogue): RulesetDraft {
  const rules = draft.rules;
  switch (edit.edit) {
    case "add-rule":
      return withRules(draft, [
        ...rules,
        { id: freshRuleId(draft), name: "", inbox: catalogue.inboxes[0]?.value ?? "", when: [] },
      ]);
    case "remove-rule":
      return withRules(
        draft,
        rules.filter((_, index) => index !== edit.rule),
      );
    case "rule-up":
    case "rule-down": {
      const other = edit.edit === "rule-up" ? edit.rule - 1 : edit.rule + 1;
      const moving = rules[edit.rule];
      const displaced = rules[other];
      if (!moving || !displaced) return draft;
      const next = [...rules];
      next[other] = moving;
      next[edit.rule] = displaced;
      return withRules(draft, next);
    }
    case "add-condition": {
      const choice = catalogue.conditions.find((candidate) => conditionKey(candidate) === edit.choice);
      const rule = rules[edit.rule];
      if (!choice || !rule) return draft;
      const added: ConditionDraft = { field: choice.field, op: choice.op, value: {} };
      return withRules(
        draft,
        rules.map((candidate, index) => (index === edit.rule ? { ...rule, when: [...rule.when, added] } : candidate)),
      );
    }
    case "remove-condition":
      return withRules(
        draft,
        rules.map((rule, index) =>
          index === edit.rule
            ? { ...rule, when: rule.when.filter((_, position) => position !== edit.condition) }
            : rule,
        ),
      );
  }
}

/**
 * Schema problems keyed by the form field they belong to: `rules.0.when.1.value.status.0` is
 * shown beside `rules.0.when.1.value.status`. Problems with the whole ruleset go under "form".
 */
export function problemsByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    const valueAt = path.indexOf("value");
    const kept =
      valueAt >= 0
        ? [...path.slice(0, valueAt + 1), ...path.slice(valueAt + 1).filter((part) => !/^\d+$/.test(part))]
        : path.length === 3 && path[0] === "rules" && path[2] === "when"
          ? path.slice(0, 2).concat("when")
          : path;
    const name = kept.length > 0 ? kept.join(".") : "form";
    byField[name] = byField[name] ? `${byField[name]} ${issue.message}` : issue.message;
  }
  return byField;
}
