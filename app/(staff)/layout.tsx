import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OrganisationSwitcher } from "@/components/staff/organisation-switcher";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { currentUserId } from "@/server/auth";
import { TRPCReactProvider } from "@/trpc/client";
import { getCaller } from "@/trpc/server";

export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  if (!(await currentUserId())) redirect("/sign-in");
  const caller = await getCaller();
  let current;
  try {
    current = await caller.organisation.current();
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "FORBIDDEN" || err.code === "UNAUTHORIZED")) {
      return (
        <TRPCReactProvider>
          <main className="mx-auto max-w-lg px-6 py-24 text-center">
            <h1 className="text-2xl font-semibold">No access</h1>
            <p className="mt-3 text-slate-600">{err.message}</p>
            <div className="mt-6">
              <SignOutButton />
            </div>
          </main>
        </TRPCReactProvider>
      );
    }
    throw err;
  }

  return (
    <TRPCReactProvider>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/dashboard" className="text-lg font-bold text-brand-700">
            Circles
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm font-medium">
            <Link href="/dashboard" className="hover:underline">
              Dashboard
            </Link>
            {current.role === "admin" && (
              <Link href="/members" className="hover:underline">
                Members
              </Link>
            )}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <OrganisationSwitcher current={current.organisation} organisations={current.organisations} />
            <span className="hidden text-slate-600 sm:inline">
              {current.user.name} · {current.role}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </TRPCReactProvider>
  );
}
