import type { Metadata } from "next";
import { SignOutButton } from "@/components/staff/sign-out-button";

export const metadata: Metadata = { title: "No access" };

export default function NoAccessPage() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">No access</h1>
      <p className="mt-3 text-slate-600">
        Your access to this organisation has ended, or your account is not active in any organisation. If you think
        this is a mistake, ask one of your organisation&apos;s admins.
      </p>
      <div className="mt-6">
        <SignOutButton />
      </div>
    </main>
  );
}
