import { z } from "zod";
import { declineResponse, submitResponse } from "@/server/services/response/submit-response";
import { getResponse } from "@/server/services/response/get-response";
import { saveAnswer } from "@/server/services/response/save-answer";
import { ANSWERED_BY } from "@/lib/respondent/answered-by";
import { setAnsweredBy } from "@/server/services/response/set-answered-by";
import { respondentLinkProcedure, respondentProcedure, router } from "@/server/trpc";

// Checked against the item by the service; here only the outer shape and sizes.
const ZAnswerValue = z.union([
  z.number().finite(),
  z.string().max(10_000),
  z.array(z.string().max(100)).max(50),
  z.null(),
]);

export const responseRouter = router({
  get: respondentProcedure.query(({ ctx }) => getResponse({ db: ctx.db, actor: ctx.respondent })),

  // The hot path: the service checks the link in its one statement.
  saveAnswer: respondentLinkProcedure
    .input(z.strictObject({ itemKey: z.string().min(1).max(64), value: ZAnswerValue, seq: z.int().min(1).max(Number.MAX_SAFE_INTEGER) }))
    .mutation(({ ctx, input }) => saveAnswer({ db: ctx.db, link: ctx.link, ...input })),

  setAnsweredBy: respondentProcedure
    .input(z.strictObject({ answeredBy: z.enum(ANSWERED_BY) }))
    .mutation(({ ctx, input }) => setAnsweredBy({ db: ctx.db, actor: ctx.respondent, ...input })),

  submit: respondentProcedure.mutation(({ ctx }) => submitResponse({ db: ctx.db, actor: ctx.respondent })),

  decline: respondentProcedure.mutation(({ ctx }) => declineResponse({ db: ctx.db, actor: ctx.respondent })),
});
