// A wave's settings as an admin sets them: period, audience, channels, reminders, companions, anonymity.
import { z } from "zod";

export const CHANNELS = ["link", "email", "sms"] as const;
export const ANONYMITY_MODES = ["anonymous", "confidential"] as const;
/** No group smaller than this is ever shown; below 3 is never allowed (DESIGN.md, Anonymity). */
export const MIN_ANONYMITY_THRESHOLD = 3;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const ZAttribute = z.string().trim().min(1).max(100);

export const ZWaveSettings = z
  .strictObject({
    name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    opensAt: z.date().nullable().default(null),
    closesAt: z.date().nullable().default(null),
    timezone: z.string().max(64).refine(isTimeZone, "must be a time zone such as Europe/London").default("UTC"),
    audience: z
      .strictObject({ sites: z.array(ZAttribute).max(100).default([]), units: z.array(ZAttribute).max(200).default([]) })
      .default({ sites: [], units: [] }),
    channels: z.array(z.enum(CHANNELS)).min(1, "choose at least one channel").max(3).default(["link"]),
    /** Days after the invitation on which those who have not completed are reminded. */
    reminderDays: z
      .array(z.int().min(1, "a reminder comes at least 1 day after the invitation").max(90))
      .max(5, "at most 5 reminders")
      .default([]),
    allowCompanionInvites: z.boolean().default(false),
    /** Companion perspectives (keys) a respondent may invite. */
    companionPerspectiveKeys: z.array(z.string().max(64)).max(20).default([]),
    maxCompanionsPerCircle: z.int().min(0).max(20).default(0),
    anonymityMode: z.enum(ANONYMITY_MODES).default("confidential"),
    anonymityThreshold: z.int().min(MIN_ANONYMITY_THRESHOLD, `must be at least ${MIN_ANONYMITY_THRESHOLD}`).max(100).default(5),
  })
  .superRefine((s, ctx) => {
    if (s.opensAt && s.closesAt && s.closesAt <= s.opensAt) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "must be after the opening" });
    }
    const sorted = [...s.reminderDays].sort((a, b) => a - b);
    if (sorted.some((d, i) => i > 0 && d === sorted[i - 1])) {
      ctx.addIssue({ code: "custom", path: ["reminderDays"], message: "two reminders on the same day" });
    }
    if (s.allowCompanionInvites && (s.companionPerspectiveKeys.length === 0 || s.maxCompanionsPerCircle === 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["companionPerspectiveKeys"],
        message: "choose which perspectives respondents may invite, and how many per circle",
      });
    }
  })
  .transform((s) => ({ ...s, reminderDays: [...s.reminderDays].sort((a, b) => a - b) }));
export type TWaveSettings = z.infer<typeof ZWaveSettings>;
export type TWaveSettingsInput = z.input<typeof ZWaveSettings>;

/** What may still change once a wave is open: never its version or its anonymity (fixed at launch). */
export const SETTINGS_FROZEN_WHEN_OPEN = [
  "anonymityMode",
  "anonymityThreshold",
  "allowCompanionInvites",
  "companionPerspectiveKeys",
  "maxCompanionsPerCircle",
] as const satisfies readonly (keyof TWaveSettings)[];
