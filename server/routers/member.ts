import { z } from "zod";
import { ZId } from "@/lib/validation";
import { memberRole } from "@/db/schema";
import { listMembers } from "@/server/services/member/list-members";
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
});
