import { z } from "zod";
import { ZId } from "@/lib/validation";
import { eraseRespondent } from "@/server/services/retention/erase-respondent";
import { findRespondents } from "@/server/services/retention/find-respondents";
import { adminProcedure, router } from "@/server/trpc";

/** Erasure on request (admins): find the person by email or phone, then erase them with a reason. */
export const retentionRouter = router({
  findRespondents: adminProcedure
    .input(z.strictObject({ query: z.string().trim().min(3).max(254) }))
    .query(({ ctx, input }) => findRespondents({ db: ctx.db, actor: ctx.actor, query: input.query })),

  eraseRespondent: adminProcedure
    .input(
      z.strictObject({
        respondentId: ZId,
        reason: z.string().trim().min(3, "say why (at least 3 characters)").max(500, "must be at most 500 characters"),
      }),
    )
    .mutation(({ ctx, input }) => eraseRespondent({ db: ctx.db, actor: ctx.actor, ...input })),
});
