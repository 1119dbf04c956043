import Link from "next/link";
import { ExportButton } from "@/components/builder/export-button";
import { StartDraftButton } from "@/components/builder/start-draft-button";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";

const TYPE_NAMES = {
  rating5: "5-point rating",
  rating10: "0–10 rating",
  yesNo: "Yes / no",
  singleChoice: "Single choice",
  multipleChoice: "Multiple choice",
  text: "Free text",
} as const;

export default async function SurveyPage({
  params,
  searchParams,
}: {
  params: Promise<{ surveyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ surveyId }, query] = await Promise.all([params, searchParams]);
  const caller = await getCaller();
  const [{ survey, versions, newest, waves }, current] = await Promise.all([
    orNotFound(caller.survey.get({ surveyId })),
    orNotFound(caller.organisation.current()),
  ]);
  const perspectiveById = new Map(newest?.perspectives.map((p) => [p.id, p]) ?? []);
  const isAdmin = current.role === "admin";
  const hasDraft = versions[0]?.status === "draft";
  const published = typeof query.published === "string" && /^\d+$/.test(query.published) ? query.published : null;
  return (
    <>
      {published && (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-2 font-medium text-emerald-900">
          Version {published} published
        </p>
      )}
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 underline">
          Dashboard
        </Link>{" "}
        / Survey
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{survey.name}</h1>
      {survey.description && <p className="mt-1 text-slate-700">{survey.description}</p>}

      <div className="mt-4 flex flex-wrap items-start gap-3">
        {isAdmin &&
          (hasDraft ? (
            <Link
              href={`/surveys/${survey.id}/edit`}
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Edit draft
            </Link>
          ) : (
            <StartDraftButton surveyId={survey.id} label="Start a new version" />
          ))}
        <Link
          href={`/surveys/${survey.id}/versions`}
          className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100"
        >
          Version history
        </Link>
        {isAdmin && <ExportButton surveyId={survey.id} />}
      </div>
      {newest && newest.perspectives.length > 0 && (
        <nav aria-label="Preview" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <span className="text-slate-700">
            Preview version {newest.number}
            {newest.status === "draft" ? " (draft)" : ""} on a phone:
          </span>
          {newest.perspectives.map((p) => (
            <Link
              key={p.id}
              href={`/surveys/${survey.id}/preview?perspective=${encodeURIComponent(p.key)}&lang=${newest.defaultLanguage}`}
              className="font-medium text-brand-700 underline"
            >
              Preview as {localize(p.label, newest.defaultLanguage)}
            </Link>
          ))}
        </nav>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card>
          <h2 className="text-lg font-semibold">Versions</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {versions.map((v) => (
              <li key={v.id}>
                Version {v.number} <StatusBadge status={v.status} />
                {v.number > 1 && (
                  <Link
                    href={`/surveys/${survey.id}/versions?from=${v.number - 1}&to=${v.number}`}
                    className="ml-2 text-brand-700 underline"
                  >
                    compare<span className="sr-only"> version {v.number} with version {v.number - 1}</span>
                  </Link>
                )}
                {v.publishedAt && (
                  <span className="block text-slate-600">
                    Published {formatDate(v.publishedAt)}
                    {v.publishedBy ? ` by ${v.publishedBy}` : ""}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Perspectives</h2>
          <ul className="mt-3 space-y-1 text-sm">
            {newest?.perspectives.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{localize(p.label, "en")}</span>
                {p.isPrimary ? " (primary)" : ` · up to ${p.limitPerCircle} per circle`}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Waves</h2>
          {isAdmin && <Link href={`/surveys/${survey.id}/waves/new`} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">New wave</Link>}
          {waves.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">No waves yet.</p>
          ) : (
            <ul className="mt-3 space-y-1 text-sm">
              {waves.map((w) => (
                <li key={w.id}>
                  <Link href={`/waves/${w.id}`} className="text-brand-700 underline">
                    {w.name}
                  </Link>{" "}
                  <StatusBadge status={w.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      {newest && (
        <Card className="mt-6">
          <h2 className="text-lg font-semibold">
            Items of version {newest.number} ({newest.items.length})
          </h2>
          <ol className="mt-3 divide-y divide-slate-100">
            {newest.items.map((item) => (
              <li key={item.id} className="py-3">
                <p className="text-sm text-slate-600">
                  <code className="font-mono">{item.key}</code> · {TYPE_NAMES[item.type]} · page {item.page}
                  {item.required ? " · required" : ""}
                  {item.askedOf.length > 1 ? " · linked" : ""}
                </p>
                <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                  {item.askedOf.map((a) => (
                    <div key={a.perspectiveId} className="contents">
                      <dt className="font-medium">{localize(perspectiveById.get(a.perspectiveId)?.label ?? {}, "en")}</dt>
                      <dd>{localize(a.wording, "en")}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        </Card>
      )}
    </>
  );
}
