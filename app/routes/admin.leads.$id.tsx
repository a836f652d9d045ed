import {
  type ActionFunctionArgs,
  type AppLoadContext,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { LeadQueueLinks } from "~/components/lead-queue-nav";
import {
  AnswersSection,
  AssessmentSection,
  ContactSection,
  EmailsSection,
  LeadHeader,
  NotesSection,
  RoutingSection,
  SlaSection,
  SourceSection,
  TimelineSection,
} from "~/components/lead-detail";
import { ConfirmationSection, PrivacySection, TriageSection } from "~/components/lead-triage";
import { ConversationSection } from "~/components/lead-conversation";
import { parseRecordId } from "~/domain/record-id";
import { FollowUpsSection, type LogContactErrors, LogContactSection } from "~/components/lead-work";
import { TriageActionSchema, leadStatusLabel } from "~/domain/lead-inbox";
import { TaskToggleSchema, businessToday, logContactSchema } from "~/domain/lead-work";
import { getLeadDetail } from "~/server/inbox/leads.server";
import { eraseLead } from "~/server/leads/privacy.server";
import { applyTriage, recordView, triageMessage, triageOptions } from "~/server/leads/triage.server";
import { type AuthUser, requireUser } from "~/server/auth/auth.server";
import type { DB } from "~/server/storage/db.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { formText, readForm } from "~/server/http/form-data.server";
import { decideUnconfirmedLead } from "~/server/leads/confirmation.server";
import { getConversation } from "~/server/leads/messages.server";
import { leadFollowUps, logContact, setFollowUpDone } from "~/server/leads/work.server";
import { leadQueueNav } from "~/server/inbox/queue.server";
import { RefusedError } from "~/server/http/refused-error.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data("There is no lead with that number.", { status: 404 });

  const now = new Date();
  const result = await getLeadDetail(context.db, user, id, { now });
  if (result.kind === "not-found") throw data("There is no lead with that number.", { status: 404 });
  if (result.kind === "forbidden")
    throw data("This lead belongs to an inbox you are not a member of, and it is not yours.", { status: 403 });
  await recordView(context.db, user, id, now);
  const timeZone = context.settings.businessCalendar.timeZone;
  return {
    isAdmin: user.role === "admin",
    lead: result.lead,
    options: await triageOptions(context.db),
    followUps: await leadFollowUps(context.db, id),
    now: now.toISOString(),
    today: businessToday(now, timeZone),
    timeZone,
    conversation: await getConversation(context.db, id),
    queue: await leadQueueNav(context.db, user, new URL(request.url).searchParams, timeZone),
  };
}

/** What a refused action sends back: the triage or privacy form's problem, or Log contact's per field. */
type LeadActionData = {
  errors: { intent: string; field: string; message: string } | null;
  contactErrors: LogContactErrors | null;
};

/** A refused change: which form and field it belongs to, and what to tell the consultant. */
function refusal(intent: string, field: string, message: string, status = 400) {
  return data({ errors: { intent, field, message }, contactErrors: null as LogContactErrors | null }, { status });
}

/** Each form on the page answers by going back to its own section, with what it did. */
async function done(db: DB, request: Request, leadId: number, anchor: string, message: string) {
  // The address's list (see `readLeadQueue`) stays, so "next lead" still follows it.
  const { search } = new URL(request.url);
  return redirectWithFlash(db, request, `/admin/leads/${leadId}${search}#${anchor}`, { message });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data("There is no lead with that number.", { status: 404 });
  const form = await readForm(request);
  const intent = formText(form, "intent");
  try {
    if (intent === "log-contact") return await logContactAction(context, user, id, form, request);
    if (intent === "follow-up") return await followUpAction(context, user, id, form, request);
    return await triageAction(context, user, id, form, request);
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    if (error.status !== 400) throw data(error.message, { status: error.status });
    if (intent === "log-contact") {
      const field = error.field === "status" ? "status" : "form";
      return data({ errors: null, contactErrors: { [field]: error.message } as LogContactErrors }, { status: 400 });
    }
    return refusal(intent, error.field ?? "form", error.message);
  }
}

