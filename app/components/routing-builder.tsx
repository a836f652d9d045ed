import { Form } from "@remix-run/react";
import { type MouseEvent, memo, useCallback, useState } from "react";
import type { ConditionChoice, RoutingFormCatalogue, ValueWidget } from "~/domain/routing/form-catalogue";
import {
  type ConditionDraft,
  type DraftEdit,
  type RuleDraft,
  type RulesetDraft,
  applyDraftEdit,
  conditionKey,
  editIntent,
  findCondition,
  formName,
} from "~/domain/routing/rule-form";
import { ActivateChoice, DryRunChoice } from "./routing-save";
import { useItemKeys } from "./use-item-keys";

/** An element id for a form field name ("rules.0.name" → "rb-rules-0-name"). */
export const fieldId = (name: string) => `rb-${name.replaceAll(".", "-")}`;

const INPUT = "mt-1 block w-full max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-ink";
const SMALL_BUTTON = "button-secondary px-3 py-1 text-sm";

function Problem({ name, fields }: { name: string; fields: Record<string, string> }) {
  const message = fields[name];
  if (!message) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="mt-1 text-sm font-medium text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

const invalid = (name: string, fields: Record<string, string>) =>
  fields[name] ? { "aria-invalid": true as const, "aria-describedby": `${fieldId(name)}-error` } : {};

function ValueInput({
  name,
  label,
  widget,
  given,
  fields,
  onChange,
}: {
  name: string;
  label: string;
  widget: ValueWidget;
  given: string[];
  fields: Record<string, string>;
  onChange: (values: string[]) => void;
}) {
  const id = fieldId(name);
  switch (widget.kind) {
    case "fixed":
      return null;
    case "choice":
    case "boolean": {
      const options =
        widget.kind === "choice"
          ? widget.options
          : [
              { value: "true", label: "Yes" },
              { value: "false", label: "No" },
            ];
      return (
        <div className="mt-2">
          <label htmlFor={id} className="block text-sm font-semibold text-ink">
            {label}
          </label>
          <select
            id={id}
            name={name}
            value={given[0] ?? ""}
            onChange={(event) => onChange([event.target.value])}
            className={INPUT}
            {...invalid(name, fields)}
          >
            {given[0] === undefined || !options.some((option) => option.value === given[0]) ? (
              <option value={given[0] ?? ""}>{given[0] ? given[0] : "Choose…"}</option>
            ) : null}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <Problem name={name} fields={fields} />
        </div>
      );
    }
    case "choices":
      return (
        <ChoiceBoxes
          name={name}
          label={label}
          options={widget.options}
          given={given}
          fields={fields}
          onChange={onChange}
        />
      );
    case "number":
    case "words":
      return (
        <div className="mt-2">
          <label htmlFor={id} className="block text-sm font-semibold text-ink">
            {label}
            {widget.kind === "number" ? ` (${widget.min} to ${widget.max})` : " (article slugs, separated by commas)"}
          </label>
          <input
            id={id}
            name={name}
            type={widget.kind === "number" ? "number" : "text"}
            {...(widget.kind === "number" ? { min: widget.min, max: widget.max, step: "any" } : {})}
            value={widget.kind === "words" ? given.join(", ") : (given[0] ?? "")}
            onChange={(event) => onChange([event.target.value])}
            className={INPUT}
            {...invalid(name, fields)}
          />
          <Problem name={name} fields={fields} />
        </div>
      );
    case "parts":
      // An object value is entered part by part by its condition (see ConditionFields).
      return null;
  }
}

/**
 * A group of checkboxes, the ticked ones first in their stored order: a browser posts checked
 * boxes in page order, so a ruleset shown and saved again keeps its lists exactly as they were.
 * The order is fixed when the group appears, so boxes do not jump while they are ticked.
 */
function ChoiceBoxes({
  name,
  label,
  options,
  given,
  fields,
  onChange,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  given: string[];
  fields: Record<string, string>;
  onChange: (values: string[]) => void;
}) {
  const id = fieldId(name);
  const [ordered] = useState(() => [
    ...given.flatMap((value) => options.filter((option) => option.value === value)),
    ...options.filter((option) => !given.includes(option.value)),
  ]);
  return (
    <fieldset className="mt-2" {...invalid(name, fields)}>
      <legend className="text-sm font-semibold text-ink">{label} (any of)</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {ordered.map((option, index) => (
          <label key={option.value} htmlFor={`${id}-${index}`} className="flex items-center gap-2 text-sm">
            <input
              id={`${id}-${index}`}
              type="checkbox"
              name={name}
              value={option.value}
              checked={given.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...given, option.value] : given.filter((value) => value !== option.value),
                )
              }
              className="h-4 w-4 accent-brand"
            />
            {option.label}
          </label>
        ))}
      </div>
      <Problem name={name} fields={fields} />
    </fieldset>
  );
}

