import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewCircleForm } from "@/components/wave/new-circle-form";
import { ZId } from "@/lib/validation";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Add a circle" };

export default async function NewCirclePage({ params }: { params: Promise<{ waveId: string }> }) {
  const { waveId } = await params;
  if (!ZId.safeParse(waveId).success) notFound();
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  // Staff and admins start circles; managers read.
  if (current.role !== "admin" && current.role !== "staff") notFound();
  const { wave, perspectives, languages, defaultLanguage } = await orNotFound(caller.wave.get({ waveId }));
  const addable = perspectives.filter((p) => p.invitableByOrganisation || p.isPrimary);

  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/waves/${wave.id}`} className="text-brand-700 underline">
          {wave.name}
        </Link>{" "}
        / Add a circle
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Add a circle to {wave.name}</h1>
      {wave.status === "closed" ? (
        <p className="mt-4 rounded-md border border-slate-300 bg-slate-50 px-4 py-2">
          This wave is closed: no new circles can join it.
        </p>
      ) : (
        <>
          <p className="mt-1 mb-6 text-slate-700">
            One experience of {wave.surveyName}: the person at its centre and the people who were there. Each of
            them gets a personal link, shown on the next page.
          </p>
          <NewCircleForm
            waveId={wave.id}
            perspectives={addable}
            languages={languages}
            defaultLanguage={defaultLanguage}
            sites={wave.audience.sites}
            units={wave.audience.units}
          />
        </>
      )}
    </>
  );
}
