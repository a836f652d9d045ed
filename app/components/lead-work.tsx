import { Form, Link, useNavigation } from "@remix-run/react";
import { LEAD_STATUS_LABELS, NEXT_STATUSES, NOTE_MAX_LENGTH, isLeadStatus, leadStatusLabel } from "~/domain/lead-inbox";
import {
  CONTACT_CHANNELS,
  CONTACT_CHANNEL_LABELS,
  CONTACT_OUTCOMES,
  CONTACT_OUTCOME_LABELS,
  dueLabel,
  dueState,
} from "~/domain/lead-work";
import { FieldError, describedBy } from "./form";

/** Problems with a submitted "Log contact", by field. */
export type LogContactErrors = Partial<
  Record<"channel" | "outcome" | "note" | "status" | "followUpOn" | "form", string>
>;

const inputClass = "mt-1 block w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2";
const buttonClass = "rounded-md bg-ink px-4 py-2 font-semibold text-white hover:bg-ink-soft disabled:opacity-60";

function ChoiceGroup<Value extends string>({
  name,
  legend,
  values,
  labels,
  defaultValue,
  error,
}: {
  name: string;
  legend: string;
  values: readonly Value[];
  labels: Readonly<Record<Value, string>>;
  defaultValue: Value;
  error?: string;
}) {
  return (
    <fieldset aria-describedby={describedBy(name, { error })}>
      <legend className="font-semibold text-ink">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {values.map((value) => (
          <label key={value} className="flex items-center gap-2 text-ink">
            <input
              type="radio"
              name={name}
              value={value}
              defaultChecked={value === defaultValue}
              className="h-5 w-5 accent-brand"
            />
            {labels[value]}
          </label>
        ))}
      </div>
      <FieldError field={name} message={error} />
    </fieldset>
  );
}

/**
 * "Log contact": how the lead was contacted and what came of it, a note, the next status and a
 * follow-up, in one submit. A plain form: it works without JavaScript, and every field is
 * reached with Tab (the radio groups with the arrow keys).
 */
export function LogContactSection({
  status,
  today,
  errors,
}: {
  status: string;
  today: string;
  errors: LogContactErrors | null;
}) {
  const busy = useNavigation().state !== "idle";
  const next = isLeadStatus(status) ? NEXT_STATUSES[status] : [];
  return (
    <section
      id="log-contact"
      aria-labelledby="log-contact-heading"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="log-contact-heading" className="font-serif text-2xl font-bold text-ink">
        Log contact
      </h2>
      {errors?.form ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-red-800">
          {errors.form}
        </p>
      ) : null}
      <Form method="post" className="mt-4 space-y-4" preventScrollReset>
        <input type="hidden" name="intent" value="log-contact" />
        <ChoiceGroup
          name="channel"
          legend="How"
          values={CONTACT_CHANNELS}
          labels={CONTACT_CHANNEL_LABELS}
          defaultValue="call"
          error={errors?.channel}
        />
        <ChoiceGroup
          name="outcome"
          legend="Outcome"
          values={CONTACT_OUTCOMES}
          labels={CONTACT_OUTCOME_LABELS}
          defaultValue="reached"
          error={errors?.outcome}
        />
        <div>
          <label htmlFor="contact-note" className="block font-semibold text-ink">
            Note <span className="font-normal text-ink-soft">(optional; needed when lost)</span>
          </label>
          <textarea
            id="contact-note"
            name="note"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            className={inputClass}
            aria-describedby={describedBy("contact-note", { error: errors?.note })}
          />
          <FieldError field="contact-note" message={errors?.note} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="min-w-0">
            <label htmlFor="contact-status" className="block font-semibold text-ink">
              New status
            </label>
            <select
              id="contact-status"
              name="status"
              defaultValue=""
              className={inputClass}
              aria-describedby={describedBy("contact-status", { error: errors?.status })}
            >
              <option value="">Keep {leadStatusLabel(status)}</option>
              {next.map((value) => (
                <option key={value} value={value}>
                  {LEAD_STATUS_LABELS[value]}
                </option>
              ))}
            </select>
            <FieldError field="contact-status" message={errors?.status} />
          </div>
          <div className="min-w-0">
            <label htmlFor="contact-follow-up" className="block font-semibold text-ink">
              Follow up on <span className="font-normal text-ink-soft">(optional)</span>
            </label>
            <input
              id="contact-follow-up"
              name="followUpOn"
              type="date"
              min={today}
              className={inputClass}
              aria-describedby={describedBy("contact-follow-up", { error: errors?.followUpOn })}
            />
            <FieldError field="contact-follow-up" message={errors?.followUpOn} />
          </div>
        </div>
        <button type="submit" className={buttonClass} disabled={busy}>
          Log contact
        </button>
      </Form>
    </section>
  );
}

export type FollowUpView = {
  id: number;
  title: string;
  dueOn: string;
  done: boolean;
  owner: { id: number; name: string };
};

/** One follow-up with its button to mark it done or open again; the form posts to `action`. */
export function FollowUpItem({
  followUp,
  today,
  action,
  children,
}: {
  followUp: FollowUpView;
  today: string;
  action?: string;
  children?: React.ReactNode;
}) {
  const busy = useNavigation().state !== "idle";
  const overdue = !followUp.done && dueState(followUp.dueOn, today) === "overdue";
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-slate-50 p-3">
      <div className="min-w-0">
        <p className={`font-medium ${followUp.done ? "text-ink-soft line-through" : "text-ink"}`}>{followUp.title}</p>
        <p className="text-sm text-ink-soft">
          <span className={overdue ? "font-semibold text-red-800" : ""}>
            {followUp.done ? `Done · was due ${followUp.dueOn}` : dueLabel(followUp.dueOn, today)}
          </span>{" "}
          · {followUp.owner.name}
          {children}
        </p>
      </div>
      <Form method="post" action={action} preventScrollReset>
        <input type="hidden" name="intent" value="follow-up" />
        <input type="hidden" name="taskId" value={followUp.id} />
        <input type="hidden" name="done" value={followUp.done ? "false" : "true"} />
        <button
          type="submit"
          disabled={busy}
          className="rounded-md border border-ink px-3 py-1.5 text-sm font-semibold text-ink hover:bg-slate-100"
        >
          {followUp.done ? "Reopen" : "Mark done"}
          <span className="sr-only">
            : {followUp.title}, {followUp.dueOn}
          </span>
        </button>
      </Form>
    </li>
  );
}

/** The lead's follow-ups, open ones first. */
export function FollowUpsSection({ followUps, today }: { followUps: FollowUpView[]; today: string }) {
  return (
    <section
      id="follow-ups"
      aria-labelledby="follow-ups-heading"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="follow-ups-heading" className="font-serif text-2xl font-bold text-ink">
        Follow-ups
      </h2>
      {followUps.length > 0 ? (
        <ul className="mt-4 space-y-2">
          {followUps.map((followUp) => (
            <FollowUpItem key={followUp.id} followUp={followUp} today={today} />
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-ink-soft">
          None. Set one when you log contact; it shows under{" "}
          <Link to="/admin/tasks" className="link">
            Due today
          </Link>{" "}
          on its day.
        </p>
      )}
    </section>
  );
}
