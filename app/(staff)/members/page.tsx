import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { MembersTable } from "@/components/staff/members-table";
import { getCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const caller = await getCaller();
  const members = await caller.member.list().catch((err: unknown) => {
    if (err instanceof TRPCError && err.code === "FORBIDDEN") notFound();
    throw err;
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Members</h1>
      <p className="mt-1 text-slate-600">
        Admins do everything; managers see reports and configuration; staff start circles and hand out links.
      </p>
      <MembersTable initial={members} />
    </>
  );
}
