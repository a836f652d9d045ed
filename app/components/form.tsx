import { Link, useNavigation } from "@remix-run/react";
import { type ReactNode, useEffect, useRef } from "react";

export type FieldErrors = Record<string, string | undefined>;

export const errorId = (field: string) => `${field}-error`;
export const helpId = (field: string) => `${field}-help`;

/**
 * Lists every problem at the top of the form, each linking to its field, and is announced to
 * screen readers when it appears. By default it takes focus when its problems change, which suits
 * forms whose problems only arrive with the server's answer to a submit. A form that validates as
 * the visitor goes passes `takeFocus={false}` and moves focus itself, only on submit: taking focus
 * when a field is left would throw the visitor away from the field they just moved to.
 */
export function ErrorSummary({
  errors,
  labels,
  formError,
  takeFocus = true,
}: {
  errors: FieldErrors;
  labels: Record<string, string>;
  formError?: string | null;
  takeFocus?: boolean;
}) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const ref = useRef<HTMLDivElement>(null);
  const signature = entries.map(([field, message]) => `${field}:${message}`).join("|") + (formError ?? "");
  useEffect(() => {
    if (takeFocus && signature) ref.current?.focus();
  }, [signature, takeFocus]);
  if (entries.length === 0 && !formError) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 rounded-md border-2 border-red-700 bg-red-50 p-4"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="font-semibold text-red-800">
        {formError ??
          (entries.length === 1
            ? "There is a problem with one answer"
            : `There are problems with ${entries.length} answers`)}
      </h2>
      {entries.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-red-800">
          {entries.map(([field, message]) => (
            <li key={field}>
              <a href={`#${field}`} className="underline">
                {labels[field] ?? field}: {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(field)} className="mt-2 text-sm font-medium text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

export function describedBy(field: string, { help, error }: { help?: boolean; error?: string }) {
  const ids = [help ? helpId(field) : null, error ? errorId(field) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** "Step 2 of 5", announced to screen readers whenever it changes. */
export function FlowProgress({ current, total, title }: { current: number; total: number; title: string }) {
  return (
    <div className="mb-6">
      <p aria-live="polite" className="text-sm font-semibold text-brand" data-testid="progress">
        Step {current} of {total}
        <span className="sr-only">: {title}</span>
      </p>
      <div className="mt-2 h-2 w-full rounded-full bg-slate-200" aria-hidden="true">
        <div className={`h-2 rounded-full bg-brand ${PROGRESS_WIDTH[Math.min(current, total)] ?? "w-full"}`} />
      </div>
    </div>
  );
}

// Static class names, so Tailwind sees them and no inline style is needed under the CSP.
const PROGRESS_WIDTH: Record<number, string> = { 1: "w-1/5", 2: "w-2/5", 3: "w-3/5", 4: "w-4/5", 5: "w-full" };

export function FormCard({ children }: { children: ReactNode }) {
  return <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>;
}

/** Offered on every step: the completed steps are saved, and a link by email reopens them. */
export function ContinueLaterLink() {
  return (
    <p className="mt-6 text-sm text-ink-soft">
      Not now?{" "}
      <Link to="/assess/later" className="link">
        Email me a link to continue later
      </Link>
    </p>
  );
}

/**
 * The form's submit button, which says what is happening while the form is being sent (with
 * JavaScript; without it the browser shows its own progress): disabled, busy, with a spinner
 * and `pendingLabel`, also announced to screen readers.
 */
export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting";
  return (
    <>
      <button
        type="submit"
        className="button-primary disabled:cursor-wait disabled:opacity-90"
        disabled={pending}
        aria-busy={pending || undefined}
      >
        {pending ? (
          <>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="-ml-1 mr-2 h-5 w-5 animate-spin" fill="none">
              <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="4" className="opacity-25" />
              <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
            </svg>
            {pendingLabel}
          </>
        ) : (
          children
        )}
      </button>
      <span role="status" className="sr-only">
        {pending ? pendingLabel : ""}
      </span>
    </>
  );
}
