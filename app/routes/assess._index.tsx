import {
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormCard } from "~/components/form";
import { FLOW_STEP_IDS, firstIncompleteStep, flowPath, stepTitle } from "~/domain/flow/progress";
import { UTM_KEYS, sourceFromParams } from "~/domain/flow/source";
import { topicById } from "~/domain/topics";
import { createDraft } from "~/server/flow/drafts.server";
import { draftCookieHeader, getDraft } from "~/server/flow/draft-cookie.server";
import { readForm } from "~/server/http/form-data.server";
import { formLimiters } from "~/server/flow/form-limits.server";

const SOURCE_FIELDS = ["from", "topic", "referrer", ...UTM_KEYS] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const draft = await getDraft(request);
  // Coming back in the same browser resumes where the visitor stopped.
  if (draft?.status === "open") throw redirect(flowPath(firstIncompleteStep(draft)));
  const url = new URL(request.url);
  const source = sourceFromParams(url.searchParams, request.headers.get("Referer"));
  return {
    source,
    hidden: {
      from: source.article ?? "",
      topic: source.topic ?? "",
      referrer: source.referrer ?? "",
      ...source.utm,
    } as Record<string, string>,
    submittedBefore: draft?.status === "submitted",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  // A browser that already has an open draft goes back to it instead of starting another.
  const existing = await getDraft(request);
  if (existing?.status === "open") return redirect(flowPath(firstIncompleteStep(existing)));
  const limiter = formLimiters("draft").perIp;
  if (!limiter.attempt(`ip:${context.clientIp}`)) {
    const retryAfter = limiter.retryAfterSeconds(`ip:${context.clientIp}`);
    return data(
      { rateLimited: true, retryAfterMinutes: Math.max(1, Math.ceil(retryAfter / 60)) },
      { status: 429, headers: { "Retry-After": String(retryAfter) } },
    );
  }
  const params = new URLSearchParams();
  for (const field of SOURCE_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string" && value !== "") params.set(field, value);
  }
  const source = sourceFromParams(params, params.get("referrer"));
  const { draft, token } = await createDraft(context.db, source);
  return redirect(flowPath(firstIncompleteStep(draft)), { headers: { "Set-Cookie": await draftCookieHeader(token) } });
}

// Without JavaScript the refusal is a document response: keep the action's Retry-After on it.
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders;

export const meta: MetaFunction = () => [
  { title: "Assess your regulatory exposure · Impact Desk" },
  {
    name: "description",
    content:
      "Five short steps, about three minutes: find out which technology regulations are likely to apply to your business, why, and when.",
  },
];

export default function AssessStart() {
  const { source, hidden, submittedBefore } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const topic = source.topic ? topicById(source.topic) : null;
  if (actionData && "rateLimited" in actionData) {
    return (
      <div className="container-page max-w-3xl py-12">
        <h1 className="font-serif text-3xl font-bold text-ink">Please try again a little later</h1>
        <p className="mt-4 text-lg text-ink-soft" role="alert">
          Many assessments have been started from your network in the last hour. Please come back in about{" "}
          {actionData.retryAfterMinutes} {actionData.retryAfterMinutes === 1 ? "minute" : "minutes"}.
        </p>
      </div>
    );
  }
  return (
    <div className="container-page max-w-3xl py-12">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">Exposure assessment</p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight text-ink sm:text-4xl">
        {topic ? topic.ctaLine : "How could technology regulation affect your business?"}
      </h1>
      <p className="mt-4 text-lg text-ink-soft">
        Answer a few questions about your company, your use of AI and data, your products and where you trade. You will
        get an instant summary of the regulations that are likely to apply, why, and the next deadline, and one of our
        audit experts will follow up.
      </p>
      {submittedBefore ? (
        <p className="mt-4 rounded-md bg-brand-light p-4 text-ink">
          Thank you, we have your earlier assessment. You can start another one for a different business below.
        </p>
      ) : null}
      <div className="mt-8">
        <FormCard>
          <h2 className="font-semibold text-ink">{FLOW_STEP_IDS.length} short steps, about three minutes</h2>
          <ol className="mt-3 list-decimal space-y-1 pl-5 text-ink-soft">
            {FLOW_STEP_IDS.map((step) => (
              <li key={step}>{stepTitle(step)}</li>
            ))}
          </ol>
          <p className="mt-4 text-sm text-ink-soft">
            Your answers are saved as you go, so you can come back to them in this browser for 30 days. Not sure about
            an answer? Choose “Not sure”: we will treat it as a possibility, never as a no.
          </p>
          <Form method="post" className="mt-6">
            {Object.entries(hidden).map(([name, value]) =>
              value ? <input key={name} type="hidden" name={name} value={value} /> : null,
            )}
            <button type="submit" className="button-primary">
              Start the assessment
            </button>
          </Form>
        </FormCard>
      </div>
    </div>
  );
}
