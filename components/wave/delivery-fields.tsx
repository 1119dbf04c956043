"use client";
// Who a wave is for (sites, units) and how it reaches them (channels, reminders).
import { FieldIssues, TextField } from "@/components/builder/fields";
import { fieldId, issuesId } from "@/components/builder/issues";
import { CHANNELS } from "@/lib/wave/settings";
import type { FormIssues } from "./form-issues";
import type { SettingsDraft, TChannel } from "./settings-model";

const CHANNEL_NAMES: Record<TChannel, { label: string; hint: string }> = {
  link: { label: "Link or QR code", hint: "handed out in person" },
  email: { label: "Email", hint: "sent to the address given" },
  sms: { label: "Text message (SMS)", hint: "sent to the phone number given" },
};

type Props = { draft: SettingsDraft; set: (patch: Partial<SettingsDraft>) => void; issues: FormIssues };

export function DeliveryFields({ draft, set, issues }: Props) {
  const channelIssues = issues.at("channels");
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Audience</legend>
        <p className="text-sm text-slate-600">Leave both empty to include every site and unit.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            path="audience.sites"
            label="Sites"
            hint="Separated by commas, e.g. Riverside, North Campus"
            issues={issues}
            value={draft.sites}
            onChange={(sites) => set({ sites })}
          />
          <TextField
            path="audience.units"
            label="Units"
            hint="Separated by commas, e.g. Cardiology, Maternity"
            issues={issues}
            value={draft.units}
            onChange={(units) => set({ units })}
          />
        </div>
      </fieldset>

      <fieldset
        id={fieldId("channels")}
        aria-describedby={channelIssues.length > 0 ? issuesId("channels") : undefined}
        className="space-y-1"
      >
        <legend className="text-base font-semibold">Channels</legend>
        {CHANNELS.map((channel) => (
          <div key={channel} className="flex min-h-8 items-center gap-2">
            <input
              type="checkbox"
              id={fieldId(`channels.${channel}`)}
              checked={draft.channels.includes(channel)}
              onChange={(e) =>
                set({
                  channels: e.target.checked
                    ? CHANNELS.filter((c) => c === channel || draft.channels.includes(c))
                    : draft.channels.filter((c) => c !== channel),
                })
              }
              className="size-5 shrink-0"
            />
            <label htmlFor={fieldId(`channels.${channel}`)} className="text-sm">
              {CHANNEL_NAMES[channel].label} <span className="text-slate-600">— {CHANNEL_NAMES[channel].hint}</span>
            </label>
          </div>
        ))}
        <FieldIssues path="channels" issues={channelIssues} />
      </fieldset>

      <TextField
        path="reminderDays"
        label="Reminders (days after the invitation)"
        hint="Up to 5, separated by commas, e.g. 3, 7. Empty: no reminders. Only people who have not finished are reminded."
        issues={issues}
        value={draft.reminderDays}
        onChange={(reminderDays) => set({ reminderDays })}
        className="max-w-md"
        maxLength={100}
      />
    </>
  );
}
