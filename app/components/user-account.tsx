import { Form, Link, useNavigation } from "@remix-run/react";
import { CAPACITY_MAX, ROLES, ROLE_LABELS } from "~/domain/team";
import type { UserAccount } from "~/server/auth/users.types";
import { AwayDaysFields } from "./away-days-fields";
import { ErrorSummary, FieldError, FormCard, describedBy, helpId } from "./form";
import { TextField } from "./text-field";

const INPUT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";
const LABELS = {
  name: "Name",
  role: "Role",
  inboxIds: "Inboxes",
  capacity: "Open leads at most",
  active: "Active",
  awayFrom: "First day away",
  awayUntil: "Last day away",
  form: "This user",
};

/** The fields of a refused save, as sent. */
export type SubmittedUser = Partial<
  Record<"name" | "role" | "capacity" | "active" | "awayFrom" | "awayUntil", string>
> & { inboxIds: string[] };

/** An administrator's view of one user: who they are, what they work on, and whether they can sign in. */
export function UserAccountPage({
  account,
  inboxes,
  editingSelf,
  errors,
  submitted,
}: {
  account: UserAccount;
  inboxes: { id: number; name: string }[];
  editingSelf: boolean;
  errors: Record<string, string>;
  submitted: SubmittedUser | null;
}) {
  const busy = useNavigation().state !== "idle";
  // After a refused save the form shows what was sent; otherwise the stored details.
  const shown = {
    name: submitted?.name ?? account.name,
    role: submitted ? submitted.role : account.role,
    inboxIds: submitted ? submitted.inboxIds : account.inboxIds.map(String),
    capacity: submitted?.capacity ?? String(account.capacity),
    active: submitted ? submitted.active === "on" : account.active,
    awayFrom: submitted ? (submitted.awayFrom ?? "") : (account.awayFrom ?? ""),
    awayUntil: submitted ? (submitted.awayUntil ?? "") : (account.awayUntil ?? ""),
  };
  return (
    <>
      <p className="mb-4">
        <Link to="/admin/users" className="link">
          <span aria-hidden="true">← </span>All users
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold text-ink">{account.name}</h1>
      <p className="mb-6 mt-2 text-ink-soft">
        {account.email} · {ROLE_LABELS[account.role]} ·{" "}
        {!account.active ? "Inactive" : account.invitationPending ? "Invitation pending" : "Active"}
      </p>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <ErrorSummary errors={errors} labels={LABELS} />
          <FormCard>
            {/* Keyed on what it shows, so a refused save or a reload replaces the fields' values. */}
            <Form method="post" noValidate className="space-y-6" key={JSON.stringify(shown)}>
              <TextField name="name" label="Name" defaultValue={shown.name} error={errors.name} maxLength={120} />

              <fieldset id="role" aria-describedby={editingSelf ? helpId("role") : undefined}>
                <legend className="font-semibold text-ink">Role</legend>
                {editingSelf ? (
                  <p id={helpId("role")} className="mt-1 text-sm text-ink-soft">
                    You cannot change your own role.
                  </p>
                ) : null}
                <div className="mt-2 flex flex-wrap gap-6">
                  {ROLES.map((role) => (
                    <label key={role} className="flex items-center gap-2">
                      <input
                        type="radio"
                        name="role"
                        value={role}
                        defaultChecked={shown.role === role}
                        className="accent-brand"
                      />{" "}
                      {ROLE_LABELS[role]}
                    </label>
                  ))}
                </div>
                <p className="mt-1 text-sm text-ink-soft">
                  Administrators see every lead and manage users; consultants see the leads of their inboxes and the
                  leads they own.
                </p>
                <FieldError field="role" message={errors.role} />
              </fieldset>

              <fieldset id="inboxIds">
                <legend className="font-semibold text-ink">Inboxes</legend>
                <p className="mt-1 text-sm text-ink-soft">New leads are routed to the members of an inbox.</p>
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  {inboxes.map((inbox) => (
                    <label key={inbox.id} className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        name="inboxIds"
                        value={inbox.id}
                        defaultChecked={shown.inboxIds.includes(String(inbox.id))}
                        className="accent-brand"
                      />{" "}
                      {inbox.name}
                    </label>
                  ))}
                </div>
                <FieldError field="inboxIds" message={errors.inboxIds} />
              </fieldset>

              <div>
                <label htmlFor="capacity" className="block font-semibold text-ink">
                  Open leads at most
                </label>
                <p id={helpId("capacity")} className="mt-1 text-sm text-ink-soft">
                  Routing stops giving this person new leads once they own this many open ones.
                </p>
                <input
                  id="capacity"
                  name="capacity"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={CAPACITY_MAX}
                  defaultValue={shown.capacity}
                  className={`${INPUT} max-w-[10rem]`}
                  aria-invalid={errors.capacity ? true : undefined}
                  aria-describedby={describedBy("capacity", { help: true, error: errors.capacity })}
                />
                <FieldError field="capacity" message={errors.capacity} />
              </div>

              <fieldset>
                <legend className="font-semibold text-ink">Out of office</legend>
                <p className="mt-1 text-sm text-ink-soft">
                  Whole days, in the firm's time zone. While away, routing passes this person over; leave both empty
                  when they are in.
                </p>
                <div className="mt-2">
                  <AwayDaysFields values={shown} errors={errors} />
                </div>
              </fieldset>

              <div>
                <label className="flex items-center gap-2 font-semibold text-ink">
                  <input
                    id="active"
                    type="checkbox"
                    name="active"
                    defaultChecked={shown.active}
                    className="h-4 w-4 accent-brand"
                    aria-describedby={describedBy("active", { help: true, error: errors.active })}
                  />{" "}
                  Active
                </label>
                <p id={helpId("active")} className="mt-1 text-sm text-ink-soft">
                  Only active people can sign in and be given leads. Making someone inactive signs them out everywhere
                  at once.
                </p>
                <FieldError field="active" message={errors.active} />
              </div>

              <button type="submit" className="button-primary" disabled={busy}>
                Save changes
              </button>
            </Form>
          </FormCard>
        </div>

        <aside className="space-y-6">
          <section aria-labelledby="leads-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="leads-heading" className="font-serif text-xl font-bold text-ink">
              Leads
            </h2>
            <p className="mt-2 text-ink">
              {account.openLeads === 1 ? "1 open lead" : `${account.openLeads} open leads`} owned.
            </p>
            <p className="mt-2">
              <Link to={`/admin?owner=${account.id}`} className="link">
                See their leads in the inbox
              </Link>
            </p>
            {!account.active && account.openLeads > 0 ? (
              <p className="mt-2 text-sm text-ink-soft">
                An inactive person keeps the leads they own: tick them in the inbox and assign them to someone else.
              </p>
            ) : null}
          </section>
          {account.invitationPending && account.active ? (
            <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 id="invite-heading" className="font-serif text-xl font-bold text-ink">
                Invitation
              </h2>
              <p className="mt-2 text-ink-soft">
                {account.name} has not chosen a password yet. A new link works for a week; earlier links keep working
                until they expire.
              </p>
              {errors.form ? (
                <p role="alert" className="mt-2 text-red-800">
                  {errors.form}
                </p>
              ) : null}
              <Form method="post" className="mt-3">
                <input type="hidden" name="intent" value="invite" />
                <button type="submit" className="button-secondary" disabled={busy}>
                  Send a new invitation
                </button>
              </Form>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
