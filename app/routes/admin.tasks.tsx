import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FollowUpItem } from "~/components/lead-work";
import { leadStatusLabel } from "~/domain/lead-inbox";
import { TaskToggleSchema, businessToday } from "~/domain/lead-work";
import { requireUser } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { readForm } from "~/server/http/form-data.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { dueFollowUps, setFollowUpDone } from "~/server/leads/work.server";
import { RefusedError } from "~/server/http/refused-error.server";

/** Whose follow-ups: the signed-in person's by default, or everyone's on the leads they may see. */
const WhoSchema = z.enum(["me", "all"]).catch("me");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const who = WhoSchema.parse(new URL(request.url).searchParams.get("who") ?? "me");
  const today = businessToday(new Date(), context.settings.businessCalendar.timeZone);
  const followUps = await dueFollowUps(context.db, user, { today, owner: who === "all" ? "all" : user.id });
  return {
    who,
    today,
    followUps,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const parsed = TaskToggleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? "Choose a follow-up" }, { status: 400 });
  const who = WhoSchema.parse(new URL(request.url).searchParams.get("who") ?? "me");
  try {
    const task = await setFollowUpDone(context.db, user, parsed.data.taskId, parsed.data.done, {
      mail: mailSettingsOf(context.settings),
      calendar: context.settings.businessCalendar,
    });
    return redirectWithFlash(context.db, request, `/admin/tasks${who === "all" ? "?who=all" : ""}#due`, {
      message: parsed.data.done ? `Follow-up done: ${task.title}.` : `Follow-up reopened: ${task.title}.`,
    });
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    if (error.status !== 400) throw data(error.message, { status: error.status });
    return data({ error: error.message }, { status: 400 });
  }
}

export const meta: MetaFunction = () => [
  { title: "Due today · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function DueToday() {
  const { who, today, followUps } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const action = `/admin/tasks${params.get("who") === "all" ? "?who=all" : ""}`;
  return (
    <>
      <header className="mb-6">
        <h1 className="font-serif text-3xl font-bold text-ink">Due today</h1>
        <p className="mt-2 text-ink-soft">
          Follow-ups due today ({today}) or overdue, oldest first. Each reminds its owner by email at the start of its
          day.
        </p>
      </header>
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="who" className="block font-semibold text-ink">
            Whose
          </label>
          <select
            id="who"
            name="who"
            defaultValue={who}
            className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="me">Mine</option>
            <option value="all">Everyone's on leads I can see</option>
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-ink px-4 py-2 font-semibold text-ink hover:bg-slate-100"
        >
          Show
        </button>
      </Form>
      <section id="due" aria-labelledby="due-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="due-heading" className="font-serif text-2xl font-bold text-ink">
          {followUps.length === 0
            ? "Nothing due"
            : `${followUps.length} follow-up${followUps.length === 1 ? "" : "s"} due`}
        </h2>
        {followUps.length > 0 ? (
          <ul className="mt-4 space-y-2">
            {followUps.map((followUp) => (
              <FollowUpItem key={followUp.id} followUp={followUp} today={today} action={action}>
                {" · "}
                <Link to={`/admin/leads/${followUp.leadId}`} className="link">
                  {followUp.lead.ref}
                  {followUp.lead.company ? `, ${followUp.lead.company}` : ""}
                </Link>{" "}
                ({leadStatusLabel(followUp.lead.status)})
              </FollowUpItem>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-ink-soft">No follow-up is due today or overdue.</p>
        )}
      </section>
    </>
  );
}
