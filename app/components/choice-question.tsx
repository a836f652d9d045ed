import { useLayoutEffect, useRef } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { QuestionDefinition } from "~/domain/questionnaire";
import { FieldError, describedBy, helpId } from "./form";

/** One multiple-choice question as a fieldset of radio buttons or checkboxes. */
export function ChoiceQuestion({
  question,
  registration,
  selected,
  error,
  hint,
}: {
  question: QuestionDefinition;
  registration: UseFormRegisterReturn;
  selected: readonly string[];
  error?: string;
  hint?: string | null;
}) {
  const type = question.kind === "multi" ? "checkbox" : "radio";
  const { ref: registerRef, ...handlers } = registration;
  const inputs = useRef(new Map<string, HTMLInputElement>());
  // react-hook-form reads a group's value from the page as its inputs register, and then writes
  // that value back onto each input registered after. The order decides what survives:
  // - checkboxes: a ticked box registering alone makes the value one string instead of a list,
  //   and every box registered after it is then ticked. Unticked boxes go first, so the value
  //   stays a list and each ticked box is read as ticked.
  // - radio buttons: an unticked button registering first makes the value "no answer", which
  //   then unticks a button chosen before the page came alive. The chosen button goes first.
  useLayoutEffect(() => {
    const tickedFirst = type === "radio";
    const ordered = [...inputs.current.values()].sort(
      (a, b) => (Number(b.checked) - Number(a.checked)) * (tickedFirst ? 1 : -1),
    );
    for (const input of ordered) registerRef(input);
    return () => registerRef(null);
  }, [registerRef, type]);
  return (
    <fieldset
      id={question.id}
      tabIndex={-1}
      aria-describedby={describedBy(question.id, { help: Boolean(question.help || hint), error })}
      className={`rounded-lg border p-4 sm:p-5 ${error ? "border-red-700" : "border-slate-200"}`}
    >
      <legend className="px-1 text-base font-semibold text-ink">
        {question.text}
        {question.optional ? <span className="ml-1 font-normal text-ink-soft">(optional)</span> : null}
      </legend>
      {question.help || hint ? (
        <div id={helpId(question.id)} className="mb-3 space-y-1 text-sm text-ink-soft">
          {question.help ? <p>{question.help}</p> : null}
          {hint ? <p className="italic">{hint}</p> : null}
        </div>
      ) : null}
      {question.kind === "multi" ? <p className="mb-2 text-sm text-ink-soft">Choose all that apply.</p> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {question.options.map((option) => {
          const id = `${question.id}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2 hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-brand-light"
            >
              <input
                id={id}
                type={type}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                className="mt-1 h-4 w-4 accent-brand"
                ref={(input) => {
                  if (input) inputs.current.set(option.value, input);
                  else inputs.current.delete(option.value);
                }}
                {...handlers}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
      <FieldError field={question.id} message={error} />
    </fieldset>
  );
}
