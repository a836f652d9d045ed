import { z } from "zod";
import { isColleagueAddress } from "~/domain/summary";
import type { DB } from "../storage/db.server";
import { enqueueTemplatedEmail } from "../mail/outbox.server";
import { RateLimiter } from "../http/rate-limit.server";
import { hashToken } from "../auth/tokens.server";

/**
 * "Send to a colleague": the visitor's summary link, emailed to an address at the visitor's own
 * email domain, with the email and a timeline event written in one transaction. Limited per
 * summary and per client address, so the form cannot be used to flood a company's inboxes.
 */

export const SHARES_PER_SUMMARY_PER_DAY = 5;
export const SHARES_PER_ADDRESS_PER_HOUR = 20;
const perSummary = new RateLimiter(SHARES_PER_SUMMARY_PER_DAY, 24 * 60 * 60 * 1000);
const perClient = new RateLimiter(SHARES_PER_ADDRESS_PER_HOUR, 60 * 60 * 1000);

export const ColleagueSchema = z.object({
  colleague: z
    .string({ error: "Please enter your colleague's work email" })
    .trim()
    .min(1, "Please enter your colleague's work email")
    .max(254, "Please keep this under 254 characters")
    .pipe(z.email({ error: "Please enter a valid email address, like name@company.com" })),
});

export type ShareOutcome = { ok: true; sentTo: string } | { ok: false; status: 400 | 429; message: string } | null;

export async function shareSummary(
  db: DB,
  summaryToken: string,
  form: FormData,
  { clientIp, now, mail }: { clientIp: string; now: Date; mail: { from: string; firmName: string; publicUrl: string } },
): Promise<ShareOutcome> {
  const lead = await db
    .selectFrom("leads")
    .select(["id", "public_ref", "contact_name", "contact_email", "erased_at"])
    .where("summary_token_hash", "=", hashToken(summaryToken))
    .executeTakeFirst();
  if (!lead || lead.erased_at) return null;
  const value = form.get("colleague");
  const parsed = ColleagueSchema.safeParse({ colleague: typeof value === "string" ? value : undefined });
  if (!parsed.success)
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "Please enter a valid email address" };
  const colleague = parsed.data.colleague;
  const domain = lead.contact_email.slice(lead.contact_email.lastIndexOf("@") + 1);
  if (!isColleagueAddress(lead.contact_email, colleague)) {
    return {
      ok: false,
      status: 400,
      message: `We can only send it to an address at ${domain}, the domain of the email you gave us.`,
    };
  }
  if (colleague.toLowerCase() === lead.contact_email.toLowerCase()) {
    return { ok: false, status: 400, message: "That is your own address; we have already emailed you the summary." };
  }
  if (!perClient.attempt(`ip:${clientIp}`, now.getTime()) || !perSummary.attempt(`lead:${lead.id}`, now.getTime())) {
    return {
      ok: false,
      status: 429,
      message: "This summary has been sent to colleagues several times today. Please try again tomorrow.",
    };
  }
  await db.transaction().execute(async (trx) => {
    await enqueueTemplatedEmail(
      trx,
      {
        kind: "summary-shared",
        leadId: lead.id,
        from: mail.from,
        to: colleague,
        template: "summary-shared",
        data: {
          firmName: mail.firmName,
          publicUrl: mail.publicUrl,
          senderName: lead.contact_name,
          ref: lead.public_ref,
          summaryUrl: `${mail.publicUrl}/assess/done/${summaryToken}`,
        },
      },
      now,
    );
    await trx
      .insertInto("lead_events")
      .values({
        lead_id: lead.id,
        type: "summary_shared",
        actor: null,
        data: JSON.stringify({ to: colleague }),
        created_at: now.toISOString(),
      })
      .execute();
  });
  return { ok: true, sentTo: colleague };
}
