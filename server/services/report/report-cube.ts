// Keeps a wave's report cube (db/schema/reports.ts) in step with its answers: a report first checks
// the cube against the wave's change counter and, when the inputs changed, rebuilds it from the
// source tables in three set-based statements (one transaction, one builder per wave at a time).
// Large waves whose last build was slow are served from a cube up to a minute old while answers
// keep arriving; the report says as of when.
import { sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { scaleOf } from "@/lib/survey/item";
import { dimensionSql, type TReportScope } from "./report-scope";

/** A cube this much older than the inputs may still be served, when building it takes this long. */
const MAX_STALENESS_MS = 60_000;
const SLOW_BUILD_MS = 1_000;

type CubeState = { current: number; built: number | null; built_at: string | Date | null; build_ms: number | null; age_ms: number | null };

async function cubeState(db: Database | Transaction, waveId: string): Promise<CubeState> {
  const [state] = rowsOf<CubeState>(
    await db.execute(sql`
      select coalesce((select version from report_versions where wave_id = ${waveId}), 0)::bigint as current,
             c.version as built, c.built_at, c.build_ms,
             (extract(epoch from (now() - c.built_at)) * 1000)::float as age_ms
      from (select 1) one left join report_cubes c on c.wave_id = ${waveId}`),
  );
  return {
    current: Number(state!.current),
    built: state!.built === null ? null : Number(state!.built),
    built_at: state!.built_at,
    build_ms: state!.build_ms,
    age_ms: state!.age_ms,
  };
}

/** Makes sure the wave's cube may be read; returns when its figures date from. */
export async function ensureReportCube(db: Database, scope: TReportScope): Promise<{ asOf: Date; fresh: boolean }> {
  const waveId = scope.wave.id;
  const state = await cubeState(db, waveId);
  if (state.built !== null && state.built >= state.current) return { asOf: new Date(state.built_at!), fresh: true };
  if (state.built !== null && (state.build_ms ?? 0) > SLOW_BUILD_MS && (state.age_ms ?? Infinity) < MAX_STALENESS_MS) {
    return { asOf: new Date(state.built_at!), fresh: false };
  }
  return db.transaction(async (tx) => {
    // One builder per wave; the others wait here, then find the cube built.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`circles.report:${waveId}`}))`);
    const again = await cubeState(tx, waveId);
    if (again.built !== null && again.built >= again.current) return { asOf: new Date(again.built_at!), fresh: true };
    const started = performance.now();
    await buildCube(tx, scope);
    const buildMs = Math.round(performance.now() - started);
    const [row] = rowsOf<{ built_at: string | Date }>(
      await tx.execute(sql`
        insert into report_cubes (wave_id, version, built_at, build_ms) values (${waveId}, ${again.current}, now(), ${buildMs})
        on conflict (wave_id) do update set version = excluded.version, built_at = excluded.built_at, build_ms = excluded.build_ms
        returning built_at`),
    );
    return { asOf: new Date(row!.built_at), fresh: true };
  });
}

async function buildCube(tx: Transaction, scope: TReportScope) {
  const w = scope.wave.id;
  const linkedScored = scope.items.filter((i) => scaleOf(i.type) !== null && i.askedOf.length >= 2).map((i) => i.id);
  await tx.execute(sql`delete from report_cells where wave_id = ${w}`);
  await tx.execute(sql`delete from report_pair_cells where wave_id = ${w}`);
  await tx.execute(sql`delete from report_funnel_cells where wave_id = ${w}`);
  // Each circle's dimensions — site, unit, month of the experience (else of the circle's creation,
  // in the wave's time zone), who answered for the primary — numbered, so the big GROUP BYs below
  // group by one integer instead of four text columns (sorting text by collation is what is slow).
  await tx.execute(sql`
    create temp table report_circle_dims on commit drop as
    select id, dense_rank() over (order by site collate "C", unit collate "C", month collate "C", answered_by collate "C")::int as dim,
           site, unit, month, answered_by
    from (
      select c.id, c.site, c.unit,
             ${dimensionSql("month", scope.wave.timezone)} as month,
             pr.answered_by
      from circles c left join respondents pr on pr.circle_id = c.id and pr.is_primary
      where c.wave_id = ${w}
    ) circle_dims`);
  await tx.execute(sql`analyze report_circle_dims`);
  const dims = sql`(select distinct dim, site, unit, month, answered_by from report_circle_dims) dims`;
  const counted = sql`
    from answers a
    join respondents p on p.id = a.respondent_id and p.status = 'completed'
    join report_circle_dims cd on cd.id = p.circle_id
    where a.wave_id = ${w}`;

  // Answers of completed respondents: kinds 0 (said something), 1 (this numeric value) and 3 (free
  // text) from one pass over the answers, kind 2 (each option chosen) from a second.
  await tx.execute(sql`
    with grouped as materialized (
      select a.item_id, a.perspective_id, cd.dim, a.numeric_value,
             count(*) filter (where a.numeric_value is not null or coalesce(cardinality(a.choice_values), 0) > 0
                              or coalesce(a.text_value, '') <> '')::int as answered,
             count(*) filter (where coalesce(btrim(a.text_value), '') <> '')::int as texts,
             count(*)::int as n
      ${counted}
      group by 1, 2, 3, 4
    )
    insert into report_cells (wave_id, item_id, perspective_id, site, unit, month, answered_by, kind, numeric_value, choice_value, n)
    select ${w}::uuid, g.item_id, g.perspective_id, dims.site, dims.unit, dims.month, dims.answered_by, 0::smallint, null::float8, null::text, sum(g.answered)::int
      from grouped g join ${dims} on dims.dim = g.dim group by 2, 3, 4, 5, 6, 7 having sum(g.answered) > 0
    union all
    select ${w}::uuid, g.item_id, g.perspective_id, dims.site, dims.unit, dims.month, dims.answered_by, 1::smallint, g.numeric_value, null, g.n
      from grouped g join ${dims} on dims.dim = g.dim where g.numeric_value is not null
    union all
    select ${w}::uuid, g.item_id, g.perspective_id, dims.site, dims.unit, dims.month, dims.answered_by, 3::smallint, null, null, sum(g.texts)::int
      from grouped g join ${dims} on dims.dim = g.dim group by 2, 3, 4, 5, 6, 7 having sum(g.texts) > 0`);
  await tx.execute(sql`
    with chosen as (
      select item_id, perspective_id, dim, choice, count(*)::int as n
      from (
        select a.item_id, a.perspective_id, cd.dim, unnest(a.choice_values) as choice
        ${counted} and a.choice_values is not null
      ) each_choice
      group by 1, 2, 3, 4
    )
    insert into report_cells (wave_id, item_id, perspective_id, site, unit, month, answered_by, kind, numeric_value, choice_value, n)
    select ${w}::uuid, c.item_id, c.perspective_id, dims.site, dims.unit, dims.month, dims.answered_by, 2::smallint, null, c.choice, c.n
    from chosen c join ${dims} on dims.dim = c.dim`);

  if (linkedScored.length > 0) {
    // Every pair of answers to the same scored item from two perspectives inside one circle.
    await tx.execute(sql`
      with x as materialized (
        select a.item_id, p.circle_id, cd.dim, a.perspective_id, a.numeric_value as v
        ${counted} and a.numeric_value is not null
          and a.item_id in (${sql.join(linkedScored.map((id) => sql`${id}::uuid`), sql`, `)})
      ), pairs as (
        select x1.item_id, x1.perspective_id as pa, x2.perspective_id as pb, x1.v as va, x2.v as vb, x1.dim, count(*)::int as n
        from x x1
        join x x2 on x2.circle_id = x1.circle_id and x2.item_id = x1.item_id and x2.perspective_id > x1.perspective_id
        group by 1, 2, 3, 4, 5, 6
      )
      insert into report_pair_cells (wave_id, item_id, perspective_a, perspective_b, value_a, value_b, site, unit, month, answered_by, n)
      select ${w}::uuid, q.item_id, q.pa, q.pb, q.va, q.vb, dims.site, dims.unit, dims.month, dims.answered_by, q.n
      from pairs q join ${dims} on dims.dim = q.dim`);
  }

  await tx.execute(sql`
    with counted as (
      select r.perspective_id, cd.dim, r.status::text as status, count(*)::int as n
      from respondents r join report_circle_dims cd on cd.id = r.circle_id
      where r.wave_id = ${w}
      group by 1, 2, 3
    )
    insert into report_funnel_cells (wave_id, perspective_id, site, unit, month, answered_by, status, n)
    select ${w}::uuid, c.perspective_id, dims.site, dims.unit, dims.month, dims.answered_by, c.status, c.n
    from counted c join ${dims} on dims.dim = c.dim`);
}
