import { z } from "zod";
import { ZEmail, ZNewPassword } from "@/lib/auth/password-rules";
import { ZName } from "@/lib/validation";
import { changePassword, updateProfile } from "@/server/services/auth/change-password";
import { requestPasswordReset } from "@/server/services/auth/request-password-reset";
import { getPasswordReset, resetPassword } from "@/server/services/auth/reset-password";
import { anyMemberProcedure, publicProcedure, router } from "@/server/trpc";

const ZToken = z.string().min(1).max(100);

export const authRouter = router({
  requestPasswordReset: publicProcedure
    .input(z.strictObject({ email: ZEmail }))
    .mutation(({ ctx, input }) => requestPasswordReset({ db: ctx.db, email: input.email, ip: ctx.ip })),

  passwordReset: publicProcedure
    .input(z.strictObject({ token: ZToken }))
    .query(({ ctx, input }) => getPasswordReset({ db: ctx.db, token: input.token })),

  resetPassword: publicProcedure
    .input(z.strictObject({ token: ZToken, password: ZNewPassword }))
    .mutation(({ ctx, input }) => resetPassword({ db: ctx.db, ...input })),

  changePassword: anyMemberProcedure
    .input(z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: ZNewPassword }))
    .mutation(({ ctx, input }) => changePassword({ db: ctx.db, userId: ctx.actor.userId, ...input })),

  updateProfile: anyMemberProcedure
    .input(z.strictObject({ name: ZName }))
    .mutation(({ ctx, input }) => updateProfile({ db: ctx.db, userId: ctx.actor.userId, name: input.name })),
});
