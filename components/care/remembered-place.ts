// The site and unit a ward nurse last used, kept on this device so the next circle needs no retyping.
import { useSyncExternalStore } from "react";

export type TPlace = { site: string; unit: string };

const EMPTY: TPlace = { site: "", unit: "" };
const storageKey = (organisationId: string) => `circles.care.place.${organisationId}`;

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

function read(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? "";
  } catch {
    return ""; // storage blocked (private mode, policy): nothing remembered
  }
}

function parse(raw: string): TPlace {
  if (!raw) return EMPTY;
  try {
    const value = JSON.parse(raw) as Partial<TPlace>;
    return {
      site: typeof value.site === "string" ? value.site.slice(0, 100) : "",
      unit: typeof value.unit === "string" ? value.unit.slice(0, 100) : "",
    };
  } catch {
    return EMPTY;
  }
}

/** The remembered place ("" on the server and before hydration), read without an effect. */
export function useRememberedPlace(organisationId: string): TPlace {
  const key = storageKey(organisationId);
  // The snapshot is the raw string: stable between reads, so React re-renders only when it changes.
  const raw = useSyncExternalStore(subscribe, () => read(key), () => "");
  return parse(raw);
}

export function rememberPlace(organisationId: string, place: TPlace) {
  try {
    window.localStorage.setItem(storageKey(organisationId), JSON.stringify(place));
  } catch {
    // Not remembering is harmless: the nurse types the ward again next time.
  }
}
