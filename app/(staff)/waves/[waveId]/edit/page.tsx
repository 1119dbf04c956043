import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { draftOf } from "@/components/wave/settings-model";
import { WaveSettingsForm } from "@/components/wave/wave-settings-form";
import { ZId } from "@/lib/validation";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Wave settings" };

export default async function EditWavePage({ params }: { params: Promise<{ waveId: string }> }) {
  const { waveId } = await params;
  if (!ZId.safeParse(waveId).success) notFound();
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") notFound();
  const { wave, perspectives } = await orNotFound(caller.wave.get({ waveId }));

  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/surveys/${wave.surveyId}`} className="text-brand-700 underline">
          {wave.surveyName}
        </Link>{" "}
        /{" "}
        <Link href={`/waves/${wave.id}`} className="text-brand-700 underline">
          {wave.name}
        </Link>{" "}
        / Settings
      </p>
      <h1 className="mt-1 mb-6 text-2xl font-semibold">Settings of {wave.name}</h1>
      {wave.status === "closed" ? (
        <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-2">This wave is closed: its settings can no longer change.</p>
      ) : (
        <WaveSettingsForm
          target={{
            kind: "edit",
            waveId: wave.id,
            frozen:
              wave.status === "open"
                ? {
                    opensAt: wave.opensAt,
                    anonymityMode: wave.anonymityMode,
                    anonymityThreshold: wave.anonymityThreshold,
                    allowCompanionInvites: wave.allowCompanionInvites,
                    companionPerspectiveKeys: wave.companionPerspectiveKeys,
                    maxCompanionsPerCircle: wave.maxCompanionsPerCircle,
                  }
                : null,
          }}
          initial={draftOf(wave)}
          companionOptions={perspectives.filter((p) => !p.isPrimary).map((p) => ({ key: p.key, label: p.label }))}
          cancelHref={`/waves/${wave.id}`}
        />
      )}
    </>
  );
}
