"use client";
// How answers are protected: the anonymity mode and the smallest group ever shown (k).
import { FieldIssues, NumberField } from "@/components/builder/fields";
import { fieldId, issuesId } from "@/components/builder/issues";
import { ANONYMITY_MODES, MIN_ANONYMITY_THRESHOLD } from "@/lib/wave/settings";
import type { FormIssues } from "./form-issues";
import type { SettingsDraft, TAnonymityMode } from "./settings-model";

const MODES: Record<TAnonymityMode, { label: string; explanation: string }> = {
  anonymous: {
    label: "Anonymous",
    explanation: "No one, not even an admin, can open one circle's answers: they are only ever shown in groups.",
  },
  confidential: {
    label: "Confidential",
    explanation: "Answers are reported in groups, and only admins may open a single circle, for example to follow up a concern.",
  },
};

type Props = { draft: SettingsDraft; set: (patch: Partial<SettingsDraft>) => void; issues: FormIssues; frozen: boolean };

export function AnonymityFields({ draft, set, issues, frozen }: Props) {
  const modeIssues = issues.at("anonymityMode");
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">Anonymity</legend>
      <fieldset
        id={fieldId("anonymityMode")}
        aria-describedby={modeIssues.length > 0 ? issuesId("anonymityMode") : undefined}
        className="space-y-2"
      >
        <legend className="text-sm font-medium">Mode</legend>
        {ANONYMITY_MODES.map((mode) => {
          const id = fieldId(`anonymityMode.${mode}`);
          return (
            <div key={mode} className="flex items-start gap-2">
              <input
                type="radio"
                name="anonymityMode"
                id={id}
                value={mode}
                disabled={frozen}
                checked={draft.anonymityMode === mode}
                onChange={() => set({ anonymityMode: mode })}
                aria-describedby={`${id}-explanation`}
                className="mt-0.5 size-5 shrink-0"
              />
              <div>
                <label htmlFor={id} className="text-sm font-medium">
                  {MODES[mode].label}
                </label>
                <p id={`${id}-explanation`} className="text-sm text-slate-600">
                  {MODES[mode].explanation}
                </p>
              </div>
            </div>
          );
        })}
        <FieldIssues path="anonymityMode" issues={modeIssues} />
      </fieldset>
      <NumberField
        path="anonymityThreshold"
        label="Smallest group shown (k)"
        hint={`No score, count or distribution of fewer than k answers is shown. At least ${MIN_ANONYMITY_THRESHOLD}; 5 is usual.`}
        issues={issues}
        min={MIN_ANONYMITY_THRESHOLD}
        max={100}
        disabled={frozen}
        value={draft.anonymityThreshold}
        onChange={(n) => set({ anonymityThreshold: n ?? 5 })}
      />
    </fieldset>
  );
}
