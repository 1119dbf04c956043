// Sites and units a staff member may be restricted to: trimmed, distinct, bounded; none means everywhere.
import { z } from "zod";

const ZPlaces = z
  .array(z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"))
  .max(50, "at most 50")
  .default([])
  .transform((list) => [...new Set(list)].sort((a, b) => a.localeCompare(b)));

export const ZMemberScope = z.strictObject({ sites: ZPlaces, units: ZPlaces });
export type TMemberScopeInput = z.input<typeof ZMemberScope>;
