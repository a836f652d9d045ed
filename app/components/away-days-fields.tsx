import { FieldError, describedBy } from "./form";

const INPUT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** The first and last day out of office, side by side, each with its problem. */
export function AwayDaysFields({
  values,
  errors,
}: {
  values: { awayFrom: string; awayUntil: string };
  errors: Record<string, string | undefined>;
}) {
  const field = (name: "awayFrom" | "awayUntil", label: string) => (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold text-ink">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={values[name]}
        className={INPUT}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, { error: errors[name] })}
      />
      <FieldError field={name} message={errors[name]} />
    </div>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {field("awayFrom", "First day away")}
      {field("awayUntil", "Last day away")}
    </div>
  );
}
