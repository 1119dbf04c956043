import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NEW_WAVE } from "@/components/wave/settings-model";
import { WaveSettingsForm } from "@/components/wave/wave-settings-form";
import { ZId } from "@/lib/validation";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "New wave" };

export default async function NewWavePage({ params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  if (!ZId.safeParse(surveyId).success) notFound();
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") notFound();
  const { survey, versions } = await orNotFound(caller.survey.get({ surveyId }));
  // A wave sends the newest published version (wave.create picks the same one).
  const published = versions.find((v) => v.status === "published");
  const definition = published
    ? (await orNotFound(caller.survey.definition({ surveyId, version: published.number }))).definition
    : null;

  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/surveys/${survey.id}`} className="text-brand-700 underline">
          {survey.name}
        </Link>{" "}
        / New wave
      </p>
      <h1 className="mt-1 text-2xl font-semibold">New wave of {survey.name}</h1>
      {published && definition ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">
            The wave sends version {published.number}. It starts as a draft: nothing is sent until you open it.
          </p>
          <WaveSettingsForm
            target={{ kind: "create", surveyId: survey.id }}
            // New waves start from the organisation's default anonymity threshold (Settings).
            initial={{ ...NEW_WAVE, anonymityThreshold: current.organisation.defaultAnonymityThreshold }}
            companionOptions={definition.perspectives
              .filter((p) => !p.primary)
              .map((p) => ({ key: p.key, label: p.label }))}
            cancelHref={`/surveys/${survey.id}`}
          />
        </>
      ) : (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-amber-950">
          Publish this survey before creating a wave: a wave sends a published version.
        </p>
      )}
    </>
  );
}
