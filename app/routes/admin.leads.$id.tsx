import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminLayout, adminErrorBoundary } from "~/components/admin-layout";
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
import { TriageActionSchema } from "~/domain/lead-inbox";
import { getLeadDetail } from "~/server/admin-leads.server";
import { eraseLead } from "~/server/lead-privacy.server";
import { TriageError, applyTriage, recordView, triageOptions } from "~/server/lead-triage.server";
import { requireUser } from "~/server/auth.server";
import { getDb } from "~/server/db.server";
import { mailSettingsFromEnv } from "~/server/lead-emails.server";
import { getEnv } from "~/server/env.server";
import { formText, readForm } from "~/server/form-data.server";
import { decideUnconfirmedLead } from "~/server/lead-confirmation.server";
import { getConversation } from "~/server/lead-messages.server";

/** A lead's number as it appears in the address; anything else names no lead. */
const LeadIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/)
  .transform(Number)
  .refine(Number.isSafeInteger);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = LeadIdSchema.safeParse(params.id);
  if (!id.success) throw data("There is no lead with that number.", { status: 404 });

  const now = new Date();
  const result = await getLeadDetail(getDb(), user, id.data, { now });
  if (result.kind === "not-found") throw data("There is no lead with that number.", { status: 404 });
  if (result.kind === "forbidden")
    throw data("This lead belongs to an inbox you are not a member of, and it is not yours.", { status: 403 });
  await recordView(getDb(), user, id.data, now);
  return {
    user: { name: user.name, role: user.role },
    lead: result.lead,
    options: await triageOptions(getDb()),
    now: now.toISOString(),
    timeZone: getEnv().businessCalendar.timeZone,
    conversation: await getConversation(getDb(), id.data),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = LeadIdSchema.safeParse(params.id);
  if (!id.success) throw data("There is no lead with that number.", { status: 404 });
  const form = await readForm(request);
  const parsed = TriageActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const intent = formText(form, "intent");
    return data(
      {
        errors: {
          intent,
          field: String(issue?.path[0] ?? "form"),
          message: issue?.message ?? "That change cannot be made.",
        },
      },
      { status: 400 },
    );
  }
  try {
    if (parsed.data.intent === "erase") await eraseLead(getDb(), user, id.data, parsed.data.reason);
    else if (parsed.data.intent === "confirm-genuine" || parsed.data.intent === "confirm-spam") {
      const decision = parsed.data.intent === "confirm-genuine" ? "genuine" : "spam";
      await decideUnconfirmedLead(getDb(), user, id.data, decision, { calendar: getEnv().businessCalendar });
    } else await applyTriage(getDb(), user, id.data, parsed.data, { mail: mailSettingsFromEnv() });
  } catch (error) {
    if (!(error instanceof TriageError)) throw error;
    if (error.status !== 400) throw data(error.message, { status: error.status });
    return data(
      { errors: { intent: parsed.data.intent, field: error.field ?? "form", message: error.message } },
      { status: 400 },
    );
  }
  // Back to the page with a plain GET, so reloading it does not repeat the change.
  return redirect(`/admin/leads/${id.data}`);
}

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `${loaded.lead.publicRef} · Inbox · Impact Desk` : "Lead · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function LeadPage() {
  const { user, lead, options, now, timeZone, conversation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <AdminLayout user={user}>
      <LeadHeader lead={lead} timeZone={timeZone} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ContactSection lead={lead} timeZone={timeZone} />
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
        <div className="space-y-6">
          <ConfirmationSection status={lead.status} isAdmin={user.role === "admin"} />
          <TriageSection
            lead={lead}
            people={options.people}
            inboxes={options.inboxes}
            errors={actionData?.errors ?? null}
          />
          {user.role === "admin" ? (
            <PrivacySection leadId={lead.id} erased={lead.erasedAt !== null} errors={actionData?.errors ?? null} />
          ) : null}
          <SlaSection lead={lead} now={now} timeZone={timeZone} />
          <SourceSection lead={lead} />
          <NotesSection lead={lead} timeZone={timeZone} />
          <TimelineSection lead={lead} timeZone={timeZone} />
        </div>
      </div>
    </AdminLayout>
  );
}

export const ErrorBoundary = adminErrorBoundary("The lead could not be shown.");
