"use client";
// When a wave runs: opening and closing as date-times on the clock of the chosen time zone.
import { controlProps, FieldIssues, selectClass } from "@/components/builder/fields";
import { fieldId } from "@/components/builder/issues";
import type { FormIssues } from "./form-issues";
import type { SettingsDraft } from "./settings-model";
import { useTimeZones } from "./use-time-zones";

type Props = {
  draft: SettingsDraft;
  timezone: string;
  set: (patch: Partial<SettingsDraft>) => void;
  issues: FormIssues;
  /** The opening date is history once the wave has opened. */
  opensFrozen: boolean;
};

export function PeriodFields({ draft, timezone, set, issues, opensFrozen }: Props) {
  const zones = useTimeZones();
  const options = zones.includes(timezone) ? zones : [timezone, ...zones];
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">Period</legend>
      <div>
        <label htmlFor={fieldId("timezone")} className="block text-sm font-medium">
          Time zone
        </label>
        <select
          {...controlProps("timezone", issues, `${fieldId("timezone")}-hint`)}
          value={timezone}
          onChange={(e) => set({ timezone: e.target.value })}
          className={`${selectClass} w-72 max-w-full`}
        >
          {options.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <p id={`${fieldId("timezone")}-hint`} className="mt-0.5 text-xs text-slate-600">
          The opening and closing times below are on this zone&apos;s clock, and reminders follow it.
        </p>
        <FieldIssues path="timezone" issues={issues.at("timezone")} />
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-3">
        <DateTimeField
          path="opensAt"
          label="Opens"
          hint={opensFrozen ? "The wave has opened: this is when." : "Optional: empty opens it when you press Open wave."}
          value={draft.opensAt}
          onChange={(opensAt) => set({ opensAt })}
          issues={issues}
          disabled={opensFrozen}
        />
        <DateTimeField
          path="closesAt"
          label="Closes"
          hint="Optional: empty keeps it open until you close it."
          value={draft.closesAt}
          onChange={(closesAt) => set({ closesAt })}
          issues={issues}
        />
      </div>
    </fieldset>
  );
}

function DateTimeField({
  path,
  label,
  hint,
  value,
  onChange,
  issues,
  disabled = false,
}: {
  path: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  issues: FormIssues;
  disabled?: boolean;
}) {
  const hintId = `${fieldId(path)}-hint`;
  return (
    <div>
      <label htmlFor={fieldId(path)} className="block text-sm font-medium">
        {label}
      </label>
      <input
        type="datetime-local"
        {...controlProps(path, issues, hintId)}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        className={selectClass}
      />
      <p id={hintId} className="mt-0.5 text-xs text-slate-600">
        {hint}
      </p>
      <FieldIssues path={path} issues={issues.at(path)} />
    </div>
  );
}
