import { Form, Link, useNavigation } from "@remix-run/react";
import { WEIGHT_MAX } from "~/domain/team";
import type { InboxSummary } from "~/server/admin/inboxes.types";
import { ErrorSummary, FieldError, FormCard, describedBy, helpId } from "./form";
import { TextField } from "./text-field";

const CELL = "px-3 py-2";

function RoutingNote({ inbox }: { inbox: InboxSummary }) {
  const rules = inbox.rules === 0 ? "No rule" : inbox.rules === 1 ? "1 rule" : `${inbox.rules} rules`;
  return (
    <>
      {rules}
      {inbox.fallback ? <span className="block text-xs font-semibold text-brand">Fallback</span> : null}
    </>
  );
}

/** Every inbox, who works it and how routing uses it; and a form to add one. */
export function InboxesPage({
  inboxes,
  errors,
  typed,
}: {
  inboxes: InboxSummary[];
  errors: Record<string, string>;
  typed: Record<string, string> | null;
}) {
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Inboxes</h1>
      <p className="mb-6 mt-2 max-w-3xl text-ink-soft">
        Routing sends each new lead to an inbox, then to one of its members. The shared address hears about leads
        waiting for an owner and leads past their deadline. People join inboxes from their user page.
      </p>

      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-labelledby="inboxes-caption"
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption id="inboxes-caption" className="px-4 py-3 text-left text-base font-semibold text-ink">
            Inboxes ({inboxes.length})
          </caption>
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
            <tr>
              {["Inbox", "Shared address", "Members (share of leads)", "Open leads", "Routing rules in force"].map(
                (heading) => (
                  <th key={heading} scope="col" className={`whitespace-nowrap font-semibold ${CELL}`}>
                    {heading}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {inboxes.map((inbox) => (
              <tr key={inbox.id} className="align-top" data-testid="inbox-row">
                <th scope="row" className={`font-medium ${CELL}`}>
                  <Link to={`/admin/inboxes/${inbox.id}`} className="link">
                    {inbox.name}
                  </Link>
                  <span className="block text-xs font-normal text-ink-soft">{inbox.slug}</span>
                </th>
                <td className={CELL}>{inbox.address}</td>
                <td className={CELL}>
                  {inbox.members.length === 0 ? (
                    <span className="text-ink-soft">Nobody yet</span>
                  ) : (
                    <ul>
                      {inbox.members.map((member) => (
                        <li key={member.id}>
                          {member.name} ({member.weight})
                          {member.active ? null : <span className="text-ink-soft">, inactive</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={CELL}>
                  <Link to={`/admin?inbox=${inbox.slug}`} className="link">
                    {inbox.openLeads}
                  </Link>
                </td>
                <td className={CELL}>
                  <RoutingNote inbox={inbox} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="mt-10 font-serif text-2xl font-bold text-ink">Add an inbox</h2>
      <div className="mt-4 max-w-xl">
        <ErrorSummary errors={errors} labels={{ name: "Name", slug: "Short name", address: "Shared address" }} />
        <FormCard>
          <Form method="post" noValidate className="space-y-5" key={JSON.stringify(typed)}>
            <TextField name="name" label="Name" defaultValue={typed?.name} error={errors.name} maxLength={80} />
            <TextField
              name="slug"
              label="Short name"
              defaultValue={typed?.slug}
              error={errors.slug}
              maxLength={40}
              help="Lowercase words joined by hyphens, like privacy-data. Routing rules and inbox filters use it; it cannot change later."
            />
            <TextField
              name="address"
              label="Shared address"
              type="email"
              defaultValue={typed?.address}
              error={errors.address}
              maxLength={254}
            />
            <button type="submit" className="button-primary" disabled={busy}>
              Add inbox
            </button>
          </Form>
        </FormCard>
      </div>
    </>
  );
}

/** One inbox: its name, shared address and each member's share of new leads. */
export function InboxPage({
  inbox,
  errors,
  typed,
}: {
  inbox: InboxSummary;
  errors: Record<string, string>;
  typed: Record<string, unknown> | null;
}) {
  const busy = useNavigation().state !== "idle";
  const typedText = (key: string) => (typeof typed?.[key] === "string" ? (typed[key] as string) : undefined);
  const typedWeights = (typed?.weights ?? {}) as Record<string, unknown>;
  return (
    <>
      <p className="mb-4">
        <Link to="/admin/inboxes" className="link">
          <span aria-hidden="true">← </span>All inboxes
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold text-ink">{inbox.name}</h1>
      <p className="mb-6 mt-2 text-ink-soft">
        {inbox.slug} · <RoutingNote inbox={inbox} /> ·{" "}
        <Link to={`/admin?inbox=${inbox.slug}`} className="link">
          {inbox.openLeads} open leads
        </Link>
      </p>
      <div className="max-w-xl">
        <ErrorSummary
          errors={errors}
          labels={{ name: "Name", address: "Shared address", weights: "Shares of leads", form: "This inbox" }}
        />
        <FormCard>
          <Form method="post" noValidate className="space-y-5" key={JSON.stringify(typed)}>
            <TextField
              name="name"
              label="Name"
              defaultValue={typedText("name") ?? inbox.name}
              error={errors.name}
              maxLength={80}
            />
            <TextField
              name="address"
              label="Shared address"
              type="email"
              defaultValue={typedText("address") ?? inbox.address}
              error={errors.address}
              maxLength={254}
            />
            <fieldset id="weights" aria-describedby={describedBy("weights", { help: true, error: errors.weights })}>
              <legend className="font-semibold text-ink">Shares of new leads</legend>
              <p id={helpId("weights")} className="mt-1 text-sm text-ink-soft">
                From 1 to {WEIGHT_MAX}: a member with 2 gets about twice the leads of a member with 1, within their
                capacity.
              </p>
              {inbox.members.length === 0 ? (
                <p className="mt-2 text-ink-soft">Nobody works this inbox yet; add people from their user page.</p>
              ) : (
                <div className="mt-2 space-y-2">
                  {inbox.members.map((member) => (
                    <div key={member.id} className="flex items-center gap-3">
                      <label htmlFor={`weight-${member.id}`} className="min-w-[12rem] text-ink">
                        {member.name}
                        {member.active ? null : <span className="text-ink-soft"> (inactive)</span>}
                      </label>
                      <input
                        id={`weight-${member.id}`}
                        name={`weight-${member.id}`}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={WEIGHT_MAX}
                        defaultValue={
                          typeof typedWeights[String(member.id)] === "string"
                            ? (typedWeights[String(member.id)] as string)
                            : member.weight
                        }
                        className="w-20 rounded-md border border-slate-400 px-3 py-2"
                      />
                    </div>
                  ))}
                </div>
              )}
              <FieldError field="weights" message={errors.weights} />
            </fieldset>
            <button type="submit" className="button-primary" disabled={busy}>
              Save changes
            </button>
          </Form>
        </FormCard>
      </div>
    </>
  );
}
