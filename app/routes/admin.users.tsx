import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, FieldError, FormCard } from "~/components/form";
import { TextField } from "~/components/text-field";
import { personName } from "~/domain/text-fields";
import { fieldErrors } from "~/domain/validation";
import { requireAdmin } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { inviteUser, listUsers } from "~/server/auth/users.server";
import { readForm } from "~/server/http/form-data.server";
import { inboxNames } from "~/server/admin/inboxes.server";
import { RefusedError } from "~/server/http/refused-error.server";

const InviteSchema = z.object({
  email: z
    .string({ error: "Please enter an email" })
    .trim()
    .toLowerCase()
    .max(254, "Please keep this under 254 characters")
    .pipe(z.email({ error: "Please enter a valid email address" })),
  name: personName(120),
  role: z.enum(["admin", "consultant"], { error: "Choose a role" }),
  inboxIds: z.array(z.coerce.number().int().positive()).max(50),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const db = context.db;
  const [users, inboxes] = await Promise.all([listUsers(db), inboxNames(db)]);
  return { users, inboxes };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAdmin(request);
  const form = await readForm(request, { lists: ["inboxIds"] });
  const parsed = InviteSchema.safeParse({
    email: form.get("email") ?? undefined,
    name: form.get("name") ?? undefined,
    role: form.get("role") ?? undefined,
    inboxIds: form.getAll("inboxIds"),
  });
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error) }, { status: 400 });
  try {
    await inviteUser(context.db, parsed.data, mailSettingsOf(context.settings));
  } catch (error) {
    if (error instanceof RefusedError) return data({ errors: error.fieldErrors() }, { status: 400 });
    throw error;
  }
  return redirectWithFlash(context.db, request, "/admin/users", {
    message: `Invitation sent to ${parsed.data.email}.`,
  });
}

export const meta: MetaFunction = () => [{ title: "Users · Impact Desk" }, { name: "robots", content: "noindex" }];

export default function Users() {
  const { users, inboxes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Users</h1>
      <table className="mt-6 w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Users and the inboxes they work</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-3">
              Name
            </th>
            <th scope="col" className="p-3">
              Email
            </th>
            <th scope="col" className="p-3">
              Role
            </th>
            <th scope="col" className="p-3">
              Inboxes
            </th>
            <th scope="col" className="p-3">
              State
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((row) => (
            <tr key={row.id} className="border-b border-slate-100">
              <th scope="row" className="p-3 font-normal">
                <Link to={`/admin/users/${row.id}`} className="link">
                  {row.name}
                </Link>
              </th>
              <td className="p-3">{row.email}</td>
              <td className="p-3">{row.role === "admin" ? "Administrator" : "Consultant"}</td>
              <td className="p-3">{row.inboxes.join(", ") || "—"}</td>
              <td className="p-3">
                {!row.active ? "Inactive" : row.invitationPending ? "Invitation pending" : "Active"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="mt-10 font-serif text-2xl font-bold text-ink">Invite someone</h2>
      <p className="mt-2 text-ink-soft">
        They get an email with a link to choose their password; it works once, for a week.
      </p>
      <div className="mt-4 max-w-xl">
        <ErrorSummary errors={errors} labels={{ email: "Email", name: "Name", role: "Role", inboxIds: "Inboxes" }} />
        <FormCard>
          <Form method="post" noValidate className="space-y-5">
            <TextField name="name" label="Name" error={errors.name} maxLength={120} />
            <TextField name="email" label="Email" type="email" error={errors.email} maxLength={254} />
            <fieldset id="role">
              <legend className="font-semibold text-ink">Role</legend>
              <div className="mt-2 flex gap-6">
                <label className="flex items-center gap-2">
                  <input type="radio" name="role" value="consultant" defaultChecked className="accent-brand" />{" "}
                  Consultant
                </label>
                <label className="flex items-center gap-2">
                  <input type="radio" name="role" value="admin" className="accent-brand" /> Administrator
                </label>
              </div>
              <FieldError field="role" message={errors.role} />
            </fieldset>
            <fieldset id="inboxIds">
              <legend className="font-semibold text-ink">Inboxes</legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {inboxes.map((inbox) => (
                  <label key={inbox.id} className="flex items-center gap-2">
                    <input type="checkbox" name="inboxIds" value={inbox.id} className="accent-brand" /> {inbox.name}
                  </label>
                ))}
              </div>
              <FieldError field="inboxIds" message={errors.inboxIds} />
            </fieldset>
            <button type="submit" className="button-primary">
              Send invitation
            </button>
          </Form>
        </FormCard>
      </div>
    </>
  );
}
