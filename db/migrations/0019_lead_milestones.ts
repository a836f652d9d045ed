import { type Kysely, sql } from "kysely";

/**
 * What a lead went through, kept on the lead row so the reports count what happened rather than
 * where a lead stands today (decision 034):
 *
 * - `reached_qualified_at`: when it first reached qualified, proposal or won;
 * - `reached_won_at`: when it was won;
 * - `first_response_by`: who gave its first response (the user whose status change, logged
 *   contact, contact note or email set `first_response_at`).
 *
 * The two milestones are written by triggers in the statement that changes the status, so every
 * path (the lead page, bulk changes, logging contact, imports and seeds writing a lead at a later
 * status) keeps them, and once set they are never cleared: a lead qualified and later lost stays
 * qualified. The responder is written by the application with `first_response_at`, since only it
 * knows who acted.
 *
 * Existing leads are filled in from their timeline: the first status change to each stage, or the
 * lead's receipt for a lead stored already at that stage; the responder from the user's event
 * that carries the first response's instant. A first response with no such event keeps no
 * responder, and the reports credit its owner, as they did before.
 */

const QUALIFIED = sql.raw(`('qualified', 'proposal', 'won')`);
const WON = sql.raw(`('won')`);

/** The first instant a lead's timeline moved it into one of `statuses`. */
const firstMoveInto = (statuses: typeof QUALIFIED) => sql`(
  select min(lead_events.created_at) from lead_events
  where lead_events.lead_id = leads.id and lead_events.type = 'status_changed'
    and json_extract(lead_events.data, '$.to') in ${statuses}
)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table leads add column reached_qualified_at text`.execute(trx);
    await sql`alter table leads add column reached_won_at text`.execute(trx);
    await sql`alter table leads add column first_response_by integer references users (id)`.execute(trx);

    await sql`
      update leads set
        reached_qualified_at = coalesce(${firstMoveInto(QUALIFIED)}, case when status in ${QUALIFIED} then created_at end),
        reached_won_at = coalesce(${firstMoveInto(WON)}, case when status in ${WON} then created_at end)
    `.execute(trx);
    await sql`
      update leads set first_response_by = (
        select cast(lead_events.actor as integer) from lead_events
        where lead_events.lead_id = leads.id
          and lead_events.created_at = leads.first_response_at
          and lead_events.actor glob '[0-9]*'
          and (lead_events.type in ('status_changed', 'contact_logged', 'message_sent')
            or (lead_events.type = 'note_added' and json_extract(lead_events.data, '$.contacted') = 1))
        order by lead_events.id
        limit 1
      )
      where first_response_at is not null
    `.execute(trx);
    // A responder that no longer exists (never deleted today, but the foreign key must hold).
    await sql`
      update leads set first_response_by = null
      where first_response_by is not null and first_response_by not in (select id from users)
    `.execute(trx);

    // The statement that writes a later status also writes the milestone, at the lead's
    // `updated_at` (the app sets it to the change's instant in the same UPDATE).
    await sql`
      create trigger leads_milestones_insert after insert on leads
      when new.status in ${QUALIFIED} begin
        update leads set
          reached_qualified_at = coalesce(reached_qualified_at, new.created_at),
          reached_won_at = case when new.status in ${WON} then coalesce(reached_won_at, new.created_at) else reached_won_at end
        where id = new.id;
      end
    `.execute(trx);
    await sql`
      create trigger leads_milestones_update after update of status on leads
      when (new.status in ${QUALIFIED} and new.reached_qualified_at is null)
        or (new.status in ${WON} and new.reached_won_at is null) begin
        update leads set
          reached_qualified_at = coalesce(reached_qualified_at, new.updated_at),
          reached_won_at = case when new.status in ${WON} then coalesce(reached_won_at, new.updated_at) else reached_won_at end
        where id = new.id;
      end
    `.execute(trx);
  });
}
