// Staff restricted to some sites and units see and start circles only there: the condition every circle
// query of theirs adds, and the check for a circle they start. Admins and managers have no scope.
import { and, inArray, type SQL } from "drizzle-orm";
import { circles } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/trpc";

export function circleScopeCondition(actor: Actor): SQL | undefined {
  const scope = actor.scope;
  if (!scope) return undefined;
  return and(
    scope.sites.length > 0 ? inArray(circles.site, scope.sites) : undefined,
    scope.units.length > 0 ? inArray(circles.unit, scope.units) : undefined,
  );
}

export function inCircleScope(actor: Actor, circle: { site: string | null; unit: string | null }): boolean {
  const scope = actor.scope;
  if (!scope) return true;
  const siteOk = scope.sites.length === 0 || (circle.site !== null && scope.sites.includes(circle.site));
  const unitOk = scope.units.length === 0 || (circle.unit !== null && scope.units.includes(circle.unit));
  return siteOk && unitOk;
}

/**
 * The site and unit of a circle a member starts: where they may work. A member restricted to exactly one
 * site (or unit) gets it when they leave it empty; otherwise they must name one of theirs.
 */
export function placeInScope(actor: Actor, place: { site?: string | null; unit?: string | null }) {
  const scope = actor.scope;
  const site = place.site ?? (scope?.sites.length === 1 ? scope.sites[0]! : null);
  const unit = place.unit ?? (scope?.units.length === 1 ? scope.units[0]! : null);
  if (!scope) return { site, unit };
  const fieldErrors: Record<string, string[]> = {};
  if (scope.sites.length > 0 && (site === null || !scope.sites.includes(site))) {
    fieldErrors.site = [`you can start circles only at ${scope.sites.join(", ")}`];
  }
  if (scope.units.length > 0 && (unit === null || !scope.units.includes(unit))) {
    fieldErrors.unit = [`you can start circles only in ${scope.units.join(", ")}`];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("FORBIDDEN", "You can start circles only at the sites and units you work in.", fieldErrors);
  }
  return { site, unit };
}
