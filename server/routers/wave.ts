import { z } from "zod";
import { ZId } from "@/lib/validation";
import { ZWaveSettings } from "@/lib/wave/settings";
import { closeWave, openWave } from "@/server/services/wave/change-wave-status";
import { createWave } from "@/server/services/wave/create-wave";
import { getWave } from "@/server/services/wave/get-wave";
import { listWaves } from "@/server/services/wave/list-waves";
import { updateWave } from "@/server/services/wave/update-wave";
import { adminProcedure, anyMemberProcedure, router } from "@/server/trpc";

export const waveRouter = router({
  list: anyMemberProcedure
    .input(z.strictObject({ surveyId: ZId.optional() }).default({}))
    .query(({ ctx, input }) => listWaves({ db: ctx.db, actor: ctx.actor, ...input })),

  get: anyMemberProcedure
    .input(z.strictObject({ waveId: ZId }))
    .query(({ ctx, input }) => getWave({ db: ctx.db, actor: ctx.actor, ...input })),

  create: adminProcedure
    .input(z.strictObject({ surveyId: ZId, version: z.int().min(1).optional(), settings: ZWaveSettings }))
    .mutation(({ ctx, input }) => createWave({ db: ctx.db, actor: ctx.actor, ...input })),

  update: adminProcedure
    .input(z.strictObject({ waveId: ZId, settings: ZWaveSettings }))
    .mutation(({ ctx, input }) => updateWave({ db: ctx.db, actor: ctx.actor, ...input })),

  open: adminProcedure
    .input(z.strictObject({ waveId: ZId }))
    .mutation(({ ctx, input }) => openWave({ db: ctx.db, actor: ctx.actor, ...input })),

  close: adminProcedure
    .input(z.strictObject({ waveId: ZId }))
    .mutation(({ ctx, input }) => closeWave({ db: ctx.db, actor: ctx.actor, ...input })),
});
