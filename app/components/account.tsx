import { Form, useNavigation } from "@remix-run/react";
import { PASSWORD_MIN_LENGTH, ROLE_LABELS } from "~/domain/team";
import type { UserAccount } from "~/server/auth/users.types";
import { AwayDaysFields } from "./away-days-fields";
import { ErrorSummary, FormCard } from "./form";
import { PasswordInput } from "./password-input";

type AccountResult = {
  intent: string;
  errors: Record<string, string>;
  away: { awayFrom: string; awayUntil: string } | null;
} | null;

/** A signed-in person's own page: who they are here, their password, and their days away. */
export function AccountPage({
  account,
  inboxNames,
  result,
}: {
  account: UserAccount;
  inboxNames: string[];
  result: AccountResult;
}) {
  const busy = useNavigation().state !== "idle";
  const passwordErrors = result?.intent === "password" ? result.errors : {};
  const awayErrors = result?.intent === "away" ? result.errors : {};
  const away = result?.away ?? { awayFrom: account.awayFrom ?? "", awayUntil: account.awayUntil ?? "" };
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Your account</h1>
      <p className="mb-6 mt-2 text-ink-soft">
        {account.email} · {ROLE_LABELS[account.role]} ·{" "}
        {inboxNames.length > 0 ? `Inboxes: ${inboxNames.join(", ")}` : "No inboxes"} · At most {account.capacity} open
        leads
      </p>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="away-heading">
          <h2 id="away-heading" className="mb-3 font-serif text-xl font-bold text-ink">
            Out of office
          </h2>
          <ErrorSummary errors={awayErrors} labels={{ awayFrom: "First day away", awayUntil: "Last day away" }} />
          <FormCard>
            {/* Keyed on what it shows, so a refused save shows what was sent. */}
            <Form method="post" noValidate className="space-y-4" key={`${away.awayFrom}|${away.awayUntil}`}>
              <p className="text-sm text-ink-soft">
                Whole days, in the firm's time zone. While you are away, new leads go to your colleagues. Leave both
                empty when you are in.
              </p>
              <AwayDaysFields values={away} errors={awayErrors} />
              <button type="submit" className="button-primary" disabled={busy}>
                Save days away
              </button>
              <input type="hidden" name="intent" value="away" />
            </Form>
          </FormCard>
        </section>

        <section aria-labelledby="password-heading">
          <h2 id="password-heading" className="mb-3 font-serif text-xl font-bold text-ink">
            Password
          </h2>
          <ErrorSummary
            errors={passwordErrors}
            labels={{ current: "Current password", password: "New password", confirm: "New password again" }}
          />
          <FormCard>
            <Form method="post" noValidate className="space-y-4">
              <input
                type="text"
                name="username"
                autoComplete="username"
                defaultValue={account.email}
                hidden
                readOnly
                aria-hidden="true"
              />
              <PasswordInput
                name="current"
                label="Current password"
                error={passwordErrors.current}
                autoComplete="current-password"
              />
              <PasswordInput
                name="password"
                label="New password"
                error={passwordErrors.password}
                autoComplete="new-password"
              />
              <PasswordInput
                name="confirm"
                label="New password again"
                error={passwordErrors.confirm}
                autoComplete="new-password"
              />
              <p className="text-sm text-ink-soft">
                At least {PASSWORD_MIN_LENGTH} characters; a short sentence works well. Your other sessions are signed
                out.
              </p>
              <button type="submit" className="button-primary" disabled={busy}>
                Change password
              </button>
              <input type="hidden" name="intent" value="password" />
            </Form>
          </FormCard>
        </section>
      </div>
    </>
  );
}
