// The report's filters as a plain GET form: the address carries them, so a filtered report can be
// shared, bookmarked and reloaded. Works without JavaScript.
import Link from "next/link";
import type { Route } from "next";
import type { TReportFilters } from "@/lib/report/filters";
import { ANSWERED_BY } from "@/lib/respondent/answered-by";
import type { TLanguage } from "@/lib/survey/languages";
import { ANSWERED_BY_NAMES, perspectiveName, type TReportPerspective, type TWaveReport } from "./model";

const FIELD = "rounded-md border border-slate-400 bg-white px-2 py-1.5";
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export function monthName(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return monthFormat.format(new Date(Date.UTC(y!, m! - 1, 1)));
}

/** The options, plus the selected value when the address names one the wave does not have. */
function withSelected(options: string[], selected: string | null): string[] {
  return selected && !options.includes(selected) ? [...options, selected] : options;
}

export function FilterForm({
  action,
  filters,
  options,
  perspectives,
  language,
}: {
  action: Route;
  filters: TReportFilters;
  options: TWaveReport["filterOptions"];
  perspectives: TReportPerspective[];
  language: TLanguage;
}) {
  const primary = perspectives.find((p) => p.isPrimary);
  const shown = new Set(filters.perspectives.length > 0 ? filters.perspectives : perspectives.map((p) => p.key));
  const active = filters.site || filters.unit || filters.month || filters.answeredBy || filters.perspectives.length > 0;
  return (
    <form method="get" action={action} aria-label="Report filters" className="flex flex-wrap items-end gap-x-4 gap-y-3 text-sm">
      <label className="flex flex-col">
        <span className="font-medium">Site</span>
        <select name="site" defaultValue={filters.site ?? ""} className={FIELD}>
          <option value="">All sites</option>
          {withSelected(options.sites, filters.site).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="font-medium">Unit</span>
        <select name="unit" defaultValue={filters.unit ?? ""} className={FIELD}>
          <option value="">All units</option>
          {withSelected(options.units, filters.unit).map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="font-medium">Month of the experience</span>
        <select name="month" defaultValue={filters.month ?? ""} className={FIELD}>
          <option value="">All months</option>
          {withSelected(options.months, filters.month).map((m) => (
            <option key={m} value={m}>
              {monthName(m)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="font-medium">Who answered for the {primary ? perspectiveName(primary, language).toLowerCase() : "primary"}</span>
        <select name="answeredBy" defaultValue={filters.answeredBy ?? ""} className={FIELD}>
          <option value="">Anyone</option>
          {ANSWERED_BY.map((a) => (
            <option key={a} value={a}>
              {ANSWERED_BY_NAMES[a]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="flex flex-col">
        <legend className="font-medium">Perspectives to display</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1 py-1.5">
          {perspectives.map((p) => (
            <label key={p.id} className="inline-flex items-center gap-1.5">
              <input type="checkbox" name="perspectives" value={p.key} defaultChecked={shown.has(p.key)} className="h-4 w-4" />
              {perspectiveName(p, language)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-9 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          Apply filters
        </button>
        {active && (
          <Link href={action} className="text-brand-700 underline">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
