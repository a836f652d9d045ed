/** The dry run's choice of how many recent leads, and its button; shared by both editors. */
export function DryRunChoice({
  prefix,
  intent,
  sample,
  error,
  busy,
}: {
  prefix: string;
  intent: string;
  sample: string;
  error?: string;
  busy: boolean;
}) {
  const id = `${prefix}-sample`;
  return (
    <div className="rounded-md bg-slate-50 p-4">
      <label htmlFor={id} className="block font-semibold text-ink">
        Recent leads to try the rules on (1 to 5,000)
      </label>
      <input
        id={id}
        name="sample"
        type="number"
        min={1}
        max={5000}
        defaultValue={sample || "200"}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 block w-40 rounded-md border border-slate-400 bg-white px-3 py-2"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <button type="submit" name="intent" value={intent} className="button-secondary mt-3" disabled={busy}>
        Try it on recent leads
      </button>
      <p className="mt-1 text-sm text-ink-soft">A dry run stores nothing and moves no lead.</p>
    </div>
  );
}

/**
 * Saving, and putting in force only on two explicit ticks: the choice and its confirmation.
 * Both are plain checkboxes, so the confirmation works without JavaScript.
 */
export function ActivateChoice({
  prefix,
  intent,
  activate,
  error,
  busy,
}: {
  prefix: string;
  intent: string;
  activate: boolean;
  error?: string;
  busy: boolean;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold text-ink">Save</legend>
      <label htmlFor={`${prefix}-activate`} className="flex items-center gap-2 text-ink">
        <input
          id={`${prefix}-activate`}
          type="checkbox"
          name="activate"
          defaultChecked={activate}
          className="h-4 w-4 accent-brand"
        />
        Put in force now (otherwise the version is stored, to put in force later)
      </label>
      <label htmlFor={`${prefix}-confirm`} className="flex items-center gap-2 text-ink">
        <input
          id={`${prefix}-confirm`}
          type="checkbox"
          name="confirm"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${prefix}-confirm-error` : undefined}
          className="h-4 w-4 accent-brand"
        />
        Yes, put it in force now: new leads are routed by it from the moment it is saved
      </label>
      {error ? (
        <p id={`${prefix}-confirm-error`} className="text-sm font-medium text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <button type="submit" name="intent" value={intent} className="button-primary" disabled={busy}>
        Save the new version
      </button>
    </fieldset>
  );
}
