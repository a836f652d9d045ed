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
  return (
    <fieldset
      id={question.id}
      tabIndex={-1}
      aria-describedby={describedBy(question.id, { help: Boolean(question.help || hint), error })}
      className={`rounded-lg border p-4 sm:p-5 ${error ? "border-red-700" : "border-slate-200"}`}
    >
      <legend className="px-1 text-base font-semibold text-ink">{question.text}</legend>
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
            <label key={option.value} htmlFor={id} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2 hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-brand-light">
              <input
                id={id}
                type={type}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                className="mt-1 h-4 w-4 accent-brand"
                {...registration}
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
