import { createFirstOrganisation, ZFirstOrganisation } from "@/server/services/setup/create-first-organisation";
import { isSetupOpen } from "@/server/services/setup/setup-state";
import { publicProcedure, router } from "@/server/trpc";

/** First run: open to anyone while the installation has no organisation, refused for good afterwards. */
export const setupRouter = router({
  state: publicProcedure.query(async ({ ctx }) => ({ open: await isSetupOpen(ctx.db) })),

  create: publicProcedure.input(ZFirstOrganisation).mutation(async ({ ctx, input }) => {
    const { organisation, user } = await createFirstOrganisation({ db: ctx.db, input });
    return { organisation: { id: organisation.id, name: organisation.name }, email: user.email };
  }),
});
