import { z } from "zod";
import { messageStatus } from "@/db/schema";
import { ZId } from "@/lib/validation";
import { listMessages } from "@/server/services/message/list-messages";
import { adminProcedure, router } from "@/server/trpc";

export const messageRouter = router({
  list: adminProcedure
    .input(
      z
        .strictObject({
          status: z.enum(messageStatus.enumValues).optional(),
          waveId: ZId.optional(),
          limit: z.int().min(1).max(500).default(200),
        })
        .default({ limit: 200 }),
    )
    .query(({ ctx, input }) => listMessages({ db: ctx.db, actor: ctx.actor, ...input })),
});
