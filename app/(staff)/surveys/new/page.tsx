import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlankSurveyForm } from "@/components/builder/blank-survey-form";
import { ImportSurveyForm } from "@/components/builder/import-survey-form";
import { TemplatePicker } from "@/components/builder/template-picker";
import { Card } from "@/components/ui/card";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "New survey" };

export default async function NewSurveyPage() {
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") notFound();
  const templates = await orNotFound(caller.survey.templates());
  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 underline">
          Dashboard
        </Link>{" "}
        / New survey
      </p>
      <h1 className="mt-1 text-2xl font-semibold">New survey</h1>
      <p className="mt-1 text-slate-600">Start from nothing, from a template, or from a file exported by Circles.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card>
          <h2 id="blank-heading" className="mb-3 text-lg font-semibold">
            Blank survey
          </h2>
          <BlankSurveyForm />
        </Card>
        <Card>
          <h2 id="templates-heading" className="mb-3 text-lg font-semibold">
            From a template
          </h2>
          <TemplatePicker templates={templates} />
        </Card>
        <Card>
          <h2 id="import-heading" className="mb-3 text-lg font-semibold">
            Import a file
          </h2>
          <ImportSurveyForm />
        </Card>
      </div>
    </>
  );
}
