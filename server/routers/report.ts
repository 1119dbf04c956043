import { z } from "zod";
import { ZReportFilters } from "@/lib/report/filters";
import { ZId } from "@/lib/validation";
import { exportReport } from "@/server/services/report/export-report";
import { getCircleAnswers } from "@/server/services/report/get-circle-answers";
import { getReportComments } from "@/server/services/report/get-report-comments";
import { getReportTrends } from "@/server/services/report/get-report-trends";
import { getWaveReport } from "@/server/services/report/get-wave-report";
import { listDisagreements } from "@/server/services/report/list-disagreements";
import { adminProcedure, memberProcedure, router } from "@/server/trpc";

/** Reports are for managers and admins; staff never reach them. */
const reportProcedure = memberProcedure("admin", "manager");
const ZReportInput = z.strictObject({ waveId: ZId, filters: ZReportFilters.default(ZReportFilters.parse({})) });

export const reportRouter = router({
  wave: reportProcedure
    .input(ZReportInput)
    .query(({ ctx, input }) => getWaveReport({ db: ctx.db, actor: ctx.actor, ...input })),

  trends: reportProcedure
    .input(ZReportInput)
    .query(({ ctx, input }) => getReportTrends({ db: ctx.db, actor: ctx.actor, ...input })),

  comments: reportProcedure
    .input(
      ZReportInput.extend({
        search: z.string().trim().max(200).default(""),
        itemKey: z.string().max(64).nullable().default(null),
        perspectiveKey: z.string().max(64).nullable().default(null),
        page: z.int().min(0).max(10_000).default(0),
      }),
    )
    .query(({ ctx, input }) => getReportComments({ db: ctx.db, actor: ctx.actor, ...input })),

  /** Used by the CSV download route (server-side caller): the rows stream from the database. */
  export: reportProcedure
    .input(ZReportInput.extend({ form: z.enum(["long", "wide"]) }))
    .mutation(({ ctx, input }) => exportReport({ db: ctx.db, actor: ctx.actor, ...input })),

  disagreements: adminProcedure
    .input(ZReportInput.extend({ limit: z.int().min(1).max(100).default(20) }))
    .query(({ ctx, input }) => listDisagreements({ db: ctx.db, actor: ctx.actor, ...input })),

  circle: adminProcedure
    .input(z.strictObject({ waveId: ZId, circleId: ZId }))
    .query(({ ctx, input }) => getCircleAnswers({ db: ctx.db, actor: ctx.actor, ...input })),
});
