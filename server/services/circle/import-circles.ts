// Importing circles from a CSV file: a preview that validates every row and writes nothing, and an import
// that writes all of it or nothing. Circles are matched by external reference within the wave, so a
// re-import updates them (and their people, matched by perspective and order) instead of duplicating.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { circles, perspectives, respondentContacts, respondents, surveyVersions } from "@/db/schema";
import { parseCirclesCsv, type TImportCircle, type TImportError } from "@/lib/import/circles-csv";
import { localize } from "@/lib/survey/languages";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findWave } from "@/server/services/wave/find-wave";
import type { Actor } from "@/server/trpc";
import { insertRespondents } from "./create-circle";

export type ImportSummary = {
  rows: number;
  circles: number;
  newCircles: number;
  updatedCircles: number;
  newRespondents: number;
  updatedRespondents: number;
  errors: TImportError[];
};

type Loaded = Awaited<ReturnType<typeof load>>;

async function load(db: Database | Transaction, actor: Actor, waveId: string, csv: string) {
  const wave = await findWave(db, actor, waveId);
  if (wave.status === "closed") throw new AppError("PRECONDITION_FAILED", "This wave is closed: nothing can be imported into it.");
  const [version] = await db.select().from(surveyVersions).where(eq(surveyVersions.id, wave.surveyVersionId));
  const definition = version!.definition;
  const perspectiveRows = await db.select().from(perspectives).where(eq(perspectives.surveyVersionId, wave.surveyVersionId));
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: wave.timezone }).format(new Date());
  const parsed = parseCirclesCsv(csv, {
    perspectives: perspectiveRows.map((p) => ({
      key: p.key,
      label: localize(p.label, "en"),
      isPrimary: p.isPrimary,
      limitPerCircle: p.limitPerCircle,
    })),
    languages: definition.languages,
    defaultLanguage: definition.defaultLanguage,
    today,
  });
  const refs = parsed.circles.map((c) => c.externalRef);
  const existing: { id: string; externalRef: string | null }[] = [];
  for (const batch of chunks(refs, 5_000)) {
    existing.push(
      ...(await db
        .select({ id: circles.id, externalRef: circles.externalRef })
        .from(circles)
        .where(and(eq(circles.waveId, wave.id), inArray(circles.externalRef, batch)))),
    );
  }
  return { wave, definition, perspectiveRows, parsed, existing: new Map(existing.map((c) => [c.externalRef!, c.id])) };
}

function summarise(loaded: Loaded, respondentCounts = { newRespondents: 0, updatedRespondents: 0 }): ImportSummary {
  const { parsed, existing } = loaded;
  const updated = parsed.circles.filter((c) => existing.has(c.externalRef)).length;
  return {
    rows: parsed.rows,
    circles: parsed.circles.length,
    newCircles: parsed.circles.length - updated,
    updatedCircles: updated,
    ...respondentCounts,
    errors: parsed.errors,
  };
}

/** Validates the file against the wave's survey and says what an import would do; writes nothing. */
export async function previewImport({ db, actor, waveId, csv }: { db: Database; actor: Actor; waveId: string; csv: string }) {
  return summarise(await load(db, actor, waveId, csv));
}

export async function importCircles({ db, actor, waveId, csv }: { db: Database; actor: Actor; waveId: string; csv: string }) {
  return db.transaction(async (tx) => {
    const loaded = await load(tx, actor, waveId, csv);
    if (loaded.parsed.errors.length > 0) {
      const n = loaded.parsed.errors.length;
      throw new AppError("BAD_REQUEST", `Nothing was imported: the file has ${n} ${n === 1 ? "problem" : "problems"}.`, {
        file: loaded.parsed.errors.slice(0, 50).map((e) => `row ${e.row}${e.column ? `, ${e.column}` : ""}: ${e.message}`),
      });
    }
    const counts = await write(tx, actor, loaded);
    const summary = summarise(loaded, counts);
    await recordAudit(tx, actor, {
      action: "circle.import",
      entityType: "wave",
      entityId: loaded.wave.id,
      after: { ...summary, errors: undefined },
    });
    return summary;
  });
}

