import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ContinueLaterLink, ErrorSummary, FlowProgress, FormCard, SubmitButton } from "~/components/form";
import { useEnhancedForm } from "~/components/use-enhanced-form";
import { CheckboxField, TextField } from "~/components/text-field";
import { CONTACT_FIELDS, type ContactFormValues, ContactSchema, MESSAGE_MAX_LENGTH } from "~/domain/flow/contact";
import {
  CONTACT_STEP,
  FLOW_STEP_IDS,
  REVIEW,
  flowPath,
  previousStep,
  reachedStep,
  stepNumber,
} from "~/domain/flow/progress";
import { fieldErrors } from "~/domain/validation";
import { readForm } from "~/server/http/form-data.server";
import { HONEYPOT_FIELD, TIME_TRAP_FIELD } from "~/domain/flow/bot-fields";
import { checkForBots, timeTrapValue } from "~/server/flow/bot-checks.server";
import { updateDraft } from "~/server/flow/drafts.server";
import { requireDraftAt } from "~/server/flow/draft-cookie.server";
import { log } from "~/server/log.server";

const LABELS: Record<string, string> = {
  name: "Your name",
  email: "Work email",
  company: "Company",
  jobTitle: "Job title",
  phone: "Phone",
  message: "Anything you would like us to know",
  consent: "Consent to be contacted",
  marketingOptIn: "Insights by email",
};

