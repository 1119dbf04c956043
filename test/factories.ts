// Test data: each call makes its own organisation (unique names), so tests share a database safely.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import type { OpenDatabase } from "@/db/connect";
import {
  circles,
  items,
  memberships,
  organisations,
  perspectives,
  respondents,
  surveys,
  surveyVersions,
  users,
  waves,
  type TMemberRole,
} from "@/db/schema";
import type { Context } from "@/server/context";
import { AppError } from "@/server/errors";
import { SURVEY_FORMAT, ZSurveyDefinition } from "@/lib/survey/definition";
import { createCaller } from "@/server/root";
import { writeVersionRows } from "@/server/services/survey/write-version-rows";
import { issueLink } from "@/server/respondent-links";

/** The smallest PNG there is (1 × 1 pixel), base64: a logo for tests. */
export const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export function testAddress(): string {
  const n = randomUUID();
  return `198.${18 + (parseInt(n.slice(0, 1), 16) % 2)}.${parseInt(n.slice(2, 4), 16)}.${parseInt(n.slice(4, 6), 16)}`;
}

export function contextFor(open: OpenDatabase, who: { userId: string | null; organisationId?: string | null }): Context {
  return {
    db: open.db,
    dbKind: open.kind,
    getUserId: async () => who.userId,
    requestedOrganisationId: who.organisationId ?? null,
    respondentToken: null,
    // An address of its own (198.18.0.0/15, for tests): failed links one test tries are counted per
    // address and must not block the callers of other tests sharing the database.
    ip: testAddress(),
    resHeaders: new Headers(),
  };
}

export function callerFor(open: OpenDatabase, who: { userId: string | null; organisationId?: string | null }) {
  return createCaller(contextFor(open, who));
}

/** "OK", or the code a call was refused with (tRPC's, or a service's own when called directly). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCError || err instanceof AppError) return err.code;
    throw err;
  }
}

/** A respondent's phone: no one signed in, their personal link's cookie. */
export function respondentCaller(open: OpenDatabase, token: string | null) {
  return createCaller({ ...contextFor(open, { userId: null }), respondentToken: token });
}

export async function createUser(open: OpenDatabase, name = "User", passwordHash: string | null = null) {
  const [user] = await open.db
    .insert(users)
    .values({ email: `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID()}@test.circles.test`, name, passwordHash })
    .returning();
  return user!;
}

export async function addMember(open: OpenDatabase, organisationId: string, userId: string, role: TMemberRole, active = true) {
  const [m] = await open.db.insert(memberships).values({ organisationId, userId, role, active }).returning();
  return m!;
}

/** An organisation with an admin, a manager and a staff member, and one survey → wave → circle. */
export async function createOrganisation(open: OpenDatabase, label = "Org") {
  const { db } = open;
  const suffix = randomUUID().slice(0, 8);
  const [org] = await db
    .insert(organisations)
    .values({ name: `${label} ${suffix}`, slug: `${label.toLowerCase()}-${suffix}` })
    .returning();
  const organisationId = org!.id;
  const admin = await createUser(open, `${label} Admin`);
  const manager = await createUser(open, `${label} Manager`);
  const staff = await createUser(open, `${label} Staff`);
  const memberAdmin = await addMember(open, organisationId, admin.id, "admin");
  const memberManager = await addMember(open, organisationId, manager.id, "manager");
  const memberStaff = await addMember(open, organisationId, staff.id, "staff");

  const [survey] = await db.insert(surveys).values({ organisationId, name: `${label} survey` }).returning();
  const definition = ZSurveyDefinition.parse({
    format: SURVEY_FORMAT,
    name: `${label} survey`,
    defaultLanguage: "en",
    languages: ["en"],
    perspectives: [
      { key: "patient", label: { en: "Patient" }, primary: true },
      { key: "family", label: { en: "Family" }, limitPerCircle: 2 },
    ],
    items: [
      {
        key: "respect",
        type: "rating5",
        labels: { en: ["Never", "Rarely", "Sometimes", "Usually", "Always"] },
        required: true,
        askedOf: ["patient", "family"],
        wording: {
          patient: { en: "Did staff treat you with respect?" },
          family: { en: "Did staff treat your relative with respect?" },
        },
      },
    ],
  });
  const [draft] = await db
    .insert(surveyVersions)
    .values({ organisationId, surveyId: survey!.id, number: 1, definition })
    .returning();
  const ids = await db.transaction((tx) => writeVersionRows(tx, draft!.id, definition));
  const [primary] = await db.select().from(perspectives).where(eq(perspectives.id, ids.perspectiveIds.get("patient")!));
  const [family] = await db.select().from(perspectives).where(eq(perspectives.id, ids.perspectiveIds.get("family")!));
  const [item] = await db.select().from(items).where(eq(items.id, ids.itemIds.get("respect")!));
  const [published] = await db
    .update(surveyVersions)
    .set({ status: "published", publishedAt: new Date(), publishedBy: admin.id })
    .where(eq(surveyVersions.id, draft!.id))
    .returning();
  const [wave] = await db
    .insert(waves)
    .values({
      organisationId,
      surveyId: survey!.id,
      surveyVersionId: published!.id,
      name: `${label} wave`,
      status: "open",
      openedAt: new Date(),
    })
    .returning();
  const [circle] = await db
    .insert(circles)
    .values({ organisationId, waveId: wave!.id, externalRef: `REF-${suffix}`, site: "North", unit: "Ward 1" })
    .returning();
  const link = issueLink();
  const [respondent] = await db
    .insert(respondents)
    .values({
      organisationId,
      waveId: wave!.id,
      circleId: circle!.id,
      perspectiveId: primary!.id,
      isPrimary: true,
      tokenHash: link.tokenHash,
      tokenSealed: link.tokenSealed,
    })
    .returning();

  return {
    organisation: org!,
    admin,
    manager,
    staff,
    memberships: { admin: memberAdmin, manager: memberManager, staff: memberStaff },
    survey: survey!,
    version: published!,
    perspectives: { primary: primary!, family: family! },
    item: item!,
    wave: wave!,
    circle: circle!,
    respondent: respondent!,
    respondentToken: link.token,
  };
}
export type TestOrganisation = Awaited<ReturnType<typeof createOrganisation>>;

type WaveSettingsInput = Parameters<ReturnType<typeof createCaller>["wave"]["create"]>[0]["settings"];

/** The hospital-stay template published as a survey of `org` (by its admin), and an open wave of it. */
export async function openHospitalStayWave(open: OpenDatabase, org: TestOrganisation, settings: WaveSettingsInput) {
  const admin = callerFor(open, { userId: org.admin.id });
  const { id: surveyId } = await admin.survey.createFromTemplate({ template: "hospital-stay" });
  const editor = await admin.survey.editor({ surveyId });
  await admin.survey.publish({ surveyId, revision: editor.draft!.revision });
  const wave = await admin.wave.create({ surveyId, settings });
  await admin.wave.open({ waveId: wave.id });
  return { surveyId, waveId: wave.id };
}
