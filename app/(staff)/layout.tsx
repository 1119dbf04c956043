import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OrganisationSwitcher } from "@/components/staff/organisation-switcher";
import { SessionGuard } from "@/components/staff/session-guard";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { sessionState } from "@/server/auth";
import { TRPCReactProvider } from "@/trpc/client";
import { getCaller, orNotFound } from "@/trpc/server";

export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  // A session ended since it was signed (deactivation, password reset) is sent to sign in again.
  const session = await sessionState();
  if (session.state !== "current") redirect(session.state === "ended" ? "/sign-in?ended=1" : "/sign-in");
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  const isAdmin = current.role === "admin";

  return (
    <TRPCReactProvider>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <SessionGuard />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/dashboard" className="flex items-center gap-2 text-lg font-bold text-brand-700">
            {current.organisation.logoUrl && (
              // A small, admin-uploaded image served by our own route; next/image adds nothing here.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={current.organisation.logoUrl} alt="" className="h-8 w-auto max-w-32 object-contain" />
            )}
            Circles
          </Link>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            <Link href="/dashboard" className="hover:underline">
              Dashboard
            </Link>
            {(isAdmin || current.role === "staff") && (
              <Link href="/care" className="hover:underline">
                Point of care
              </Link>
            )}
            {isAdmin && (
              <>
                <Link href="/outbox" className="hover:underline">
                  Outbox
                </Link>
                <Link href="/members" className="hover:underline">
                  Members
                </Link>
                <Link href="/settings" className="hover:underline">
                  Settings
                </Link>
                <Link href="/audit" className="hover:underline">
                  Audit log
                </Link>
              </>
            )}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <OrganisationSwitcher current={current.organisation} organisations={current.organisations} />
            <Link href="/account" className="hidden text-slate-600 hover:underline sm:inline">
              {current.user.name} · {current.role}
            </Link>
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
