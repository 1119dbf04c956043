import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicPage } from "@/components/admin/public-page";
import { SetupForm } from "@/components/admin/setup-form";
import { getDatabase } from "@/db/client";
import { isSetupOpen } from "@/server/services/setup/setup-state";
import { TRPCReactProvider } from "@/trpc/client";

export const metadata: Metadata = { title: "Set up Circles" };
export const dynamic = "force-dynamic";

/** First run: only while the installation has no organisation; afterwards this page does not exist. */
export default async function SetupPage() {
  const { db } = await getDatabase();
  if (!(await isSetupOpen(db))) notFound();
  return (
    <PublicPage title="Set up Circles">
      <p className="mt-2 text-slate-600">
        Nobody uses this installation yet. Create your organisation and your own account: you will be its first admin,
        and can invite colleagues next. This page disappears once it is done.
      </p>
      <TRPCReactProvider>
        <SetupForm />
      </TRPCReactProvider>
    </PublicPage>
  );
}
