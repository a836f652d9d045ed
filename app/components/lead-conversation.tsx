import { Form, Link } from "@remix-run/react";
import { formatInstant } from "~/domain/lead-inbox";
import { FIRST_REPLY_TEMPLATES } from "~/domain/lead-mail";
import { FieldError, describedBy } from "./form";

/** One email of the conversation with a lead, as the server sends it to the page. */
export type ThreadMessage = {
  id: number;
  direction: "sent" | "received";
  authorName: string | null;
  from: string;
  subject: string;
  body: string;
  createdAt: string;
};

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";
const buttonClass = "rounded-md bg-ink px-4 py-2 font-semibold text-white hover:bg-ink-soft disabled:opacity-60";
const fieldClass = (error?: string) =>
  `mt-1 block w-full rounded-md border px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-400"}`;

/**
 * The emails written to the lead and its replies, oldest first. Bodies are plain text shown as
 * text (React escapes them), with their line breaks; a long word wraps instead of widening the page.
 */
export function ConversationThread({ messages, timeZone }: { messages: ThreadMessage[]; timeZone: string }) {
  if (messages.length === 0) return <p className="text-ink-soft">No emails written to this lead yet.</p>;
  return (
    <ol className="space-y-4" data-testid="conversation">
      {messages.map((message) => (
        <li
          key={message.id}
          className={`rounded-md border p-4 ${message.direction === "received" ? "border-brand bg-brand-light" : "border-slate-200 bg-slate-50"}`}
        >
          <article aria-labelledby={`message-${message.id}`}>
            <p className="text-sm text-ink-soft">
              <strong className="text-ink">
                {message.direction === "sent"
                  ? `${message.authorName ?? "A consultant"} wrote`
                  : `Reply from ${message.from}`}
              </strong>{" "}
              · <time dateTime={message.createdAt}>{formatInstant(message.createdAt, timeZone)}</time>
            </p>
            <h3 id={`message-${message.id}`} className="mt-1 break-words font-semibold text-ink">
              {message.subject}
            </h3>
            <p className="mt-2 whitespace-pre-wrap break-words text-ink">{message.body}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}

/**
 * The lead page's conversation: the thread, and a way to write to the lead, starting blank or
 * from one of the first-reply templates. A plain GET form, so it works without JavaScript.
 */
export function ConversationSection({
  leadId,
  contactName,
  erased,
  messages,
  timeZone,
}: {
  leadId: number;
  contactName: string;
  erased: boolean;
  messages: ThreadMessage[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="conversation" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="conversation" className="font-serif text-2xl font-bold text-ink">
        Conversation
      </h2>
      <div className="mt-4 space-y-5">
        <ConversationThread messages={messages} timeZone={timeZone} />
        {erased ? (
          <p className="text-ink-soft">This lead's personal data was erased: no email can be written to it.</p>
        ) : (
          <Form method="get" action={`/admin/leads/${leadId}/email`} className="flex flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1">
              <label htmlFor="conversation-template" className="block font-semibold text-ink">
                Start from
              </label>
              <select id="conversation-template" name="template" className={selectClass} defaultValue="">
                <option value="">A blank email</option>
                {FIRST_REPLY_TEMPLATES.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass}>
              Write to {contactName || "the lead"}
            </button>
          </Form>
        )}
      </div>
    </section>
  );
}

export type ComposerErrors = Partial<Record<"subject" | "body" | "form", string>>;

/** The composer: who it goes to, where replies come back, the subject and the plain-text message. */
export function LeadEmailComposer({
  leadId,
  to,
  replyTo,
  subject,
  body,
  errors,
  busy,
}: {
  leadId: number;
  to: string;
  replyTo: string;
  subject: string;
  body: string;
  errors: ComposerErrors;
  busy: boolean;
}) {
  return (
    <Form method="post" action={`/admin/leads/${leadId}/email`} className="space-y-5" noValidate>
      {errors.form ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800">
          {errors.form}
        </p>
      ) : null}
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
        <dt className="font-semibold text-ink">To</dt>
        <dd className="break-words text-ink-soft">{to}</dd>
        <dt className="font-semibold text-ink">Replies go to</dt>
        <dd className="break-words text-ink-soft">
          {replyTo} <span className="block">(they arrive on this lead's conversation)</span>
        </dd>
      </dl>
      <div>
        <label htmlFor="subject" className="block font-semibold text-ink">
          Subject
        </label>
        <input
          id="subject"
          name="subject"
          type="text"
          defaultValue={subject}
          maxLength={200}
          aria-invalid={errors.subject ? true : undefined}
          aria-describedby={describedBy("subject", { error: errors.subject })}
          className={fieldClass(errors.subject)}
        />
        <FieldError field="subject" message={errors.subject} />
      </div>
      <div>
        <label htmlFor="body" className="block font-semibold text-ink">
          Message
        </label>
        <textarea
          id="body"
          name="body"
          rows={14}
          defaultValue={body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describedBy("body", { error: errors.body })}
          className={fieldClass(errors.body)}
        />
        <FieldError field="body" message={errors.body} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} disabled={busy}>
          Send email
        </button>
        <Link to={`/admin/leads/${leadId}`} className="link">
          Back to the lead
        </Link>
      </div>
    </Form>
  );
}
