import { z } from "zod";
import { ZId } from "@/lib/validation";
import { ZNewCircle } from "@/lib/circle/new-circle";
import { getCircleLinks } from "@/server/services/circle/circle-links";
import { createCircle } from "@/server/services/circle/create-circle";
import { getCircle } from "@/server/services/circle/get-circle";
import { importCircles, previewImport } from "@/server/services/circle/import-circles";
import { listCircles } from "@/server/services/circle/list-circles";
import { MAX_IMPORT_BYTES } from "@/lib/import/circles-csv";
import { adminProcedure, anyMemberProcedure, memberProcedure, router } from "@/server/trpc";

/** Staff start circles and hand out links at the point of care; admins can do everything. */
const careProcedure = memberProcedure("admin", "staff");

export const circleRouter = router({
  list: anyMemberProcedure
    .input(
      z.strictObject({
        waveId: ZId,
        limit: z.int().min(1).max(200).default(50),
        cursor: z.strictObject({ createdAt: z.date(), id: ZId }).optional(),
        site: z.string().trim().min(1).max(100).optional(),
        unit: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .query(({ ctx, input }) => listCircles({ db: ctx.db, actor: ctx.actor, ...input })),

  get: anyMemberProcedure
    .input(z.strictObject({ circleId: ZId }))
    .query(({ ctx, input }) => getCircle({ db: ctx.db, actor: ctx.actor, ...input })),

  create: careProcedure
    .input(z.strictObject({ waveId: ZId, circle: ZNewCircle }))
    .mutation(({ ctx, input }) => createCircle({ db: ctx.db, actor: ctx.actor, ...input })),

  importPreview: adminProcedure
    .input(z.strictObject({ waveId: ZId, csv: z.string().max(MAX_IMPORT_BYTES) }))
    .mutation(({ ctx, input }) => previewImport({ db: ctx.db, actor: ctx.actor, ...input })),

  import: adminProcedure
    .input(z.strictObject({ waveId: ZId, csv: z.string().max(MAX_IMPORT_BYTES) }))
    .mutation(({ ctx, input }) => importCircles({ db: ctx.db, actor: ctx.actor, ...input })),

  links: careProcedure
    .input(z.strictObject({ circleId: ZId }))
    .query(({ ctx, input }) => getCircleLinks({ db: ctx.db, actor: ctx.actor, ...input })),
});
