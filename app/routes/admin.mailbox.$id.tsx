import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { VisitorReplyForm } from "~/components/visitor-reply";
import { VisitorReplySchema } from "~/domain/lead-mail/compose";
import { parseRecordId } from "~/domain/record-id";
import { fieldErrors } from "~/domain/validation";
import { requireAdmin } from "~/server/auth/auth.server";
import type { DB } from "~/server/storage/db.server";
import { formText, readForm } from "~/server/http/form-data.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { getMailboxMessage, mailboxMessageFor } from "~/server/mail/mailbox.server";
import { replyAsVisitor, visitorReplyTarget } from "~/server/leads/visitor-reply.server";

async function messageFromParams(db: DB, id: string | undefined) {
  const number = parseRecordId(id);
  const message = number !== null ? await getMailboxMessage(db, number) : undefined;
  if (!message) throw new Response("No such message", { status: 404 });
  return message;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireAdmin(request);
  const message = await messageFromParams(context.db, params.id);
  return {
    message: mailboxMessageFor(message, user.email),
    // Only while email stays local: with Resend, real replies come through its webhook.
    replyTarget: context.settings.resendApiKey ? null : visitorReplyTarget(message),
  };
}

/** "Reply as the visitor": the typed reply goes through the same code as Resend's inbound webhook. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireAdmin(request);
  const message = await messageFromParams(context.db, params.id);
  const target = context.settings.resendApiKey ? null : visitorReplyTarget(message);
  if (!target) throw data("This message cannot be answered from the local mailbox.", { status: 404 });
  const form = await readForm(request);
  const text = formText(form, "text");
  const parsed = VisitorReplySchema.safeParse({ text });
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), text }, { status: 400 });
  const outcome = await replyAsVisitor(context.db, target, parsed.data.text, {
    mail: mailSettingsOf(context.settings),
  });
  if (outcome.kind !== "stored") return data({ errors: { form: outcome.message }, text }, { status: outcome.status });
  return redirect(`/admin/leads/${outcome.leadId}#conversation`);
}

export const meta: MetaFunction = () => [
  { title: "Message · Local mailbox · Impact Desk" },
  { name: "robots", content: "noindex" },
];

export default function MailboxMessage() {
  const { message, replyTarget } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <>
      <p className="text-sm">
        <Link to="/admin/mailbox" className="link">
          ← Local mailbox
        </Link>
      </p>
      <h1 className="mt-4 font-serif text-2xl font-bold text-ink">{message.subject}</h1>
      <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-semibold">From</dt>
        <dd>{message.from_address}</dd>
        <dt className="font-semibold">To</dt>
        <dd>{message.to_address}</dd>
        <dt className="font-semibold">Sent</dt>
        <dd>{message.created_at}</dd>
        <dt className="font-semibold">Lead</dt>
        <dd>
          {message.lead_id ? (
            <Link to={`/admin/leads/${message.lead_id}`} className="link">
              {message.public_ref}
            </Link>
          ) : (
            "—"
          )}
        </dd>
      </dl>
      {message.redacted ? (
        <p role="note" className="mt-6 rounded-md bg-brand-light p-4 text-ink">
          This message carries a link that sets a password. Only {message.to_address} can see it here; everyone else
          sees it hidden.
        </p>
      ) : null}
      <h2 className="mt-8 font-semibold text-ink">Plain-text version</h2>
      <pre
        className="mt-2 whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-4 text-sm"
        data-testid="message-text"
      >
        {message.text}
      </pre>
      {replyTarget ? (
        <VisitorReplyForm target={replyTarget} errors={answer?.errors ?? {}} text={answer?.text ?? ""} />
      ) : null}
      <details className="mt-6">
        <summary className="cursor-pointer font-semibold text-ink">HTML source</summary>
        <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-all rounded-md border border-slate-200 bg-white p-4 text-xs">
          {message.html}
        </pre>
      </details>
    </>
  );
}