async function write(tx: Transaction, actor: Actor, { wave, definition, perspectiveRows, parsed, existing }: Loaded) {
  const fresh = parsed.circles.filter((c) => !existing.has(c.externalRef));
  const known = parsed.circles.filter((c) => existing.has(c.externalRef));
  let newRespondents = 0;
  let updatedRespondents = 0;

  for (const batch of chunks(fresh, 500)) {
    const ids = batch.map(() => crypto.randomUUID());
    await tx.insert(circles).values(batch.map((c, i) => ({ id: ids[i]!, organisationId: actor.organisationId, waveId: wave.id, ...attributes(c), createdBy: actor.userId })));
    const people = await insertRespondents(tx, {
      organisationId: actor.organisationId,
      waveId: wave.id,
      people: batch.flatMap((circle, i) => circle.respondents.map((r) => ({ ...toPerson(r), circleId: ids[i]! }))),
      perspectiveRows,
      defaultLanguage: definition.defaultLanguage,
      invitedByUserId: actor.userId,
    });
    newRespondents += people.length;
  }

  for (const circle of known) {
    const circleId = existing.get(circle.externalRef)!;
    await tx.update(circles).set(attributes(circle)).where(eq(circles.id, circleId));
    const present = await tx
      .select({ id: respondents.id, perspectiveId: respondents.perspectiveId })
      .from(respondents)
      .where(eq(respondents.circleId, circleId))
      .orderBy(asc(respondents.createdAt), asc(respondents.id));
    const additions: TImportCircle["respondents"] = [];
    const seen = new Map<string, number>();
    for (const person of circle.respondents) {
      const perspective = perspectiveRows.find((p) => p.key === person.perspectiveKey)!;
      const index = seen.get(perspective.id) ?? 0;
      seen.set(perspective.id, index + 1);
      const match = present.filter((r) => r.perspectiveId === perspective.id)[index];
      if (!match) {
        additions.push(person);
        continue;
      }
      await tx.update(respondents).set({ relationship: person.relationship, language: person.language }).where(eq(respondents.id, match.id));
      if (person.name || person.email || person.phone) {
        await tx
          .insert(respondentContacts)
          .values({ respondentId: match.id, organisationId: actor.organisationId, name: person.name, email: person.email, phone: person.phone })
          .onConflictDoUpdate({
            target: respondentContacts.respondentId,
            set: { name: person.name, email: person.email, phone: person.phone },
          });
      }
      updatedRespondents++;
    }
    if (additions.length > 0) {
      const people = await insertRespondents(tx, {
        organisationId: actor.organisationId,
        waveId: wave.id,
        people: additions.map((r) => ({ ...toPerson(r), circleId })),
        perspectiveRows,
        defaultLanguage: definition.defaultLanguage,
        invitedByUserId: actor.userId,
      });
      newRespondents += people.length;
    }
  }
  // Keep the per-perspective limits true after a re-import added people to existing circles.
  if (known.length > 0) await checkLimits(tx, known.map((c) => existing.get(c.externalRef)!), perspectiveRows);
  return { newRespondents, updatedRespondents };
}

async function checkLimits(tx: Transaction, circleIds: string[], perspectiveRows: (typeof perspectives.$inferSelect)[]) {
  const counts = await tx
    .select({ circleId: respondents.circleId, perspectiveId: respondents.perspectiveId, n: sql<number>`count(*)::int` })
    .from(respondents)
    .where(inArray(respondents.circleId, circleIds))
    .groupBy(respondents.circleId, respondents.perspectiveId);
  for (const c of counts) {
    const perspective = perspectiveRows.find((p) => p.id === c.perspectiveId)!;
    if (c.n > perspective.limitPerCircle) {
      throw new AppError("BAD_REQUEST", `Nothing was imported: a circle would have more than ${perspective.limitPerCircle} ${perspective.key}.`);
    }
  }
}

function attributes(c: TImportCircle) {
  return { externalRef: c.externalRef, site: c.site, unit: c.unit, experienceDate: c.experienceDate };
}

function toPerson(r: TImportCircle["respondents"][number]) {
  return {
    perspectiveKey: r.perspectiveKey,
    relationship: r.relationship,
    name: r.name,
    email: r.email,
    phone: r.phone,
    language: r.language as never,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
