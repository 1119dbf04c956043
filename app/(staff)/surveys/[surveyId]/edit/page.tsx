import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DefinitionSummary } from "@/components/builder/definition-summary";
import { StartDraftButton } from "@/components/builder/start-draft-button";
import { SurveyBuilder } from "@/components/builder/survey-builder";
import { ZId } from "@/lib/validation";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Edit survey" };

export default async function EditSurveyPage({ params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  if (!ZId.safeParse(surveyId).success) notFound();
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") notFound();
  const editor = await orNotFound(caller.survey.editor({ surveyId }));

  const breadcrumb = (
    <p className="text-sm">
      <Link href="/dashboard" className="text-brand-700 underline">
        Dashboard
      </Link>{" "}
      /{" "}
      <Link href={`/surveys/${surveyId}`} className="text-brand-700 underline">
        {editor.survey.name}
      </Link>{" "}
      / Edit
    </p>
  );

  if (editor.draft) {
    return (
      <>
        {breadcrumb}
        {/* A fresh builder (and autosave baseline) whenever the server's draft changes identity. */}
        <SurveyBuilder key={editor.draft.versionId} surveyId={surveyId} draft={editor.draft} />
      </>
    );
  }

  const published = await orNotFound(caller.survey.definition({ surveyId }));
  const next = (editor.published?.number ?? published.number) + 1;
  return (
    <>
      {breadcrumb}
      <h1 className="mt-1 text-2xl font-semibold">{editor.survey.name}</h1>
      <div className="mt-3 flex flex-wrap items-center gap-4 rounded-md border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-700">
          Version {published.number} is published and cannot change. Edits go into a new draft, copied from it.
        </p>
        <StartDraftButton surveyId={surveyId} label={`Start version ${next}`} />
      </div>
      <div className="mt-6">
        <DefinitionSummary definition={published.definition} />
      </div>
    </>
  );
}
