// The filters of a report: who is counted (site, unit, month of the experience, who answered for the
// patient) and which perspectives are displayed. Population filters take one value each; see
// anonymity.ts for why that keeps every visible figure safe from subtraction.
import { z } from "zod";
import { ANSWERED_BY, type TAnsweredBy } from "@/lib/respondent/answered-by";

const ZDimensionValue = z.string().trim().min(1).max(200);

export const ZReportFilters = z.strictObject({
  site: ZDimensionValue.nullable().default(null),
  unit: ZDimensionValue.nullable().default(null),
  /** The month of the experience, `2026-10`. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month like 2026-10")
    .nullable()
    .default(null),
  /** Circles whose primary answered themselves, with help, or through someone on their behalf. */
  answeredBy: z.enum(ANSWERED_BY).nullable().default(null),
  /** Perspectives to display (by key); empty shows all. Display only: it changes no figure. */
  perspectives: z.array(z.string().max(64)).max(20).default([]),
});
export type TReportFilters = z.infer<typeof ZReportFilters>;
export type TReportFiltersInput = z.input<typeof ZReportFilters>;

export const DIMENSIONS = ["site", "unit", "month", "answeredBy"] as const;
export type TDimension = (typeof DIMENSIONS)[number];

export function activeDimensions(filters: TReportFilters): TDimension[] {
  return DIMENSIONS.filter((d) => filters[d] !== null);
}

/** Filters as URL search parameters and back (the report page keeps them in its address). */
export function filtersFromSearchParams(params: Record<string, string | string[] | undefined>): TReportFiltersInput {
  const one = (key: string) => {
    const v = params[key];
    const s = Array.isArray(v) ? v[0] : v;
    return s && s.length > 0 ? s : null;
  };
  const perspectives = one("perspectives");
  return {
    site: one("site"),
    unit: one("unit"),
    month: one("month"),
    answeredBy: (one("answeredBy") as TAnsweredBy | null) ?? null,
    perspectives: perspectives ? perspectives.split(",").filter(Boolean) : [],
  };
}
