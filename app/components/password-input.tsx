import { PASSWORD_MAX_LENGTH } from "~/domain/team";

/** A password field with its label and its problem, if any. */
export function PasswordInput({
  name,
  label,
  error,
  autoComplete,
}: {
  name: string;
  label: string;
  error?: string;
  autoComplete: string;
}) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold text-ink">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        maxLength={PASSWORD_MAX_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className={`mt-1 block w-full rounded-md border px-3 py-2 ${error ? "border-red-700" : "border-slate-400"}`}
      />
      {error ? (
        <p id={`${name}-error`} className="mt-2 text-sm font-medium text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
