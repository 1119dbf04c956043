import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo";
import { currentUserId } from "@/server/auth";
import { hasDemoOrganisation } from "@/server/services/organisation/has-demo-organisation";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await currentUserId()) redirect("/dashboard");
  const { db } = await getDatabase();
  const demo = await hasDemoOrganisation(db);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Circles</p>
      <h1 className="mt-2 text-3xl font-semibold">Sign in</h1>
      <p className="mt-2 text-slate-600">For staff, managers and admins of an organisation using Circles.</p>
      <SignInForm />
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
