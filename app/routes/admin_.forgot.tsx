import { type ActionFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, FormCard } from "~/components/form";
import { TextField } from "~/components/text-field";
import { fieldErrors } from "~/domain/validation";
import { normaliseSignInEmail, requireSameOrigin } from "~/server/auth/auth.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { withinFormLimits } from "~/server/flow/form-limits.server";
import { requestPasswordReset } from "~/server/auth/password-links.server";
import { readForm } from "~/server/http/form-data.server";

const ForgotSchema = z.object({
  email: z
    .string({ error: "Please enter your email" })
    .trim()
    .max(254, "Please keep this under 254 characters")
    .pipe(z.email({ error: "Please enter a valid email address" })),
});

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const form = await readForm(request);
  const value = form.get("email");
  const parsed = ForgotSchema.safeParse({ email: typeof value === "string" ? value : undefined });
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), sent: false }, { status: 400 });
  const email = normaliseSignInEmail(parsed.data.email);
  if (!withinFormLimits("password-reset", { ip: context.clientIp, email })) {
    return data(
      {
        errors: { email: "Several links were sent already; please check your inbox or try again in an hour" },
        sent: false,
      },
      { status: 429 },
    );
  }
  // The answer is the same whether or not the account exists, so the form reveals no addresses.
  await requestPasswordReset(context.db, email, mailSettingsOf(context.settings));
  return data({ errors: {} as Record<string, string>, sent: true });
}

export const meta: MetaFunction = () => [
  { title: "Reset your password · Impact Desk" },
  { name: "robots", content: "noindex" },
];

export default function ForgotPassword() {
  const result = useActionData<typeof action>();
  return (
    <div className="container-page max-w-md py-16">
      <h1 className="font-serif text-3xl font-bold text-ink">Reset your password</h1>
      <p className="mt-2 mb-8 text-ink-soft">
        We will email a link to choose a new password. It works once, for an hour.
      </p>
      {result?.sent ? (
        <p role="status" className="mb-6 rounded-md bg-brand-light p-4 text-ink">
          If an account uses that address, a link is on its way.
        </p>
      ) : null}
      <ErrorSummary errors={result?.errors ?? {}} labels={{ email: "Email" }} />
      <FormCard>
        <Form method="post" noValidate className="space-y-5">
          <TextField
            name="email"
            label="Email"
            type="email"
            autoComplete="username"
            error={result?.errors.email}
            maxLength={254}
          />
          <button type="submit" className="button-primary w-full">
            Email me a link
          </button>
        </Form>
      </FormCard>
      <p className="mt-6 text-sm">
        <Link to="/admin/login" className="link">
          Back to sign-in
        </Link>
      </p>
    </div>
  );
}
