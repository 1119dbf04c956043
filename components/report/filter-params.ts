// The report's filters live in its address: read them from search parameters (keeping what is valid
// and saying what is not), and write them back for links (CSV downloads, the circle view).
import { filtersFromSearchParams, ZReportFilters, type TReportFilters } from "@/lib/report/filters";

type SearchParams = Record<string, string | string[] | undefined>;

const NAMES: Record<string, string> = {
  site: "site",
  unit: "unit",
  month: "month",
  answeredBy: "who answered",
  perspectives: "perspectives",
};

/**
 * The filters in `params`. A form's checkboxes send `perspectives` once per box; a shared link may
 * carry them comma-separated: both are read. A value that is not valid is dropped and named in
 * `problems`, so a mistyped address still shows the report rather than an error page.
 */
export function readReportFilters(params: SearchParams): { filters: TReportFilters; problems: string[] } {
  const perspectives = params.perspectives;
  const input = filtersFromSearchParams({
    ...params,
    perspectives: Array.isArray(perspectives) ? perspectives.join(",") : perspectives,
  });
  const parsed = ZReportFilters.safeParse(input);
  if (parsed.success) return { filters: parsed.data, problems: [] };
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")));
  const cleaned = Object.fromEntries(Object.entries(input).filter(([key]) => !bad.has(key)));
  const retry = ZReportFilters.safeParse(cleaned);
  return {
    filters: retry.success ? retry.data : ZReportFilters.parse({}),
    problems: [...bad].map((key) => `The ${NAMES[key] ?? key} in the address is not valid and was ignored.`),
  };
}

/** The filters as a query string (without `?`), with extra parameters first. */
export function reportQuery(filters: TReportFilters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(extra);
  if (filters.site) q.set("site", filters.site);
  if (filters.unit) q.set("unit", filters.unit);
  if (filters.month) q.set("month", filters.month);
  if (filters.answeredBy) q.set("answeredBy", filters.answeredBy);
  if (filters.perspectives.length > 0) q.set("perspectives", filters.perspectives.join(","));
  return q.toString();
}

/** The search parameters as they came, as a query string (to compare with `reportQuery`). */
export function rawQuery(params: SearchParams): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) q.append(key, v);
  }
  return q.toString();
}
