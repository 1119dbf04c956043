import { z } from "zod";
import { memberRole } from "@/db/schema";
import { ZEmail } from "@/lib/auth/password-rules";
import { ZId } from "@/lib/validation";
import { inviteMember } from "@/server/services/member/invite-member";
import { listInvitations } from "@/server/services/member/list-invitations";
import { listMembers } from "@/server/services/member/list-members";
import { ZMemberScope } from "@/server/services/member/member-scope";
import { revokeInvitation } from "@/server/services/member/revoke-invitation";
import { updateMember } from "@/server/services/member/update-member";
import { adminProcedure, router } from "@/server/trpc";

export const memberRouter = router({
  list: adminProcedure.query(({ ctx }) => listMembers({ db: ctx.db, actor: ctx.actor })),

  setActive: adminProcedure
    .input(z.strictObject({ membershipId: ZId, active: z.boolean() }))
    .mutation(({ ctx, input }) =>
      updateMember({ db: ctx.db, actor: ctx.actor, membershipId: input.membershipId, change: { active: input.active } }),
    ),

  setRole: adminProcedure
    .input(z.strictObject({ membershipId: ZId, role: z.enum(memberRole.enumValues) }))
    .mutation(({ ctx, input }) =>
      updateMember({ db: ctx.db, actor: ctx.actor, membershipId: input.membershipId, change: { role: input.role } }),
    ),

  setScope: adminProcedure
    .input(z.strictObject({ membershipId: ZId, scope: ZMemberScope }))
    .mutation(({ ctx, input }) =>
      updateMember({ db: ctx.db, actor: ctx.actor, membershipId: input.membershipId, change: { scope: input.scope } }),
    ),

  invite: adminProcedure
    .input(z.strictObject({ email: ZEmail, role: z.enum(memberRole.enumValues), scope: ZMemberScope.default({ sites: [], units: [] }) }))
    .mutation(({ ctx, input }) =>
      inviteMember({ db: ctx.db, actor: ctx.actor, email: input.email, role: input.role, ...input.scope }),
    ),

  invitations: adminProcedure.query(({ ctx }) => listInvitations({ db: ctx.db, actor: ctx.actor })),

  revokeInvitation: adminProcedure
    .input(z.strictObject({ invitationId: ZId }))
    .mutation(({ ctx, input }) => revokeInvitation({ db: ctx.db, actor: ctx.actor, ...input })),
});
