import { z } from "zod";
import { ZDescription, ZId, ZName } from "@/lib/validation";
import { createSurvey } from "@/server/services/survey/create-survey";
import { getSurvey } from "@/server/services/survey/get-survey";
import { listSurveys } from "@/server/services/survey/list-surveys";
import { adminProcedure, anyMemberProcedure, router } from "@/server/trpc";

export const surveyRouter = router({
  list: anyMemberProcedure.query(({ ctx }) => listSurveys({ db: ctx.db, actor: ctx.actor })),

  get: anyMemberProcedure
    .input(z.strictObject({ surveyId: ZId }))
    .query(({ ctx, input }) => getSurvey({ db: ctx.db, actor: ctx.actor, ...input })),

  create: adminProcedure
    .input(z.strictObject({ name: ZName, description: ZDescription.default("") }))
    .mutation(({ ctx, input }) => createSurvey({ db: ctx.db, actor: ctx.actor, ...input })),
});
