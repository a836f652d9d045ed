import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ConversationThread, LeadEmailComposer } from "~/components/lead-conversation";
import { leadStatusLabel } from "~/domain/lead-inbox";
import { defaultSubject, firstReplyTemplate } from "~/domain/lead-mail";
import { LeadEmailSchema } from "~/domain/lead-mail/compose";
import { parseRecordId } from "~/domain/record-id";
import { fieldErrors } from "~/domain/validation";
import { requireUser } from "~/server/auth/auth.server";
import { formText, readForm } from "~/server/http/form-data.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { LeadMessageError, composeContext, sendLeadEmail } from "~/server/leads/messages.server";

/** A refusal becomes the page's answer: 403, 404, or 409 for an erased lead. */
function refused(error: unknown): never {
  if (error instanceof LeadMessageError) throw data(error.message, { status: error.status });
  throw error;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data("There is no lead with that number.", { status: 404 });
  const lead = await composeContext(context.db, user, id, mailSettingsOf(context.settings)).catch(refused);
  const env = context.settings;
  // An unknown template name (an old link, a typo) starts a blank email rather than failing.
  const template = firstReplyTemplate(new URL(request.url).searchParams.get("template"));
  const body = template
    ? template.body({
        contactName: lead.contactName,
        consultantName: user.name,
        firmName: env.firmName,
        publicRef: lead.publicRef,
      })
    : "";
  return {
    lead,
    draft: { subject: defaultSubject(lead.publicRef, env.firmName), body, templateLabel: template?.label ?? null },
    timeZone: env.businessCalendar.timeZone,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data("There is no lead with that number.", { status: 404 });
  const form = await readForm(request);
  const values = { subject: formText(form, "subject"), body: formText(form, "body") };
  const parsed = LeadEmailSchema.safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 });
  await sendLeadEmail(context.db, user, id, parsed.data, { mail: mailSettingsOf(context.settings) }).catch(refused);
  return redirect(`/admin/leads/${id}#conversation`);
}

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `Write to ${loaded.lead.publicRef} · Impact Desk` : "Write to a lead · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function WriteToLead() {
  const { lead, draft, timeZone } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <p className="text-sm">
        <Link to={`/admin/leads/${lead.id}`} className="link">
          ← {lead.publicRef}
        </Link>
      </p>
      <h1 className="mt-4 break-words font-serif text-3xl font-bold text-ink">Write to {lead.contactName}</h1>
      {draft.templateLabel ? (
        <p className="mt-2 text-ink-soft">Started from the template "{draft.templateLabel}": edit it before sending.</p>
      ) : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="compose" className="rounded-lg border border-slate-200 bg-white p-5 lg:col-span-2">
          <h2 id="compose" className="font-serif text-2xl font-bold text-ink">
            Your email
          </h2>
          <div className="mt-4">
            <LeadEmailComposer
              leadId={lead.id}
              to={`${lead.contactName} <${lead.contactEmail}>`}
              replyTo={lead.replyTo}
              subject={answer?.values.subject ?? draft.subject}
              body={answer?.values.body ?? draft.body}
              errors={answer?.errors ?? {}}
              busy={busy}
            />
          </div>
        </section>
        <div className="space-y-6">
          <section aria-labelledby="lead-context" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="lead-context" className="font-serif text-2xl font-bold text-ink">
              The lead
            </h2>
            <dl className="mt-4 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[7rem_1fr]">
              <dt className="font-semibold text-ink">Reference</dt>
              <dd className="text-ink-soft">{lead.publicRef}</dd>
              <dt className="font-semibold text-ink">Company</dt>
              <dd className="break-words text-ink-soft">{lead.company}</dd>
              <dt className="font-semibold text-ink">Contact</dt>
              <dd className="break-words text-ink-soft">
                {lead.contactName}
                {lead.jobTitle ? `, ${lead.jobTitle}` : ""}
              </dd>
              <dt className="font-semibold text-ink">Status</dt>
              <dd className="text-ink-soft">{leadStatusLabel(lead.status)}</dd>
              <dt className="font-semibold text-ink">Band</dt>
              <dd className="text-ink-soft">{lead.band}</dd>
              <dt className="font-semibold text-ink">Owner</dt>
              <dd className="text-ink-soft">{lead.ownerName ?? `Nobody yet (${lead.inboxName ?? "no"} inbox)`}</dd>
            </dl>
            {lead.message ? (
              <>
                <h3 className="mt-4 font-semibold text-ink">What they wrote</h3>
                <p className="mt-1 whitespace-pre-wrap break-words text-sm text-ink-soft">{lead.message}</p>
              </>
            ) : null}
          </section>
          <section aria-labelledby="thread" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="thread" className="font-serif text-2xl font-bold text-ink">
              Conversation so far
            </h2>
            <div className="mt-4">
              <ConversationThread messages={lead.conversation} timeZone={timeZone} />
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
