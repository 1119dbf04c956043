import { z } from "zod";
import { ZId } from "@/lib/validation";
import { reissueLink } from "@/server/services/respondent/reissue-link";
import { memberProcedure, router } from "@/server/trpc";

const careProcedure = memberProcedure("admin", "staff");

export const respondentRouter = router({
  reissueLink: careProcedure
    .input(z.strictObject({ respondentId: ZId }))
    .mutation(({ ctx, input }) => reissueLink({ db: ctx.db, actor: ctx.actor, ...input })),

  revokeLink: careProcedure
    .input(z.strictObject({ respondentId: ZId }))
    .mutation(({ ctx, input }) => reissueLink({ db: ctx.db, actor: ctx.actor, ...input, revokeOnly: true })),
});
