// Saving one answer as it is given: checked against the respondent's own survey and perspective, then an
// idempotent upsert keyed by respondent and item, in one statement (one round trip, atomic). The phone's
// sequence number decides: a late retry of an older value never overwrites a newer one. The answer is
// acknowledged only once that statement has committed.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { answerColumns, validateAnswer } from "@/lib/survey/answer";
import { AppError } from "@/server/errors";
import { publishedVersion } from "@/server/services/survey/published-version";
import type { RespondentActor } from "@/server/trpc";

export const CLOSED_MESSAGE = "This survey has closed, so answers can no longer be saved. Thank you for your time.";

export async function saveAnswer({
  db,
  actor,
  itemKey,
  value,
  seq,
}: {
  db: Database;
  actor: RespondentActor;
  itemKey: string;
  /** null clears the answer. */
  value: unknown;
  seq: number;
}) {
  if (actor.waveStatus !== "open") throw new AppError("PRECONDITION_FAILED", CLOSED_MESSAGE);
  const { definition, itemIds } = await publishedVersion(db, actor.surveyVersionId);
  const item = definition.items.find((i) => i.key === itemKey);
  const itemId = itemIds.get(itemKey);
  if (!item || !itemId || !item.askedOf.includes(actor.perspectiveKey)) {
    throw new AppError("BAD_REQUEST", "This question is not part of your survey.");
  }
  let columns = { numericValue: null as number | null, choiceValues: null as string[] | null, textValue: null as string | null };
  if (value !== null) {
    const checked = validateAnswer(item, value);
    if (!checked.ok) throw new AppError("BAD_REQUEST", checked.message);
    columns = answerColumns(item, checked.value);
  }
  // Choice values are [a-z0-9_-] (checked above), so this array literal needs no further escaping.
  const choices = columns.choiceValues ? `{${columns.choiceValues.map((c) => `"${c}"`).join(",")}}` : null;
  const result = await db.execute(sql`
    with resp as (
      insert into responses (organisation_id, wave_id, perspective_id, respondent_id, survey_version_id)
      values (${actor.organisationId}, ${actor.waveId}, ${actor.perspectiveId}, ${actor.respondentId}, ${actor.surveyVersionId})
      on conflict (respondent_id) do update set updated_at = now()
      returning id, status
    ),
    ans as (
      insert into answers (organisation_id, wave_id, perspective_id, respondent_id, response_id, item_id,
                           numeric_value, choice_values, text_value, client_seq, answered_at, updated_at)
      select ${actor.organisationId}, ${actor.waveId}, ${actor.perspectiveId}, ${actor.respondentId}, resp.id, ${itemId},
             ${columns.numericValue}::double precision, ${choices}::text[], ${columns.textValue}::text, ${seq}, now(), now()
      from resp where resp.status = 'draft'
      on conflict (respondent_id, item_id) do update
        set numeric_value = excluded.numeric_value, choice_values = excluded.choice_values,
            text_value = excluded.text_value, client_seq = excluded.client_seq, updated_at = excluded.updated_at
        where answers.client_seq < excluded.client_seq
      returning 1
    ),
    started as (
      update respondents set status = 'started', started_at = now()
      where id = ${actor.respondentId} and status in ('invited', 'sent', 'opened')
        and exists (select 1 from resp where resp.status = 'draft')
      returning 1
    )
    select (select status from resp) as status, (select count(*) from ans)::int as applied, (select count(*) from started)::int as started`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { status: string; applied: number }[];
  if (rows[0]?.status === "submitted") {
    throw new AppError("CONFLICT", "Your answers have already been sent: thank you. They can no longer be changed.");
  }
  // `applied` is 0 when a newer answer was already there: still acknowledged, nothing changed.
  return { itemKey, seq, applied: Number(rows[0]?.applied ?? 0) > 0 };
}
