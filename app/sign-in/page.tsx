import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDatabase } from "@/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo";
import { sessionState } from "@/server/auth";
import { hasDemoOrganisation } from "@/server/services/organisation/has-demo-organisation";
import { isSetupOpen } from "@/server/services/setup/setup-state";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Only a path of this site (`/invite/…`), never another address, is followed after signing in. */
function safeNext(next: string | string[] | undefined): string {
  return typeof next === "string" && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : "/dashboard";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  const session = await sessionState();
  if (session.state === "current") redirect(next as Route);
  const { db } = await getDatabase();
  if (await isSetupOpen(db)) redirect("/setup");
  const demo = await hasDemoOrganisation(db);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Circles</p>
      <h1 className="mt-2 text-3xl font-semibold">Sign in</h1>
      <p className="mt-2 text-slate-600">For staff, managers and admins of an organisation using Circles.</p>
      {(session.state === "ended" || params.ended === "1") && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
          Your session has ended: your access was changed or your password was reset. Sign in again to continue.
        </p>
      )}
      {params.reset === "1" && (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
          Your password has been changed. Sign in with the new one.
        </p>
      )}
      <SignInForm next={next} email={typeof params.email === "string" ? params.email.slice(0, 254) : ""} />
      <p className="mt-4 text-sm">
        <Link href="/reset-password" className="font-medium text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
      {demo && (
        <section aria-labelledby="demo-heading" className="mt-8 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm">
          <h2 id="demo-heading" className="font-semibold text-brand-800">
            Demo accounts
          </h2>
          <p className="mt-1 text-slate-700">
            Password for every account: <code className="rounded bg-white px-1 font-mono">{DEMO_PASSWORD}</code>
          </p>
          <ul className="mt-2 space-y-1">
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                <code className="font-mono">{account.email}</code> <span className="text-slate-600">— {account.role}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
