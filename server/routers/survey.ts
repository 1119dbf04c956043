import { z } from "zod";
import { ZSurveyDefinition } from "@/lib/survey/definition";
import { ZDescription, ZId, ZName } from "@/lib/validation";
import { createSurvey } from "@/server/services/survey/create-survey";
import { diffSurveyVersions } from "@/server/services/survey/diff-survey-versions";
import { getSurvey } from "@/server/services/survey/get-survey";
import { getSurveyDefinition } from "@/server/services/survey/get-survey-definition";
import { getSurveyEditor } from "@/server/services/survey/get-survey-editor";
import { createFromTemplate, importSurvey, listTemplates } from "@/server/services/survey/import-survey";
import { listSurveys } from "@/server/services/survey/list-surveys";
import { publishSurvey } from "@/server/services/survey/publish-survey";
import { saveDraft } from "@/server/services/survey/save-draft";
import { startDraft } from "@/server/services/survey/start-draft";
import { adminProcedure, anyMemberProcedure, router } from "@/server/trpc";

const ZVersionNumber = z.int().min(1).max(100_000);
const ZRevision = z.int().min(0);

export const surveyRouter = router({
  list: anyMemberProcedure.query(({ ctx }) => listSurveys({ db: ctx.db, actor: ctx.actor })),

  get: anyMemberProcedure
    .input(z.strictObject({ surveyId: ZId }))
    .query(({ ctx, input }) => getSurvey({ db: ctx.db, actor: ctx.actor, ...input })),

  definition: anyMemberProcedure
    .input(z.strictObject({ surveyId: ZId, version: ZVersionNumber.optional() }))
    .query(({ ctx, input }) => getSurveyDefinition({ db: ctx.db, actor: ctx.actor, ...input })),

  export: anyMemberProcedure
    .input(z.strictObject({ surveyId: ZId, version: ZVersionNumber.optional() }))
    .query(async ({ ctx, input }) => (await getSurveyDefinition({ db: ctx.db, actor: ctx.actor, ...input })).definition),

  diff: anyMemberProcedure
    .input(z.strictObject({ surveyId: ZId, from: ZVersionNumber, to: ZVersionNumber }))
    .query(({ ctx, input }) => diffSurveyVersions({ db: ctx.db, actor: ctx.actor, ...input })),

  templates: anyMemberProcedure.query(() => listTemplates()),

  editor: adminProcedure
    .input(z.strictObject({ surveyId: ZId }))
    .query(({ ctx, input }) => getSurveyEditor({ db: ctx.db, actor: ctx.actor, ...input })),

  create: adminProcedure
    .input(z.strictObject({ name: ZName, description: ZDescription.default("") }))
    .mutation(({ ctx, input }) => createSurvey({ db: ctx.db, actor: ctx.actor, ...input })),

  createFromTemplate: adminProcedure
    .input(z.strictObject({ template: z.string().max(64) }))
    .mutation(({ ctx, input }) => createFromTemplate({ db: ctx.db, actor: ctx.actor, ...input })),

  import: adminProcedure
    // Checked by the service, which lists every problem of the file rather than the first.
    .input(z.strictObject({ definition: z.unknown() }))
    .mutation(({ ctx, input }) => importSurvey({ db: ctx.db, actor: ctx.actor, definition: input.definition })),

  startDraft: adminProcedure
    .input(z.strictObject({ surveyId: ZId }))
    .mutation(({ ctx, input }) => startDraft({ db: ctx.db, actor: ctx.actor, ...input })),

  saveDraft: adminProcedure
    .input(z.strictObject({ surveyId: ZId, revision: ZRevision, definition: ZSurveyDefinition }))
    .mutation(({ ctx, input }) => saveDraft({ db: ctx.db, actor: ctx.actor, ...input })),

  publish: adminProcedure
    .input(z.strictObject({ surveyId: ZId, revision: ZRevision }))
    .mutation(({ ctx, input }) => publishSurvey({ db: ctx.db, actor: ctx.actor, ...input })),
});