function formValues(form: FormData): ContactFormValues {
  const values = {} as ContactFormValues;
  for (const field of CONTACT_FIELDS) {
    const value = form.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const draft = await requireDraftAt(request, CONTACT_STEP);
  return {
    contact: (draft.contact ?? {}) as Partial<ContactFormValues>,
    formStarted: timeTrapValue(context.settings.sessionSecret, draft.id),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const draft = await requireDraftAt(request, CONTACT_STEP);
  // The visible fields sent twice get a message beside them (below); the trap fields may not repeat.
  const form = await readForm(request, { lists: CONTACT_FIELDS });
  const env = context.settings;
  const values = formValues(form);
  const bots = checkForBots(form, { secret: env.sessionSecret, draftId: draft.id, minFillMs: env.formMinFillMs });
  // Sent back faster than a person types: browser autofill and password managers do that too, so
  // the visitor goes on and the lead waits, unconfirmed, for someone to look at it (issue 12).
  // A filled honeypot or a forged, stale or borrowed time token is still refused.
  const suspected = !bots.ok && bots.reason === "too-fast" ? "too-fast" : null;
  if (!bots.ok && !suspected) {
    log.warn(`Contact step refused (${bots.reason}) from ${context.clientIp}`);
    return data(
      {
        errors: {} as Record<string, string>,
        values,
        formError: "We could not accept the form this time. Please check your details and send it again.",
        formStarted: timeTrapValue(env.sessionSecret, draft.id),
      },
      { status: 400 },
    );
  }
  const result = ContactSchema.safeParse(values);
  // A field sent twice is a tampered form; say so rather than silently keeping the first value.
  const repeated = CONTACT_FIELDS.filter((field) => form.getAll(field).length > 1);
  if (!result.success || repeated.length > 0) {
    const errors = result.success ? {} : fieldErrors(result.error);
    for (const field of repeated) errors[field] = "Please send a single value";
    return data(
      { errors, values, formError: null, formStarted: timeTrapValue(env.sessionSecret, draft.id) },
      { status: 400 },
    );
  }
  // What the visitor typed is kept as typed (validated); the review page and the lead use it.
  if (suspected) log.info(`Contact step sent back fast from ${context.clientIp}; its lead will wait unconfirmed`);
  await updateDraft(context.db, draft.id, {
    contact: { ...values, consent: "on", marketingOptIn: result.data.marketingOptIn ? "on" : "" },
    suspected,
    reached: reachedStep(REVIEW),
  });
  return redirect(flowPath(REVIEW));
}

export const meta: MetaFunction = () => [
  { title: "Your contact details · Exposure assessment" },
  { name: "robots", content: "noindex" },
];

export default function ContactStep() {
  const { contact, formStarted } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const saved: Partial<ContactFormValues> = actionData?.values ?? contact;
  // No defaultValues: fields are read from the page as rendered, keeping early typing.
  const { register, hydrated, onSubmit, errors, summaryErrors } = useEnhancedForm({
    schema: ContactSchema,
    fields: CONTACT_FIELDS,
    serverErrors: actionData?.errors,
  });
  const back = previousStep(CONTACT_STEP);

  return (
    <div className="container-page max-w-3xl py-10">
      <FlowProgress current={stepNumber(CONTACT_STEP)} total={FLOW_STEP_IDS.length} title="Your contact details" />
      <h1 className="font-serif text-3xl font-bold text-ink">Your contact details</h1>
      <p className="mt-2 mb-8 text-lg text-ink-soft">
        So that one of our audit experts can walk you through the results. Next you can review every answer before
        sending.
      </p>
      <ErrorSummary errors={summaryErrors} labels={LABELS} formError={actionData?.formError} takeFocus={false} />
      <FormCard>
        <Form
          method="post"
          noValidate
          data-enhanced={hydrated ? "true" : undefined}
          className="space-y-5"
          onSubmit={onSubmit}
        >
          <input type="hidden" name={TIME_TRAP_FIELD} value={actionData?.formStarted ?? formStarted} />
          <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
            <label htmlFor={HONEYPOT_FIELD}>Leave this field empty</label>
            <input
              id={HONEYPOT_FIELD}
              name={HONEYPOT_FIELD}
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="name"
              label={LABELS.name ?? "name"}
              autoComplete="name"
              registration={register("name")}
              defaultValue={saved.name}
              error={errors.name}
              maxLength={120}
            />
            <TextField
              name="email"
              label={LABELS.email ?? "email"}
              type="email"
              autoComplete="email"
              registration={register("email")}
              defaultValue={saved.email}
              error={errors.email}
              maxLength={254}
            />
            <TextField
              name="company"
              label={LABELS.company ?? "company"}
              autoComplete="organization"
              registration={register("company")}
              defaultValue={saved.company}
              error={errors.company}
              maxLength={160}
            />
            <TextField
              name="jobTitle"
              label={LABELS.jobTitle ?? "jobTitle"}
              autoComplete="organization-title"
              registration={register("jobTitle")}
              defaultValue={saved.jobTitle}
              error={errors.jobTitle}
              maxLength={120}
            />
            <TextField
              name="phone"
              label={LABELS.phone ?? "phone"}
              type="tel"
              autoComplete="tel"
              optional
              registration={register("phone")}
              defaultValue={saved.phone}
              error={errors.phone}
              maxLength={32}
            />
          </div>
          <TextField
            name="message"
            label={LABELS.message ?? "message"}
            optional
            multiline
            help={`Up to ${MESSAGE_MAX_LENGTH.toLocaleString("en")} characters.`}
            registration={register("message")}
            defaultValue={saved.message}
            error={errors.message}
            maxLength={MESSAGE_MAX_LENGTH}
          />
          <CheckboxField
            name="consent"
            registration={register("consent")}
            defaultChecked={saved.consent === "on"}
            error={errors.consent}
          >
            I agree that the firm may store my answers and contact me about this assessment, as described in the{" "}
            <Link to="/privacy" className="link" target="_blank">
              privacy notice
            </Link>
            .
          </CheckboxField>
          <CheckboxField
            name="marketingOptIn"
            registration={register("marketingOptIn")}
            defaultChecked={saved.marketingOptIn === "on"}
          >
            Send me the firm’s regulatory insights by email (optional; unsubscribe at any time).
          </CheckboxField>
          <div className="flex flex-wrap items-center justify-between gap-4 pt-2">
            {back ? (
              <Link to={flowPath(back)} className="link">
                ← Back
              </Link>
            ) : (
              <span />
            )}
            <SubmitButton pendingLabel="Saving…">Review my answers</SubmitButton>
          </div>
        </Form>
      </FormCard>
      <ContinueLaterLink />
    </div>
  );
}
