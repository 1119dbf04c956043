import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InvitationsList } from "@/components/staff/invitations-list";
import { InviteMemberForm } from "@/components/staff/invite-member-form";
import { MembersTable } from "@/components/staff/members-table";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") redirect("/no-access?need=admin");
  const [members, invitations] = await Promise.all([orNotFound(caller.member.list()), orNotFound(caller.member.invitations())]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Members</h1>
      <p className="mt-1 text-slate-600">
        Admins do everything; managers see reports and configuration; staff start circles and hand out links. Deactivating someone signs
        them out everywhere at once.
      </p>
      <InviteMemberForm />
      <InvitationsList initial={invitations} />
      <h2 className="mt-8 text-lg font-semibold">Members of {current.organisation.name}</h2>
      <MembersTable initial={members} />
    </>
  );
}
