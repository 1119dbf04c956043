import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/admin/public-page";
import { NewPasswordForm } from "@/components/admin/new-password-form";
import { TRPCReactProvider } from "@/trpc/client";
import { getCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ChooseNewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await getCaller();
  const reset = await caller.auth.passwordReset({ token: token.slice(0, 100) });
  if (reset.state !== "open") {
    return (
      <PublicPage title="This link cannot be used">
        <p className="mt-3 text-slate-700">{reset.message}</p>
        <p className="mt-6">
          <Link href="/reset-password" className="font-medium text-brand-700 underline">
            Ask for a new link
          </Link>
        </p>
      </PublicPage>
    );
  }
  return (
    <PublicPage title="Choose a new password">
      <p className="mt-2 text-slate-600">Once it is changed, every session of your account ends: you sign in again with the new one.</p>
      <TRPCReactProvider>
        <NewPasswordForm token={token} />
      </TRPCReactProvider>
    </PublicPage>
  );
}
