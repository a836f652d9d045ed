import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AccountPage } from "~/components/account";
import { AwayDaysSchema, ChangePasswordSchema } from "~/domain/team";
import { fieldErrors } from "~/domain/validation";
import { changeOwnPassword, setOwnAwayDays } from "~/server/auth/account.server";
import { requireUser } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { sessionTokenFrom } from "~/server/auth/sessions.server";
import { getUserAccount } from "~/server/auth/users.server";
import { readForm } from "~/server/http/form-data.server";
import { inboxNames } from "~/server/admin/inboxes.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = context.db;
  const account = await getUserAccount(db, user.id, context.settings.businessCalendar.timeZone);
  if (!account) throw redirect("/admin/login");
  const inboxes = await inboxNames(db, account.inboxIds);
  return { account, inboxNames: inboxes.map((inbox) => inbox.name) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : undefined;
  };

  if (text("intent") === "away") {
    const parsed = AwayDaysSchema.safeParse({ awayFrom: text("awayFrom"), awayUntil: text("awayUntil") });
    if (!parsed.success)
      return data(
        {
          intent: "away",
          errors: fieldErrors(parsed.error),
          away: { awayFrom: text("awayFrom") ?? "", awayUntil: text("awayUntil") ?? "" },
        },
        { status: 400 },
      );
    await setOwnAwayDays(context.db, user.id, parsed.data, { timeZone: context.settings.businessCalendar.timeZone });
    return redirectWithFlash(context.db, request, "/admin/account", { message: "Your days out of office are saved." });
  }

  const parsed = ChangePasswordSchema.safeParse({
    current: text("current"),
    password: text("password"),
    confirm: text("confirm"),
  });
  if (!parsed.success)
    return data({ intent: "password", errors: fieldErrors(parsed.error), away: null }, { status: 400 });
  const changed = await changeOwnPassword(context.db, user, parsed.data, {
    ip: context.clientIp,
    sessionToken: (await sessionTokenFrom(request)) ?? "",
  });
  if (!changed.ok) {
    const message =
      changed.reason === "throttled"
        ? `Too many wrong passwords. Please wait ${changed.retryAfterMinutes} minute${changed.retryAfterMinutes === 1 ? "" : "s"} and try again.`
        : "That is not your current password";
    return data(
      { intent: "password", errors: { current: message } as Record<string, string>, away: null },
      { status: changed.reason === "throttled" ? 429 : 400 },
    );
  }
  return redirectWithFlash(context.db, request, "/admin/account", {
    message: "Your password is changed. Your other sessions have been signed out.",
  });
}

export const meta: MetaFunction = () => [
  { title: "Your account · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Account() {
  const { account, inboxNames } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <AccountPage account={account} inboxNames={inboxNames} result={result ?? null} />
    </>
  );
}
