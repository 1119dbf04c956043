import { z } from "zod";
import { ZOrganisationSettings } from "@/lib/organisation/settings";
import { ZId } from "@/lib/validation";
import { ORGANISATION_COOKIE } from "@/server/context";
import { getCurrentOrganisation } from "@/server/services/organisation/get-current-organisation";
import { getOrganisationSettings } from "@/server/services/organisation/get-settings";
import { removeOrganisationLogo } from "@/server/services/organisation/remove-logo";
import { setOrganisationLogo } from "@/server/services/organisation/set-logo";
import { switchOrganisation } from "@/server/services/organisation/switch-organisation";
import { updateOrganisationSettings } from "@/server/services/organisation/update-settings";
import { adminProcedure, anyMemberProcedure, router, signedInProcedure } from "@/server/trpc";

const MAX_LOGO_BASE64 = 990_000;

export const organisationRouter = router({
  current: anyMemberProcedure.query(({ ctx }) => getCurrentOrganisation({ db: ctx.db, actor: ctx.actor })),

  switch: signedInProcedure
    .input(z.strictObject({ organisationId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const organisation = await switchOrganisation({ db: ctx.db, userId: ctx.userId, ...input });
      ctx.resHeaders?.append(
        "Set-Cookie",
        `${ORGANISATION_COOKIE}=${organisation.id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000${ctx.secure ? "; Secure" : ""}`,
      );
      return organisation;
    }),

  settings: adminProcedure.query(({ ctx }) => getOrganisationSettings({ db: ctx.db, actor: ctx.actor })),

  updateSettings: adminProcedure
    .input(z.strictObject({ settings: ZOrganisationSettings }))
    .mutation(({ ctx, input }) => updateOrganisationSettings({ db: ctx.db, actor: ctx.actor, settings: input.settings })),

  setLogo: adminProcedure
    // Bounded a little above 512 KB of base64 so that the service, which checks the decoded size and the
    // image type, can say how large the file was; the HTTP body limit stops anything much larger.
    .input(z.strictObject({ dataBase64: z.string().min(1).max(MAX_LOGO_BASE64) }))
    .mutation(({ ctx, input }) => setOrganisationLogo({ db: ctx.db, actor: ctx.actor, dataBase64: input.dataBase64 })),

  removeLogo: adminProcedure.mutation(({ ctx }) => removeOrganisationLogo({ db: ctx.db, actor: ctx.actor })),
});
