import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, FormCard } from "~/components/form";
import { TextField } from "~/components/text-field";
import { fieldErrors } from "~/domain/validation";
import { getUser, requireSameOrigin, signIn } from "~/server/auth/auth.server";
import { startSession } from "~/server/auth/sessions.server";
import { formText, readForm } from "~/server/http/form-data.server";

const SignInSchema = z.object({
  email: z
    .string({ error: "Please enter your email" })
    .trim()
    .min(1, "Please enter your email")
    .max(254, "Please keep this under 254 characters"),
  password: z
    .string({ error: "Please enter your password" })
    .min(1, "Please enter your password")
    .max(200, "Please keep this under 200 characters"),
  next: z.string().optional(),
});

/**
 * Only a path inside the admin may be the destination after sign-in: never another site, and
 * never anything with spaces or control characters (CR/LF would break the Location header).
 */
function safeNext(next: string | null | undefined): string {
  return next && /^[\x21-\x7e]+$/.test(next) && /^\/admin(\/[^/\\\\]|$|\?)/.test(next) ? next : "/admin";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const next = safeNext(params.get("next"));
  if (await getUser(request)) throw redirect(next);
  return { next, passwordSaved: params.get("reset") === "1" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const form = await readForm(request);
  const parsed = SignInSchema.safeParse(
    Object.fromEntries(["email", "password", "next"].map((field) => [field, form.get(field) ?? undefined])),
  );
  if (!parsed.success)
    return data(
      { errors: fieldErrors(parsed.error), formError: null, email: formText(form, "email") },
      { status: 400 },
    );

  const db = context.db;
  const result = await signIn(db, { email: parsed.data.email, password: parsed.data.password, ip: context.clientIp });
  if (!result.ok) {
    const throttled = result.reason === "throttled";
    return data(
      {
        errors: {} as Record<string, string>,
        formError: throttled
          ? `Too many failed sign-ins. For your security, please wait ${result.retryAfterMinutes} ${result.retryAfterMinutes === 1 ? "minute" : "minutes"} and try again.`
          : "That email and password do not match an active account.",
        email: parsed.data.email,
      },
      { status: throttled ? 429 : 400 },
    );
  }
  // Where to go is settled before the session exists, so nothing after it can fail.
  const destination = safeNext(parsed.data.next);
  const cookie = await startSession(db, request, { userId: result.userId, ip: context.clientIp });
  return redirect(destination, { headers: { "Set-Cookie": cookie } });
}

export const meta: MetaFunction = () => [{ title: "Sign in · Impact Desk" }, { name: "robots", content: "noindex" }];

export default function SignIn() {
  const { next, passwordSaved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <div className="container-page max-w-md py-16">
      <h1 className="font-serif text-3xl font-bold text-ink">Consultant sign-in</h1>
      <p className="mt-2 mb-8 text-ink-soft">Sign in to work the leads of your inboxes.</p>
      {passwordSaved ? (
        <p role="status" className="mb-6 rounded-md bg-brand-light p-4 text-ink">
          Your password is saved. Sign in with it now.
        </p>
      ) : null}
      <ErrorSummary
        errors={result?.errors ?? {}}
        labels={{ email: "Email", password: "Password" }}
        formError={result?.formError}
      />
      <FormCard>
        <Form method="post" noValidate className="space-y-5">
          <input type="hidden" name="next" value={next} />
          <TextField
            name="email"
            label="Email"
            type="email"
            autoComplete="username"
            defaultValue={result?.email}
            error={result?.errors.email}
            maxLength={254}
          />
          <PasswordField error={result?.errors.password} />
          <button type="submit" className="button-primary w-full" disabled={navigation.state === "submitting"}>
            Sign in
          </button>
        </Form>
      </FormCard>
      <p className="mt-6 text-sm">
        <Link to="/admin/forgot" className="link">
          Forgotten your password?
        </Link>
      </p>
    </div>
  );
}

function PasswordField({ error }: { error?: string }) {
  return (
    <div>
      <label htmlFor="password" className="block font-semibold text-ink">
        Password
      </label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        maxLength={200}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "password-error" : undefined}
        className={`mt-1 block w-full rounded-md border px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-400"}`}
      />
      {error ? (
        <p id="password-error" className="mt-2 text-sm font-medium text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
