import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SettingsForm } from "@/components/admin/settings-form";
import { LogoUpload } from "@/components/admin/logo-upload";
import { Card } from "@/components/ui/card";
import { LANGUAGES } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") redirect("/no-access?need=admin");
  const settings = await orNotFound(caller.organisation.settings());
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      <p className="mt-1 text-slate-600">How {settings.name} appears to respondents, and what Circles keeps for how long. Every change is in the audit log.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <SettingsForm
          initial={{
            name: settings.name,
            defaultLanguage: settings.defaultLanguage as keyof typeof LANGUAGES,
            defaultAnonymityThreshold: settings.defaultAnonymityThreshold,
            contactText: settings.contactText,
            privacyText: settings.privacyText,
            retentionDays: settings.retentionDays,
          }}
          languages={Object.entries(LANGUAGES).map(([code, l]) => ({ code, name: l.name }))}
        />
        <div className="space-y-6">
          <LogoUpload initial={settings.logo} />
          <Card>
            <h2 className="text-lg font-semibold">Erase a person&apos;s data</h2>
            <p className="mt-1 text-sm text-slate-700">
              When someone asks for their personal data to be erased: find them by email or phone and erase their contact details, free-text
              answers and link. Their scores stay, anonymous.
            </p>
            <Link href="/settings/erasure" className="mt-3 inline-block font-medium text-brand-700 underline">
              Find a person to erase
            </Link>
          </Card>
        </div>
      </div>
    </>
  );
}
