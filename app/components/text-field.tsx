import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError, describedBy, helpId } from "./form";

export function TextField({
  name,
  label,
  registration,
  defaultValue,
  error,
  help,
  type = "text",
  autoComplete,
  optional = false,
  multiline = false,
  maxLength,
}: {
  name: string;
  label: string;
  /** From react-hook-form; a plain server-only form leaves it out. */
  registration?: UseFormRegisterReturn;
  defaultValue?: string;
  error?: string;
  help?: string;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  optional?: boolean;
  multiline?: boolean;
  maxLength?: number;
}) {
  const common = {
    id: name,
    defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, { help: Boolean(help), error }),
    className: `mt-1 block w-full rounded-md border px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-400"}`,
    maxLength,
    ...(registration ?? { name }),
  };
  return (
    <div>
      <label htmlFor={name} className="block font-semibold text-ink">
        {label}
        {optional ? <span className="font-normal text-ink-soft"> (optional)</span> : null}
      </label>
      {help ? (
        <p id={helpId(name)} className="text-sm text-ink-soft">
          {help}
        </p>
      ) : null}
      {multiline ? <textarea rows={5} {...common} /> : <input type={type} autoComplete={autoComplete} {...common} />}
      <FieldError field={name} message={error} />
    </div>
  );
}

export function CheckboxField({
  name,
  registration,
  defaultChecked,
  error,
  children,
}: {
  name: string;
  registration: UseFormRegisterReturn;
  defaultChecked: boolean;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, { error })}
          className="mt-1 h-5 w-5 accent-brand"
          {...registration}
        />
        <label htmlFor={name} className="text-ink">
          {children}
        </label>
      </div>
      <FieldError field={name} message={error} />
    </div>
  );
}
