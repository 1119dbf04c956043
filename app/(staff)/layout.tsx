import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OrganisationSwitcher } from "@/components/staff/organisation-switcher";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { currentUserId } from "@/server/auth";
import { TRPCReactProvider } from "@/trpc/client";
import { getCaller, orNotFound } from "@/trpc/server";

export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  if (!(await currentUserId())) redirect("/sign-in");
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());

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
            {(current.role === "admin" || current.role === "staff") && (
              <Link href="/care" className="hover:underline">
                Point of care
              </Link>
            )}
            {current.role === "admin" && (
              <>
                <Link href="/outbox" className="hover:underline">
                  Outbox
                </Link>
                <Link href="/members" className="hover:underline">
                  Members
                </Link>
              </>
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
