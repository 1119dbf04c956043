// Wall-clock date-times ("2026-11-23T09:00", as a datetime-local input gives them) in an IANA time zone,
// to and from the instants the server stores. Offsets come from Intl, so daylight saving is handled.

const DAY = 24 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Throws a RangeError for a zone that does not exist; callers pass zones from Intl's own list. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `instant`, as [year, month (1–12), day, hour, minute, second]. */
function wallClock(instant: number, timeZone: string): number[] {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return [get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second")];
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = wallClock(instant, timeZone);
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return Date.UTC(y, mo - 1, d, h, mi, s) - whole;
}

/**
 * The instant at which the clock in `timeZone` shows `local`, or null when `local` is not a date-time.
 * As Temporal's "compatible" rule: a time skipped by a daylight-saving change moves forward by the change,
 * and a time that happens twice is its first occurrence.
 */
export function zonedToDate(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? "0"));
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  if (Number.isNaN(wall)) return null;
  // The offsets a day either side of it differ only when a change happens in between.
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  const shows = (instant: number) => instant + offsetAt(instant, timeZone) === wall;
  if (shows(before) && shows(after)) return new Date(Math.min(before, after));
  if (shows(after)) return new Date(after);
  return new Date(before);
}

/** What the clock in `timeZone` shows at `date`, in the form a datetime-local input takes; "" for none. */
export function dateToZoned(date: Date | null | undefined, timeZone: string): string {
  if (!date) return "";
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = wallClock(date.getTime(), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/** A date and time for people, in the wave's own zone: "23 Nov 2026, 09:00 (Europe/London)". */
export function formatZoned(date: Date | null | undefined, timeZone: string): string {
  if (!date) return "—";
  const text = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(date);
  return `${text} (${timeZone})`;
}
