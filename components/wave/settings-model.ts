// The wave settings form as typed (text for lists and date-times) and its translation to ZWaveSettings input.
import { type ANONYMITY_MODES, CHANNELS, type TWaveSettingsInput } from "@/lib/wave/settings";
import { dateToZoned, zonedToDate } from "./zoned-time";

export type TChannel = (typeof CHANNELS)[number];
export type TAnonymityMode = (typeof ANONYMITY_MODES)[number];

export type SettingsDraft = {
  name: string;
  /** Wall-clock date-times in the chosen zone ("2026-11-23T09:00"), "" for none. */
  opensAt: string;
  closesAt: string;
  /** null until chosen: the browser's own zone. */
  timezone: string | null;
  /** Comma-separated, as typed. */
  sites: string;
  units: string;
  channels: TChannel[];
  reminderDays: string;
  allowCompanionInvites: boolean;
  companionPerspectiveKeys: string[];
  maxCompanionsPerCircle: number;
  anonymityMode: TAnonymityMode;
  anonymityThreshold: number;
};

export const NEW_WAVE: SettingsDraft = {
  name: "",
  opensAt: "",
  closesAt: "",
  timezone: null,
  sites: "",
  units: "",
  channels: ["link"],
  reminderDays: "",
  allowCompanionInvites: false,
  companionPerspectiveKeys: [],
  maxCompanionsPerCircle: 2,
  anonymityMode: "confidential",
  anonymityThreshold: 5,
};

/** A stored wave, as wave.get returns it. */
export type StoredSettings = {
  name: string;
  opensAt: Date | null;
  closesAt: Date | null;
  timezone: string;
  audience: { sites: string[]; units: string[] };
  channels: string[];
  reminderDays: number[];
  allowCompanionInvites: boolean;
  companionPerspectiveKeys: string[];
  maxCompanionsPerCircle: number;
  anonymityMode: TAnonymityMode;
  anonymityThreshold: number;
};

export function draftOf(wave: StoredSettings): SettingsDraft {
  return {
    name: wave.name,
    opensAt: dateToZoned(wave.opensAt, wave.timezone),
    closesAt: dateToZoned(wave.closesAt, wave.timezone),
    timezone: wave.timezone,
    sites: wave.audience.sites.join(", "),
    units: wave.audience.units.join(", "),
    channels: CHANNELS.filter((c) => wave.channels.includes(c)),
    reminderDays: wave.reminderDays.join(", "),
    allowCompanionInvites: wave.allowCompanionInvites,
    companionPerspectiveKeys: wave.companionPerspectiveKeys,
    maxCompanionsPerCircle: wave.maxCompanionsPerCircle || NEW_WAVE.maxCompanionsPerCircle,
    anonymityMode: wave.anonymityMode,
    anonymityThreshold: wave.anonymityThreshold,
  };
}

export function parseList(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "3, 7" → [3, 7]; null when something typed is not a whole number. */
export function parseDays(text: string): number[] | null {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  return parts.every((p) => /^\d{1,3}$/.test(p)) ? parts.map(Number) : null;
}

/** Problems the form can tell before sending: what would otherwise be silently dropped or misread. */
export function localProblems(draft: SettingsDraft, timezone: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (parseDays(draft.reminderDays) === null) {
    problems.reminderDays = "Enter whole numbers of days separated by commas, such as 3, 7.";
  }
  for (const key of ["opensAt", "closesAt"] as const) {
    if (draft[key] && !zonedToDate(draft[key], timezone)) problems[key] = "Enter a date and a time.";
  }
  return problems;
}

export function settingsOf(draft: SettingsDraft, timezone: string): TWaveSettingsInput {
  const companions = draft.allowCompanionInvites;
  return {
    name: draft.name,
    opensAt: draft.opensAt ? zonedToDate(draft.opensAt, timezone) : null,
    closesAt: draft.closesAt ? zonedToDate(draft.closesAt, timezone) : null,
    timezone,
    audience: { sites: parseList(draft.sites), units: parseList(draft.units) },
    channels: draft.channels,
    reminderDays: parseDays(draft.reminderDays) ?? [],
    allowCompanionInvites: companions,
    // Without companion invites there is nothing to choose: keep the stored wave free of stale choices.
    companionPerspectiveKeys: companions ? draft.companionPerspectiveKeys : [],
    maxCompanionsPerCircle: companions ? draft.maxCompanionsPerCircle : 0,
    anonymityMode: draft.anonymityMode,
    anonymityThreshold: draft.anonymityThreshold,
  };
}

/** Every path the settings form renders a field or group for (issues deeper than these are shown there). */
export const SETTINGS_FIELDS = new Set([
  "name",
  "opensAt",
  "closesAt",
  "timezone",
  "audience.sites",
  "audience.units",
  "channels",
  "reminderDays",
  "allowCompanionInvites",
  "companionPerspectiveKeys",
  "maxCompanionsPerCircle",
  "anonymityMode",
  "anonymityThreshold",
]);