function ConditionFields({
  rule,
  index,
  condition,
  choice,
  fields,
  onValue,
  onRemove,
}: {
  rule: number;
  index: number;
  condition: ConditionDraft;
  choice: ConditionChoice | undefined;
  fields: Record<string, string>;
  onValue: (key: string, values: string[]) => void;
  onRemove: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const fieldName = formName.condition(rule, index, "field");
  const opName = formName.condition(rule, index, "op");
  const label = choice?.label ?? `${condition.field} ${condition.op}`;
  const widget = choice?.widget;
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <fieldset>
        <legend className="font-semibold text-ink">
          Condition {index + 1}: {label}
        </legend>
        <input type="hidden" name={fieldName} value={condition.field} />
        <input type="hidden" name={opName} value={condition.op} />
        <Problem name={fieldName} fields={fields} />
        <Problem name={opName} fields={fields} />
        {widget?.kind === "parts" ? (
          widget.parts.map((part) => (
            <ValueInput
              key={part.key}
              name={formName.value(rule, index, part.key)}
              label={part.label}
              widget={part.widget}
              given={condition.value[part.key] ?? []}
              fields={fields}
              onChange={(values) => onValue(part.key, values)}
            />
          ))
        ) : widget ? (
          <ValueInput
            name={formName.value(rule, index)}
            label="Value"
            widget={widget}
            given={condition.value[""] ?? []}
            fields={fields}
            onChange={(values) => onValue("", values)}
          />
        ) : null}
        <button
          type="submit"
          name="intent"
          value={editIntent({ edit: "remove-condition", rule, condition: index })}
          onClick={onRemove}
          className={`${SMALL_BUTTON} mt-3`}
        >
          Remove condition {index + 1} of rule {rule + 1}
        </button>
      </fieldset>
    </li>
  );
}

