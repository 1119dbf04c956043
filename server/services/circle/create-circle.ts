import { and, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { circles, perspectives, respondentContacts, respondents, surveyVersions } from "@/db/schema";
import type { TNewCircle } from "@/lib/circle/new-circle";
import { AppError } from "@/server/errors";
import { issueLink } from "@/server/respondent-links";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findWave } from "@/server/services/wave/find-wave";
import type { Actor } from "@/server/trpc";
import { placeInScope } from "./circle-scope";

/**
 * Starts a circle with the people present: exactly one primary, each perspective within its limit.
 * Returns every respondent's personal link token (shown as a QR code or sent); only hashes are kept.
 */
export async function createCircle({ db, actor, waveId, circle }: { db: Database; actor: Actor; waveId: string; circle: TNewCircle }) {
  return db.transaction(async (tx) => {
    const wave = await findWave(tx, actor, waveId);
    if (wave.status === "closed") throw new AppError("PRECONDITION_FAILED", "This wave is closed: no new circles can join it.");
    const [version] = await tx.select().from(surveyVersions).where(eq(surveyVersions.id, wave.surveyVersionId));
    const definition = version!.definition;
    const perspectiveRows = await tx.select().from(perspectives).where(eq(perspectives.surveyVersionId, wave.surveyVersionId));
    checkPeople(circle, perspectiveRows, definition.languages);
    const place = placeInScope(actor, circle);

    if (circle.externalRef) {
      const [taken] = await tx
        .select({ id: circles.id })
        .from(circles)
        .where(and(eq(circles.waveId, wave.id), eq(circles.externalRef, circle.externalRef)));
      if (taken) throw new AppError("CONFLICT", `A circle with reference ${circle.externalRef} is already in this wave.`);
    }
    const circleId = crypto.randomUUID();
    await tx.insert(circles).values({
      id: circleId,
      organisationId: actor.organisationId,
      waveId: wave.id,
      externalRef: circle.externalRef ?? null,
      site: place.site,
      unit: place.unit,
      experienceDate: circle.experienceDate ?? null,
      createdBy: actor.userId,
    });
    const people = await insertRespondents(tx, {
      organisationId: actor.organisationId,
      waveId: wave.id,
      people: circle.respondents.map((person) => ({ ...person, circleId })),
      perspectiveRows,
      defaultLanguage: definition.defaultLanguage,
      invitedByUserId: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: "circle.create",
      entityType: "circle",
      entityId: circleId,
      // Who was added, by role; contact details stay out of the audit log.
      after: {
        waveId: wave.id,
        externalRef: circle.externalRef ?? null,
        site: place.site,
        unit: place.unit,
        respondents: circle.respondents.map((r) => ({ perspective: r.perspectiveKey, relationship: r.relationship ?? null })),
      },
    });
    return { circleId, respondents: people };
  });
}

type PerspectiveRow = typeof perspectives.$inferSelect;

function checkPeople(circle: TNewCircle, perspectiveRows: PerspectiveRow[], languages: string[]) {
  const fieldErrors: Record<string, string[]> = {};
  const add = (path: string, message: string) => (fieldErrors[path] ??= []).push(message);
  const counts = new Map<string, number>();
  circle.respondents.forEach((person, index) => {
    const perspective = perspectiveRows.find((p) => p.key === person.perspectiveKey);
    if (!perspective) {
      add(`respondents.${index}.perspectiveKey`, `this survey has no perspective "${person.perspectiveKey}"`);
      return;
    }
    if (!perspective.invitableByOrganisation) {
      add(`respondents.${index}.perspectiveKey`, `${person.perspectiveKey} is invited by respondents, not by the organisation`);
    }
    if (person.language && !languages.includes(person.language)) {
      add(`respondents.${index}.language`, `this survey is not available in ${person.language}`);
    }
    const count = (counts.get(perspective.key) ?? 0) + 1;
    counts.set(perspective.key, count);
    if (count > perspective.limitPerCircle) {
      add(`respondents.${index}.perspectiveKey`, `a circle has at most ${perspective.limitPerCircle} ${perspective.key}`);
    }
  });
  const primary = perspectiveRows.find((p) => p.isPrimary);
  if (primary && !counts.get(primary.key)) add("respondents", `a circle needs its ${primary.key} (the primary respondent)`);
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("BAD_REQUEST", "Some of the people in this circle cannot be added.", fieldErrors);
  }
}

/**
 * Inserts respondents (of one or many circles; primaries first), their contacts apart from them, and
 * their links, in a few statements whatever the number; returns the tokens.
 */
export async function insertRespondents(
  tx: Transaction,
  args: {
    organisationId: string;
    waveId: string;
    people: (TNewCircle["respondents"][number] & { circleId: string })[];
    perspectiveRows: PerspectiveRow[];
    defaultLanguage: string;
    invitedByUserId?: string | null;
    invitedByRespondentId?: string | null;
  },
) {
  const rows = args.people.map((person) => {
    const perspective = args.perspectiveRows.find((p) => p.key === person.perspectiveKey)!;
    return { person, perspective, id: crypto.randomUUID(), link: issueLink() };
  });
  rows.sort((a, b) => Number(b.perspective.isPrimary) - Number(a.perspective.isPrimary));
  await tx.insert(respondents).values(
    rows.map(({ person, perspective, id, link }) => ({
      id,
      organisationId: args.organisationId,
      waveId: args.waveId,
      circleId: person.circleId,
      perspectiveId: perspective.id,
      isPrimary: perspective.isPrimary,
      relationship: person.relationship ?? null,
      language: person.language ?? args.defaultLanguage,
      tokenHash: link.tokenHash,
      tokenSealed: link.tokenSealed,
      tokenIssuedAt: new Date(),
      invitedByUserId: args.invitedByUserId ?? null,
      invitedByRespondentId: args.invitedByRespondentId ?? null,
    })),
  );
  const contacts = rows.filter(({ person }) => person.name || person.email || person.phone);
  if (contacts.length > 0) {
    await tx.insert(respondentContacts).values(
      contacts.map(({ person, id }) => ({
        respondentId: id,
        organisationId: args.organisationId,
        name: person.name ?? null,
        email: person.email ?? null,
        phone: person.phone ?? null,
      })),
    );
  }
  return rows.map(({ person, perspective, id, link }) => ({
    id,
    perspectiveKey: perspective.key,
    perspectiveLabel: perspective.label,
    relationship: person.relationship ?? null,
    token: link.token,
  }));
}
