// Saving one answer as it is given: checked against the respondent's own survey and perspective, then an
// idempotent upsert keyed by respondent and item, in one statement (one round trip, atomic) that also
// checks the link is still this respondent's and the wave still open. The phone's sequence number
// decides: a late retry of an older value never overwrites a newer one. The answer is acknowledged only
// once that statement has committed.
import type { PGlite } from "@electric-sql/pglite";
import type { Database } from "@/db/connect";
import { answerColumns, answerSchemaFor } from "@/lib/survey/answer";
import type { TItemDefinition } from "@/lib/survey/definition";
import type { TAnswerValue } from "@/lib/survey/logic";
import { AppError } from "@/server/errors";
import { publishedVersion } from "@/server/services/survey/published-version";
import { isClosedWaveRefusal } from "@/server/services/wave/closed-wave-refusal";
import { CLOSED_MESSAGE, respondentIdentity, type RespondentIdentity } from "./load-respondent";

export { CLOSED_MESSAGE };

const UNKNOWN_LINK = "This link is not valid. Please use the link you were sent.";
const SUBMITTED = "Your answers have already been sent: thank you. They can no longer be changed.";

type Outcome = { waveStatus: string | null; status: string | null; applied: number };

export async function saveAnswer({
  db,
  link,
  itemKey,
  value,
  seq,
}: {
  db: Database;
  /** The personal link as presented (the hash of its token): resolved and checked here. */
  link: { tokenHash: string };
  itemKey: string;
  /** null clears the answer. */
  value: unknown;
  seq: number;
}) {
  // A remembered identity that no longer holds (the link was revoked) is looked up once more, fresh; a
  // first answer racing another first answer of the same person (two tabs) for the response row, once more.
  let fresh = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await respondentIdentity(db, link.tokenHash, { fresh });
    if (!found) throw new AppError("UNAUTHORIZED", UNKNOWN_LINK);
    if (found.waveStatus !== undefined && found.waveStatus !== "open") throw new AppError("PRECONDITION_FAILED", CLOSED_MESSAGE);
    const outcome = await upsertAnswer(db, link.tokenHash, found.identity, itemKey, value, seq);
    if (outcome.waveStatus === null) {
      if (!found.fromCache) throw new AppError("UNAUTHORIZED", UNKNOWN_LINK);
      fresh = true;
      continue;
    }
    if (outcome.waveStatus !== "open") throw new AppError("PRECONDITION_FAILED", CLOSED_MESSAGE);
    if (outcome.status === null) continue;
    if (outcome.status === "submitted") throw new AppError("CONFLICT", SUBMITTED);
    // `applied` is 0 when a newer answer was already there: still acknowledged, nothing changed.
    return { itemKey, seq, applied: outcome.applied > 0 };
  }
  throw new AppError("CONFLICT", "Your answer could not be saved just now. Please try again.");
}

/** One save, checked and ready for the database. */
type SaveRow = {
  tokenHash: string;
  actor: RespondentIdentity;
  itemId: string;
  numericValue: number | null;
  /** A PostgreSQL array literal of the choices, or null. */
  choices: string | null;
  textValue: string | null;
  seq: number;
};

async function upsertAnswer(
  db: Database,
  tokenHash: string,
  actor: RespondentIdentity,
  itemKey: string,
  value: unknown,
  seq: number,
): Promise<Outcome> {
  const { definition, itemIds } = await publishedVersion(db, actor.surveyVersionId);
  const item = definition.items.find((i) => i.key === itemKey);
  const itemId = itemIds.get(itemKey);
  if (!item || !itemId || !item.askedOf.includes(actor.perspectiveKey)) {
    throw new AppError("BAD_REQUEST", "This question is not part of your survey.");
  }
  let columns = { numericValue: null as number | null, choiceValues: null as string[] | null, textValue: null as string | null };
  if (value !== null) {
    columns = answerColumns(item, checkedAnswer(item, value));
  }
  // Choice values are [a-z0-9_-] (checked above), so this array literal needs no further escaping.
  const choices = columns.choiceValues ? `{${columns.choiceValues.map((c) => `"${c}"`).join(",")}}` : null;
  const row: SaveRow = { tokenHash, actor, itemId, numericValue: columns.numericValue, choices, textValue: columns.textValue, seq };
  const batcher = batcherFor(db);
  return batcher ? batcher.save(row) : saveOne(db, row);
}

/** The save as a statement of its own: embedded, and for a batch that failed as a whole. */
async function saveOne(db: Database, row: SaveRow): Promise<Outcome> {
  try {
    const [outcome] = await saveRows(db, [row]);
    return outcome!;
  } catch (err) {
    // The wave closed between this statement's snapshot and its write: the database's guard refused it.
    if (isClosedWaveRefusal(err)) return { waveStatus: "closed", status: null, applied: 0 };
    throw err;
  }
}

