"use client";
// The browser's own time zone and the zones it knows. Both exist only in the browser: the server renders
// without them (null, and an empty list) and the first client render fills them in, without a mismatch.
import { useSyncExternalStore } from "react";

const never = () => () => {};
let zones: string[] | null = null;
const NONE: string[] = [];

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function allZones(): string[] {
  // supportedValuesOf leaves out "UTC" in some engines; it is the server's default, so always offer it.
  zones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  return zones;
}

export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(never, browserZone, () => null);
}

export function useTimeZones(): string[] {
  return useSyncExternalStore(never, allZones, () => NONE);
}
