import type { Metadata } from "next";
import { AccountForms } from "@/components/staff/account-forms";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  return (
    <>
      <h1 className="text-2xl font-semibold">Your account</h1>
      <p className="mt-1 text-slate-600">
        {current.user.email} · {current.role} of {current.organisation.name}
        {current.scope && (current.scope.sites.length > 0 || current.scope.units.length > 0)
          ? ` · works at ${[...current.scope.sites, ...current.scope.units].join(", ")}`
          : ""}
      </p>
      <AccountForms name={current.user.name} email={current.user.email} />
    </>
  );
}
