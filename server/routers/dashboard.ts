import { getDashboard } from "@/server/services/dashboard/get-dashboard";
import { anyMemberProcedure, router } from "@/server/trpc";

export const dashboardRouter = router({
  get: anyMemberProcedure.query(({ ctx }) => getDashboard({ db: ctx.db, actor: ctx.actor })),
});
