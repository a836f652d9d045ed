import {
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormCard, SubmitButton } from "~/components/form";
import { type ContactFormValues, normaliseEmail } from "~/domain/flow/contact";
import { CONTACT_STEP, REVIEW, flowPath, stepTitle } from "~/domain/flow/progress";
import { checkSubmission } from "~/domain/flow/submission";
import { STEP_IDS, describeAnswers, dropHiddenAnswers } from "~/domain/questionnaire";
import { getDraft, requireDraftAt } from "~/server/flow/draft-cookie.server";
import { formLimiters } from "~/server/flow/form-limits.server";
import { submitCheckedDraft, summaryTokenFor } from "~/server/leads/submit.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const draft = await requireDraftAt(request, REVIEW);
  const contact = (draft.contact ?? {}) as Partial<ContactFormValues>;
  return { lines: describeAnswers(dropHiddenAnswers(draft.answers)), contact };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const draft = await getDraft(request);
  if (!draft) return redirect("/assess");
  const env = context.settings;
  // A replayed or double-clicked submission lands on the summary of the lead already made.
  if (draft.status === "submitted") return redirect(`/assess/done/${summaryTokenFor(env.sessionSecret, draft.id)}`);
  // The draft is read and checked once; the lead is made from what this check parsed.
  const check = checkSubmission(draft);
  if (!check.ok) return redirect(flowPath(check.resumeAt));

  const email = normaliseEmail(check.submission.contact.email);
  const limiters = formLimiters("submit");
  const ceiling = formLimiters("submit-ceiling").perIp;
  const ipKey = `ip:${context.clientIp}`;
  if (!ceiling.attempt(ipKey) || !limiters.perEmail.attempt(`email:${email}`)) {
    const retryAfter = Math.max(
      ceiling.retryAfterSeconds(ipKey),
      limiters.perEmail.retryAfterSeconds(`email:${email}`),
    );
    return data(
      { rateLimited: true, retryAfterMinutes: Math.max(1, Math.ceil(retryAfter / 60)) },
      { status: 429, headers: { "Retry-After": String(retryAfter) } },
    );
  }
  // Over the per-address limit (but under the ceiling) or sent too fast: a lead that waits,
  // unconfirmed, out of the default inbox and without notifications, until someone confirms it.
  const overAddressLimit = !limiters.perIp.attempt(ipKey);
  const suspectedAutomation =
    draft.suspected === "too-fast"
      ? "The contact step was sent back faster than a person usually types"
      : overAddressLimit
        ? "More submissions from one address within an hour than the usual limit"
        : null;
  const submitted = await submitCheckedDraft(context.db, draft, check.submission, {
    secret: env.sessionSecret,
    mail: { from: env.mailFrom, firmName: env.firmName, publicUrl: env.publicUrl },
    calendar: env.businessCalendar,
    suspectedAutomation,
  });
  return redirect(`/assess/done/${submitted.summaryToken}`);
}

// Without JavaScript the refusal is a document response: keep the action's Retry-After on it.
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders;

export const meta: MetaFunction = () => [
  { title: "Review your answers · Exposure assessment" },
  { name: "robots", content: "noindex" },
];

export default function Review() {
  const { lines, contact } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData?.rateLimited) {
    return (
      <div className="container-page max-w-3xl py-12">
        <h1 className="font-serif text-3xl font-bold text-ink">Please try again a little later</h1>
        <p className="mt-4 text-lg text-ink-soft" role="alert">
          We have received several assessments from you or your network in a short time. Your answers are saved: come
          back in about {actionData.retryAfterMinutes} {actionData.retryAfterMinutes === 1 ? "minute" : "minutes"} and
          send them again.
        </p>
        <Link to={flowPath(REVIEW)} className="button-secondary mt-6">
          Back to my answers
        </Link>
      </div>
    );
  }
  return (
    <div className="container-page max-w-3xl py-10">
      <p className="text-sm font-semibold text-brand">Review</p>
      <h1 className="mt-2 font-serif text-3xl font-bold text-ink">Check your answers</h1>
      <p className="mt-2 mb-8 text-lg text-ink-soft">Change anything that is not right, then send your assessment.</p>
      <div className="space-y-6">
        {STEP_IDS.map((step) => (
          <FormCard key={step}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-serif text-xl font-bold text-ink">{stepTitle(step)}</h2>
              <Link to={`${flowPath(step)}?return=${REVIEW}`} className="link" aria-label={`Edit ${stepTitle(step)}`}>
                Edit
              </Link>
            </div>
            <dl className="mt-4 divide-y divide-slate-100">
              {lines
                .filter((line) => line.step === step)
                .map((line) => (
                  <div key={line.questionId} className="grid gap-1 py-3 sm:grid-cols-2 sm:gap-4">
                    <dt className="text-ink-soft">{line.question}</dt>
                    <dd className="font-medium text-ink [overflow-wrap:anywhere]">{line.answer}</dd>
                  </div>
                ))}
            </dl>
          </FormCard>
        ))}
        <FormCard>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-serif text-xl font-bold text-ink">{stepTitle(CONTACT_STEP)}</h2>
            <Link to={flowPath(CONTACT_STEP)} className="link" aria-label={`Edit ${stepTitle(CONTACT_STEP)}`}>
              Edit
            </Link>
          </div>
          <dl className="mt-4 divide-y divide-slate-100">
            {(
              [
                ["Name", contact.name],
                ["Work email", contact.email],
                ["Company", contact.company],
                ["Job title", contact.jobTitle],
                ["Phone", contact.phone || "—"],
                ["Message", contact.message || "—"],
                ["Insights by email", contact.marketingOptIn === "on" ? "Yes" : "No"],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="grid gap-1 py-3 sm:grid-cols-2 sm:gap-4">
                <dt className="text-ink-soft">{label}</dt>
                <dd className="whitespace-pre-line font-medium text-ink [overflow-wrap:anywhere]">{value}</dd>
              </div>
            ))}
          </dl>
        </FormCard>
      </div>
      <Form method="post" className="mt-8 flex flex-wrap items-center justify-between gap-4">
        <Link to={flowPath(CONTACT_STEP)} className="link">
          ← Back
        </Link>
        <SubmitButton pendingLabel="Calculating your summary…">Send and see my exposure summary</SubmitButton>
      </Form>
    </div>
  );
}
