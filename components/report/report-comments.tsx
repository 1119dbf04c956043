"use client";
// Free-text comments by perspective and item, searchable and paged. A group's comments appear only
// when at least 10 people wrote one (the server decides; this lists why the others are hidden).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import type { TReportFilters } from "@/lib/report/filters";
import { localize } from "@/lib/survey/languages";
import { useTRPC } from "@/trpc/client";
import { withheldExplanation, withheldText } from "./format";
import { outlineButtonClass } from "@/components/ui/classes";

const FIELD = "rounded-md border border-slate-400 bg-white px-2 py-1.5";
const BUTTON = `${outlineButtonClass} disabled:opacity-50`;

export function ReportComments({ waveId, filters }: { waveId: string; filters: TReportFilters }) {
  const trpc = useTRPC();
  const id = useId();
  const [draft, setDraft] = useState("");
  const [search, setSearch] = useState("");
  const [itemKey, setItemKey] = useState<string | null>(null);
  const [perspectiveKey, setPerspectiveKey] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const query = useQuery(
    trpc.report.comments.queryOptions({ waveId, filters, search, itemKey, perspectiveKey, page }, { placeholderData: keepPreviousData }),
  );
  const data = query.data;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(draft.trim());
    setPage(0);
  };

  if (query.isError && !data) {
    return (
      <p role="alert" className="mt-3 text-sm text-rose-800">
        The comments could not be loaded: {callError(query.error).message}
      </p>
    );
  }
  if (!data) return <p className="mt-3 text-sm text-slate-700">Loading comments…</p>;

  const language = data.defaultLanguage;
  const perspectives = new Map(data.perspectives.map((p) => [p.id, p]));
  const items = [...new Map(data.groups.map((g) => [g.itemKey, g])).values()];
  // Each perspective was asked in its own words.
  const wordingOf = (itemId: string, perspectiveId: string) => {
    const group = data.groups.find((g) => g.itemId === itemId && g.perspectiveId === perspectiveId);
    return group ? localize(group.wording, language) : "";
  };
  const first = data.page * data.pageSize + 1;
  const last = data.page * data.pageSize + data.comments.length;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));

  if (data.groups.length === 0) return <p className="mt-3 text-sm text-slate-700">This survey asks no free-text questions.</p>;

  return (
    <div className="mt-3">
      <p className="text-sm text-slate-700">
        Comments of a perspective on a question are shown only once at least {data.threshold} people wrote one, so no one is
        recognised by their words. Shown in no particular order.
      </p>

      <table className="mt-3 w-full text-left text-sm">
        <caption className="mb-1 text-left font-medium text-slate-700">Comments written, by question and perspective</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Question
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Perspective
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Comments
            </th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g) => (
            <tr key={`${g.itemId}:${g.perspectiveId}`} className="border-b border-slate-100 last:border-0">
              <td className="py-2 pr-4">{localize(g.wording, language)}</td>
              <th scope="row" className="py-2 pr-4 font-medium">
                {localize(perspectives.get(g.perspectiveId)?.label ?? {}, language)}
              </th>
              <td className="py-2 pr-4">
                {g.withheld === null ? (
                  <span className="tabular-nums">{g.n}</span>
                ) : (
                  <span className="text-slate-700 italic" title={withheldExplanation(g.withheld, data.threshold, "comments")}>
                    {g.withheld === "noAnswers" ? "none yet" : `${withheldText(g.withheld, data.threshold)} — not shown`}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <form method="post" onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3 text-sm print:hidden" role="search" aria-label="Comment search">
        <label className="flex flex-col">
          <span className="font-medium">Search comments</span>
          <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={200} className={`${FIELD} w-64`} />
        </label>
        <label className="flex flex-col">
          <span className="font-medium">Perspective</span>
          <select
            value={perspectiveKey ?? ""}
            onChange={(e) => {
              setPerspectiveKey(e.target.value || null);
              setPage(0);
            }}
            className={FIELD}
          >
            <option value="">All perspectives</option>
            {data.perspectives.map((p) => (
              <option key={p.key} value={p.key}>
                {localize(p.label, language)}
              </option>
            ))}
          </select>
        </label>
        {items.length > 1 && (
          <label className="flex flex-col">
            <span className="font-medium">Question</span>
            <select
              value={itemKey ?? ""}
              onChange={(e) => {
                setItemKey(e.target.value || null);
                setPage(0);
              }}
              className={FIELD}
            >
              <option value="">All questions</option>
              {items.map((g) => (
                <option key={g.itemKey} value={g.itemKey}>
                  {localize(g.wording, language)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className={BUTTON}>
          Search
        </button>
        {search && (
          <button
            type="button"
            className="py-1.5 text-brand-700 underline"
            onClick={() => {
              setDraft("");
              setSearch("");
              setPage(0);
            }}
          >
            Clear search
          </button>
        )}
      </form>

      <p className="mt-3 text-sm" role="status" id={`${id}-status`}>
        {/* While a new search loads, the previous results stay on screen but are not described as its results. */}
        {query.isPlaceholderData
          ? "Updating…"
          : data.total === 0
            ? search
              ? `No comment shown here contains “${search}”.`
              : "No comments to show for this selection."
            : `Comments ${first}–${last} of ${data.total}${search ? ` containing “${search}”` : ""}`}
      </p>
      {query.isError && (
        <p role="alert" className="mt-1 text-sm text-rose-800">
          {callError(query.error).message}
        </p>
      )}
      {data.comments.length > 0 && (
        <ul className="mt-2 divide-y divide-slate-100" aria-label="Comments" aria-describedby={`${id}-status`}>
          {data.comments.map((c) => (
            <li key={c.id} className="py-3 text-sm">
              <p className="text-xs font-medium text-slate-600">
                {localize(perspectives.get(c.perspectiveId)?.label ?? {}, language)} · {wordingOf(c.itemId, c.perspectiveId)}
              </p>
              <p className="mt-1 whitespace-pre-wrap" dir="auto">
                {c.text}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Comment pages" className="mt-3 flex items-center gap-3 text-sm print:hidden">
          <button type="button" className={BUTTON} disabled={data.page === 0 || query.isFetching} onClick={() => setPage((p) => p - 1)}>
            Previous
          </button>
          <span>
            Page {data.page + 1} of {pages}
          </span>
          <button type="button" className={BUTTON} disabled={data.page + 1 >= pages || query.isFetching} onClick={() => setPage((p) => p + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
