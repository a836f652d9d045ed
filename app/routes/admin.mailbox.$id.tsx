import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AdminLayout } from "~/components/admin-layout";
import { parseRecordId } from "~/domain/record-id";
import { requireAdmin } from "~/server/auth.server";
import { getDb } from "~/server/db.server";
import { getMailboxMessage, mailboxMessageFor } from "~/server/mailbox.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireAdmin(request);
  const id = parseRecordId(params.id);
  const message = id !== null ? await getMailboxMessage(getDb(), id) : undefined;
  if (!message) throw new Response("No such message", { status: 404 });
  return { user: { name: user.name, role: user.role }, message: mailboxMessageFor(message, user.email) };
}

export const meta: MetaFunction = () => [
  { title: "Message · Local mailbox · Impact Desk" },
  { name: "robots", content: "noindex" },
];

export default function MailboxMessage() {
  const { user, message } = useLoaderData<typeof loader>();
  return (
    <AdminLayout user={user}>
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
      <details className="mt-6">
        <summary className="cursor-pointer font-semibold text-ink">HTML source</summary>
        <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-all rounded-md border border-slate-200 bg-white p-4 text-xs">
          {message.html}
        </pre>
      </details>
    </AdminLayout>
  );
}
