// CSV exports of a wave's answers under the report's filters and anonymity: long form (one row per
// answer) and wide form (one row per respondent). Only groups the report shows are exported (free
// text only where comments are shown); identities only for admins of confidential waves, contact
// details never. Rows are read from the database in pages, so a large wave streams. Audited.
import Papa from "papaparse";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { withheldReason } from "@/lib/report/anonymity";
import type { TReportFilters } from "@/lib/report/filters";
import { scaleOf } from "@/lib/survey/item";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { COMMENT_THRESHOLD } from "./get-report-comments";
import { ANSWERED_CELLS, countByDimension, countGroups, groupKey, TEXT_CELLS } from "./group-counts";
import { ensureReportCube } from "./report-cube";
import { countedAnswersSql, filterSql, loadReportScope, type TReportScope } from "./report-scope";

export type TExportForm = "long" | "wide";
const PAGE = 5000;

/** Keeps a spreadsheet from running a cell as a formula (OWASP "CSV injection"). */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvLine(cells: (string | number | null)[]): string {
  return Papa.unparse([cells.map((c) => (c === null ? "" : typeof c === "number" ? String(c) : neutralizeCell(c)))], {
    newline: "\r\n",
  }) + "\r\n";
}

/** Which groups may be exported: the answers of shown groups, and free text of shown comment groups. */
async function exportableGroups(db: Database, scope: TReportScope, filters: TReportFilters) {
  await ensureReportCube(db, scope);
  const [n, checksFor, textN, textChecksFor] = await Promise.all([
    countGroups(db, scope, filters, ANSWERED_CELLS),
    countByDimension(db, scope, filters, ANSWERED_CELLS),
    countGroups(db, scope, filters, TEXT_CELLS),
    countByDimension(db, scope, filters, TEXT_CELLS),
  ]);
  const commentThreshold = Math.max(COMMENT_THRESHOLD, scope.wave.k);
  const allowed: { itemId: string; perspectiveId: string }[] = [];
  for (const item of scope.items) {
    for (const { perspectiveId } of item.askedOf) {
      const key = groupKey(item.id, perspectiveId);
      const ok =
        item.type === "text"
          ? withheldReason(textN.get(key) ?? 0, commentThreshold, textChecksFor(key)) === null
          : withheldReason(n.get(key) ?? 0, scope.wave.k, checksFor(key)) === null;
      if (ok) allowed.push({ itemId: item.id, perspectiveId });
    }
  }
  return allowed;
}

export async function exportReport({
  db,
  actor,
  waveId,
  filters,
  form,
}: {
  db: Database;
  actor: Actor;
  waveId: string;
  filters: TReportFilters;
  form: TExportForm;
}): Promise<{ filename: string; chunks: AsyncGenerator<string> }> {
  const scope = await loadReportScope({ db, actor, waveId });
  const identities = scope.wave.anonymityMode === "confidential" && actor.role === "admin";
  const allowed = await exportableGroups(db, scope, filters);
  await recordAudit(db, actor, {
    action: "report.export",
    entityType: "wave",
    entityId: scope.wave.id,
    after: { form, filters, identities, groups: allowed.length },
  });
  const slug = scope.wave.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "wave";
  return {
    filename: `circles-${slug}-${form}.csv`,
    chunks: form === "long" ? longRows(db, scope, filters, allowed, identities) : wideRows(db, scope, filters, allowed, identities),
  };
}

const IDENTITY_HEADERS = ["respondent_id", "circle_ref", "site", "unit", "experience_date", "relationship", "answered_by"];

type AnswerRow = {
  id: string;
  respondent_id: string;
  item_id: string;
  perspective_id: string;
  numeric_value: number | null;
  choice_values: string[] | null;
  text_value: string | null;
  circle_ref: string | null;
  site: string | null;
  unit: string | null;
  experience_date: string | null;
  relationship: string | null;
  answered_by: string | null;
};

function selectAnswers(scope: TReportScope, filters: TReportFilters, allowed: { itemId: string; perspectiveId: string }[]) {
  const pairs = sql.join(allowed.map((g) => sql`(${g.itemId}::uuid, ${g.perspectiveId}::uuid)`), sql`, `);
  return sql`
    select a.id, a.respondent_id, a.item_id, a.perspective_id, a.numeric_value, a.choice_values, a.text_value,
           c.external_ref as circle_ref, c.site, c.unit, c.experience_date::text as experience_date, p.relationship,
           (select x.answered_by from respondents x where x.circle_id = c.id and x.is_primary) as answered_by
    ${countedAnswersSql(scope, filters)} ${filterSql(filters, scope.wave.timezone)}
      and (a.item_id, a.perspective_id) in (${pairs})
      and (a.numeric_value is not null or coalesce(cardinality(a.choice_values), 0) > 0 or coalesce(btrim(a.text_value), '') <> '')`;
}