type PostgresJs = { unsafe: (text: string, params: unknown[], options: { prepare: boolean }) => Promise<unknown> };
type PGliteClient = Pick<PGlite, "query">;

/** The postgres.js client under drizzle, or null (embedded PGlite). */
function postgresJs(db: Database): PostgresJs | null {
  const client = (db as unknown as { $client?: { unsafe?: unknown } }).$client;
  return typeof client?.unsafe === "function" ? (client as PostgresJs) : null;
}

/**
 * Saves that arrive while earlier ones are still in the database travel together: one statement and one
 * commit for up to MAX_BATCH people (one save per person each, so that no row is written twice). Each is
 * still acknowledged only after that commit. A single save at a quiet moment goes at once, alone: this
 * adds no waiting, it only shares the cost of a statement and its commit (parse, snapshot, WAL flush,
 * round trip) when many people answer at the same moment. One batch runs at a time, so that the saves
 * arriving meanwhile make the next batch larger (on a machine shared with the database, smaller batches
 * in parallel cost more CPU per save than they win: measured with `npm run bench`, one batch at a time
 * saved 8,100 answers a second, two 6,900, three 6,100); when a full batch is waiting as well, it starts
 * at once, up to MAX_IN_FLIGHT together.
 */
const MAX_BATCH = 64;
const MAX_IN_FLIGHT = 3;

/** What the batching did in this process (statements of several saves, and those that fell back to one each). */
export const saveBatching = { batches: 0, batchedSaves: 0, fallbacks: 0 };

type Waiting = { row: SaveRow; resolve: (outcome: Outcome) => void; reject: (err: unknown) => void };

class SaveBatcher {
  private queue: Waiting[] = [];
  private inFlight = 0;

  constructor(private readonly db: Database) {}

  save(row: SaveRow): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length > 0 && (this.inFlight === 0 || (this.inFlight < MAX_IN_FLIGHT && this.queue.length >= MAX_BATCH))) {
      const batch: Waiting[] = [];
      const people = new Set<string>();
      const rest: Waiting[] = [];
      for (const waiting of this.queue) {
        if (batch.length < MAX_BATCH && !people.has(waiting.row.actor.respondentId)) {
          people.add(waiting.row.actor.respondentId);
          batch.push(waiting);
        } else rest.push(waiting);
      }
      this.queue = rest;
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(batch: Waiting[]) {
    if (batch.length === 1) {
      const [only] = batch;
      await saveOne(this.db, only!.row).then(only!.resolve, only!.reject);
      return;
    }
    let outcomes: Outcome[];
    try {
      outcomes = await saveRows(this.db, batch.map((w) => w.row));
    } catch {
      // One of them stopped the whole statement (a wave closed meanwhile, say): each on its own, then.
      saveBatching.fallbacks++;
      await Promise.all(batch.map((w) => saveOne(this.db, w.row).then(w.resolve, w.reject)));
      return;
    }
    saveBatching.batches++;
    saveBatching.batchedSaves += batch.length;
    batch.forEach((w, i) => w.resolve(outcomes[i]!));
  }
}

const batchers = new WeakMap<Database, SaveBatcher | null>();

function batcherFor(db: Database): SaveBatcher | null {
  let batcher = batchers.get(db);
  if (batcher === undefined) {
    batcher = postgresJs(db) ? new SaveBatcher(db) : null;
    batchers.set(db, batcher);
  }
  return batcher;
}

/**
 * The save statement, for one person or many at once (at most one save each), the saves given as
 * arrays; one outcome per save, in order. Per save: `me`, the link still belongs to this respondent, in
 * this wave, perspective and survey version (all that the identity and the validation relied on), and
 * nothing is written unless its wave is open; `existing`, the response row, share-locked, so that a
 * concurrent submit waits for this save or this save reads the status it committed; `created`, the first
 * answer makes the response; `ans`, the upsert, applied only over an older sequence number. Batches run side by side and may share people (a person's second save
 * rides in the next batch): every row lock is taken in the order of the respondent (responses, answers,
 * respondents, in that order), so two batches wait for each other instead of deadlocking, which would
 * cost a second of deadlock detection and the fallback.
 */
