import { type ActionFunctionArgs, data, redirect } from "@remix-run/node";
import { ReferenceFormSchema, readReferenceForm } from "../../../shared/form";
import { referenceRows } from "../../../shared/rows";
import { db } from "../db.server";

/**
 * The reference submit: validate the form with zod, then write the lead, its event and its email
 * job in one Kysely transaction.
 */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = ReferenceFormSchema.safeParse(readReferenceForm(new URLSearchParams(await request.text())));
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    return data({ errors }, { status: 400 });
  }
  const rows = referenceRows(parsed.data);
  await db.transaction().execute(async (trx) => {
    const lead = await trx.insertInto("leads").values(rows.lead).returning("id").executeTakeFirstOrThrow();
    await trx
      .insertInto("lead_events")
      .values({ ...rows.event, lead_id: lead.id })
      .execute();
    await trx
      .insertInto("outbox")
      .values({ ...rows.outboxJob, lead_id: lead.id })
      .execute();
  });
  return redirect(`/done/${rows.lead.public_ref}`);
}

export default function Submit() {
  return <p>Send the form with POST.</p>;
}
