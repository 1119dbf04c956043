import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuditChange } from "@/components/admin/audit-change";
import { Card } from "@/components/ui/card";
import { ZAuditFilters, type TAuditFilters } from "@/server/services/audit/list-audit";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const PAGE = 50;

type Params = Record<string, string | string[] | undefined>;

/** The filters in the address, each kept only when valid (a bad one is ignored, never an error page). */
function filtersFrom(params: Params): TAuditFilters {
  const pick = (key: string) => (typeof params[key] === "string" && params[key] !== "" ? params[key] : undefined);
  const raw = { action: pick("action"), actorUserId: pick("actor"), entityType: pick("entity"), entityId: pick("entityId"), from: pick("from"), to: pick("to") };
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const one = ZAuditFilters.safeParse({ [key]: value });
    if (one.success && one.data[key as keyof TAuditFilters]) filters[key] = one.data[key as keyof TAuditFilters]!;
  }
  return filters as TAuditFilters;
}

function query(filters: TAuditFilters, before?: number): string {
  const q = new URLSearchParams();
  if (filters.action) q.set("action", filters.action);
  if (filters.actorUserId) q.set("actor", filters.actorUserId);
  if (filters.entityType) q.set("entity", filters.entityType);
  if (filters.entityId) q.set("entityId", filters.entityId);
  if (filters.from) q.set("from", filters.from);
  if (filters.to) q.set("to", filters.to);
  if (before) q.set("before", String(before));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") redirect("/no-access?need=admin");
  const filters = filtersFrom(params);
  const before = typeof params.before === "string" && /^\d{1,15}$/.test(params.before) ? Number(params.before) : undefined;
  const [page, facets] = await Promise.all([
    orNotFound(caller.audit.list({ filters, before, limit: PAGE })),
    orNotFound(caller.audit.facets()),
  ]);
  const filtered = Object.keys(filters).length > 0;
  const select = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

  return (
    <>
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="mt-1 max-w-3xl text-slate-600">
        Who changed what and when — configuration, members, surveys, waves, circles, exports, and every opening of a single circle.
        The database refuses to change or delete an entry. Times are UTC.
      </p>
      <form method="get" action="/audit" className="mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the audit log">
        <label className="text-sm font-medium">
          Action
          <select name="action" defaultValue={filters.action ?? ""} className={select}>
            <option value="">Any</option>
            {[...new Set(facets.actions.map((a) => a.split(".")[0]!))].map((noun) => (
              <optgroup key={noun} label={noun}>
                <option value={noun}>Any {noun} action</option>
                {facets.actions
                  .filter((a) => a.startsWith(`${noun}.`))
                  .map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Who
          <select name="actor" defaultValue={filters.actorUserId ?? ""} className={select}>
            <option value="">Anyone</option>
            {facets.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.email})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Entity
          <select name="entity" defaultValue={filters.entityType ?? ""} className={select}>
            <option value="">Any</option>
            {facets.entityTypes.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Entity id
          <input name="entityId" defaultValue={filters.entityId ?? ""} maxLength={100} className={select} />
        </label>
        <label className="text-sm font-medium">
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={select} />
        </label>
        <label className="text-sm font-medium">
          To
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={select} />
        </label>
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Filter
          </button>
          {filtered && (
            <Link href="/audit" className="text-sm font-medium text-brand-700 underline">
              Clear the filters
            </Link>
          )}
        </div>
      </form>

      {page.entries.length === 0 ? (
        <Card className="mt-6">
          <p>{filtered ? "No entries match these filters." : "No entries yet."}</p>
        </Card>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit log entries, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">When (UTC)</th>
                <th scope="col" className="px-4 py-2 font-medium">Who</th>
                <th scope="col" className="px-4 py-2 font-medium">Action</th>
                <th scope="col" className="px-4 py-2 font-medium">Entity</th>
                <th scope="col" className="px-4 py-2 font-medium">Change</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((e) => (
                <tr key={e.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="whitespace-nowrap px-4 py-2 tabular-nums">{when.format(e.createdAt)}</td>
                  <td className="px-4 py-2">{e.actorName ?? (e.actorUserId ? "A removed account" : "Circles (automatic)")}</td>
                  <th scope="row" className="px-4 py-2 font-mono font-normal">{e.action}</th>
                  <td className="px-4 py-2">
                    {e.entityType}
                    {e.entityId && (
                      <>
                        {" "}
                        <Link href={`/audit${query({ entityType: e.entityType, entityId: e.entityId })}` as Route} className="font-mono text-xs text-brand-700 underline">
                          {e.entityId.slice(0, 8)}
                          <span className="sr-only"> (all entries for this {e.entityType})</span>
                        </Link>
                      </>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <AuditChange before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {before && (
          <Link href={`/audit${query(filters)}` as Route} className="font-medium text-brand-700 underline">
            Newest
          </Link>
        )}
        {page.nextBefore && (
          <Link href={`/audit${query(filters, page.nextBefore)}` as Route} className="font-medium text-brand-700 underline">
            Older entries
          </Link>
        )}
      </nav>
    </>
  );
}
