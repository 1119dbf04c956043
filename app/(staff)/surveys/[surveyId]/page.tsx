import Link from "next/link";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import { localize } from "@/lib/survey/language";
import { getCaller, orNotFound } from "@/trpc/server";

const TYPE_NAMES = {
  rating5: "5-point rating",
  rating10: "0–10 rating",
  yesNo: "Yes / no",
  singleChoice: "Single choice",
  multipleChoice: "Multiple choice",
  text: "Free text",
} as const;

export default async function SurveyPage({ params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  const caller = await getCaller();
  const { survey, versions, newest, waves } = await orNotFound(caller.survey.get({ surveyId }));
  const perspectiveById = new Map(newest?.perspectives.map((p) => [p.id, p]) ?? []);
  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 hover:underline">
          Dashboard
        </Link>{" "}
        / Survey
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{survey.name}</h1>
      {survey.description && <p className="mt-1 text-slate-700">{survey.description}</p>}

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card>
          <h2 className="text-lg font-semibold">Versions</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {versions.map((v) => (
              <li key={v.id}>
                Version {v.number} <StatusBadge status={v.status} />
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
          {waves.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">No waves yet.</p>
          ) : (
            <ul className="mt-3 space-y-1 text-sm">
              {waves.map((w) => (
                <li key={w.id}>
                  <Link href={`/waves/${w.id}`} className="text-brand-700 hover:underline">
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
