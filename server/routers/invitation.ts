import { z } from "zod";
import { ZEmail, ZNewPassword } from "@/lib/auth/password-rules";
import { ZName } from "@/lib/validation";
import { acceptInvitation, acceptInvitationWithNewAccount, acceptInvitationWithPassword } from "@/server/services/member/accept-invitation";
import { getInvitation } from "@/server/services/member/invitation-by-token";
import { publicProcedure, router, signedInProcedure } from "@/server/trpc";

/** The invited person's side: the link's token is the capability (the admin's side is in member.*). */
const ZToken = z.string().min(1).max(100);

export const invitationRouter = router({
  get: publicProcedure
    .input(z.strictObject({ token: ZToken }))
    .query(async ({ ctx, input }) => getInvitation({ db: ctx.db, token: input.token, userId: await ctx.getUserId() })),

  accept: signedInProcedure
    .input(z.strictObject({ token: ZToken }))
    .mutation(({ ctx, input }) => acceptInvitation({ db: ctx.db, token: input.token, userId: ctx.userId })),

  acceptWithPassword: publicProcedure
    .input(z.strictObject({ token: ZToken, email: ZEmail, password: z.string().min(1).max(200) }))
    .mutation(({ ctx, input }) => acceptInvitationWithPassword({ db: ctx.db, ...input, ip: ctx.ip })),

  createAccount: publicProcedure
    .input(z.strictObject({ token: ZToken, email: ZEmail, name: ZName, password: ZNewPassword }))
    .mutation(({ ctx, input }) => acceptInvitationWithNewAccount({ db: ctx.db, ...input })),
});
