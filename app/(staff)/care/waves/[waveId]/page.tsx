import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewCircleForm } from "@/components/care/new-circle-form";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "New circle" };

/** Step 2 at the bedside: who is here, then one tap to create the circle and show the QR codes. */
export default async function CareWavePage({ params }: { params: Promise<{ waveId: string }> }) {
  const { waveId } = await params;
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin" && current.role !== "staff") notFound();
  const { wave, perspectives, languages, defaultLanguage } = await orNotFound(caller.wave.get({ waveId }));

  return (
    <div className="mx-auto max-w-xl">
      <p className="text-base">
        <Link href="/care" className="inline-flex min-h-11 items-center text-brand-700 underline-offset-4 hover:underline">
          ← Point of care
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-semibold">New circle</h1>
      <p className="mt-1 text-lg text-slate-700">
        {wave.name} · {wave.surveyName}
      </p>
      {wave.status === "open" ? (
        <NewCircleForm
          waveId={wave.id}
          organisationId={current.organisation.id}
          channels={wave.channels}
          languages={languages}
          defaultLanguage={defaultLanguage}
          perspectives={perspectives.map((p) => ({ ...p, label: localize(p.label, "en") }))}
        />
      ) : (
        <p role="status" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-lg">
          This wave is {wave.status === "draft" ? "not open yet" : "closed"}: no new circles can join it.{" "}
          <Link href="/care" className="text-brand-700 underline">
            Choose another wave
          </Link>
          .
        </p>
      )}
    </div>
  );
}
