"use client";
// The organisation's settings: name, default language and anonymity threshold for new waves, the texts
// respondents see on the welcome page, and how long personal data is kept.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { Card } from "@/components/ui/card";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, type TOrganisationSettings } from "@/lib/organisation/settings";
import { MIN_ANONYMITY_THRESHOLD } from "@/lib/wave/settings";
import { useTRPC } from "@/trpc/client";
import { Alert, Field, firstErrors, inputClass, primaryButtonClass } from "./fields";

export function SettingsForm({ initial, languages }: { initial: TOrganisationSettings; languages: { code: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [keepForever, setKeepForever] = useState(initial.retentionDays === null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const save = useMutation(trpc.organisation.updateSettings.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const whole = (name: string) => (text(name).trim() === "" ? Number.NaN : Number(text(name)));
    setErrors({});
    setResult(null);
    try {
      const { changed } = await save.mutateAsync({
        settings: {
          name: text("name"),
          defaultLanguage: text("defaultLanguage") as TOrganisationSettings["defaultLanguage"],
          defaultAnonymityThreshold: whole("defaultAnonymityThreshold"),
          contactText: text("contactText"),
          privacyText: text("privacyText"),
          retentionDays: keepForever ? null : whole("retentionDays"),
        },
      });
      setResult({ tone: "success", text: changed.length === 0 ? "Nothing to save: no setting changed." : `Saved (${changed.length} ${changed.length === 1 ? "change" : "changes"}).` });
      router.refresh();
    } catch (err) {
      const e = callError(err);
      setErrors(firstErrors(e.fieldErrors, "settings."));
      setResult({ tone: "error", text: e.fieldErrors ? "Not saved: some settings need a change (marked above)." : e.message });
    }
  }

  const describedBy = (id: string, hint = true) => [hint ? `${id}-hint` : null, errors[id] ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const fieldError = (id: string) =>
    errors[id] ? (
      <p id={`${id}-error`} className="mt-1 text-sm text-rose-800">
        {errors[id]}
      </p>
    ) : null;

  return (
    <Card>
      <form method="post" onSubmit={onSubmit} className="space-y-5" noValidate aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="text-lg font-semibold">
          Organisation
        </h2>
        <Field id="name" label="Name" defaultValue={initial.name} required maxLength={200} error={errors.name} />
        <div>
          <label htmlFor="defaultLanguage" className="block text-sm font-medium">
            Default language
          </label>
          <p id="defaultLanguage-hint" className="mt-0.5 text-sm text-slate-600">
            For new surveys and for messages when a person&apos;s language is not known.
          </p>
          <select id="defaultLanguage" name="defaultLanguage" defaultValue={initial.defaultLanguage} aria-describedby={describedBy("defaultLanguage")} className={inputClass}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          {fieldError("defaultLanguage")}
        </div>
        <Field
          id="defaultAnonymityThreshold"
          label="Anonymity threshold for new waves"
          type="number"
          inputMode="numeric"
          min={MIN_ANONYMITY_THRESHOLD}
          max={100}
          defaultValue={initial.defaultAnonymityThreshold}
          hint={`No group smaller than this is shown in reports (at least ${MIN_ANONYMITY_THRESHOLD}). Each wave keeps the threshold it was launched with.`}
          error={errors.defaultAnonymityThreshold}
          className="max-w-xs"
        />
        <div>
          <label htmlFor="contactText" className="block text-sm font-medium">
            Contact for respondents
          </label>
          <p id="contactText-hint" className="mt-0.5 text-sm text-slate-600">
            Shown on the welcome page: whom respondents can ask about the survey.
          </p>
          <textarea
            id="contactText"
            name="contactText"
            rows={3}
            maxLength={1000}
            defaultValue={initial.contactText ?? ""}
            aria-describedby={describedBy("contactText")}
            aria-invalid={errors.contactText ? true : undefined}
            className={inputClass}
          />
          {fieldError("contactText")}
        </div>
        <div>
          <label htmlFor="privacyText" className="block text-sm font-medium">
            Privacy notice for respondents
          </label>
          <p id="privacyText-hint" className="mt-0.5 text-sm text-slate-600">
            Shown on the welcome page: what happens to the answers and who sees them.
          </p>
          <textarea
            id="privacyText"
            name="privacyText"
            rows={5}
            maxLength={4000}
            defaultValue={initial.privacyText ?? ""}
            aria-describedby={describedBy("privacyText")}
            aria-invalid={errors.privacyText ? true : undefined}
            className={inputClass}
          />
          {fieldError("privacyText")}
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Keeping personal data</legend>
          <p className="mt-0.5 text-sm text-slate-600">
            After this period, respondents&apos; contact details, free-text answers and links are removed (counted from when a wave closed).
            Scores stay, as anonymous answers.
          </p>
          <div className="mt-2 space-y-2">
            <label className="flex items-center gap-2">
              <input type="radio" name="retentionMode" checked={keepForever} onChange={() => setKeepForever(true)} />
              Keep until erased on request
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="retentionMode" checked={!keepForever} onChange={() => setKeepForever(false)} />
              Remove after a number of days
            </label>
          </div>
          {!keepForever && (
            <Field
              id="retentionDays"
              label="Days to keep personal data"
              type="number"
              inputMode="numeric"
              min={MIN_RETENTION_DAYS}
              max={MAX_RETENTION_DAYS}
              defaultValue={initial.retentionDays ?? 365}
              hint={`Between ${MIN_RETENTION_DAYS} and ${MAX_RETENTION_DAYS} days.`}
              error={errors.retentionDays}
              className="mt-3 max-w-xs"
            />
          )}
        </fieldset>
        {result && <Alert tone={result.tone}>{result.text}</Alert>}
        <button type="submit" disabled={save.isPending} className={primaryButtonClass}>
          {save.isPending ? "Saving…" : "Save settings"}
        </button>
      </form>
    </Card>
  );
}
