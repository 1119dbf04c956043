// The builder's preview: a survey version as one perspective sees it, in one language, on a phone-sized frame.
import type { Metadata } from "next";
import Link from "next/link";
import type { TLanguage } from "@/lib/survey/languages";
import { surveyRendererMessages } from "@/messages/respondent/compiled";
import { getCaller, orNotFound } from "@/trpc/server";
import { SurveyPreview } from "./survey-preview";

export const metadata: Metadata = { title: "Preview" };

type TSearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function PreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ surveyId: string }>;
  searchParams: Promise<TSearchParams>;
}) {
  const [{ surveyId }, query] = await Promise.all([params, searchParams]);
  // ?version=2 picks a version; anything that is not a version number shows the newest.
  const versionParam = single(query.version);
  const version = versionParam && /^[1-9][0-9]{0,5}$/.test(versionParam) ? Number(versionParam) : undefined;

  const caller = await getCaller();
  const { number, status, definition } = await orNotFound(caller.survey.definition({ surveyId, version }));

  const perspectiveParam = single(query.perspective);
  const perspective =
    definition.perspectives.find((p) => p.key === perspectiveParam) ??
    definition.perspectives.find((p) => p.primary) ??
    definition.perspectives[0];
  const langParam = single(query.lang);
  const language = definition.languages.find((l): l is TLanguage => l === langParam) ?? definition.defaultLanguage;

  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 underline-offset-2 hover:underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/surveys/${surveyId}`} className="text-brand-700 underline-offset-2 hover:underline">
          {definition.name}
        </Link>{" "}
        / Preview
      </p>
      <SurveyPreview
        definition={definition}
        versionNumber={number}
        versionStatus={status}
        initialPerspective={perspective?.key ?? ""}
        initialLanguage={language}
        messages={surveyRendererMessages(definition.languages)}
      />
    </>
  );
}
