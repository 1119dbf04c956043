import { z } from "zod";
import { ZPhone } from "@/lib/circle/new-circle";
import { COMPANION_RELATIONSHIPS, MAX_COMPANION_NAME_LENGTH, MAX_CONTACT_LENGTH } from "@/lib/respondent/companions";
import { ZLanguage } from "@/lib/survey/language";
import { ZId } from "@/lib/validation";
import { inviteCompanion } from "@/server/services/respondent/invite-companion";
import { listCompanions } from "@/server/services/respondent/list-companions";
import { reissueLink } from "@/server/services/respondent/reissue-link";
import { memberProcedure, respondentProcedure, router } from "@/server/trpc";

const careProcedure = memberProcedure("admin", "staff");

const CONTACT_MESSAGE = "must be an email address or a mobile number with its country code, such as +44 7700 900123";

/** One contact field, read as an email address when it has an @, else as a mobile number. */
const ZCompanion = z
  .strictObject({
    perspectiveKey: z.string().trim().min(1).max(64),
    relationship: z.enum(COMPANION_RELATIONSHIPS),
    name: z.string().trim().max(MAX_COMPANION_NAME_LENGTH).optional(),
    contact: z.string().trim().max(MAX_CONTACT_LENGTH).optional(),
    language: ZLanguage.optional(),
  })
  .transform(({ contact, ...companion }, ctx) => {
    if (!contact) return { ...companion, email: null, phone: null };
    const parsed = contact.includes("@") ? z.email().max(MAX_CONTACT_LENGTH).safeParse(contact) : ZPhone.safeParse(contact);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", path: ["contact"], message: CONTACT_MESSAGE });
      return z.NEVER;
    }
    return contact.includes("@") ? { ...companion, email: parsed.data, phone: null } : { ...companion, email: null, phone: parsed.data };
  });

export const respondentRouter = router({
  reissueLink: careProcedure
    .input(z.strictObject({ respondentId: ZId }))
    .mutation(({ ctx, input }) => reissueLink({ db: ctx.db, actor: ctx.actor, ...input })),

  revokeLink: careProcedure
    .input(z.strictObject({ respondentId: ZId }))
    .mutation(({ ctx, input }) => reissueLink({ db: ctx.db, actor: ctx.actor, ...input, revokeOnly: true })),

  /** The respondent's own companions ("Who else was with you?"), with their links again. */
  listCompanions: respondentProcedure.query(({ ctx }) => listCompanions({ db: ctx.db, actor: ctx.respondent })),

  /** After submitting: add a companion to the respondent's own circle (limits checked under a lock). */
  inviteCompanion: respondentProcedure
    .input(ZCompanion)
    .mutation(({ ctx, input }) => inviteCompanion({ db: ctx.db, actor: ctx.respondent, companion: input })),
});
