import type { Metadata } from "next";
import Link from "next/link";
import { InvitationAccept } from "@/components/admin/invitation-accept";
import { PublicPage } from "@/components/admin/public-page";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { TRPCReactProvider } from "@/trpc/client";
import { getCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const ROLE_WORDS = { admin: "an admin", manager: "a manager", staff: "a member of staff" } as const;

const REFUSED = {
  unknown: {
    title: "This invitation link does not work",
    text: "Check that you used the whole link from the email. If it still does not work, ask an admin of the organisation to invite you again.",
  },
  expired: { title: "This invitation has expired", text: "Invitations work for a week. Ask an admin of the organisation to invite you again." },
  used: { title: "This invitation has already been used", text: "Sign in with the account that accepted it." },
  withdrawn: { title: "This invitation was withdrawn", text: "An admin of the organisation withdrew it. Ask them if you think this is a mistake." },
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await getCaller();
  const { state, invitation } = await caller.invitation.get({ token: token.slice(0, 100) });
  if (state !== "open" || !invitation) {
    const refused = REFUSED[state as keyof typeof REFUSED];
    return (
      <PublicPage title={refused.title}>
        <p className="mt-3 text-slate-700">{refused.text}</p>
        <p className="mt-6">
          <Link href="/sign-in" className="font-medium text-brand-700 underline">
            Go to the sign-in page
          </Link>
        </p>
      </PublicPage>
    );
  }
  const intro = (
    <p className="mt-3 text-slate-700">
      You are invited to join <strong>{invitation.organisation}</strong> on Circles as {ROLE_WORDS[invitation.role]}. The invitation was
      sent to <strong>{invitation.maskedEmail}</strong> and works only with that address.
    </p>
  );
  if (invitation.viewer && !invitation.viewer.isInvited) {
    return (
      <PublicPage title="This invitation is for someone else">
        {intro}
        <p role="alert" className="mt-4 rounded-md border border-rose-300 bg-rose-50 px-4 py-2 text-sm text-rose-900">
          You are signed in as {invitation.viewer.email}, which is not the address this invitation was sent to. Sign out, then open the
          link again and use the address it was sent to — or ask an admin to invite you at your own address.
        </p>
        <div className="mt-6">
          <SignOutButton />
        </div>
      </PublicPage>
    );
  }
  return (
    <PublicPage title={`Join ${invitation.organisation}`}>
      {intro}
      <TRPCReactProvider>
        <InvitationAccept token={token} mode={invitation.viewer ? "accept" : invitation.hasAccount ? "signIn" : "create"} />
      </TRPCReactProvider>
    </PublicPage>
  );
}
