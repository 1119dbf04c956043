// The survey builder through its procedures: drafts, autosave conflicts, publishing, versions.
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { itemPerspectives, items, perspectives, surveys, surveyVersions, waves } from "@/db/schema";
import { SURVEY_FORMAT, type TSurveyDefinition } from "@/lib/survey/definition";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Builder");
});
afterAll(() => open.close());

const admin = () => callerFor(open, { userId: org.admin.id });

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    if (err instanceof TRPCError) {
      const cause = err.cause as { fieldErrors?: Record<string, string[]> } | undefined;
      return { code: err.code, message: err.message, fieldErrors: cause?.fieldErrors ?? {} };
    }
    throw err;
  }
  throw new Error("expected the call to be refused");
}

/** Three perspectives, every item type, the family with its own wording. */
function wardDefinition(name: string): TSurveyDefinition {
  const labels = { en: ["Never", "Rarely", "Sometimes", "Usually", "Always"] };
  return {
    format: SURVEY_FORMAT,
    name,
    description: "",
    defaultLanguage: "en",
    languages: ["en"],
    intro: { en: "Tell us about the ward." },
    perspectives: [
      { key: "patient", label: { en: "Patient" }, primary: true, limitPerCircle: 1, invitableBy: { organisation: true, respondent: false }, provider: false },
      { key: "family", label: { en: "Family" }, primary: false, limitPerCircle: 2, invitableBy: { organisation: true, respondent: true }, provider: false },
      { key: "staff", label: { en: "Staff" }, primary: false, limitPerCircle: 1, invitableBy: { organisation: true, respondent: false }, provider: true },
    ],
    items: [
      {
        key: "respect",
        type: "rating5",
        labels,
        required: true,
        page: 1,
        condition: null,
        askedOf: ["patient", "family", "staff"],
        wording: {
          patient: { en: "Did staff treat you with respect?" },
          family: { en: "Did staff treat your relative with respect?" },
          staff: { en: "Did the team treat this patient with respect?" },
        },
      },
      {
        key: "recommend",
        type: "rating10",
        lowLabel: { en: "Not at all likely" },
        highLabel: { en: "Extremely likely" },
        required: false,
        page: 1,
        condition: null,
        askedOf: ["patient", "family"],
        wording: { patient: { en: "Would you recommend the ward?" }, family: { en: "Would you recommend the ward?" } },
      },
      {
        key: "had_pain",
        type: "yesNo",
        required: false,
        page: 2,
        condition: null,
        askedOf: ["patient"],
        wording: { patient: { en: "Were you in pain?" } },
      },
      {
        key: "wait",
        type: "singleChoice",
        choices: [
          { value: "short", label: { en: "Under 5 minutes" } },
          { value: "long", label: { en: "Longer" } },
        ],
        required: false,
        page: 2,
        condition: { itemKey: "had_pain", op: "equals", value: 1 },
        askedOf: ["patient"],
        wording: { patient: { en: "How long did you wait for pain relief?" } },
      },
      {
        key: "worries",
        type: "multipleChoice",
        choices: [
          { value: "food", label: { en: "Food" } },
          { value: "noise", label: { en: "Noise" } },
        ],
        minSelections: 0,
        maxSelections: 2,
        required: false,
        page: 2,
        condition: null,
        askedOf: ["patient", "family"],
        wording: { patient: { en: "What worried you?" }, family: { en: "What worried your relative?" } },
      },
      {
        key: "comments",
        type: "text",
        maxLength: 500,
        required: false,
        page: 3,
        condition: null,
        askedOf: ["patient", "family", "staff"],
        wording: {
          patient: { en: "Anything else?" },
          family: { en: "Anything else?" },
          staff: { en: "Anything else?" },
        },
      },
    ],
  };
}

