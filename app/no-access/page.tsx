import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/staff/sign-out-button";

export const metadata: Metadata = { title: "No access" };

const NEEDS = { admin: "admins" } as const;

export default async function NoAccessPage({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const { need } = await searchParams;
  const needed = need && need in NEEDS ? NEEDS[need as keyof typeof NEEDS] : null;
  if (needed) {
    return (
      <main className="mx-auto max-w-lg px-6 py-24 text-center">
        <h1 className="text-2xl font-semibold">No access</h1>
        <p className="mt-3 text-slate-600">
          This page is for your organisation&apos;s {needed}. If you need it, ask one of them to change your role.
        </p>
        <Link href="/dashboard" className="mt-6 inline-block font-medium text-brand-700 underline">
          Back to the dashboard
        </Link>
      </main>
    );
  }
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
