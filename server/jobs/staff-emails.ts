// The words of the two emails staff get from Circles: an invitation to join an organisation, and a
// password reset link. English only for now (staff screens are English).
import type { TMemberRole } from "@/db/schema";

const ROLE_WORDS: Record<TMemberRole, string> = {
  admin: "an admin (everything, including members and settings)",
  manager: "a manager (reports and exports)",
  staff: "a member of staff (starting circles and handing out links)",
};

export function composeMemberInvitation(input: {
  organisation: string;
  invitedBy: string | null;
  role: TMemberRole;
  link: string;
  expiresAt: Date;
}): { subject: string; body: string } {
  const who = input.invitedBy ? `${input.invitedBy} has invited you` : "You have been invited";
  return {
    subject: `Join ${input.organisation} on Circles`,
    body: [
      "Hello,",
      "",
      `${who} to join ${input.organisation} on Circles as ${ROLE_WORDS[input.role]}.`,
      "",
      "Accept the invitation here (the link works once, only with this email address):",
      input.link,
      "",
      `The link expires on ${input.expiresAt.toUTCString()}.`,
      "If you did not expect this invitation, you can ignore this email.",
      "",
    ].join("\n"),
  };
}

export function composePasswordReset(input: { link: string; minutes: number }): { subject: string; body: string } {
  return {
    subject: "Choose a new Circles password",
    body: [
      "Hello,",
      "",
      "Someone (hopefully you) asked to choose a new password for your Circles account.",
      `Choose it here (the link works once, for ${input.minutes} minutes):`,
      input.link,
      "",
      "If you did not ask, ignore this email: your password stays as it is.",
      "",
    ].join("\n"),
  };
}

/** The text that replaces the link in what is kept: the token itself is never stored. */
export const MASKED_INVITATION_LINK = "[invitation-link]";
export const MASKED_RESET_LINK = "[password-reset-link]";
