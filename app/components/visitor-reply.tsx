import { Form } from "@remix-run/react";
import { FieldError, describedBy } from "./form";

/**
 * In the local mailbox, a reply typed as the email's recipient: it goes to the message's Reply-To
 * and arrives on the lead as a real reply would, through the inbound code.
 */
export function VisitorReplyForm({
  target,
  errors,
  text,
}: {
  target: { visitor: string; replyTo: string };
  errors: Partial<Record<"text" | "form", string>>;
  text: string;
}) {
  return (
    <section aria-labelledby="visitor-reply" className="mt-8 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="visitor-reply" className="font-semibold text-ink">
        Reply as the visitor
      </h2>
      <p className="mt-1 break-words text-sm text-ink-soft">
        Sends a reply from {target.visitor} to {target.replyTo}, as their mail program would; it arrives on the lead
        like a reply through Resend.
      </p>
      <Form method="post" className="mt-4 space-y-4" noValidate>
        {errors.form ? (
          <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800">
            {errors.form}
          </p>
        ) : null}
        <div>
          <label htmlFor="text" className="block font-semibold text-ink">
            Reply text
          </label>
          <textarea
            id="text"
            name="text"
            rows={6}
            defaultValue={text}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={describedBy("text", { error: errors.text })}
            className={`mt-1 block w-full rounded-md border px-3 py-2 text-base ${errors.text ? "border-red-700" : "border-slate-400"}`}
          />
          <FieldError field="text" message={errors.text} />
        </div>
        <button
          type="submit"
          className="rounded-md bg-ink px-4 py-2 font-semibold text-white hover:bg-ink-soft disabled:opacity-60"
        >
          Send the reply
        </button>
      </Form>
    </section>
  );
}
