"use client";
// A wave's settings, every field of ZWaveSettings: creates a draft wave of a survey, or changes one. Once a
// wave is open, what was fixed at launch is shown read-only and sent back unchanged.
import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { LocalProblemContext, primaryButtonClass, TextField } from "@/components/builder/fields";
import { callError, type CallError } from "@/components/builder/trpc-error";
import type { TWaveSettingsInput } from "@/lib/wave/settings";
import { useTRPC } from "@/trpc/client";
import { AnonymityFields } from "./anonymity-fields";
import { CompanionFields, type CompanionOption } from "./companion-fields";
import { DeliveryFields } from "./delivery-fields";
import { FormAlert } from "./form-alert";
import { formIssues, useLocalProblems } from "./form-issues";
import { PeriodFields } from "./period-fields";
import { localProblems, SETTINGS_FIELDS, settingsOf, type SettingsDraft } from "./settings-model";
import { useBrowserTimeZone } from "./use-time-zones";

/** The settings an open wave keeps as they were at launch, sent back exactly as stored. */
export type FrozenSettings = Pick<
  TWaveSettingsInput,
  "opensAt" | "anonymityMode" | "anonymityThreshold" | "allowCompanionInvites" | "companionPerspectiveKeys" | "maxCompanionsPerCircle"
>;

type Target = { kind: "create"; surveyId: string } | { kind: "edit"; waveId: string; frozen: FrozenSettings | null };

export function WaveSettingsForm<T extends string>({
  target,
  initial,
  companionOptions,
  cancelHref,
}: {
  target: Target;
  initial: SettingsDraft;
  companionOptions: CompanionOption[];
  cancelHref: Route<T>;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const browserZone = useBrowserTimeZone();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<CallError | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [heldBack, reportHeldBack] = useLocalProblems();
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const onError = (err: unknown) => setError(callError(err));
  const create = useMutation(
    trpc.wave.create.mutationOptions({ onSuccess: ({ id }) => router.push(`/waves/${id}`), onError }),
  );
  const update = useMutation(
    trpc.wave.update.mutationOptions({ onSuccess: ({ id }) => router.push(`/waves/${id}`), onError }),
  );
  const busy = create.isPending || create.isSuccess || update.isPending || update.isSuccess;

  const timezone = draft.timezone ?? browserZone ?? "UTC";
  const frozen = target.kind === "edit" ? target.frozen : null;
  const local = { ...localProblems(draft, timezone), ...heldBack };
  const issues = formIssues({ error, inputPrefix: "settings", rendered: SETTINGS_FIELDS, local });
  const problemCount = Object.keys(local).length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (problemCount > 0) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    const settings = { ...settingsOf(draft, timezone), ...frozen };
    if (target.kind === "create") create.mutate({ surveyId: target.surveyId, settings });
    else update.mutate({ waveId: target.waveId, settings });
  };

  return (
    <LocalProblemContext.Provider value={reportHeldBack}>
      <form method="post" onSubmit={submit} noValidate className="max-w-3xl space-y-8">
        <TextField
          path="name"
          label="Name"
          hint="Seen by staff only, e.g. Winter 2026."
          issues={issues}
          value={draft.name}
          onChange={(name) => set({ name })}
          maxLength={200}
        />
        <PeriodFields draft={draft} timezone={timezone} set={set} issues={issues} opensFrozen={frozen !== null} />
        <DeliveryFields draft={draft} set={set} issues={issues} />
        {frozen && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
            This wave is open. Its anonymity, its companion settings and its opening date were fixed when it opened,
            so they are shown here read-only.
          </p>
        )}
        <CompanionFields draft={draft} set={set} issues={issues} options={companionOptions} frozen={frozen !== null} />
        <AnonymityFields draft={draft} set={set} issues={issues} frozen={frozen !== null} />

        <FormAlert
          error={error}
          unplaced={issues.unplaced}
          blockedCount={blocked ? problemCount : 0}
          fallback="The wave was not saved."
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={primaryButtonClass} disabled={busy}>
            {busy ? "Saving…" : target.kind === "create" ? "Create wave" : "Save settings"}
          </button>
          <Link href={cancelHref} className="text-sm font-medium text-brand-700 underline">
            Cancel
          </Link>
        </div>
      </form>
    </LocalProblemContext.Provider>
  );
}
