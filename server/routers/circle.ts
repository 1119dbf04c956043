import { z } from "zod";
import { ZId } from "@/lib/validation";
import { getCircle } from "@/server/services/circle/get-circle";
import { listCircles } from "@/server/services/circle/list-circles";
import { anyMemberProcedure, router } from "@/server/trpc";

export const circleRouter = router({
  list: anyMemberProcedure
    .input(
      z.strictObject({
        waveId: ZId,
        limit: z.int().min(1).max(200).default(50),
        cursor: z.strictObject({ createdAt: z.date(), id: ZId }).optional(),
      }),
    )
    .query(({ ctx, input }) => listCircles({ db: ctx.db, actor: ctx.actor, ...input })),

  get: anyMemberProcedure
    .input(z.strictObject({ circleId: ZId }))
    .query(({ ctx, input }) => getCircle({ db: ctx.db, actor: ctx.actor, ...input })),
});
