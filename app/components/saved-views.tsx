import { Form, Link } from "@remix-run/react";
import { SAVED_VIEW_NAME_MAX } from "~/domain/lead-inbox";
import type { SavedView } from "~/server/inbox/saved-views.types";
import { FieldError, describedBy } from "./form";

const SMALL_BUTTON = "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-semibold hover:bg-slate-100";

/**
 * The views people named: the viewer's own in their order, then those colleagues shared. Each is a
 * plain link to the inbox with its filters, so it works without JavaScript and can be bookmarked.
 */
export function SavedViewLinks({ views, currentQuery }: { views: SavedView[]; currentQuery: string }) {
  if (views.length === 0) return null;
  return (
    <nav aria-label="Saved views" className="mb-2">
      <ul className="flex flex-wrap gap-2 text-sm">
        {views.map((view) => (
          <li key={view.id}>
            <Link
              to={`/admin?${view.query}`}
              aria-current={view.query === currentQuery ? "page" : undefined}
              className={`block rounded-full border px-3 py-0.5 ${
                view.query === currentQuery
                  ? "border-brand bg-brand-light font-semibold text-ink"
                  : "border-slate-300 bg-white text-ink-soft hover:text-ink"
              }`}
            >
              {view.name}
              {view.own ? null : <span className="sr-only"> (shared by {view.ownerName})</span>}
              {view.own && view.shared ? <span className="sr-only"> (shared with the team)</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Saving the current filters and search as a named view, and ordering or deleting one's own. */
export function SavedViewsManager({
  views,
  currentQuery,
  errors,
  typedName,
  open = false,
}: {
  views: SavedView[];
  currentQuery: string;
  errors?: Record<string, string>;
  typedName?: string;
  open?: boolean;
}) {
  const own = views.filter((view) => view.own);
  return (
    <details className="mb-3 rounded-lg border border-slate-200 bg-white text-sm" open={open}>
      <summary className="cursor-pointer px-3 py-2 font-semibold text-ink">Save or manage views</summary>
      <div className="space-y-4 border-t border-slate-200 p-3">
        <Form method="post" action="/admin/views" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="query" value={currentQuery} />
          <div>
            <label htmlFor="view-name" className="block font-semibold text-ink">
              Name this view
            </label>
            <input
              id="view-name"
              name="name"
              required
              maxLength={SAVED_VIEW_NAME_MAX}
              defaultValue={typedName}
              aria-invalid={errors?.name ? true : undefined}
              aria-describedby={describedBy("view-name", { error: errors?.name })}
              className="mt-1 w-60 rounded-md border border-slate-400 px-2 py-1"
            />
            <FieldError field="view-name" message={errors?.name} />
          </div>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="shared" className="h-4 w-4" /> Share with the team
          </label>
          <button type="submit" className="button-primary">
            Save view
          </button>
          {errors?.form || errors?.query ? (
            <p role="alert" className="w-full font-semibold text-red-800">
              {errors.form ?? errors.query}
            </p>
          ) : null}
        </Form>
        {own.length > 0 ? (
          <ul className="space-y-1" aria-label="Your saved views">
            {own.map((view, index) => (
              <li key={view.id} className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 flex-1 break-words">
                  {view.name}
                  {view.shared ? <span className="text-ink-soft"> · shared</span> : null}
                </span>
                {(["up", "down"] as const).map((direction) => (
                  <Form key={direction} method="post" action="/admin/views">
                    <input type="hidden" name="intent" value="move" />
                    <input type="hidden" name="viewId" value={view.id} />
                    <input type="hidden" name="direction" value={direction} />
                    <input type="hidden" name="back" value={currentQuery} />
                    <button
                      type="submit"
                      className={SMALL_BUTTON}
                      disabled={direction === "up" ? index === 0 : index === own.length - 1}
                    >
                      {direction === "up" ? "Up" : "Down"}
                      <span className="sr-only"> {view.name}</span>
                    </button>
                  </Form>
                ))}
                <Form method="post" action="/admin/views">
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="viewId" value={view.id} />
                  <input type="hidden" name="back" value={currentQuery} />
                  <button type="submit" className={SMALL_BUTTON}>
                    Delete<span className="sr-only"> {view.name}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
