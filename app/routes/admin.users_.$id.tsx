import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { type SubmittedUser, UserAccountPage } from "~/components/user-account";
import { UserUpdateSchema } from "~/domain/team";
import { parseRecordId } from "~/domain/record-id";
import { fieldErrors } from "~/domain/validation";
import { requireAdmin } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { getUserAccount, resendInvitation, updateUser } from "~/server/auth/users.server";
import { readForm } from "~/server/http/form-data.server";
import { inboxNames } from "~/server/admin/inboxes.server";
import { RefusedError } from "~/server/http/refused-error.server";

const NOBODY = "There is no user with that number.";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data(NOBODY, { status: 404 });
  const db = context.db;
  const account = await getUserAccount(db, id, context.settings.businessCalendar.timeZone);
  if (!account) throw data(NOBODY, { status: 404 });
  const inboxes = await inboxNames(db);
  return { editingSelf: admin.id === account.id, account, inboxes };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data(NOBODY, { status: 404 });
  const form = await readForm(request, { lists: ["inboxIds"] });
  const env = context.settings;
  // What was sent, shown again beside the problems so nothing typed is lost.
  let values: SubmittedUser | null = null;
  try {
    if (form.get("intent") === "invite") {
      const email = await resendInvitation(context.db, id, mailSettingsOf(context.settings));
      return redirectWithFlash(context.db, request, `/admin/users/${id}`, {
        message: `A new invitation is on its way to ${email}.`,
      });
    }
    const text = (key: string) => {
      const value = form.get(key);
      return typeof value === "string" ? value : undefined;
    };
    values = {
      name: text("name"),
      role: text("role"),
      inboxIds: form.getAll("inboxIds").map(String),
      capacity: text("capacity"),
      active: text("active"),
      awayFrom: text("awayFrom"),
      awayUntil: text("awayUntil"),
    };
    const parsed = UserUpdateSchema.safeParse(values);
    if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 });
    await updateUser(context.db, admin.id, id, parsed.data, { timeZone: env.businessCalendar.timeZone });
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    if (error.status === 404) throw data(NOBODY, { status: 404 });
    return data({ errors: error.fieldErrors(), values }, { status: 400 });
  }
  // Back to the page with a plain GET, so reloading it does not post again.
  return redirectWithFlash(context.db, request, `/admin/users/${id}`, { message: "Changes saved." });
}

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `${loaded.account.name} · Users · Impact Desk` : "User · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function UserPage() {
  const { editingSelf, account, inboxes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <UserAccountPage
        account={account}
        inboxes={inboxes}
        editingSelf={editingSelf}
        errors={result?.errors ?? {}}
        submitted={result?.values ?? null}
      />
    </>
  );
}
