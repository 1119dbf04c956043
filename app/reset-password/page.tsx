import type { Metadata } from "next";
import { PublicPage } from "@/components/admin/public-page";
import { ResetRequestForm } from "@/components/admin/reset-request-form";
import { TRPCReactProvider } from "@/trpc/client";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ResetPasswordPage() {
  return (
    <PublicPage title="Forgot your password?">
      <p className="mt-2 text-slate-600">
        Enter the email address of your Circles account. If it has one, we will send a link to choose a new password.
      </p>
      <TRPCReactProvider>
        <ResetRequestForm />
      </TRPCReactProvider>
      <p className="mt-6 text-sm text-slate-600">
        If this Circles server sends no email, ask your administrator: they can set a new password from the server with{" "}
        <code className="rounded bg-slate-100 px-1 font-mono">npm run circles -- reset-password</code>.
      </p>
    </PublicPage>
  );
}
