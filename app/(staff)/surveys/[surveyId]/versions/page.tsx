import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import { LANGUAGES, localize } from "@/lib/survey/languages";
import { ZId } from "@/lib/validation";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Version history" };

function toNumber(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export default async function VersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ surveyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ surveyId }, query] = await Promise.all([params, searchParams]);
  if (!ZId.safeParse(surveyId).success) notFound();
  const caller = await getCaller();
  const { survey, versions } = await orNotFound(caller.survey.get({ surveyId }));
  const numbers = versions.map((v) => v.number);
  const newest = numbers[0];
  const from = toNumber(query.from) ?? numbers[1] ?? newest;
  const to = toNumber(query.to) ?? newest;
  const comparable = from !== undefined && to !== undefined && from !== to && numbers.includes(from) && numbers.includes(to);
  const [diff, toDefinition, fromDefinition] = comparable
    ? await Promise.all([
        orNotFound(caller.survey.diff({ surveyId, from, to })),
        orNotFound(caller.survey.definition({ surveyId, version: to })),
        orNotFound(caller.survey.definition({ surveyId, version: from })),
      ])
    : [null, null, null];
  const perspectiveLabel = (key: string) => {
    const p = [...(toDefinition?.definition.perspectives ?? []), ...(fromDefinition?.definition.perspectives ?? [])].find(
      (x) => x.key === key,
    );
    return p ? localize(p.label, toDefinition?.definition.defaultLanguage ?? "en") || key : key;
  };

  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/surveys/${surveyId}`} className="text-brand-700 underline">
          {survey.name}
        </Link>{" "}
        / Versions
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Version history of {survey.name}</h1>

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">Versions</h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">Version</th>
              <th scope="col" className="py-2 pr-4 font-medium">Status</th>
              <th scope="col" className="py-2 pr-4 font-medium">Published</th>
              <th scope="col" className="py-2 pr-4 font-medium">
                <span className="sr-only">Compare</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-2 pr-4 font-medium">
                  Version {v.number}
                </th>
                <td className="py-2 pr-4">
                  <StatusBadge status={v.status} />
                </td>
                <td className="py-2 pr-4">
                  {v.publishedAt ? `${formatDate(v.publishedAt)}${v.publishedBy ? ` by ${v.publishedBy}` : ""}` : "—"}
                </td>
                <td className="py-2 pr-4 text-right">
                  {v.number > 1 && (
                    <Link
                      href={`/surveys/${surveyId}/versions?from=${v.number - 1}&to=${v.number}`}
                      className="text-brand-700 underline"
                    >
                      Compare with version {v.number - 1}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">Compare two versions</h2>
        {numbers.length < 2 ? (
          <p className="mt-2 text-sm text-slate-600">There is only one version so far.</p>
        ) : (
          <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
            {(["from", "to"] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`compare-${name}`} className="block text-sm font-medium">
                  {name === "from" ? "From version" : "To version"}
                </label>
                <select
                  id={`compare-${name}`}
                  name={name}
                  defaultValue={String(name === "from" ? from : to)}
                  className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
                >
                  {[...numbers].reverse().map((n) => (
                    <option key={n} value={n}>
                      Version {n}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100">
              Compare
            </button>
          </form>
        )}
        {numbers.length >= 2 && !comparable && <p className="mt-3 text-sm text-slate-600">Choose two different versions.</p>}
        {diff && (
          <section aria-labelledby="diff-heading" className="mt-4">
            <h3 id="diff-heading" className="font-semibold">
              From version {from} to version {to}
            </h3>
            <DiffList
              rows={[
                ["Items added", diff.itemsAdded],
                ["Items removed", diff.itemsRemoved],
                ...diff.itemsReworded.map((r): [string, string[]] => [
                  `Reworded for ${r.perspectives.map(perspectiveLabel).join(", ")}`,
                  [r.key],
                ]),
                ...diff.itemsChanged.map((c): [string, string[]] => [`Changed: ${c.key}`, c.changes]),
                ["Perspectives added", diff.perspectivesAdded.map(perspectiveLabel)],
                ["Perspectives removed", diff.perspectivesRemoved.map(perspectiveLabel)],
                ["Languages added", diff.languagesAdded.map(languageLabel)],
                ["Languages removed", diff.languagesRemoved.map(languageLabel)],
              ]}
            />
          </section>
        )}
      </Card>
    </>
  );
}

function languageLabel(code: string): string {
  return Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code as keyof typeof LANGUAGES].name : code;
}

function DiffList({ rows }: { rows: [string, string[]][] }) {
  const shown = rows.filter(([, values]) => values.length > 0);
  if (shown.length === 0) return <p className="mt-2 text-sm text-slate-600">No differences.</p>;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[16rem_1fr]">
      {shown.map(([label, values], i) => (
        <div key={i} className="contents">
          <dt className="font-medium">{label}:</dt>
          <dd>{values.join(", ")}</dd>
        </div>
      ))}
    </dl>
  );
}
