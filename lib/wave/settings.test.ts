import { describe, expect, it } from "vitest";
import { ZWaveSettings } from "./settings";

describe("wave settings", () => {
  it("fill sensible defaults", () => {
    expect(ZWaveSettings.parse({ name: "Spring" })).toEqual({
      name: "Spring",
      opensAt: null,
      closesAt: null,
      timezone: "UTC",
      audience: { sites: [], units: [] },
      channels: ["link"],
      reminderDays: [],
      allowCompanionInvites: false,
      companionPerspectiveKeys: [],
      maxCompanionsPerCircle: 0,
      anonymityMode: "confidential",
      anonymityThreshold: 5,
    });
  });

  it("never allow a threshold under 3", () => {
    const result = ZWaveSettings.safeParse({ name: "x", anonymityThreshold: 2 });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("must be at least 3");
  });

  it("refuse a period that ends before it starts, unknown time zones and duplicate reminders", () => {
    const at = (d: string) => new Date(d);
    const issues = (input: object) => ZWaveSettings.safeParse({ name: "x", ...input }).error?.issues.map((i) => i.path.join("."));
    expect(issues({ opensAt: at("2026-05-01"), closesAt: at("2026-04-01") })).toEqual(["closesAt"]);
    expect(issues({ timezone: "Mars/Olympus" })).toEqual(["timezone"]);
    expect(issues({ reminderDays: [7, 3, 7] })).toEqual(["reminderDays"]);
    expect(issues({ reminderDays: [0] })).toEqual(["reminderDays.0"]);
    expect(issues({ allowCompanionInvites: true })).toEqual(["companionPerspectiveKeys"]);
  });

  it("sort reminders and accept real time zones", () => {
    const s = ZWaveSettings.parse({ name: "x", reminderDays: [7, 3], timezone: "Europe/London" });
    expect(s.reminderDays).toEqual([3, 7]);
  });
});
