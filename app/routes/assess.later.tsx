import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, FormCard } from "~/components/form";
import { TextField } from "~/components/text-field";
import { type ContactFormValues, normaliseEmail } from "~/domain/flow/contact";
import { firstIncompleteStep, flowPath } from "~/domain/flow/progress";
import { fieldErrors } from "~/domain/validation";
import { emailResumeLink } from "~/server/flow/drafts.server";
import { getDraft } from "~/server/flow/draft-cookie.server";
import { withinFormLimits } from "~/server/flow/form-limits.server";
import { readForm } from "~/server/http/form-data.server";

const LaterSchema = z.object({
  email: z
    .string({ error: "Please enter your email address" })
    .trim()
    .max(254, "Please keep this under 254 characters")
    .pipe(z.email({ error: "Please enter a valid email address, like name@company.com" })),
});

async function requireOpenDraft(request: Request) {
  const draft = await getDraft(request);
  if (!draft || draft.status !== "open") throw redirect("/assess");
  return draft;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const draft = await requireOpenDraft(request);
  return {
    email: (draft.contact as Partial<ContactFormValues> | null)?.email ?? "",
    backTo: flowPath(firstIncompleteStep(draft)),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const draft = await requireOpenDraft(request);
  const form = await readForm(request);
  const value = form.get("email");
  const parsed = LaterSchema.safeParse({ email: typeof value === "string" ? value : undefined });
  if (!parsed.success)
    return data({ errors: fieldErrors(parsed.error), sentTo: null, rateLimited: false }, { status: 400 });

  const email = parsed.data.email;
  if (!withinFormLimits("resume-link", { ip: context.clientIp, email: normaliseEmail(email) }))
    return data({ errors: {} as Record<string, string>, sentTo: null, rateLimited: true }, { status: 429 });
  await emailResumeLink(context.db, { draftId: draft.id, email, env: context.settings });
  return data({ errors: {} as Record<string, string>, sentTo: email, rateLimited: false });
}

export const meta: MetaFunction = () => [
  { title: "Continue later · Exposure assessment" },
  { name: "robots", content: "noindex" },
];

export default function ContinueLater() {
  const { email, backTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="container-page max-w-2xl py-10">
      <h1 className="font-serif text-3xl font-bold text-ink">Continue later</h1>
      <p className="mt-2 mb-8 text-lg text-ink-soft">
        The steps you have completed are saved. We can email you a link that reopens your assessment on any device; it
        works once and for three days.
      </p>
      {result?.sentTo ? (
        <p role="status" className="mb-6 rounded-md bg-brand-light p-4 text-ink" data-testid="resume-sent">
          We have sent a link to <strong>{result.sentTo}</strong>. You can close this page.
        </p>
      ) : null}
      {result?.rateLimited ? (
        <p role="alert" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-800">
          We have sent several links already. Please check your inbox, or try again in an hour.
        </p>
      ) : null}
      <ErrorSummary errors={result?.errors ?? {}} labels={{ email: "Email address" }} />
      <FormCard>
        <Form method="post" noValidate className="space-y-5">
          <TextField
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            defaultValue={email}
            error={result?.errors.email}
            maxLength={254}
          />
          <div className="flex flex-wrap items-center justify-between gap-4">
            <Link to={backTo} className="link">
              ← Back to my answers
            </Link>
            <button type="submit" className="button-primary">
              Email me a link
            </button>
          </div>
        </Form>
      </FormCard>
    </div>
  );
}
