// Decides which invitations and reminders are due at `now` and queues each exactly once: the unique key
// (respondent, kind, step, channel) makes a second worker's identical insert a no-op.
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { at } from "@/db/sql";

/** `organisationId` limits the run to one organisation (per-tenant workers, and tests on a shared database). */
export async function scheduleMessages(
  db: Database,
  now: Date,
  organisationId?: string,
): Promise<{ invitations: number; reminders: number }> {
  const inOrganisation = (column: SQL) => (organisationId ? sql`and ${column} = ${organisationId}` : sql``);
  const invitations = await db.execute(sql`
    insert into messages (organisation_id, wave_id, respondent_id, kind, step, channel, recipient, language, next_attempt_at, created_at)
    select r.organisation_id, r.wave_id, r.id, 'invitation', 0, ch.channel::message_channel,
           case ch.channel when 'email' then c.email else c.phone end, coalesce(r.language, 'en'), ${at(now)}, ${at(now)}
    from respondents r
    join waves w on w.id = r.wave_id and w.status = 'open'
    join respondent_contacts c on c.respondent_id = r.id and not c.do_not_contact and c.erased_at is null
    cross join (values ('email'), ('sms')) as ch(channel)
    where r.status in ('invited', 'sent')
      and ch.channel = any(w.channels)
      and case ch.channel when 'email' then c.email else c.phone end is not null
      ${inOrganisation(sql`r.organisation_id`)}
    on conflict (respondent_id, kind, step, channel) do nothing
    returning id`);
  const reminders = await db.execute(sql`
    insert into messages (organisation_id, wave_id, respondent_id, kind, step, channel, recipient, language, next_attempt_at, created_at)
    select inv.organisation_id, inv.wave_id, inv.respondent_id, 'reminder', s.step, inv.channel,
           case inv.channel when 'email' then c.email else c.phone end, inv.language, ${at(now)}, ${at(now)}
    from messages inv
    join respondents r on r.id = inv.respondent_id and r.status in ('invited', 'sent', 'opened', 'started')
    join waves w on w.id = inv.wave_id and w.status = 'open'
    join respondent_contacts c on c.respondent_id = r.id and not c.do_not_contact and c.erased_at is null
    cross join lateral unnest(w.reminder_days) with ordinality as s(days, step)
    where inv.kind = 'invitation'
      and inv.status in ('sent', 'outbox')
      and inv.sent_at + make_interval(days => s.days) <= ${at(now)}
      and case inv.channel when 'email' then c.email else c.phone end is not null
      ${inOrganisation(sql`inv.organisation_id`)}
    on conflict (respondent_id, kind, step, channel) do nothing
    returning id`);
  return { invitations: rowCount(invitations), reminders: rowCount(reminders) };
}

function rowCount(result: unknown): number {
  // postgres.js returns an array of rows; PGlite an object with `rows`.
  if (Array.isArray(result)) return result.length;
  return (result as { rows?: unknown[] }).rows?.length ?? 0;
}