describe("drafts and publishing", () => {
  it("creates, autosaves, refuses a stale save, and publishes version 1 as rows", async () => {
    const { id: surveyId } = await admin().survey.create({ name: "Ward round" });
    const editor = await admin().survey.editor({ surveyId });
    expect(editor.draft).toMatchObject({ number: 1, revision: 0 });
    expect(editor.draft!.issues.length).toBeGreaterThan(0); // no items yet: not publishable, but saved

    const definition = wardDefinition("Ward round");
    const saved = await admin().survey.saveDraft({ surveyId, revision: 0, definition });
    expect(saved).toMatchObject({ revision: 1, issues: [] });

    // A second admin still holding revision 0 is told, not allowed to overwrite.
    const conflict = await errorOf(admin().survey.saveDraft({ surveyId, revision: 0, definition: { ...definition, name: "Overwritten" } }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toMatch(/saved this draft at .* after you opened it/);
    expect((await admin().survey.definition({ surveyId })).definition.name).toBe("Ward round");

    const published = await admin().survey.publish({ surveyId, revision: 1 });
    expect(published.number).toBe(1);
    const rows = await open.db.select().from(items).where(eq(items.surveyVersionId, published.versionId));
    expect(rows.map((r) => r.key).sort()).toEqual(["comments", "had_pain", "recommend", "respect", "wait", "worries"]);
    const family = await open.db
      .select({ wording: itemPerspectives.wording })
      .from(itemPerspectives)
      .innerJoin(perspectives, eq(perspectives.id, itemPerspectives.perspectiveId))
      .innerJoin(items, eq(items.id, itemPerspectives.itemId))
      .where(and(eq(perspectives.key, "family"), eq(items.key, "respect"), eq(items.surveyVersionId, published.versionId)));
    expect(family).toEqual([{ wording: { en: "Did staff treat your relative with respect?" } }]);
  });

  it("refuses to publish a draft with problems, and says which", async () => {
    const { id: surveyId } = await admin().survey.create({ name: "Incomplete" });
    const definition = wardDefinition("Incomplete");
    definition.languages = ["en", "es"];
    const saved = await admin().survey.saveDraft({ surveyId, revision: 0, definition });
    expect(saved.issues.some((i) => i.path === "items.0.wording.family.es")).toBe(true);
    const refused = await errorOf(admin().survey.publish({ surveyId, revision: saved.revision }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(Object.keys(refused.fieldErrors)).toContain("items.0.wording.family.es");
    const [version] = await open.db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId));
    expect(version!.status).toBe("draft");
    expect(await open.db.select().from(items).where(eq(items.surveyVersionId, version!.id))).toEqual([]);
  });

  it("two saves racing on one revision: exactly one wins", async () => {
    const { id: surveyId } = await admin().survey.create({ name: "Race" });
    const results = await Promise.allSettled([
      admin().survey.saveDraft({ surveyId, revision: 0, definition: wardDefinition("Race A") }),
      admin().survey.saveDraft({ surveyId, revision: 0, definition: wardDefinition("Race B") }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
  });
});

describe("versions", () => {
  it("editing after publish makes version 2; version 1 stays as it was, and the database refuses changes to it", async () => {
    const { id: surveyId } = await admin().survey.create({ name: "Versioned" });
    await admin().survey.saveDraft({ surveyId, revision: 0, definition: wardDefinition("Versioned") });
    const v1 = await admin().survey.publish({ surveyId, revision: 1 });
    const v1Row = (await open.db.select().from(surveyVersions).where(eq(surveyVersions.id, v1.versionId)))[0]!;
    const v1Items = await open.db.select().from(items).where(eq(items.surveyVersionId, v1.versionId));

    const draft = await admin().survey.startDraft({ surveyId });
    expect(draft.number).toBe(2);
    expect(await admin().survey.startDraft({ surveyId })).toEqual(draft); // idempotent
    const changed = wardDefinition("Versioned");
    changed.items[0]!.wording.family = { en: "Was your relative treated with respect?" };
    changed.items = changed.items.filter((i) => i.key !== "comments");
    await admin().survey.saveDraft({ surveyId, revision: draft.revision, definition: changed });
    const v2 = await admin().survey.publish({ surveyId, revision: draft.revision + 1 });
    expect(v2.number).toBe(2);

    expect((await open.db.select().from(surveyVersions).where(eq(surveyVersions.id, v1.versionId)))[0]).toEqual(v1Row);
    expect(await open.db.select().from(items).where(eq(items.surveyVersionId, v1.versionId))).toEqual(v1Items);

    const diff = await admin().survey.diff({ surveyId, from: 1, to: 2 });
    expect(diff.itemsRemoved).toEqual(["comments"]);
    expect(diff.itemsReworded).toEqual([{ key: "respect", perspectives: ["family"] }]);

    for (const attempt of [
      () => open.db.update(surveyVersions).set({ definition: changed }).where(eq(surveyVersions.id, v1.versionId)),
      () => open.db.update(items).set({ required: false }).where(eq(items.surveyVersionId, v1.versionId)),
      () => open.db.delete(items).where(eq(items.surveyVersionId, v1.versionId)),
      () =>
        open.db
          .update(itemPerspectives)
          .set({ wording: { en: "tampered" } })
          .where(sql`${itemPerspectives.itemId} in (select id from items where survey_version_id = ${v1.versionId})`),
    ]) {
      await expect(attempt()).rejects.toThrow();
    }
    expect(await open.db.select().from(items).where(eq(items.surveyVersionId, v1.versionId))).toEqual(v1Items);
  });

  it("a wave can only use a published version", async () => {
    const { id: surveyId, versionId } = await admin().survey.create({ name: "Draft only" });
    await expect(
      open.db.insert(waves).values({ organisationId: org.organisation.id, surveyId, surveyVersionId: versionId, name: "Too early" }),
    ).rejects.toThrow();
  });

  it("exports a version that imports as an equal survey", async () => {
    const exported = await admin().survey.export({ surveyId: org.survey.id });
    const { id } = await admin().survey.import({ definition: JSON.parse(JSON.stringify(exported)) });
    expect((await admin().survey.definition({ surveyId: id })).definition).toEqual(exported);
  });
});

describe("templates and import", () => {
  it("every template imports as a publishable survey", async () => {
    const templates = await admin().survey.templates();
    expect(templates.map((t) => t.key).sort()).toEqual(["home-purchase", "hospital-stay", "insurance-claim"]);
    for (const template of templates) {
      const { id } = await admin().survey.createFromTemplate({ template: template.key });
      const editor = await admin().survey.editor({ surveyId: id });
      expect(editor.draft!.issues).toEqual([]);
      const published = await admin().survey.publish({ surveyId: id, revision: editor.draft!.revision });
      expect(published.number).toBe(1);
    }
  });

  const valid = () => wardDefinition("Imported");
  const broken: Record<string, { definition: unknown; path: string }> = {
    "an unknown item type": {
      definition: { ...valid(), items: [{ ...valid().items[0], type: "slider" }] },
      path: "items.0",
    },
    "a condition cycle": {
      definition: {
        ...valid(),
        items: valid().items.map((item) =>
          item.key === "had_pain" ? { ...item, condition: { itemKey: "wait", op: "equals", value: "short" } } : item,
        ),
      },
      path: "items.2.condition",
    },
    "a missing wording": {
      definition: {
        ...valid(),
        items: valid().items.map((item) => (item.key === "respect" ? { ...item, wording: { patient: item.wording.patient! } } : item)),
      },
      path: "items.0.wording.family",
    },
    "a 10,000-character label": {
      definition: { ...valid(), perspectives: valid().perspectives.map((p, i) => (i === 1 ? { ...p, label: { en: "x".repeat(10_000) } } : p)) },
      path: "perspectives.1.label.en",
    },
    "an unknown field": { definition: { ...valid(), colour: "blue" }, path: "" },
    "not an object": { definition: "a survey", path: "" },
  };

  for (const [what, { definition, path }] of Object.entries(broken)) {
    it(`${what} is refused with a precise list of errors, and nothing is imported`, async () => {
      const count = async () =>
        (await open.db.select({ n: sql<number>`count(*)::int` }).from(surveys).where(eq(surveys.organisationId, org.organisation.id)))[0]!.n;
      const before = await count();
      const refused = await errorOf(admin().survey.import({ definition }));
      expect(refused.code).toBe("BAD_REQUEST");
      const paths = Object.keys(refused.fieldErrors);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.some((p) => p.startsWith(path) || (path === "" && p === "(file)"))).toBe(true);
      expect(await count()).toBe(before);
    });
  }
});

describe("who may change surveys", () => {
  it("managers and staff read surveys but cannot change them", async () => {
    for (const userId of [org.manager.id, org.staff.id]) {
      const caller = callerFor(open, { userId });
      await expect(caller.survey.get({ surveyId: org.survey.id })).resolves.toBeTruthy();
      await expect(caller.survey.definition({ surveyId: org.survey.id })).resolves.toBeTruthy();
      await expect(caller.survey.export({ surveyId: org.survey.id })).resolves.toBeTruthy();
      await expect(caller.survey.templates()).resolves.toHaveLength(3);

      const attempts = [
        () => caller.survey.create({ name: "No" }),
        () => caller.survey.createFromTemplate({ template: "hospital-stay" }),
        () => caller.survey.import({ definition: wardDefinition("No") }),
        () => caller.survey.editor({ surveyId: org.survey.id }),
        () => caller.survey.startDraft({ surveyId: org.survey.id }),
        () => caller.survey.saveDraft({ surveyId: org.survey.id, revision: 0, definition: wardDefinition("No") }),
        () => caller.survey.publish({ surveyId: org.survey.id, revision: 0 }),
      ];
      for (const attempt of attempts) expect((await errorOf(attempt())).code).toBe("FORBIDDEN");
    }
    const versions = await open.db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, org.survey.id));
    expect(versions).toHaveLength(1);
  });
});
