"use client";
// Whether respondents may pass the survey on to companions (who, and how many per circle).
import { CheckboxField, FieldIssues, NumberField } from "@/components/builder/fields";
import { fieldId, issuesId } from "@/components/builder/issues";
import { localize, type TLocalizedText } from "@/lib/survey/languages";
import type { FormIssues } from "./form-issues";
import type { SettingsDraft } from "./settings-model";

export type CompanionOption = { key: string; label: TLocalizedText };

type Props = {
  draft: SettingsDraft;
  set: (patch: Partial<SettingsDraft>) => void;
  issues: FormIssues;
  options: CompanionOption[];
  frozen: boolean;
};

export function CompanionFields({ draft, set, issues, options, frozen }: Props) {
  const keyIssues = issues.at("companionPerspectiveKeys");
  return (
    <fieldset className="space-y-2">
      <legend className="text-base font-semibold">Companions</legend>
      <p className="text-sm text-slate-600">
        After answering, a respondent can be asked who else was there and pass them a linked survey.
      </p>
      <CheckboxField
        path="allowCompanionInvites"
        label="Respondents may invite companions"
        issues={issues}
        checked={draft.allowCompanionInvites}
        disabled={frozen}
        onChange={(allowCompanionInvites) => set({ allowCompanionInvites })}
      />
      {draft.allowCompanionInvites && (
        <div className="space-y-3 border-l-2 border-slate-200 pl-4">
          <fieldset
            id={fieldId("companionPerspectiveKeys")}
            aria-describedby={keyIssues.length > 0 ? issuesId("companionPerspectiveKeys") : undefined}
          >
            <legend className="text-sm font-medium">Perspectives they may invite</legend>
            {options.length === 0 && <p className="text-sm text-slate-600">This survey has no companion perspectives.</p>}
            {options.map((option) => {
              const id = fieldId(`companionPerspectiveKeys.${option.key}`);
              return (
                <div key={option.key} className="flex min-h-8 items-center gap-2">
                  <input
                    type="checkbox"
                    id={id}
                    disabled={frozen}
                    checked={draft.companionPerspectiveKeys.includes(option.key)}
                    onChange={(e) =>
                      set({
                        companionPerspectiveKeys: e.target.checked
                          ? options.map((o) => o.key).filter((k) => k === option.key || draft.companionPerspectiveKeys.includes(k))
                          : draft.companionPerspectiveKeys.filter((k) => k !== option.key),
                      })
                    }
                    className="size-5 shrink-0"
                  />
                  <label htmlFor={id} className="text-sm">
                    {localize(option.label, "en")}
                  </label>
                </div>
              );
            })}
            <FieldIssues path="companionPerspectiveKeys" issues={keyIssues} />
          </fieldset>
          <NumberField
            path="maxCompanionsPerCircle"
            label="Most companions per circle"
            issues={issues}
            min={1}
            max={20}
            disabled={frozen}
            value={draft.maxCompanionsPerCircle}
            onChange={(n) => set({ maxCompanionsPerCircle: n ?? 0 })}
          />
        </div>
      )}
    </fieldset>
  );
}
