import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorSummary, FormCard } from "~/components/form";
import { PasswordInput } from "~/components/password-input";
import { NewPasswordSchema } from "~/domain/team";
import { fieldErrors } from "~/domain/validation";
import { requireSameOrigin } from "~/server/auth/auth.server";
import type { DB } from "~/server/storage/db.server";
import { findUsablePasswordLink, setPasswordWithLink } from "~/server/auth/password-links.server";
import { readForm } from "~/server/http/form-data.server";

async function usableLink(db: DB, token: string | undefined) {
  const link = token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findUsablePasswordLink(db, token) : undefined;
  if (!link) throw new Response("This link cannot be used", { status: 410 });
  return link;
}

export async function loader({ params, context }: LoaderFunctionArgs) {
  const link = await usableLink(context.db, params.token);
  return { email: link.email, invite: link.purpose === "invite" };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  await usableLink(context.db, params.token);
  const form = await readForm(request);
  const parsed = NewPasswordSchema.safeParse({
    password: form.get("password") ?? undefined,
    confirm: form.get("confirm") ?? undefined,
  });
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error) }, { status: 400 });
  const done = await setPasswordWithLink(context.db, params.token ?? "", parsed.data.password);
  if (!done) throw new Response("This link cannot be used", { status: 410 });
  return redirect("/admin/login?reset=1");
}

export const meta: MetaFunction = () => [
  { title: "Choose a password · Impact Desk" },
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "no-referrer" },
];

export default function ChoosePassword() {
  const { email, invite } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  return (
    <div className="container-page max-w-md py-16">
      <h1 className="font-serif text-3xl font-bold text-ink">
        {invite ? "Choose your password" : "Choose a new password"}
      </h1>
      <p className="mt-2 mb-8 text-ink-soft">For {email}. At least 12 characters; a short sentence works well.</p>
      <ErrorSummary errors={errors} labels={{ password: "Password", confirm: "Password again" }} />
      <FormCard>
        <Form method="post" noValidate className="space-y-5">
          <input
            type="text"
            name="username"
            autoComplete="username"
            defaultValue={email}
            hidden
            readOnly
            aria-hidden="true"
          />
          <PasswordInput name="password" label="Password" error={errors.password} autoComplete="new-password" />
          <PasswordInput name="confirm" label="Password again" error={errors.confirm} autoComplete="new-password" />
          <button type="submit" className="button-primary w-full">
            Save my password
          </button>
        </Form>
      </FormCard>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || error.status !== 410) throw error;
  return (
    <div className="container-page max-w-md py-16">
      <h1 className="font-serif text-3xl font-bold text-ink">This link has expired or was already used</h1>
      <p className="mt-4 text-ink-soft">Ask for a new link to choose your password.</p>
      <Link to="/admin/forgot" className="button-primary mt-8">
        Email me a new link
      </Link>
    </div>
  );
}