// Memoised: a large ruleset lays out hundreds of fields, and an edit changes one rule, whose
// object alone is new (`applyDraftEdit` keeps the others), so only that rule is drawn again.
const RuleFields = memo(function RuleFields({
  rule,
  index,
  count,
  catalogue,
  fields,
  onChange,
  onEdit,
}: {
  rule: RuleDraft;
  index: number;
  count: number;
  catalogue: RoutingFormCatalogue;
  fields: Record<string, string>;
  onChange: (index: number, rule: RuleDraft) => void;
  onEdit: (edit: DraftEdit) => (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const name = (part: "id" | "name" | "inbox" | "newCondition") => formName.rule(index, part);
  const whenName = `rules.${index}.when`;
  const setCondition = (position: number, key: string, values: string[]) =>
    onChange(index, {
      ...rule,
      when: rule.when.map((condition, at) =>
        at === position ? { ...condition, value: { ...condition.value, [key]: values } } : condition,
      ),
    });
  const addCondition = (event: MouseEvent<HTMLButtonElement>) => {
    const select = event.currentTarget.form?.elements.namedItem(name("newCondition"));
    const choice = select instanceof HTMLSelectElement ? select.value : "";
    onEdit({ edit: "add-condition", rule: index, choice })(event);
  };
  return (
    <li className="rounded-lg border border-slate-300 p-4" data-testid="builder-rule">
      <fieldset>
        <legend className="font-serif text-lg font-bold text-ink">
          Rule {index + 1}
          {rule.name ? `: ${rule.name}` : ""}
        </legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={fieldId(name("name"))} className="block text-sm font-semibold text-ink">
              Name of rule {index + 1}
            </label>
            <input
              id={fieldId(name("name"))}
              name={name("name")}
              value={rule.name}
              onChange={(event) => onChange(index, { ...rule, name: event.target.value })}
              className={INPUT}
              {...invalid(name("name"), fields)}
            />
            <Problem name={name("name")} fields={fields} />
          </div>
          <div>
            <label htmlFor={fieldId(name("id"))} className="block text-sm font-semibold text-ink">
              Id of rule {index + 1} (lowercase words joined by hyphens)
            </label>
            <input
              id={fieldId(name("id"))}
              name={name("id")}
              value={rule.id}
              onChange={(event) => onChange(index, { ...rule, id: event.target.value })}
              className={INPUT}
              {...invalid(name("id"), fields)}
            />
            <Problem name={name("id")} fields={fields} />
          </div>
        </div>

        <p className="mt-3 text-sm text-ink-soft">
          {rule.when.length === 0 ? "No conditions: this rule takes every lead." : "Every condition must hold."}
        </p>
        <Problem name={whenName} fields={fields} />
        <ol className="mt-2 space-y-2">
          {rule.when.map((condition, position) => (
            <ConditionFields
              key={position}
              rule={index}
              index={position}
              condition={condition}
              choice={findCondition(catalogue, condition.field, condition.op)}
              fields={fields}
              onValue={(key, values) => setCondition(position, key, values)}
              onRemove={onEdit({ edit: "remove-condition", rule: index, condition: position })}
            />
          ))}
        </ol>
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={fieldId(name("newCondition"))} className="block text-sm font-semibold text-ink">
              New condition for rule {index + 1}
            </label>
            <select id={fieldId(name("newCondition"))} name={name("newCondition")} className={INPUT}>
              {catalogue.conditions.map((choice) => (
                <option key={conditionKey(choice)} value={conditionKey(choice)}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            name="intent"
            value={editIntent({ edit: "add-condition", rule: index, choice: "" })}
            onClick={addCondition}
            className={SMALL_BUTTON}
          >
            Add condition to rule {index + 1}
          </button>
        </div>

        <div className="mt-3">
          <label htmlFor={fieldId(name("inbox"))} className="block text-sm font-semibold text-ink">
            Inbox for rule {index + 1}
          </label>
          <select
            id={fieldId(name("inbox"))}
            name={name("inbox")}
            value={rule.inbox}
            onChange={(event) => onChange(index, { ...rule, inbox: event.target.value })}
            className={INPUT}
            {...invalid(name("inbox"), fields)}
          >
            {catalogue.inboxes.some((inbox) => inbox.value === rule.inbox) ? null : (
              <option value={rule.inbox}>{rule.inbox || "Choose…"}</option>
            )}
            {catalogue.inboxes.map((inbox) => (
              <option key={inbox.value} value={inbox.value}>
                {inbox.label}
              </option>
            ))}
          </select>
          <Problem name={name("inbox")} fields={fields} />
        </div>

        <div className="mt-3 flex flex-wrap gap-2">
          {index > 0 ? (
            <button
              type="submit"
              name="intent"
              value={editIntent({ edit: "rule-up", rule: index })}
              onClick={onEdit({ edit: "rule-up", rule: index })}
              className={SMALL_BUTTON}
            >
              Move rule {index + 1} up
            </button>
          ) : null}
          {index < count - 1 ? (
            <button
              type="submit"
              name="intent"
              value={editIntent({ edit: "rule-down", rule: index })}
              onClick={onEdit({ edit: "rule-down", rule: index })}
              className={SMALL_BUTTON}
            >
              Move rule {index + 1} down
            </button>
          ) : null}
          <button
            type="submit"
            name="intent"
            value={editIntent({ edit: "remove-rule", rule: index })}
            onClick={onEdit({ edit: "remove-rule", rule: index })}
            className={SMALL_BUTTON}
          >
            Remove rule {index + 1}
          </button>
        </div>
      </fieldset>
    </li>
  );
});

/**
 * The rules as a form. Without JavaScript every edit button posts the whole form and the server
 * answers with the edited draft; with JavaScript the same buttons edit the page's own copy. The
 * dry run and the save post the fields either way.
 */
export function RoutingBuilder({
  initial,
  catalogue,
  fields,
  sample,
  activate,
  busy,
}: {
  initial: RulesetDraft;
  catalogue: RoutingFormCatalogue;
  fields: Record<string, string>;
  sample: string;
  activate: boolean;
  busy: boolean;
}) {
  const [draft, setDraft] = useState(initial);
  const ruleKeys = useItemKeys(draft.rules);
  // Stable across renders, so that the memoised rules are not all drawn again on every edit.
  const onEdit = useCallback(
    (edit: DraftEdit) => (event: MouseEvent<HTMLButtonElement>) => {
      event.preventDefault();
      setDraft((current) => applyDraftEdit(current, edit, catalogue));
    },
    [catalogue],
  );
  const setRule = useCallback(
    (index: number, rule: RuleDraft) =>
      setDraft((current) => ({ ...current, rules: current.rules.map((old, at) => (at === index ? rule : old)) })),
    [],
  );
  return (
    <Form method="post" className="mt-4 space-y-4" data-testid="rule-builder">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={fieldId(formName.version)} className="block font-semibold text-ink">
            Version
          </label>
          <input
            id={fieldId(formName.version)}
            name={formName.version}
            value={draft.version}
            onChange={(event) => setDraft({ ...draft, version: event.target.value })}
            className={INPUT}
            {...invalid(formName.version, fields)}
          />
          <Problem name={formName.version} fields={fields} />
        </div>
        <div>
          <label htmlFor={fieldId(formName.fallbackInbox)} className="block font-semibold text-ink">
            Fallback inbox (for leads no rule takes)
          </label>
          <select
            id={fieldId(formName.fallbackInbox)}
            name={formName.fallbackInbox}
            value={draft.fallbackInbox}
            onChange={(event) => setDraft({ ...draft, fallbackInbox: event.target.value })}
            className={INPUT}
            {...invalid(formName.fallbackInbox, fields)}
          >
            {catalogue.inboxes.some((inbox) => inbox.value === draft.fallbackInbox) ? null : (
              <option value={draft.fallbackInbox}>{draft.fallbackInbox || "Choose…"}</option>
            )}
            {catalogue.inboxes.map((inbox) => (
              <option key={inbox.value} value={inbox.value}>
                {inbox.label}
              </option>
            ))}
          </select>
          <Problem name={formName.fallbackInbox} fields={fields} />
        </div>
      </div>

      <Problem name="rules" fields={fields} />
      <ol className="space-y-4">
        {draft.rules.map((rule, index) => (
          <RuleFields
            key={ruleKeys[index]}
            rule={rule}
            index={index}
            count={draft.rules.length}
            catalogue={catalogue}
            fields={fields}
            onChange={setRule}
            onEdit={onEdit}
          />
        ))}
      </ol>
      <button
        type="submit"
        name="intent"
        value={editIntent({ edit: "add-rule" })}
        onClick={onEdit({ edit: "add-rule" })}
        className="button-secondary"
      >
        Add a rule
      </button>

      <DryRunChoice prefix="builder" intent="dry-run" sample={sample} error={fields.sample} busy={busy} />
      <ActivateChoice prefix="builder" intent="build-save" activate={activate} error={fields.confirm} busy={busy} />
    </Form>
  );
}
