import { z } from "zod";
import { ZId } from "@/lib/validation";
import { ORGANISATION_COOKIE } from "@/server/context";
import { getCurrentOrganisation } from "@/server/services/organisation/get-current-organisation";
import { switchOrganisation } from "@/server/services/organisation/switch-organisation";
import { anyMemberProcedure, router, signedInProcedure } from "@/server/trpc";

export const organisationRouter = router({
  current: anyMemberProcedure.query(({ ctx }) => getCurrentOrganisation({ db: ctx.db, actor: ctx.actor })),

  switch: signedInProcedure
    .input(z.strictObject({ organisationId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const organisation = await switchOrganisation({ db: ctx.db, userId: ctx.userId, ...input });
      ctx.resHeaders?.append(
        "Set-Cookie",
        `${ORGANISATION_COOKIE}=${organisation.id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`,
      );
      return organisation;
    }),
});