const SAVE_MANY = `
  with input as (
    select * from unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[],
                         $8::double precision[], $9::text[], $10::text[], $11::bigint[])
      with ordinality as t(token_hash, respondent_id, organisation_id, wave_id, perspective_id, survey_version_id,
                           item_id, numeric_value, choice_values, text_value, client_seq, ord)
  ),
  me as (
    select i.ord, i.respondent_id, w.status::text as wave_status
    from input i
    join respondents r on r.token_hash = i.token_hash and r.id = i.respondent_id and r.organisation_id = i.organisation_id
      and r.wave_id = i.wave_id and r.perspective_id = i.perspective_id
    join waves w on w.id = r.wave_id and w.organisation_id = r.organisation_id and w.survey_version_id = i.survey_version_id
  ),
  existing as (
    select id, status, respondent_id from responses
    where respondent_id in (select respondent_id from me where wave_status = 'open')
    order by respondent_id
    for share
  ),
  created as (
    insert into responses (organisation_id, wave_id, perspective_id, respondent_id, survey_version_id)
    select i.organisation_id, i.wave_id, i.perspective_id, i.respondent_id, i.survey_version_id
    from input i join me on me.ord = i.ord
    where me.wave_status = 'open' and not exists (select 1 from existing e where e.respondent_id = i.respondent_id)
    order by i.respondent_id
    on conflict (respondent_id) do nothing
    returning id, status, respondent_id
  ),
  resp as (select id, status, respondent_id from existing union all select id, status, respondent_id from created),
  ans as (
    insert into answers (organisation_id, wave_id, perspective_id, respondent_id, response_id, item_id,
                         numeric_value, choice_values, text_value, client_seq, answered_at, updated_at)
    select i.organisation_id, i.wave_id, i.perspective_id, i.respondent_id, resp.id, i.item_id,
           i.numeric_value, i.choice_values::text[], i.text_value, i.client_seq, now(), now()
    from input i join resp on resp.respondent_id = i.respondent_id
    where resp.status = 'draft'
    order by i.respondent_id, i.item_id
    on conflict (respondent_id, item_id) do update
      set numeric_value = excluded.numeric_value, choice_values = excluded.choice_values,
          text_value = excluded.text_value, client_seq = excluded.client_seq, updated_at = excluded.updated_at
      where answers.client_seq < excluded.client_seq
    returning respondent_id
  ),
  to_start as (
    select id from respondents
    where id in (select respondent_id from resp where status = 'draft') and status in ('invited', 'sent', 'opened', 'declined')
    order by id
    for update
  ),
  started as (
    update respondents set status = 'started', started_at = coalesce(started_at, now()), declined_at = null
    where id in (select id from to_start) and status in ('invited', 'sent', 'opened', 'declined')
    returning id
  )
  select i.ord, me.wave_status, resp.status::text as status,
         (select count(*) from ans a where a.respondent_id = i.respondent_id)::int as applied,
         (select count(*) from started)::int as started
  from input i left join me on me.ord = i.ord left join resp on resp.respondent_id = i.respondent_id
  order by i.ord`;

type OutcomeRow = { ord: number | string; wave_status: string | null; status: string | null; applied: number };

/**
 * Runs SAVE_MANY for these saves. On a PostgreSQL server as a prepared statement (postgres.js keeps one
 * per connection by its text: planning this statement on every save would cost about as much as
 * running it); embedded, through PGlite's own query.
 */
async function saveRows(db: Database, rows: SaveRow[]): Promise<Outcome[]> {
  const column = <T>(pick: (row: SaveRow) => T) => rows.map(pick);
  const params = [
    column((r) => r.tokenHash),
    column((r) => r.actor.respondentId),
    column((r) => r.actor.organisationId),
    column((r) => r.actor.waveId),
    column((r) => r.actor.perspectiveId),
    column((r) => r.actor.surveyVersionId),
    column((r) => r.itemId),
    column((r) => r.numericValue),
    column((r) => r.choices),
    column((r) => r.textValue),
    column((r) => r.seq),
  ];
  const client = postgresJs(db);
  const result = client
    ? ((await client.unsafe(SAVE_MANY, params, { prepare: true })) as OutcomeRow[])
    : (await (db as unknown as { $client: PGliteClient }).$client.query<OutcomeRow>(SAVE_MANY, params)).rows;
  if (result.length !== rows.length) throw new Error(`a batch of ${rows.length} saves gave ${result.length} outcomes`);
  return result.map((row) => ({ waveStatus: row.wave_status, status: row.status, applied: Number(row.applied) }));
}

/** Each item's answer schema, built once: published versions (and so their items) are cached and never change. */
const schemas = new WeakMap<TItemDefinition, ReturnType<typeof answerSchemaFor>>();

/** The value, checked against the item (lib/survey/answer.ts's `validateAnswer`, with the schema kept). */
function checkedAnswer(item: TItemDefinition, value: unknown): TAnswerValue {
  let schema = schemas.get(item);
  if (!schema) schemas.set(item, (schema = answerSchemaFor(item)));
  const result = schema.safeParse(value);
  // Every problem at once (a not-offered choice and too many selections), one sentence each.
  if (!result.success) throw new AppError("BAD_REQUEST", result.error.issues.map((issue) => issue.message).join(". "));
  return result.data;
}
