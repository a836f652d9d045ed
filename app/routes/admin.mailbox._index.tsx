import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { formatInstant } from "~/domain/date-format";
import { requireAdmin } from "~/server/auth/auth.server";
import { listMailbox } from "~/server/mail/mailbox.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const before = z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .safeParse(new URL(request.url).searchParams.get("before") || undefined);
  if (!before.success) throw data("The page in the address is not valid.", { status: 400 });
  return {
    ...(await listMailbox(context.db, { before: before.data })),
    timeZone: context.settings.businessCalendar.timeZone,
  };
}

export const meta: MetaFunction = () => [
  { title: "Local mailbox · Impact Desk" },
  { name: "robots", content: "noindex" },
];

export default function Mailbox() {
  const { messages, nextBefore, timeZone } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Local mailbox</h1>
      <p className="mt-2 max-w-3xl text-ink-soft">
        Without a Resend API key, every email the portal sends is kept here instead of being delivered. Newest first.
      </p>
      {messages.length === 0 ? (
        <p className="mt-8 text-ink-soft">No messages yet.</p>
      ) : (
        <table className="mt-8 w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Messages in the local mailbox, newest first</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-3">
                Sent
              </th>
              <th scope="col" className="p-3">
                To
              </th>
              <th scope="col" className="p-3">
                Subject
              </th>
              <th scope="col" className="p-3">
                Lead
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-slate-100">
                <td className="p-3 whitespace-nowrap">
                  <time dateTime={message.created_at}>{formatInstant(message.created_at, timeZone)}</time>
                </td>
                <td className="p-3">{message.to_address}</td>
                <td className="p-3">
                  <Link to={`/admin/mailbox/${message.id}`} className="link">
                    {message.subject}
                  </Link>
                </td>
                <td className="p-3">
                  {message.lead_id ? (
                    <Link to={`/admin/leads/${message.lead_id}`} className="link">
                      {message.public_ref}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextBefore ? (
        <Link to={`/admin/mailbox?before=${nextBefore}`} className="button-secondary mt-6">
          Older messages
        </Link>
      ) : null}
    </>
  );
}