function answerCell(row: Pick<AnswerRow, "numeric_value" | "choice_values" | "text_value">): string | number | null {
  if (row.numeric_value !== null) return Number(row.numeric_value);
  if (row.choice_values && row.choice_values.length > 0) return row.choice_values.join("; ");
  return row.text_value;
}

async function* longRows(
  db: Database,
  scope: TReportScope,
  filters: TReportFilters,
  allowed: { itemId: string; perspectiveId: string }[],
  identities: boolean,
): AsyncGenerator<string> {
  yield csvLine([
    "wave",
    "perspective",
    "item_key",
    "item_type",
    "answer",
    "score_0_100",
    ...(identities ? IDENTITY_HEADERS : []),
  ]);
  if (allowed.length === 0) return;
  const items = new Map(scope.items.map((i) => [i.id, i]));
  const perspectives = new Map(scope.perspectives.map((p) => [p.id, p]));
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    // Keyset pages by the answer's random id: stable, and in no order that follows time or circles.
    const rows = rowsOf<AnswerRow>(
      await db.execute(sql`${selectAnswers(scope, filters, allowed)} and a.id > ${after}::uuid order by a.id limit ${PAGE}`),
    );
    if (rows.length === 0) return;
    let chunk = "";
    for (const r of rows) {
      const item = items.get(r.item_id)!;
      const scale = scaleOf(item.type);
      const value = answerCell(r);
      const score =
        scale && r.numeric_value !== null ? ((Number(r.numeric_value) - scale.min) / (scale.max - scale.min)) * 100 : null;
      chunk += csvLine([
        scope.wave.name,
        perspectives.get(r.perspective_id)!.key,
        item.key,
        item.type,
        value,
        score,
        ...(identities ? [r.respondent_id, r.circle_ref, r.site, r.unit, r.experience_date, r.relationship, r.answered_by] : []),
      ]);
    }
    yield chunk;
    after = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) return;
  }
}

async function* wideRows(
  db: Database,
  scope: TReportScope,
  filters: TReportFilters,
  allowed: { itemId: string; perspectiveId: string }[],
  identities: boolean,
): AsyncGenerator<string> {
  const itemOrder = scope.items;
  yield csvLine(["wave", "perspective", ...itemOrder.map((i) => i.key), ...(identities ? IDENTITY_HEADERS : [])]);
  if (allowed.length === 0) return;
  const perspectives = new Map(scope.perspectives.map((p) => [p.id, p]));
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    // One row per respondent, pivoted in SQL; pages by a random key of the respondent.
    const rows = rowsOf<{
      respondent_id: string;
      perspective_id: string;
      answers: Record<string, { n: number | null; c: string[] | null; t: string | null }>;
    } & Omit<AnswerRow, "id" | "item_id" | "numeric_value" | "choice_values" | "text_value" | "perspective_id" | "respondent_id">>(
      await db.execute(sql`
        select s.respondent_id, s.perspective_id, s.circle_ref, s.site, s.unit, s.experience_date, s.relationship, s.answered_by,
               jsonb_object_agg(s.item_id, jsonb_build_object('n', s.numeric_value, 'c', s.choice_values, 't', s.text_value)) as answers
        from (${selectAnswers(scope, filters, allowed)}) s
        where s.respondent_id > ${after}::uuid
        group by 1, 2, 3, 4, 5, 6, 7, 8
        order by s.respondent_id
        limit ${PAGE}`),
    );
    if (rows.length === 0) return;
    let chunk = "";
    for (const r of rows) {
      chunk += csvLine([
        scope.wave.name,
        perspectives.get(r.perspective_id)!.key,
        ...itemOrder.map((i) => {
          const a = r.answers[i.id];
          return a ? answerCell({ numeric_value: a.n, choice_values: a.c, text_value: a.t }) : null;
        }),
        ...(identities ? [r.respondent_id, r.circle_ref, r.site, r.unit, r.experience_date, r.relationship, r.answered_by] : []),
      ]);
    }
    yield chunk;
    after = rows[rows.length - 1]!.respondent_id;
    if (rows.length < PAGE) return;
  }
}
