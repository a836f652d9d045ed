import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { z } from "zod";
import { AdminErrorNotice, AdminLayout } from "~/components/admin-layout";
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
import { getLeadDetail } from "~/server/admin-leads.server";
import { requireUser } from "~/server/auth.server";
import { getDb } from "~/server/db.server";
import { getEnv } from "~/server/env.server";

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
  if (result.kind === "forbidden") throw data("This lead belongs to an inbox you are not a member of, and it is not yours.", { status: 403 });
  return { user: { name: user.name, role: user.role }, lead: result.lead, now: now.toISOString(), timeZone: getEnv().businessCalendar.timeZone };
}

// Leads carry personal data: never keep a copy in a shared or browser cache.
export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `${loaded.lead.publicRef} · Inbox · Impact Desk` : "Lead · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function LeadPage() {
  const { user, lead, now, timeZone } = useLoaderData<typeof loader>();
  return (
    <AdminLayout user={user}>
      <LeadHeader lead={lead} timeZone={timeZone} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ContactSection lead={lead} timeZone={timeZone} />
          <AssessmentSection lead={lead} />
          <RoutingSection lead={lead} />
          <AnswersSection lead={lead} />
          <EmailsSection lead={lead} timeZone={timeZone} />
        </div>
        <div className="space-y-6">
          <SlaSection lead={lead} now={now} timeZone={timeZone} />
          <SourceSection lead={lead} />
          <NotesSection lead={lead} timeZone={timeZone} />
          <TimelineSection lead={lead} timeZone={timeZone} />
        </div>
      </div>
    </AdminLayout>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    return <AdminErrorNotice status={error.status} message={typeof error.data === "string" ? error.data : "The lead could not be shown."} />;
  }
  return <AdminErrorNotice status={null} message="The lead could not be shown. Please try again in a moment." />;
}
