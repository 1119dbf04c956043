import { z } from "zod";
import { listAudit, listAuditFacets, ZAuditFilters } from "@/server/services/audit/list-audit";
import { adminProcedure, router } from "@/server/trpc";

/** The audit log is for admins: who did what, when, with before and after. */
export const auditRouter = router({
  list: adminProcedure
    .input(
      z.strictObject({
        filters: ZAuditFilters.default({}),
        before: z.int().min(1).optional(),
        limit: z.int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => listAudit({ db: ctx.db, actor: ctx.actor, ...input })),

  facets: adminProcedure.query(({ ctx }) => listAuditFacets({ db: ctx.db, actor: ctx.actor })),
});
