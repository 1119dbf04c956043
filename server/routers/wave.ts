import { z } from "zod";
import { ZId } from "@/lib/validation";
import { getWave } from "@/server/services/wave/get-wave";
import { listWaves } from "@/server/services/wave/list-waves";
import { anyMemberProcedure, router } from "@/server/trpc";

export const waveRouter = router({
  list: anyMemberProcedure
    .input(z.strictObject({ surveyId: ZId.optional() }).default({}))
    .query(({ ctx, input }) => listWaves({ db: ctx.db, actor: ctx.actor, ...input })),

  get: anyMemberProcedure
    .input(z.strictObject({ waveId: ZId }))
    .query(({ ctx, input }) => getWave({ db: ctx.db, actor: ctx.actor, ...input })),
});