async function logContactAction(
  { db, settings: env }: AppLoadContext,
  user: AuthUser,
  leadId: number,
  form: FormData,
  request: Request,
) {
  const now = new Date();
  const parsed = logContactSchema(businessToday(now, env.businessCalendar.timeZone)).safeParse(
    Object.fromEntries(form),
  );
  if (!parsed.success) {
    const contactErrors: LogContactErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form") as keyof LogContactErrors;
      contactErrors[field in { channel: 1, outcome: 1, note: 1, status: 1, followUpOn: 1 } ? field : "form"] ??=
        issue.message;
    }
    return data({ errors: null, contactErrors }, { status: 400 });
  }
  await logContact(db, user, leadId, parsed.data, {
    mail: mailSettingsOf(env),
    calendar: env.businessCalendar,
    now,
  });
  const parts = ["Contact logged"];
  if (parsed.data.status) parts.push(`status now ${leadStatusLabel(parsed.data.status)}`);
  if (parsed.data.followUpOn) parts.push(`follow-up on ${parsed.data.followUpOn}`);
  return done(db, request, leadId, "log-contact", `${parts.join(", ")}.`);
}

async function followUpAction(
  { db, settings }: AppLoadContext,
  user: AuthUser,
  leadId: number,
  form: FormData,
  request: Request,
) {
  const parsed = TaskToggleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return refusal("follow-up", "taskId", parsed.error.issues[0]?.message ?? "Choose a follow-up");
  const task = await setFollowUpDone(db, user, parsed.data.taskId, parsed.data.done, {
    mail: mailSettingsOf(settings),
    calendar: settings.businessCalendar,
    onLead: leadId,
  });
  return done(
    db,
    request,
    leadId,
    "follow-ups",
    parsed.data.done ? `Follow-up done: ${task.title}.` : `Follow-up reopened: ${task.title}.`,
  );
}

async function triageAction(
  { db, settings }: AppLoadContext,
  user: AuthUser,
  leadId: number,
  form: FormData,
  request: Request,
) {
  const parsed = TriageActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refusal(
      formText(form, "intent"),
      String(issue?.path[0] ?? "form"),
      issue?.message ?? "That change cannot be made.",
    );
  }
  const change = parsed.data;
  if (change.intent === "erase") {
    await eraseLead(db, user, leadId, change.reason);
    return done(db, request, leadId, "personal-data", "Personal data erased.");
  }
  if (change.intent === "confirm-genuine" || change.intent === "confirm-spam") {
    const decision = change.intent === "confirm-genuine" ? "genuine" : "spam";
    await decideUnconfirmedLead(db, user, leadId, decision, { calendar: settings.businessCalendar });
    return done(
      db,
      request,
      leadId,
      "work",
      decision === "genuine" ? "Confirmed as genuine; its owner is being notified." : "Marked as spam.",
    );
  }
  await applyTriage(db, user, leadId, change, { mail: mailSettingsOf(settings) });
  return done(db, request, leadId, "work", await triageMessage(db, change));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `${loaded.lead.publicRef} · Inbox · Impact Desk` : "Lead · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function LeadPage() {
  const { isAdmin, lead, options, followUps, now, today, timeZone, conversation, queue } =
    useLoaderData<typeof loader>();
  // Typed by hand: the action also answers with redirects, which Remix's inference reads as `any`.
  const actionData = useActionData<LeadActionData>();
  const errors = actionData?.errors ?? null;
  return (
    <>
      {queue ? <LeadQueueLinks nav={queue} /> : null}
      <LeadHeader lead={lead} timeZone={timeZone} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <ContactSection lead={lead} timeZone={timeZone} />
          {lead.erasedAt ? null : (
            <LogContactSection status={lead.status} today={today} errors={actionData?.contactErrors ?? null} />
          )}
          <FollowUpsSection followUps={followUps} today={today} />
          <AssessmentSection lead={lead} today={now.slice(0, 10)} />
          <RoutingSection lead={lead} />
          <AnswersSection lead={lead} />
          <EmailsSection lead={lead} timeZone={timeZone} />
          <ConversationSection
            leadId={lead.id}
            contactName={lead.contact.name}
            erased={lead.erasedAt !== null}
            messages={conversation}
            timeZone={timeZone}
          />
        </div>
        <div className="min-w-0 space-y-6">
          <ConfirmationSection status={lead.status} isAdmin={isAdmin} />
          <TriageSection lead={lead} people={options.people} inboxes={options.inboxes} errors={errors} />
          {isAdmin ? <PrivacySection leadId={lead.id} erased={lead.erasedAt !== null} errors={errors} /> : null}
          <SlaSection lead={lead} now={now} timeZone={timeZone} />
          <SourceSection lead={lead} />
          <NotesSection lead={lead} timeZone={timeZone} />
          <TimelineSection lead={lead} timeZone={timeZone} />
        </div>
      </div>
    </>
  );
}
